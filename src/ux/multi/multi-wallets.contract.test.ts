import { defineSgElements } from '../../define.ts';
import { useMockPlatform } from '../../test-support/mock-platform.ts';
import { captainSubject, runPaymentContract } from '../../test-support/payment-contract.ts';
import { runWalletContract } from '../../test-support/wallet-contract.ts';

defineSgElements();
useMockPlatform();

// One card's part, the amount field's (what is left: the whole order), paid by a wallet or the card below.
const mount = () => captainSubject('multi-wallets', 'sg-multi-ux', { amount: 5000, ux: 'multi' }, { 'sandbox-wallets': '' });
runPaymentContract({ name: 'multi UX with wallet buttons', mount });
runWalletContract({ name: 'multi UX', mount, amounts: [5000] });

import { defineSgElements } from '../../define.ts';
import { useMockPlatform } from '../../test-support/mock-platform.ts';
import { captainSubject, runPaymentContract } from '../../test-support/payment-contract.ts';
import { runWalletContract } from '../../test-support/wallet-contract.ts';

defineSgElements();
useMockPlatform();

// The captain's share (half, the default split between two), paid by a wallet or the card below; with direct validation
// the captain's transaction pre-authorises the whole order.
const mount = () => captainSubject('split-wallets', 'sg-split-ux', { amount: 10000, ux: 'collect' }, { 'sandbox-wallets': '' });
runPaymentContract({ name: 'split UX (captain) with wallet buttons', mount });
runWalletContract({ name: 'split UX (captain)', mount, amounts: [10000] });

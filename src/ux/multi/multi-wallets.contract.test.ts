import { defineSgElements } from '../../define.ts';
import { useMockPlatform } from '../../test-support/mock-platform.ts';
import { captainSubject, OTHER_LOCALES, runPaymentContract } from '../../test-support/payment-contract.ts';
import { runWalletContract } from '../../test-support/wallet-contract.ts';

defineSgElements();
useMockPlatform();

// One card's part, the amount field's (what is left: the whole order), paid by a wallet or the card below.
const mount = (locale?: string) => captainSubject('multi-wallets', 'sg-multi-ux', { amount: 5000, ux: 'multi' }, { 'sandbox-wallets': '', locale });
runPaymentContract({ name: 'multi UX with wallet buttons', mount });
runWalletContract({ name: 'multi UX', mount, amounts: [5000] });
// Each wallet case again, in one of the other five languages (issues 9 and 11).
runWalletContract({ name: 'multi UX', mount, amounts: [5000] }, { languages: OTHER_LOCALES });

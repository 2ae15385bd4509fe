import { defineSgElements } from '../../define.ts';
import { useMockPlatform } from '../../test-support/mock-platform.ts';
import { captainSubject, OTHER_LOCALES, runPaymentContract } from '../../test-support/payment-contract.ts';
import { runWalletContract } from '../../test-support/wallet-contract.ts';

defineSgElements();
useMockPlatform();

// The captain's share (half, the default split between two), paid by a wallet or the card below; with direct validation
// the captain's transaction pre-authorises the whole order.
const mount = (locale?: string) => captainSubject('split-wallets', 'sg-split-ux', { amount: 10000, ux: 'collect' }, { 'sandbox-wallets': '', locale });
runPaymentContract({ name: 'split UX (captain) with wallet buttons', mount });
runWalletContract({ name: 'split UX (captain)', mount, amounts: [10000], sheetAmount: 5000 });
// Each wallet case again, in one of the other five languages (issues 9 and 11).
runWalletContract({ name: 'split UX (captain)', mount, amounts: [10000], sheetAmount: 5000 }, { languages: OTHER_LOCALES });

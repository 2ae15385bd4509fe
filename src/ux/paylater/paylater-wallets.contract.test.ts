import { defineSgElements } from '../../define.ts';
import { useMockPlatform } from '../../test-support/mock-platform.ts';
import { captainSubject, OTHER_LOCALES } from '../../test-support/payment-contract.ts';
import { runWalletContract } from '../../test-support/wallet-contract.ts';

defineSgElements();
useMockPlatform();

// The deferred payment is authorised with the wallet's card for the whole amount, captured at the chosen date.
const subject = {
  name: 'pay-later UX',
  mount: (locale?: string) => captainSubject('paylater-wallets', 'sg-paylater-ux', { amount: 12000 }, { 'sandbox-wallets': '', locale }),
  amounts: [12000],
};
runWalletContract(subject);
// Each wallet case again, in one of the other five languages (issues 9 and 11).
runWalletContract(subject, { languages: OTHER_LOCALES });

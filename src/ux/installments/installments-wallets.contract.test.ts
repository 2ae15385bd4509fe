import { defineSgElements } from '../../define.ts';
import { useMockPlatform } from '../../test-support/mock-platform.ts';
import { captainSubject, OTHER_LOCALES } from '../../test-support/payment-contract.ts';
import { runWalletContract } from '../../test-support/wallet-contract.ts';

defineSgElements();
useMockPlatform();

// The first of three installments is paid with the wallet; its card pays the next ones, as a typed card would: three
// googlepay transactions.
const subject = {
  name: 'installments UX',
  mount: (locale?: string) => captainSubject('installments-wallets', 'sg-installments-ux', { amount: 9000, installmentsCount: 3 }, { 'sandbox-wallets': '', locale }),
  amounts: [3000, 3000, 3000],
};
runWalletContract(subject);
// Each wallet case again, in one of the other five languages (issues 9 and 11).
runWalletContract(subject, { languages: OTHER_LOCALES });

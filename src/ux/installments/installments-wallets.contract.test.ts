import { defineSgElements } from '../../define.ts';
import { useMockPlatform } from '../../test-support/mock-platform.ts';
import { captainSubject } from '../../test-support/payment-contract.ts';
import { runWalletContract } from '../../test-support/wallet-contract.ts';

defineSgElements();
useMockPlatform();

// The first of three installments is paid with the wallet; its card pays the next ones, as a typed card would: three
// googlepay transactions.
runWalletContract({
  name: 'installments UX',
  mount: () => captainSubject('installments-wallets', 'sg-installments-ux', { amount: 9000, installmentsCount: 3 }, { 'sandbox-wallets': '' }),
  amounts: [3000, 3000, 3000],
});

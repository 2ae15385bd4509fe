import { defineSgElements } from '../../define.ts';
import { useMockPlatform } from '../../test-support/mock-platform.ts';
import { captainSubject } from '../../test-support/payment-contract.ts';
import { runWalletContract } from '../../test-support/wallet-contract.ts';

defineSgElements();
useMockPlatform();

// The deferred payment is authorised with the wallet's card for the whole amount, captured at the chosen date.
runWalletContract({
  name: 'pay-later UX',
  mount: () => captainSubject('paylater-wallets', 'sg-paylater-ux', { amount: 12000 }, { 'sandbox-wallets': '' }),
  amounts: [12000],
});

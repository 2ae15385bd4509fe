import { defineSgElements } from '../../define.ts';
import { useMockPlatform } from '../../test-support/mock-platform.ts';
import { captainSubject, runPaymentContract } from '../../test-support/payment-contract.ts';

defineSgElements();
useMockPlatform();

// The card form keeps the whole contract with the wallet buttons above it (sandbox switch: all three show).
runPaymentContract({
  name: 'single UX with wallet buttons',
  mount: () => captainSubject('wallets', 'sg-single-ux', { amount: 2500, ux: 'single' }, { 'sandbox-wallets': '' }),
});

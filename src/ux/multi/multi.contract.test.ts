import { defineSgElements } from '../../define.ts';
import { useMockPlatform } from '../../test-support/mock-platform.ts';
import { captainSubject, runPaymentContract } from '../../test-support/payment-contract.ts';

defineSgElements();
useMockPlatform();

// The amount field offers what is left: one card pays the whole order.
runPaymentContract({ name: 'multi UX', mount: () => captainSubject('multi', 'sg-multi-ux', { amount: 5000, ux: 'multi' }) });

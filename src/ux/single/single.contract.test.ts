import { defineSgElements } from '../../define.ts';
import { useMockPlatform } from '../../test-support/mock-platform.ts';
import { captainSubject, runPaymentContract } from '../../test-support/payment-contract.ts';

defineSgElements();
useMockPlatform();

runPaymentContract({ name: 'single UX', mount: () => captainSubject('single', 'sg-single-ux', { amount: 2500, ux: 'single' }) });

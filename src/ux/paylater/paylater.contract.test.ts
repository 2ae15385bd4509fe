import { defineSgElements } from '../../define.ts';
import { useMockPlatform } from '../../test-support/mock-platform.ts';
import { captainSubject, runPaymentContract } from '../../test-support/payment-contract.ts';

defineSgElements();
useMockPlatform();

runPaymentContract({ name: 'pay-later UX', mount: () => captainSubject('paylater', 'sg-paylater-ux', { amount: 12000 }) });

import { defineSgElements } from '../../define.ts';
import { useMockPlatform } from '../../test-support/mock-platform.ts';
import { captainSubject, runPaymentContract } from '../../test-support/payment-contract.ts';

defineSgElements();
useMockPlatform();

runPaymentContract({ name: 'installments UX', mount: () => captainSubject('installments', 'sg-installments-ux', { amount: 9000, installmentsCount: 3 }) });

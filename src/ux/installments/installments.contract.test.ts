import { defineSgElements } from '../../define.ts';
import { useMockPlatform } from '../../test-support/mock-platform.ts';
import { captainSubject, OTHER_LOCALES, runPaymentContract } from '../../test-support/payment-contract.ts';

defineSgElements();
useMockPlatform();

const subject = { name: 'installments UX', mount: (locale?: string) => captainSubject('installments', 'sg-installments-ux', { amount: 9000, installmentsCount: 3 }, { locale }) };
runPaymentContract(subject);
// Every state again, each in one of the other five languages (issue 9).
runPaymentContract(subject, { languages: OTHER_LOCALES });

import { defineSgElements } from '../../define.ts';
import { useMockPlatform } from '../../test-support/mock-platform.ts';
import { captainSubject, OTHER_LOCALES, runPaymentContract } from '../../test-support/payment-contract.ts';

defineSgElements();
useMockPlatform();

const subject = { name: 'pay-later UX', mount: (locale?: string) => captainSubject('paylater', 'sg-paylater-ux', { amount: 12000 }, { locale }) };
runPaymentContract(subject);
// Every state again, each in one of the other five languages (issue 9).
runPaymentContract(subject, { languages: OTHER_LOCALES });

import { defineSgElements } from '../../define.ts';
import { useMockPlatform } from '../../test-support/mock-platform.ts';
import { captainSubject, OTHER_LOCALES, runPaymentContract } from '../../test-support/payment-contract.ts';

defineSgElements();
useMockPlatform();

const subject = { name: 'single UX', mount: (locale?: string) => captainSubject('single', 'sg-single-ux', { amount: 2500, ux: 'single' }, { locale }) };
runPaymentContract(subject);
// Every state again, each in one of the other five languages (issue 9).
runPaymentContract(subject, { languages: OTHER_LOCALES });

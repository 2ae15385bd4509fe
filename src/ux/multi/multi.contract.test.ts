import { defineSgElements } from '../../define.ts';
import { useMockPlatform } from '../../test-support/mock-platform.ts';
import { captainSubject, OTHER_LOCALES, runPaymentContract } from '../../test-support/payment-contract.ts';

defineSgElements();
useMockPlatform();

// The amount field offers what is left: one card pays the whole order.
const subject = { name: 'multi UX', mount: (locale?: string) => captainSubject('multi', 'sg-multi-ux', { amount: 5000, ux: 'multi' }, { locale }) };
runPaymentContract(subject);
// Every state again, each in one of the other five languages (issue 9).
runPaymentContract(subject, { languages: OTHER_LOCALES });

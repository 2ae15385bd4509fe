import { defineSgElements } from '../../define.ts';
import { useMockPlatform } from '../../test-support/mock-platform.ts';
import { captainSubject, OTHER_LOCALES, runPaymentContract } from '../../test-support/payment-contract.ts';

defineSgElements();
useMockPlatform();

// The captain pays half (an even split between two, the default share).
const subject = { name: 'split UX (captain)', mount: (locale?: string) => captainSubject('split-direct', 'sg-split-ux', { amount: 10000, ux: 'collect' }, { locale }) };
runPaymentContract(subject);
// Every state again, each in one of the other five languages (issue 9).
runPaymentContract(subject, { languages: OTHER_LOCALES });

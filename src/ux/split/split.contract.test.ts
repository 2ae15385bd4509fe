import { defineSgElements } from '../../define.ts';
import { useMockPlatform } from '../../test-support/mock-platform.ts';
import { captainSubject, runPaymentContract } from '../../test-support/payment-contract.ts';

defineSgElements();
useMockPlatform();

// The captain pays half (an even split between two, the default share).
runPaymentContract({ name: 'split UX (captain)', mount: () => captainSubject('split-direct', 'sg-split-ux', { amount: 10000, ux: 'collect' }) });

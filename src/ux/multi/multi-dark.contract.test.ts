/**
 * The payment contract in the dark theme (docs/THEMING.md): axe (WCAG 2.2 AA, colour contrast included) in every
 * state the suite goes through, keyboard, decline, lost answer, live update, with `theme="dark"`.
 */
import { defineSgElements } from '../../define.ts';
import { inDark } from '../../test-support/dark.ts';
import { useMockPlatform } from '../../test-support/mock-platform.ts';
import { captainSubject, runPaymentContract } from '../../test-support/payment-contract.ts';

defineSgElements();
useMockPlatform();

runPaymentContract({ name: 'multi UX, dark theme', mount: () => inDark(captainSubject('multi', 'sg-multi-ux', { amount: 5000, ux: 'multi' }, { theme: 'dark' })) });

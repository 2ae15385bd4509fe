/**
 * axe with every WCAG 2.0 to 2.2 A and AA rule, including those axe leaves off by default (2.5.8 `target-size`), which
 * `to.be.accessible()` (chai-a11y-axe) cannot turn on. Test-only.
 */
import { expect } from '@open-wc/testing';
import type * as Axe from 'axe-core';

const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Fails with each violation's rule and targets when axe finds anything in `element` under WCAG 2.2 AA (and, with
 * `bestPractice`, axe's best practices too: what `to.be.accessible()` checks besides WCAG, in the same single run).
 */
export async function expectWcag22(element: Element, { bestPractice = false } = {}): Promise<void> {
  const scope = window as unknown as { axe?: typeof Axe };
  if (!scope.axe) await import('axe-core/axe.min.js' as string);
  const results = await (scope.axe as typeof Axe).run(element, { runOnly: { type: 'tag', values: bestPractice ? [...WCAG_AA_TAGS, 'best-practice'] : WCAG_AA_TAGS }, resultTypes: ['violations'] });
  const found = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(found, 'WCAG 2.2 AA violations').to.deep.equal([]);
}

/**
 * `sg-captain/define` (src/define.ts) is the side-effect entry: importing it registers the three public elements, as
 * src/index.ts, README and docs/WIDGET.md promise; importing the classes (`sg-captain`) registers nothing.
 */
import { expect } from '@open-wc/testing';

const TAGS = ['sg-captain', 'sg-link', 'sg-help'];

it('importing the classes (the npm entry) registers no element', async () => {
  await import('./index.ts');
  expect(TAGS.filter((tag) => customElements.get(tag))).to.deep.equal([]);
});

it('importing sg-captain/define registers <sg-captain>, <sg-link> and <sg-help>, and calling defineSgElements() again is harmless', async () => {
  const { defineSgElements } = await import('./define.ts');
  expect(TAGS.filter((tag) => !customElements.get(tag))).to.deep.equal([]);
  expect(() => defineSgElements()).not.to.throw();
});

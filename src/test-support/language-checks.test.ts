/**
 * The language checks of the contract suites can fail: an English page judged as French shows English (its labels, its
 * pay button's amount as English writes it) and no `lang="fr"`; the same page asked in French shows none of it.
 */
import { expect } from '@open-wc/testing';
import { defineSgElements } from '../define.ts';
import { checkEveryLanguage, englishLeaks, expectStateIn, overflowsOf, textsOf } from './language-checks.ts';
import { useMockPlatform } from './mock-platform.ts';
import { captainSubject } from './payment-subjects.ts';
import { englishWords, wordsIn } from './words.ts';

defineSgElements();
useMockPlatform();

const mount = (locale?: string) => captainSubject('single', 'sg-single-ux', { amount: 2500, ux: 'single' }, { locale });

describe('language checks', () => {
  it('an English page judged as French: its English texts are named, and the state fails', async () => {
    const french = await wordsIn('fr');
    const { element } = await mount();
    const leaks = englishLeaks(element, french);
    expect(leaks).to.include.members(['Card number', 'Security code', 'Pay €25.00']);
    let failure = '';
    await expectStateIn(element, french).catch((error: Error) => (failure = error.message));
    expect(failure).to.match(/language is not marked|English shown/);
  });

  it('the page asked in French: no English, amounts as Intl writes them in French', async () => {
    const french = await wordsIn('fr');
    const { element } = await mount('fr-CH');
    expect(englishLeaks(element, french)).to.deep.equal([]);
    expect(textsOf(element).join(' ')).to.include(french.money(2500).replace(/\s/g, ' '));
    await expectStateIn(element, french);
  });
});

describe('every language, switched live', () => {
  afterEach(() => checkEveryLanguage(undefined));

  it('a state checked in English is checked in the five others too: words left in English after the switch fail it, and the page ends in English', async () => {
    const subject = await mount();
    checkEveryLanguage(subject.relocalize);
    await expectStateIn(subject.element);
    // A text that keeps its English words whatever the language (as a notice made of strings did before issue 9).
    const stuck = Object.assign(document.createElement('p'), { textContent: englishWords.say('Check again') });
    subject.root.append(stuck);
    let failure = '';
    await expectStateIn(subject.element).catch((error: Error) => (failure = error.message));
    expect(failure).to.match(/English shown in fr: Check again.*switched live from en to fr/);
    expect(subject.element.shadowRoot?.querySelector('.captain')?.getAttribute('lang')).to.equal('en');
    stuck.remove();
    await expectStateIn(subject.element);
  });
});

describe('overflow check', () => {
  it('names an element past the viewport’s edge and a button whose text is cut', async () => {
    const scope = document.createElement('div');
    scope.innerHTML = `<p style="width: ${document.documentElement.clientWidth + 50}px">wide</p>
      <button style="width: 40px; white-space: nowrap; overflow: hidden">Mit Apple Pay bezahlen</button>`;
    document.body.append(scope);
    try {
      const found = overflowsOf(scope);
      expect(found).to.have.length(2);
      expect(found[0]).to.match(/^p "wide" past the edge/);
      expect(found[1]).to.match(/^button "Mit Apple Pay bezahlen" cut/);
    } finally {
      scope.remove();
    }
  });
});

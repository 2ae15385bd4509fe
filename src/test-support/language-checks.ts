/**
 * What every state of a payment page keeps in the buyer's language (issue 9: six languages, axe in every state; WCAG
 * 3.1.2 language of parts): axe clean under WCAG 2.2 AA, the language marked (`lang`) around what shows, no English
 * text where the language has its own (visible text, accessible names, live regions), amounts and months as
 * `Intl` writes them in the language. The contract suites call `expectStateIn` wherever they check a state. Test-only.
 */
import { expect } from '@open-wc/testing';
import { seededPlatforms } from '../../mock-server/seed.ts';
import { expectWcag22 } from './axe-wcag22.ts';
import { spaces } from './dom.ts';
import { patternOf, words as currentWords, wordsIn, type Words } from './words.ts';
import { SUPPORTED_LOCALES, type SupportedLocale } from '../core/i18n/languages.ts';

/** Attributes that name or describe an element for assistive technologies, or show as text. */
const NAMING = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'placeholder', 'title', 'alt'];

/**
 * The texts a buyer sees or hears under `scope`, across shadow roots: each text node and each naming attribute of what
 * renders (a closed dialog, a `hidden` element: not; a visually hidden live region: yes).
 */
export function textsOf(scope: Element | ShadowRoot): string[] {
  const texts: string[] = [];
  const visit = (node: Node) => {
    if (node instanceof Element) {
      if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.tagName)) return;
      if (!node.checkVisibility()) return;
      for (const name of NAMING) {
        const value = spaces(node.getAttribute(name));
        if (value) texts.push(value);
      }
      if (node.shadowRoot) node.shadowRoot.childNodes.forEach(visit);
    } else if (node instanceof Text) {
      const value = spaces(node.data);
      if (value) texts.push(value);
      return;
    }
    node.childNodes.forEach(visit);
  };
  scope.childNodes.forEach(visit);
  if (scope instanceof Element && scope.shadowRoot) scope.shadowRoot.childNodes.forEach(visit);
  return texts;
}

/** The language in effect at `element`: its own `lang` or its nearest ancestor's, across shadow roots. */
export function languageAt(element: Element): string {
  for (let at: Element | null = element; at; at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host ?? null)) {
    if (at.hasAttribute('lang')) return at.getAttribute('lang') ?? '';
  }
  return '';
}

/** The first rendered element under `scope` (inside its shadow root when it has one). */
const firstShown = (scope: Element | ShadowRoot): Element | null => {
  const root = scope instanceof Element && scope.shadowRoot ? scope.shadowRoot : scope;
  return [...root.querySelectorAll('*')].find((element) => !['STYLE', 'SCRIPT', 'TEMPLATE', 'LINK'].includes(element.tagName)) ?? null;
};

/** The merchants' own words, which no catalogue translates: the seeded platforms' names (a wallet sheet shows them). */
const MERCHANT_WORDS = new Set(seededPlatforms().map((platform) => platform.name));

/**
 * The English texts that show under `scope` although the language has its own: a text equal to an English message
 * (placeholders: any text) that equals no message of the language, and is no merchant's name.
 */
export function englishLeaks(scope: Element | ShadowRoot, words: Words): string[] {
  if (words.locale === 'en') return [];
  const translated = words.pairs.filter((pair) => pair.translated !== pair.english && /[a-z]{3}/i.test(pair.english.replace(/\{\w+\}/g, '')));
  const english = translated.map((pair) => new RegExp(`^${patternOf(pair.english)}$`));
  const own = words.pairs.map((pair) => new RegExp(`^${patternOf(pair.translated)}$`));
  return textsOf(scope).filter((text) => !MERCHANT_WORDS.has(text) && english.some((pattern) => pattern.test(text)) && !own.some((pattern) => pattern.test(text)));
}

/** English money (`€25.00`, `€1,234.50`), which no other language writes. */
const ENGLISH_MONEY = /[€$£]\d{1,3}(?:,\d{3})*\.\d{2}\b/;

/** The months as English writes them and the language does not (German `August` is both: not listed). */
function englishOnlyMonths(locale: string): string[] {
  const months = (language: string, month: 'long' | 'short') =>
    Array.from({ length: 12 }, (_, index) => new Intl.DateTimeFormat(language, { month, timeZone: 'UTC' }).format(Date.UTC(2030, index, 15)));
  const own = new Set([...months(locale, 'long'), ...months(locale, 'short')]);
  return [...months('en', 'long'), ...months('en', 'short').filter((month) => month !== 'May')].filter((month) => !own.has(month));
}

/**
 * One state of a page: axe (its default rules and every WCAG 2.2 AA rule, `target-size` included) finds nothing,
 * nothing is cut or past the viewport's edge (`overflowsOf`); outside English, the language is marked where the state
 * shows, no English message shows, amounts and dates are the language's. In `words`' language when given; otherwise
 * in the running case's, and, when the runner set a switcher (`checkEveryLanguage`: the English runs of the contract
 * suites), in each of the six languages in turn, the page switched live, then back to the case's language: every
 * state a case reaches is checked in every language without reaching it six times.
 */
export async function expectStateIn(scope: Element, words?: Words): Promise<void> {
  if (words || !switcher) return expectOneLanguage(scope, words ?? currentWords());
  // Every language in this state (issue 9): the page switched live to each, then back to the case's.
  const own = currentWords();
  const relocalize = switcher;
  await expectOneLanguage(scope, own);
  try {
    for (const locale of SUPPORTED_LOCALES.filter((other) => other !== own.locale)) {
      await relocalize(locale);
      await expectOneLanguage(scope, await wordsIn(locale)).catch((error: Error) => {
        throw new Error(`${error.message} (switched live from ${own.locale} to ${locale})`);
      });
    }
  } finally {
    await relocalize(own.locale);
  }
}

/**
 * Switches the page of the running case to another language live (`<sg-captain locale>` changed), resolving once it
 * shows that language; the contract runners set it per case (`checkEveryLanguage`), unset: only the case's language.
 */
let switcher: ((locale: SupportedLocale) => Promise<void>) | undefined;
export const checkEveryLanguage = (relocalize: ((locale: SupportedLocale) => Promise<void>) | undefined) => {
  switcher = relocalize;
};

/** Resolves once every Lit element under `scope` (across shadow roots) has rendered what it was last given. */
export async function rendered(scope: Element | ShadowRoot): Promise<void> {
  for (let pass = 0; pass < 3; pass++) {
    const pending: Promise<unknown>[] = [];
    const visit = (node: Element) => {
      const update = (node as Element & { updateComplete?: Promise<unknown> }).updateComplete;
      if (update) pending.push(update);
      if (node.shadowRoot) [...node.shadowRoot.children].forEach(visit);
      [...node.children].forEach(visit);
    };
    [...(scope instanceof Element ? [scope] : scope.children)].forEach(visit);
    await Promise.all(pending);
  }
}

/** `expectStateIn` in one language. */
async function expectOneLanguage(scope: Element, words: Words): Promise<void> {
  // One axe run: every WCAG 2.0 to 2.2 A and AA rule and the best practices `to.be.accessible()` adds.
  await expectWcag22(scope, { bestPractice: true });
  expect(overflowsOf(scope), `cut or past the edge at ${document.documentElement.clientWidth} px`).to.deep.equal([]);
  if (words.locale === 'en') return;
  const shown = firstShown(scope);
  expect(shown && languageAt(shown), 'the language is not marked where the state shows').to.equal(words.locale);
  const leaks = englishLeaks(scope, words);
  expect(leaks, `English shown in ${words.locale}: ${leaks.join(" | ")}`).to.deep.equal([]);
  const text = textsOf(scope).join(' | ');
  expect(text, `English money in ${words.locale}`).to.not.match(ENGLISH_MONEY);
  const months = englishOnlyMonths(words.locale);
  expect(text.split(/[^\p{L}]+/u).filter((word) => months.includes(word)), `English months in ${words.locale}`).to.deep.equal([]);
}

/** Whether `element` is a visually hidden text for screen readers (clipped to a pixel): no layout to check. */
const visuallyHidden = (element: Element) => {
  const rect = element.getBoundingClientRect();
  return rect.width <= 2 || rect.height <= 2;
};

/**
 * What overflows under `scope` in the current viewport (WCAG 2.2 1.4.10 reflow: at 320 px nothing may need a
 * horizontal scroll or be cut): an element reaching past the viewport's edges, or a control, label or text whose own
 * text is wider than its box. Each as `tag "text"`. The words of each language differ in length: German's are long.
 */
export function overflowsOf(scope: Element | ShadowRoot): string[] {
  const found: string[] = [];
  const width = document.documentElement.clientWidth;
  const visit = (node: Element) => {
    if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.tagName) || !node.checkVisibility()) return;
    if (!visuallyHidden(node)) {
      const rect = node.getBoundingClientRect();
      const name = `${node.tagName.toLowerCase()} "${spaces(node.textContent).slice(0, 60) || (node as HTMLInputElement).value || ''}"`;
      if (rect.right > width + 1 || rect.left < -1) found.push(`${name} past the edge (${Math.round(rect.left)} to ${Math.round(rect.right)} of ${width})`);
      // A read-only field (a share link beside its Copy button) scrolls its value in place, as every field does.
      else if (node.matches('button, input:not([readonly]), label, a, p, h1, h2, h3, legend, summary, td, th, dt, dd, li, span') && node.scrollWidth > node.clientWidth + 1 && node.clientWidth > 0) {
        found.push(`${name} cut (${node.scrollWidth} px of text in ${node.clientWidth})`);
      }
    }
    if (node.shadowRoot) [...node.shadowRoot.children].forEach(visit);
    [...node.children].forEach(visit);
  };
  [...(scope instanceof Element && scope.shadowRoot ? scope.shadowRoot : scope).children].forEach(visit);
  return found;
}

/**
 * Every UX's first state in each of the six languages (issue 9, item 5): shown in the language asked (a BCP 47 tag with
 * a region, as integrators pass them), marked with its `lang` for screen readers (WCAG 3.1.2), axe clean under WCAG 2.2
 * AA, nothing cut or past the edge at 320 px (WCAG 2.2 1.4.10: German's words are long), and the card's digits still
 * left to right on a right-to-left page.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { PlatformSlug } from '../../../mock-server/seed.ts';
import { defineSgElements } from '../../define.ts';
import type { Catalogue } from '../../core/i18n/catalogue.ts';
import { core } from '../../core/i18n/en/core.ts';
import { multi } from '../../core/i18n/en/multi.ts';
import { pis } from '../../core/i18n/en/pis.ts';
import { schedule } from '../../core/i18n/en/schedule.ts';
import { sdd } from '../../core/i18n/en/sdd.ts';
import { split } from '../../core/i18n/en/split.ts';
import { viban } from '../../core/i18n/en/viban.ts';
import { loadCatalogue, SUPPORTED_LOCALES, type SupportedLocale } from '../../core/i18n/languages.ts';
import { expectWcag22 } from '../../test-support/axe-wcag22.ts';
import { inputByLabel, spaces } from '../../test-support/dom.ts';
import { overflowsOf } from '../../test-support/language-checks.ts';
import { useMockPlatform } from '../../test-support/mock-platform.ts';
import { captainSubject } from '../../test-support/payment-subjects.ts';

defineSgElements();
useMockPlatform();

/** English, shaped as a language file: what a UX shows when the locale is English. */
const english = { core, multi, pis, schedule, sdd, split, viban } as unknown as Catalogue;
/** The tag integrators pass for each language: regions that must fall back to the language. */
const TAGS: Record<SupportedLocale, string> = { en: 'en-GB', fr: 'fr-CH', de: 'de-AT', es: 'es-ES', it: 'it-IT', nl: 'nl-BE' };

interface UxCase {
  slug: PlatformSlug;
  tag: string;
  order: Record<string, unknown>;
  /** A text of the first state, from the language's catalogue. */
  shows(catalogue: Catalogue): string;
}

const text = (message: unknown) => String(message);
const UXS: Record<string, UxCase> = {
  single: { slug: 'single', tag: 'sg-single-ux', order: { amount: 2500, ux: 'single' }, shows: (c) => text(c.core.amountToPay) },
  split: { slug: 'split-direct', tag: 'sg-split-ux', order: { amount: 10000, ux: 'collect' }, shows: (c) => text(c.split.yourShare) },
  multi: { slug: 'multi', tag: 'sg-multi-ux', order: { amount: 5000, ux: 'multi' }, shows: (c) => text(c.multi.amountLabelCard) },
  installments: { slug: 'installments', tag: 'sg-installments-ux', order: { amount: 9000, installmentsCount: 3 }, shows: (c) => text(c.schedule.scheduleTitle) },
  paylater: { slug: 'paylater', tag: 'sg-paylater-ux', order: { amount: 12000 }, shows: (c) => text(c.schedule.chooseDate) },
  viban: { slug: 'viban', tag: 'sg-viban-ux', order: { amount: 4990, ux: 'viban' }, shows: (c) => text(c.viban.title) },
  pis: { slug: 'pis', tag: 'sg-pis-ux', order: { amount: 4990, ux: 'pis' }, shows: (c) => text(c.pis.search) },
  sdd: { slug: 'sdd', tag: 'sg-sdd-ux', order: { amount: 4990, ux: 'sdd' }, shows: (c) => text(c.sdd.holderTitle) },
};

for (const [name, ux] of Object.entries(UXS)) {
  describe(`${name} UX in six languages, at 320 px`, () => {
    before(() => setViewport({ width: 320, height: 900 }));
    after(() => setViewport({ width: 800, height: 600 }));

    for (const locale of SUPPORTED_LOCALES) {
      it(`${TAGS[locale]}: shows its first state in ${locale}, marked lang="${locale}", accessible, nothing cut or past the edge`, async () => {
        const catalogue = locale === 'en' ? english : await loadCatalogue(locale);
        const subject = await captainSubject(ux.slug, ux.tag, ux.order, { locale: TAGS[locale] });
        expect(subject.element.shadowRoot?.querySelector('.captain')?.getAttribute('lang')).to.equal(locale);
        expect(spaces(subject.root.textContent)).to.include(spaces(ux.shows(catalogue)));
        await expect(subject.element).to.be.accessible();
        await expectWcag22(subject.element);
        expect(overflowsOf(subject.element), 'cut or past the edge at 320 px').to.deep.equal([]);
      });
    }
  });
}

describe('languages on a right-to-left page', () => {
  afterEach(() => document.documentElement.removeAttribute('dir'));

  for (const locale of SUPPORTED_LOCALES) {
    it(`${locale}: the layout follows the page, the card's number, expiry and code stay left to right`, async () => {
      document.documentElement.dir = 'rtl';
      const catalogue = locale === 'en' ? english : await loadCatalogue(locale);
      const subject = await captainSubject('single', 'sg-single-ux', { amount: 2500, ux: 'single' }, { locale });
      expect(getComputedStyle(subject.root.host).direction).to.equal('rtl');
      for (const label of [catalogue.core.cardNumber, catalogue.core.expiryDate, catalogue.core.securityCode]) {
        expect(inputByLabel(subject.root, text(label)).dir, text(label)).to.equal('ltr');
      }
      await expectWcag22(subject.element);
    });
  }
});

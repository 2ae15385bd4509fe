import { expect } from '@open-wc/testing';
import { englishI18n, loadI18n, resolveLocale } from './index.ts';
import { en as entryWords } from './en.ts';
import { enCard } from './en-card.ts';

const en = { ...entryWords, ...enCard };
import { fr } from './fr.ts';

describe('i18n', () => {
  it('resolves locales, English by default', () => {
    expect(resolveLocale('fr-FR')).to.equal('fr');
    expect(resolveLocale('FR')).to.equal('fr');
    expect(resolveLocale('de')).to.equal('en');
    expect(resolveLocale(undefined)).to.equal('en');
  });

  it('translates with parameters', async () => {
    expect(englishI18n.t('pay', { amount: '€25.00' })).to.equal('Pay €25.00');
    expect((await loadI18n('fr-FR')).t('pay', { amount: '25,00 €' })).to.equal('Payer 25,00 €');
    expect((await loadI18n('de')).locale).to.equal('en');
  });

  it('has the same keys and placeholders in every catalogue', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort().join();
    expect(Object.keys(fr).sort()).to.deep.equal(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(fr[key]), key).to.equal(placeholders(en[key]));
    }
  });

  it('formats money and dates in the locale', async () => {
    const french = await loadI18n('fr');
    expect(french.money(2500, 'EUR').replace(/[\u00a0\u202f]/g, ' ')).to.equal('25,00 €');
    expect(englishI18n.date(Date.UTC(2026, 0, 15, 12))).to.equal('January 15, 2026');
    expect(french.date(Date.UTC(2026, 0, 15, 12))).to.equal('15 janvier 2026');
  });
});

import { expect } from '@open-wc/testing';
import type { English } from './catalogue.ts';
import { card } from './en/card.ts';
import { core } from './en/core.ts';
import { help } from './en/help.ts';
import { hosted } from './en/hosted.ts';
import { link } from './en/link.ts';
import { multi } from './en/multi.ts';
import { payment } from './en/payment.ts';
import { pis } from './en/pis.ts';
import { amazonPage, bankPage } from './en/sandbox-pages.ts';
import { schedule } from './en/schedule.ts';
import { scoring } from './en/scoring.ts';
import { sdd } from './en/sdd.ts';
import { split } from './en/split.ts';
import { states } from './en/states.ts';
import { threeDS } from './en/three-ds.ts';
import { updateCard } from './en/update-card.ts';
import { viban } from './en/viban.ts';
import { wallets } from './en/wallets.ts';
import { englishI18n, formatMessage, loadI18n } from './index.ts';
import { loadCatalogue, resolveLocale, SUPPORTED_LOCALES } from './languages.ts';
import { catalogueProblems } from './parity.ts';

/** Every namespace of English, as the areas ship it (`core` without the card words that `card-flow.ts` adds). */
const english: English = { core, card, payment, states, link, help, threeDS, split, multi, schedule, scoring, viban, pis, sdd, wallets, updateCard, hosted, bankPage, amazonPage };
const others = SUPPORTED_LOCALES.filter((locale) => locale !== 'en');

describe('i18n', () => {
  it('ships English, French, German, Spanish, Italian and Dutch', () => {
    expect([...SUPPORTED_LOCALES].sort()).to.deep.equal(['de', 'en', 'es', 'fr', 'it', 'nl']);
  });

  it('resolves BCP 47 tags to their language, English when unsupported', () => {
    const cases: [string | undefined, string][] = [
      ['fr-FR', 'fr'], ['fr-CH', 'fr'], ['FR', 'fr'], ['de-AT', 'de'], ['de_CH', 'de'], ['nl-BE', 'nl'], ['NL_be', 'nl'],
      ['es-419', 'es'], ['it-CH', 'it'], [' en-GB ', 'en'], ['pt-BR', 'en'], ['toString', 'en'], ['', 'en'], [undefined, 'en'],
    ];
    for (const [requested, expected] of cases) expect(resolveLocale(requested), String(requested)).to.equal(expected);
  });

  it('takes a locale that is not a string (a property set from JS) without throwing: an array is its first tag, anything else English', async () => {
    const asTag = (value: unknown) => value as string;
    expect((await loadI18n(asTag(['fr-CH', 'de']))).locale).to.equal('fr');
    expect(resolveLocale(asTag(['nl-BE']))).to.equal('nl');
    for (const value of [42, {}, [], null, true]) expect((await loadI18n(asTag(value))).locale, JSON.stringify(value)).to.equal('en');
  });

  it('translates with parameters, from a lazy chunk for each language', async () => {
    expect(englishI18n.t('pay', { amount: '€25.00' })).to.equal('Pay €25.00');
    expect((await loadI18n('fr-FR')).t('pay', { amount: '25,00 €' })).to.equal('Payer 25,00 €');
    expect((await loadI18n('de-AT')).t('cardholderName')).to.equal('Karteninhaber');
    expect((await loadI18n('es')).t('cardNumber')).to.equal('Número de tarjeta');
    expect((await loadI18n('it')).t('cardNumber')).to.equal('Numero della carta');
    expect((await loadI18n('nl-BE')).t('cardNumber')).to.equal('Kaartnummer');
    expect((await loadI18n('pt-BR')).locale).to.equal('en');
  });

  it('reads an area namespace in the language, English from the area when the locale is English', async () => {
    expect(englishI18n.text('split', split, 'payShare')).to.equal('Pay my share');
    expect((await loadI18n('fr')).text('split', split, 'payShare')).to.equal('Payer ma part');
  });

  it('chooses plural forms with Intl.PluralRules', async () => {
    expect(englishI18n.text('schedule', schedule, 'countOption', { count: 1 })).to.equal('1 installment');
    expect(englishI18n.text('schedule', schedule, 'countOption', { count: 3 })).to.equal('3 installments');
    expect(englishI18n.text('pis', pis, 'matches', { count: 1 })).to.equal('1 bank');
    // The card form's summary of fields to correct (issue 9: it read "field(s)").
    expect(englishI18n.text('scoring', scoring, 'errorsTitle', { count: 1 })).to.equal('Please correct 1 field:');
    expect(englishI18n.text('scoring', scoring, 'errorsTitle', { count: 2 })).to.equal('Please correct 2 fields:');
    const german = await loadI18n('de');
    expect(german.text('schedule', schedule, 'dayOption', { count: 1 })).to.equal('In 1 Tag');
    expect(german.text('schedule', schedule, 'dayOption', { count: 30 })).to.equal('In 30 Tagen');
    expect(german.text('scoring', scoring, 'errorsTitle', { count: 1 })).to.equal('Bitte korrigieren Sie 1 Feld:');
    expect(formatMessage('fr', { one: '{count} part', many: '{count} de parts', other: '{count} parts' }, { count: 1_000_000 })).to.equal('1000000 de parts');
  });

  it('has every key, placeholder and plural form of English in every language, and no empty text', async () => {
    expect(catalogueProblems('en', english, english)).to.deep.equal([]);
    for (const locale of others) expect(catalogueProblems(locale, english, await loadCatalogue(locale)), locale).to.deep.equal([]);
  });

  it('fails the parity check on a missing key, a renamed placeholder, a missing plural form, an empty text', async () => {
    const french = structuredClone(await loadCatalogue('fr'));
    delete (french.split as Partial<typeof french.split>).payShare;
    french.core.pay = 'Payer {montant}';
    french.schedule.countOption = { one: '{count} fois', other: '{count} fois' };
    (french.card as Record<string, string>).retry = '';
    french.card.errorSummaryTitle = 'Corrigez le(s) champ(s) :';
    expect(catalogueProblems('fr', english, french)).to.have.members([
      'fr: split.payShare missing',
      'fr: core.pay has placeholders {montant} instead of {amount}',
      'fr: schedule.countOption lacks the plural form "many"',
      'fr: card.retry is not in English',
      'fr: card.errorSummaryTitle writes a plural as "(s)": give it plural forms',
    ]);
    delete (french.card as Record<string, unknown>).retry;
    french.card.checkAgain = ' ';
    expect(catalogueProblems('fr', english, french)).to.include('fr: card.checkAgain has an empty text');
  });

  it('formats money and dates in the locale', async () => {
    const french = await loadI18n('fr');
    expect(french.money(2500, 'EUR').replace(/[\u00a0\u202f]/g, ' ')).to.equal('25,00 €');
    expect(englishI18n.date(Date.UTC(2026, 0, 15, 12))).to.equal('January 15, 2026');
    expect(french.date(Date.UTC(2026, 0, 15, 12))).to.equal('15 janvier 2026');
    expect((await loadI18n('de')).date(Date.UTC(2026, 0, 15, 12))).to.equal('15. Januar 2026');
  });
});

/**
 * The words of the contract suites in the language a case runs in (issue 9, item 5; issue 11, "each language"). Cases
 * and fixtures name what they look for by its English text (`say('Card number')`, `say('Pay with {wallet}', …)`), as a
 * buyer reading the English page would; `say` answers the same message in the case's language, read from the
 * language's catalogue (`locales/<language>.json`), so a case written once runs in every language. Looking messages up
 * by their English text, not by namespace and key, keeps the cases apart from how the catalogue is split. Test-only.
 */
import type { Catalogue, Message } from '../core/i18n/catalogue.ts';
import { card } from '../core/i18n/en/card.ts';
import { core } from '../core/i18n/en/core.ts';
import { help } from '../core/i18n/en/help.ts';
import { hosted } from '../core/i18n/en/hosted.ts';
import { link } from '../core/i18n/en/link.ts';
import { multi } from '../core/i18n/en/multi.ts';
import { payment } from '../core/i18n/en/payment.ts';
import { pis } from '../core/i18n/en/pis.ts';
import { amazonPage, bankPage } from '../core/i18n/en/sandbox-pages.ts';
import { schedule } from '../core/i18n/en/schedule.ts';
import { scoring } from '../core/i18n/en/scoring.ts';
import { sdd } from '../core/i18n/en/sdd.ts';
import { split } from '../core/i18n/en/split.ts';
import { states } from '../core/i18n/en/states.ts';
import { threeDS } from '../core/i18n/en/three-ds.ts';
import { updateCard } from '../core/i18n/en/update-card.ts';
import { viban } from '../core/i18n/en/viban.ts';
import { wallets } from '../core/i18n/en/wallets.ts';
import { formatMessage, type Params } from '../core/i18n/index.ts';
import { loadCatalogue, SUPPORTED_LOCALES, type SupportedLocale } from '../core/i18n/languages.ts';

/** Every English message, shaped as a language file. */
export const ENGLISH = { core, card, states, link, help, threeDS, split, multi, payment, schedule, scoring, viban, pis, sdd, wallets, updateCard, hosted, bankPage, amazonPage } as unknown as Catalogue;

/** The languages besides English. */
export const OTHER_LOCALES = SUPPORTED_LOCALES.filter((locale) => locale !== 'en') as Exclude<SupportedLocale, 'en'>[];
/** The tag integrators pass for each language: a region, which must fall back to the language (BCP 47). */
export const LOCALE_TAGS: Record<SupportedLocale, string> = { en: 'en-GB', fr: 'fr-CH', de: 'de-AT', es: 'es-ES', it: 'it-IT', nl: 'nl-BE' };

/** One message in English and in the language, each form (a plural message's categories) paired. */
interface Pair {
  english: string;
  translated: string;
  /** A plural form of a category English has not (French `many`), paired with English `other`: `say` passes it by. */
  extra?: true;
}

export interface Words {
  locale: SupportedLocale;
  catalogue: Catalogue;
  /** Every message: its English and its text in `locale`, form by form. */
  pairs: Pair[];
  /** The message whose English is `english`, in `locale` (placeholders filled from `params`). Throws for an unknown text. */
  say(english: string, params?: Params): string;
  /** Every text the message(s) whose English is `english` have in `locale`, as patterns (placeholders: any text). */
  patterns(english: string): RegExp[];
  /** Whether `text` holds, in `locale`, one of the messages whose English matches `english` (placeholders: any text). */
  saysOneOf(text: string, english: RegExp): boolean;
  /** `cents` of `currency` as `Intl.NumberFormat` writes it in `locale`. */
  money(cents: number, currency?: string): string;
}

const forms = (message: Message): string[] => (typeof message === 'string' ? [message] : Object.values(message));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * A message as a pattern: its placeholders stand for any text, an empty one too (a pay button's amount before a share
 * is typed: `Pay {amount}` shows `Pay`), white space as `spaces()` folds it.
 */
export const patternOf = (message: string) =>
  message
    .split(/(\s*\{\w+\}\s*)/)
    .map((part, index) => {
      if (index % 2 === 0) return escape(part.replace(/\s+/g, ' '));
      // An empty placeholder takes one of the spaces around it with it, never the word beside it ("{count} bank").
      const [before, after] = [/^\s/.test(part), /\s$/.test(part)];
      return before && after ? '(?: .+? | )' : before ? '(?: .+?)?' : after ? '(?:.+? )?' : '.*?';
    })
    .join('');

function pairsOf(catalogue: Catalogue): Pair[] {
  const pairs: Pair[] = [];
  for (const [namespace, messages] of Object.entries(ENGLISH)) {
    for (const [key, english] of Object.entries(messages as Record<string, Message>)) {
      const translated = (catalogue as unknown as Record<string, Record<string, Message>>)[namespace]?.[key];
      if (translated === undefined) continue;
      if (typeof english === 'string' || typeof translated === 'string') {
        pairs.push({ english: forms(english)[0] ?? '', translated: forms(translated)[0] ?? '' });
        continue;
      }
      // Plural forms by CLDR category: English `one` with the language's `one`, and each of the language's other forms
      // (French `many`…) with English `other`.
      const categories = new Set([...Object.keys(english), ...Object.keys(translated)]) as Set<keyof typeof english>;
      for (const category of categories) {
        pairs.push({ english: english[category] ?? english.other, translated: translated[category] ?? translated.other, ...(category in english ? {} : { extra: true }) });
      }
    }
  }
  return pairs;
}

function wordsOf(locale: SupportedLocale, catalogue: Catalogue): Words {
  const pairs = pairsOf(catalogue);
  return {
    locale,
    catalogue,
    pairs,
    say(english, params) {
      const found = new Set(pairs.filter((pair) => pair.english === english && !pair.extra).map((pair) => pair.translated));
      if (found.size === 0) throw new Error(`no English message "${english}"`);
      if (found.size > 1) throw new Error(`"${english}" reads ${[...found].join(' / ')} in ${locale}: name the message by a longer text`);
      return formatMessage(locale, [...found][0] as string, params);
    },
    patterns(english) {
      return pairs.filter((pair) => pair.english === english).map((pair) => new RegExp(`^${patternOf(pair.translated)}$`));
    },
    saysOneOf(text, english) {
      return pairs.some((pair) => english.test(pair.english) && new RegExp(patternOf(pair.translated)).test(text));
    },
    money: (cents, currency = 'EUR') => new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100),
  };
}

export const englishWords = wordsOf('en', ENGLISH);

/** The words of `locale`, its catalogue fetched as the widget fetches it. */
export async function wordsIn(locale: SupportedLocale): Promise<Words> {
  return locale === 'en' ? englishWords : wordsOf(locale, await loadCatalogue(locale));
}

let current = englishWords;
/** The language the running case speaks (the contract runners set it before each case; English otherwise). */
export const speak = (words: Words) => {
  current = words;
};
/** The words of the running case. */
export const words = () => current;
/** `Words.say` in the running case's language. */
export const say = (english: string, params?: Params) => current.say(english, params);

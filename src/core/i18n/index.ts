/**
 * The i18n registry of the widget and the hosted pages: translation, plurals and locale-aware formatting.
 *
 * English is written per area (`en/<area>.ts`, one namespace each) and ships with the code that shows it: `core` in the
 * entry chunk, the others in their area's chunk. Every other language is ONE file, `locales/<language>.json`, holding
 * all namespaces; each is a chunk of its own fetched only by a page that asks for it, while the order loads. Adding a
 * language is adding its file and its line in `LANGUAGES` (`languages.ts`); `i18n.test.ts` checks it is complete.
 */
import { formatMoney } from '../money-format.ts';
import type { Catalogue, English, Message, Namespace } from './catalogue.ts';
import { core, type MessageKey, type Messages } from './en/core.ts';
import type { SupportedLocale } from './languages.ts';
import { primaryLanguage } from './tag.ts';

export type { Catalogue, English, Message, MessageKey, Messages, Namespace };
export type { PluralMessage } from './catalogue.ts';

/** `core` lacks the words of paying by card until the card code adds them, which comes before anything shows them. */
const englishMessages = core as Messages;

export type { SupportedLocale };

export type Params = Record<string, string | number>;

export interface I18n {
  readonly locale: SupportedLocale;
  /** A `core` or `card` message. */
  t(key: MessageKey, params?: Params): string;
  /** A message of an area's namespace; `english` is that area's English (`en/<area>.ts`), used when the locale is English. */
  text<N extends Namespace>(namespace: N, english: English[N], key: keyof English[N], params?: Params): string;
  money(cents: number, currency: string): string;
  date(epochMs: number): string;
}

/** `{name}` placeholders of a message filled from `params`; a placeholder without a value stays as written. */
export function fillPlaceholders(message: string, params?: Params): string {
  return message.replace(/\{(\w+)\}/g, (placeholder, name: string) => (params && name in params ? String(params[name]) : placeholder));
}

/** The text of `message` in `locale`: a plural message takes the form of `params.count`'s CLDR plural category. */
export function formatMessage(locale: string, message: Message, params?: Params): string {
  const text = typeof message === 'string' ? message : (message[new Intl.PluralRules(locale).select(Number(params?.count))] ?? message.other);
  return fillPlaceholders(text, params);
}

/** An `I18n` in `locale`, reading `catalogue` (English, the code's own, when there is none). */
export function createI18n(locale: SupportedLocale, catalogue?: Catalogue): I18n {
  const messages: Record<MessageKey, Message> = catalogue ? { ...catalogue.core, ...catalogue.card } : englishMessages;
  return {
    locale,
    t: (key, params) => formatMessage(locale, messages[key], params),
    text: (namespace, english, key, params) => formatMessage(locale, ((catalogue?.[namespace] ?? english) as Record<typeof key, Message>)[key], params),
    money: (cents, currency) => formatMoney(cents, currency, locale),
    date: (epochMs) => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(epochMs)),
  };
}

/** Available at once, for the first render. */
export const englishI18n: I18n = createI18n('en');

/**
 * The `I18n` of a BCP 47 tag (`fr-CH` → French, `pt-BR` → English): English at once, another language once its chunk
 * is fetched (English when that language is not supported or its chunk cannot be fetched).
 */
export async function loadI18n(requested: string | null | undefined): Promise<I18n> {
  const language = primaryLanguage(requested);
  if (!language || language === 'en') return englishI18n;
  try {
    const { loadCatalogue, resolveLocale } = await import('./languages.ts');
    const locale = resolveLocale(language);
    return locale === 'en' ? englishI18n : createI18n(locale, await loadCatalogue(locale));
  } catch {
    return englishI18n;
  }
}

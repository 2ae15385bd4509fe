/**
 * Translation and locale-aware formatting. English ships in the entry chunk (it is the default and the fallback);
 * other catalogues are separate chunks fetched only by pages that ask for them, while the order loads.
 */
import { formatMoney } from '../money-format.ts';
import { en, type MessageKey, type Messages } from './en.ts';

export type { MessageKey, Messages };

/** `en` lacks the words of paying by card until the card code adds them, which comes before anything shows them. */
const englishMessages = en as Messages;
export const SUPPORTED_LOCALES = ['en', 'fr'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

const catalogues: Record<SupportedLocale, () => Promise<Messages>> = {
  en: () => Promise.resolve(englishMessages),
  fr: () => import('./fr.ts').then((module) => module.fr),
};

/** `fr-FR` → `fr`; anything unsupported falls back to English (the contract's default). */
export function resolveLocale(requested: string | null | undefined): SupportedLocale {
  const language = (requested ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (SUPPORTED_LOCALES as readonly string[]).includes(language ?? '') ? (language as SupportedLocale) : 'en';
}

export interface I18n {
  readonly locale: SupportedLocale;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  money(cents: number, currency: string): string;
  date(epochMs: number): string;
}

/** `{name}` placeholders of a message filled from `params`; a placeholder without a value stays as written. */
export function fillPlaceholders(message: string, params?: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (placeholder, name: string) => (params && name in params ? String(params[name]) : placeholder));
}

export function createI18n(locale: SupportedLocale, messages: Messages): I18n {
  return {
    locale,
    t: (key, params) => fillPlaceholders(messages[key], params),
    money: (cents, currency) => formatMoney(cents, currency, locale),
    date: (epochMs) => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(epochMs)),
  };
}

/** Available at once, for the first render. */
export const englishI18n: I18n = createI18n('en', englishMessages);

/** The catalogue of `requested` (English when unsupported or when its chunk cannot be fetched). */
export async function loadI18n(requested: string | null | undefined): Promise<I18n> {
  const locale = resolveLocale(requested);
  try {
    return createI18n(locale, await catalogues[locale]());
  } catch {
    return englishI18n;
  }
}

/**
 * Translation and locale-aware formatting. Both catalogues ship in the entry chunk: together they weigh less than a
 * second request would cost.
 */
import { formatMoney } from '../money.ts';
import { en, type MessageKey, type Messages } from './en.ts';
import { fr } from './fr.ts';

export type { MessageKey, Messages };
export const SUPPORTED_LOCALES = ['en', 'fr'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

const catalogues: Record<SupportedLocale, Messages> = { en, fr };

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

export function createI18n(requested?: string | null): I18n {
  const locale = resolveLocale(requested);
  const messages = catalogues[locale];
  return {
    locale,
    t: (key, params) =>
      messages[key].replace(/\{(\w+)\}/g, (placeholder, name: string) =>
        params && name in params ? String(params[name]) : placeholder,
      ),
    money: (cents, currency) => formatMoney(cents, currency, locale),
    date: (epochMs) => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(epochMs)),
  };
}

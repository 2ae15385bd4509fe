/**
 * Every language besides English: BCP 47 primary language subtag → its catalogue, each a lazy chunk. Adding a language
 * is adding its file (`locales/<language>.json`) and its line here; `i18n.test.ts` checks it is complete.
 *
 * A chunk of its own, fetched by `loadI18n` only for a page asking another language than English (in parallel with the
 * order): the entry carries one import instead of one per language.
 */
import type { Catalogue } from './catalogue.ts';
import { primaryLanguage } from './tag.ts';

export const LANGUAGES = {
  fr: () => import('./locales/fr.json'),
  de: () => import('./locales/de.json'),
  es: () => import('./locales/es.json'),
  it: () => import('./locales/it.json'),
  nl: () => import('./locales/nl.json'),
} satisfies Record<string, () => Promise<{ default: Catalogue }>>;

export type SupportedLocale = 'en' | keyof typeof LANGUAGES;
export const SUPPORTED_LOCALES = ['en', ...Object.keys(LANGUAGES)] as readonly SupportedLocale[];

/** The supported language of a BCP 47 tag: `fr-CH` → `fr`, `de_AT` → `de`, `nl-BE` → `nl`; anything else (`pt-BR`) → `en`. */
export function resolveLocale(requested: string | null | undefined): SupportedLocale {
  const language = primaryLanguage(requested);
  return Object.hasOwn(LANGUAGES, language) ? (language as SupportedLocale) : 'en';
}

/** The catalogue of a language other than English (rejects when its chunk cannot be fetched). */
export const loadCatalogue = (language: Exclude<SupportedLocale, 'en'>): Promise<Catalogue> => LANGUAGES[language]().then((module) => module.default);

/**
 * The language of a BCP 47 tag (RFC 5646 §2.1: the primary subtag comes first), lower case, `_` taken for `-` as
 * integrators write it: `fr-CH` → `fr`, `de_AT` → `de`, `NL-be` → `nl`, `pt-BR` → `pt`; `''` for none. A property set
 * from JavaScript may be anything: an array (`navigator.languages`) reads as its tags joined
 * by commas, so its first tag counts; anything else is no supported language.
 */
export const primaryLanguage = (tag: unknown): string => String(tag ?? '').trim().toLowerCase().split(/[-_,]/)[0] ?? '';

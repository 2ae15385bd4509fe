/**
 * The language of a BCP 47 tag (RFC 5646 §2.1: the primary subtag comes first), lower case, `_` taken for `-` as
 * integrators write it: `fr-CH` → `fr`, `de_AT` → `de`, `NL-be` → `nl`, `pt-BR` → `pt`; `''` for none.
 */
export const primaryLanguage = (tag: string | null | undefined): string => (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';

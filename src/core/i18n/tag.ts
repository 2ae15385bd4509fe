/**
 * The language of a BCP 47 tag (RFC 5646 §2.1: the primary subtag comes first), lower case, `_` taken for `-` as
 * integrators write it: `fr-CH` → `fr`, `de_AT` → `de`, `NL-be` → `nl`, `pt-BR` → `pt`; `''` for none. A property set
 * from JavaScript may be anything: an array (`navigator.languages`) gives its first tag, any other non-string `''`.
 */
export const primaryLanguage = (tag: unknown): string => {
  const first: unknown = Array.isArray(tag) ? tag[0] : tag;
  return typeof first === 'string' ? (first.trim().toLowerCase().split(/[-_]/)[0] ?? '') : '';
};

/**
 * The sharing link's own strings, namespace `link` of the i18n registry (English in `core/i18n/en/link.ts`): they ship in the `<sg-link>` chunk, not in the core catalogues
 * every page downloads. The load states it shares with `<sg-captain>` stay in the core catalogues.
 */
import type { I18n } from '../../core/i18n/index.ts';
import { link as en } from '../../core/i18n/en/link.ts';

export type LinkMessageKey = keyof typeof en;

/** `t` for the link strings in the locale of the core `I18n` (English for any other). */
export const linkText = (i18n: I18n, key: LinkMessageKey): string => i18n.text('link', en, key);

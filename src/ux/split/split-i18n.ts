/**
 * The split UX's own strings (captain and sharing space), namespace `split` of the i18n registry. Shared strings (card form, declines,
 * 3-D Secure) stay in the core catalogues; money and dates are formatted with Intl through the core `I18n`.
 */
import type { I18n } from '../../core/i18n/index.ts';
import { split as en } from '../../core/i18n/en/split.ts';
import { formatDateTime } from '../../core/date-format.ts';

export type SplitMessageKey = keyof typeof en;

/** `t` for the split strings in the locale of the core `I18n` the UX was given. */
export function splitText(i18n: I18n, key: SplitMessageKey, params: Record<string, string | number> = {}): string {
  return i18n.text('split', en, key, params);
}

/** Date and time of a deadline: a split can end within the day, so the hour matters. */
export function deadlineText(i18n: I18n, epochMs: number): string {
  return formatDateTime(epochMs, i18n.locale);
}

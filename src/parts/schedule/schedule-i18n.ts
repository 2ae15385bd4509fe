/**
 * Strings of the installments and pay-later UXs and of their hosted pages (recovery, complete balance), English and
 * French. Shared strings (card form, declines, 3-D Secure) stay in the core catalogues; money and dates go through Intl.
 */
import type { I18n } from '../../core/i18n/index.ts';
import { schedule as en } from '../../core/i18n/en/schedule.ts';

export type ScheduleMessageKey = keyof typeof en;

/** `t` for these strings, in the locale of the core `I18n` the UX was given. */
export function scheduleText(i18n: I18n, key: ScheduleMessageKey, params: Record<string, string | number> = {}): string {
  return i18n.text('schedule', en, key, params);
}

/**
 * The one way an instant is written for people, in the QA console, the hosted pages (/pay, /share, /recovery, /balance)
 * and the widget's times (an ANCV request's or a bank page's expiry, a sharing deadline): day, abbreviated month, year,
 * 24-hour time and the time zone's short name, in the reader's language.
 *
 *   formatDateTime(Date.UTC(2026, 10, 30, 13, 5), 'en-GB', 'UTC')          → "30 Nov 2026, 13:05 UTC"
 *   formatDateTime(Date.UTC(2026, 10, 30, 13, 5), 'fr', 'Europe/Paris')   → "30 nov. 2026, 14:05 UTC+1"
 *
 * `epochMs` is epoch milliseconds (an instant of the platform's clock, never `Date.now()` when "now" is meant: read the
 * platform's, `core/platform-clock.ts`). `timeZone` is an IANA name; without it, the reader's own zone (the runtime's
 * default), which the zone name then states. `dateStyle`/`timeStyle` cannot be combined with `timeZoneName` (ECMA-402),
 * so the fields are spelled out. A locale or zone the runtime does not know throws a RangeError, as Intl does.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

export function formatDateTime(epochMs: number, locale: string, timeZone?: string): string {
  const key = `${locale}|${timeZone ?? ''}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
      ...(timeZone ? { timeZone } : {}),
    });
    formats.set(key, format);
  }
  return format.format(epochMs);
}

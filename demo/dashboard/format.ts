/** One way to show money and dates in the dashboard: the locale's currency format, and every date in UTC, saying so. */
import { formatMoney } from '../../src/core/money.ts';

const LOCALE = 'en-GB';
// dateStyle and timeStyle cannot be combined with timeZoneName: the fields are spelled out.
const DATE = new Intl.DateTimeFormat(LOCALE, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
  timeZoneName: 'short',
});

export function money(cents: number, currency: string): string {
  return formatMoney(cents, currency, LOCALE);
}

export function date(ms: number | null | undefined): string {
  return ms === null || ms === undefined ? '—' : DATE.format(ms);
}

/** Words for the API's camelCase values: `pendingAuthorization` → "pending authorization". */
export function words(value: string): string {
  return value.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** One way to show money and dates in the dashboard: the locale's currency format, and every date in UTC, saying so. */
import { formatDateTime } from '../../src/core/date-format.ts';
import { formatMoney } from '../../src/core/money.ts';

const LOCALE = 'en-GB';

export function money(cents: number, currency: string): string {
  return formatMoney(cents, currency, LOCALE);
}

export function date(ms: number | null | undefined): string {
  // The console's and hosted pages' one format (src/core/date-format.ts), pinned to UTC as the dashboard's filters are.
  return ms === null || ms === undefined ? '—' : formatDateTime(ms, LOCALE, 'UTC');
}

/** Words for the API's camelCase values: `pendingAuthorization` → "pending authorization". */
export function words(value: string): string {
  return value.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

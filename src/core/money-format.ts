/**
 * Showing money in integer minor units (cents): amounts are handed to Intl.NumberFormat as exact decimal strings, never
 * as floats. The entry module holds this part; `money.ts` re-exports it with the parsing and splitting of amounts that
 * only the UXs where a buyer chooses an amount (and the demo) use.
 */

/** Minor-unit exponent of a currency (2 for EUR, 0 for JPY), as Intl knows it. */
export function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** `2550` cents with 2 digits → `"25.50"`; exact, because it only moves the decimal point in a string. */
export function centsToDecimalString(cents: number, digits: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Not an integer amount of cents: ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const magnitude = String(Math.abs(cents)).padStart(digits + 1, '0');
  if (digits === 0) return sign + magnitude;
  return `${sign}${magnitude.slice(0, -digits)}.${magnitude.slice(-digits)}`;
}

/** Formats cents for a locale: `formatMoney(2500, 'EUR', 'fr')` → `"25,00 €"`. */
export function formatMoney(cents: number, currency: string, locale: string): string {
  const digits = currencyDigits(currency);
  const decimal = centsToDecimalString(cents, digits);
  try {
    // Intl.NumberFormat accepts decimal strings and formats them exactly (no float round-trip).
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(decimal as unknown as number);
  } catch {
    return `${decimal} ${currency}`;
  }
}

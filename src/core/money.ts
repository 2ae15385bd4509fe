/**
 * Money in integer minor units (cents). Nothing here multiplies or divides a float: amounts typed by a buyer are parsed
 * digit by digit, and amounts shown are handed to Intl.NumberFormat as exact decimal strings.
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

/**
 * Parses what a buyer typed ("12,50", "12.5", "1 234,56", "12") into cents, or `null` when it is not an amount.
 * Spaces (also the no-break spaces that French formatting uses) are ignored; one decimal separator at most.
 */
export function parseAmount(input: string, digits = 2): number | null {
  const compact = input.replace(/[\s\u00a0\u202f]/g, '');
  const match = /^(\d+)(?:[.,](\d*))?$/.exec(compact);
  if (!match) return null;
  const whole = match[1] ?? '';
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return null;
  const centsText = (whole + fraction.padEnd(digits, '0')).replace(/^0+(?=\d)/, '');
  const cents = Number(centsText);
  return Number.isSafeInteger(cents) ? cents : null;
}

/** Splits `total` cents into `parts` shares that differ by one cent at most; the first shares get the extra cents. */
export function splitEvenly(total: number, parts: number): number[] {
  if (!Number.isSafeInteger(total) || !Number.isInteger(parts) || parts < 1) {
    throw new RangeError('splitEvenly needs integer cents and at least one part');
  }
  const base = Math.floor(total / parts);
  const extra = total - base * parts;
  return Array.from({ length: parts }, (_, index) => base + (index < extra ? 1 : 0));
}

/**
 * Money in integer minor units (cents). Nothing here multiplies or divides a float: amounts typed by a buyer are parsed
 * digit by digit, and amounts shown are handed to Intl.NumberFormat as exact decimal strings.
 */

export { centsToDecimalString, currencyDigits, formatMoney } from './money-format.ts';

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

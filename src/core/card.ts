/**
 * Card checks and as-you-type formatting, DOM-free. They guide the buyer; the platform remains the judge of a card.
 */

export type CardBrand = 'visa' | 'mastercard' | 'amex' | 'unknown';
export type CardField = 'number' | 'expiry' | 'cvc' | 'holder';
/** Why a field is not acceptable; the i18n catalogues turn these into sentences. */
export type CardFieldError = 'required' | 'incomplete' | 'invalid' | 'expired';

export interface CardInput {
  number: string;
  expiry: string;
  cvc: string;
  holder: string;
}

export interface CardDetails {
  number: string;
  expiryMonth: string;
  expiryYear: string;
  cvc: string;
  holder: string;
}

export const digitsOnly = (value: string): string => value.replace(/\D/g, '');

export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = digits.charCodeAt(digits.length - 1 - index) - 48;
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * Brand from the first digits. Cartes Bancaires cards are co-badged with Visa or Mastercard and share their ranges, so
 * they show as the international brand (choosing the CB network is a later, separate feature).
 */
export function detectBrand(value: string): CardBrand {
  const digits = digitsOnly(value);
  if (/^3[47]/.test(digits)) return 'amex';
  if (/^(5[1-5]|2(2[2-9][1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720))/.test(digits)) return 'mastercard';
  if (/^4/.test(digits)) return 'visa';
  return 'unknown';
}

/** How many digits a complete number of this brand has (the longest accepted). */
export function cardNumberLength(brand: CardBrand): number {
  return brand === 'amex' ? 15 : brand === 'mastercard' ? 16 : 19;
}

const completeLengths: Record<CardBrand, readonly number[]> = {
  amex: [15],
  mastercard: [16],
  visa: [13, 16, 19],
  unknown: [14, 15, 16, 17, 18, 19],
};

/** `4242424242424242` → `4242 4242 4242 4242`; American Express `3782 822463 10005` (4-6-5). */
export function formatCardNumber(value: string): string {
  const brand = detectBrand(value);
  const digits = digitsOnly(value).slice(0, cardNumberLength(brand));
  const groups = brand === 'amex' ? [4, 6, 5] : [4, 4, 4, 4, 3];
  const parts: string[] = [];
  let start = 0;
  for (const size of groups) {
    if (start >= digits.length) break;
    parts.push(digits.slice(start, start + size));
    start += size;
  }
  return parts.join(' ');
}

/** As the buyer types: `4` → `04/`, `12` → `12/`, `1228` → `12/28`; while deleting, the slash is not re-added. */
export function formatExpiry(value: string, deleting = false): string {
  let digits = digitsOnly(value).slice(0, 4);
  if (/^[2-9]$/.test(digits)) digits = `0${digits}`;
  if (digits.length < 2) return digits;
  if (digits.length === 2) return deleting ? digits : `${digits}/`;
  return `${digits.slice(0, 2)}/${digits.slice(2)}`;
}

export function parseExpiry(value: string): { month: number; year: number } | null {
  const match = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(value);
  if (!match) return null;
  const month = Number(match[1]);
  const yearText = match[2] ?? '';
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  if (month < 1 || month > 12) return null;
  return { month, year };
}

export function validateCardNumber(value: string): CardFieldError | null {
  const digits = digitsOnly(value);
  if (!digits) return 'required';
  const brand = detectBrand(digits);
  if (!completeLengths[brand].includes(digits.length)) {
    return digits.length < Math.min(...completeLengths[brand]) ? 'incomplete' : 'invalid';
  }
  return luhnValid(digits) ? null : 'invalid';
}

/** A card is valid through the last day of its expiry month, in UTC as the platform checks it; `now` is the platform's time. */
export function validateExpiry(value: string, now: Date = new Date()): CardFieldError | null {
  if (!value.trim()) return 'required';
  if (/^\d{0,2}\/?\d?$/.test(value.trim())) return 'incomplete';
  const expiry = parseExpiry(value);
  if (!expiry) return 'invalid';
  const currentMonthIndex = now.getUTCFullYear() * 12 + now.getUTCMonth();
  const expiryMonthIndex = expiry.year * 12 + (expiry.month - 1);
  if (expiryMonthIndex < currentMonthIndex) return 'expired';
  if (expiryMonthIndex > currentMonthIndex + 12 * 20) return 'invalid';
  return null;
}

export function cvcLength(brand: CardBrand): number {
  return brand === 'amex' ? 4 : 3;
}

export function validateCvc(value: string, brand: CardBrand): CardFieldError | null {
  const digits = digitsOnly(value);
  if (!digits) return 'required';
  if (digits !== value.trim()) return 'invalid';
  if (digits.length < cvcLength(brand)) return 'incomplete';
  return digits.length === cvcLength(brand) ? null : 'invalid';
}

export function validateHolder(value: string): CardFieldError | null {
  return value.trim() ? null : 'required';
}

export type CardErrors = Partial<Record<CardField, CardFieldError>>;

export function validateCard(input: CardInput, now: Date = new Date()): CardErrors {
  const brand = detectBrand(input.number);
  const errors: CardErrors = {};
  const checks: [CardField, CardFieldError | null][] = [
    ['number', validateCardNumber(input.number)],
    ['expiry', validateExpiry(input.expiry, now)],
    ['cvc', validateCvc(input.cvc, brand)],
    ['holder', validateHolder(input.holder)],
  ];
  for (const [field, error] of checks) if (error) errors[field] = error;
  return errors;
}

/** The payload the platform expects, from a form already validated. */
export function toCardDetails(input: CardInput): CardDetails {
  const expiry = parseExpiry(input.expiry);
  if (!expiry) throw new RangeError('toCardDetails needs a valid expiry');
  return {
    number: digitsOnly(input.number),
    expiryMonth: String(expiry.month).padStart(2, '0'),
    expiryYear: String(expiry.year),
    cvc: digitsOnly(input.cvc),
    holder: input.holder.trim(),
  };
}

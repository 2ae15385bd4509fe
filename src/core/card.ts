/**
 * Card checks and as-you-type formatting, DOM-free. They guide the buyer; the platform remains the judge of a card.
 */

export type CardBrand = 'visa' | 'mastercard' | 'amex' | 'maestro' | 'unionpay' | 'unknown';
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

/**
 * ASCII digits only. Arabic-Indic (U+0660), Persian (U+06F0) and full-width (U+FF10) digits count as theirs: what an
 * Arabic, Persian or Japanese keyboard or a pasted statement gives is the card, date or code the buyer meant (each
 * block's zero sits on a multiple of 16). The expiry's text goes through here when it holds such digits.
 */
export const digitsOnly = (value: string): string =>
  value.replace(/[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/g, (digit) => `${digit.charCodeAt(0) % 16}`).replace(/\D/g, '');

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

export interface BrandRule {
  /** The brand's name, the same in every language. */
  name: string;
  /** Issuer identification number ranges (the first digits). */
  prefix: RegExp;
  /** Every length of number the brand issues. */
  lengths: readonly number[];
  /** Digits per group as the brand prints them. */
  groups: readonly number[];
  cvc: number;
}

const FOUR = [4, 4, 4, 4, 3];
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);

/**
 * The one brand table, read by the card form and by the sandbox platform (`mock-server/domain/cards.ts`), so a number
 * passes in the form exactly when it passes in the platform. Ranges and lengths from the networks' published rules
 * (ISO/IEC 7812 IINs): Visa issues 13, 16 and 19 digits; Maestro 12 to 19; UnionPay 16 to 19. Order matters: the first
 * prefix that matches wins (Mastercard's 2-series before anything else). A number of no known brand is checked as any
 * ISO/IEC 7812 number: 12 to 19 digits and the Luhn check.
 */
export const CARD_BRANDS: Readonly<Record<CardBrand, BrandRule>> = {
  amex: { name: 'American Express', prefix: /^3[47]/, lengths: [15], groups: [4, 6, 5], cvc: 4 },
  mastercard: { name: 'Mastercard', prefix: /^(5[1-5]|2(2[2-9][1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720))/, lengths: [16], groups: FOUR, cvc: 3 },
  visa: { name: 'Visa', prefix: /^4/, lengths: [13, 16, 19], groups: FOUR, cvc: 3 },
  maestro: { name: 'Maestro', prefix: /^(50|5[6-8]|6304|6759|676[1-3])/, lengths: range(12, 19), groups: FOUR, cvc: 3 },
  unionpay: { name: 'UnionPay', prefix: /^62/, lengths: range(16, 19), groups: FOUR, cvc: 3 },
  unknown: { name: '', prefix: /^/, lengths: range(12, 19), groups: FOUR, cvc: 3 },
};

/**
 * Brand from the first digits. Cartes Bancaires cards are co-badged with Visa or Mastercard and share their ranges, so
 * they show as the international brand (choosing the CB network is a later, separate feature).
 */
export function detectBrand(value: string): CardBrand {
  const digits = digitsOnly(value);
  return (Object.keys(CARD_BRANDS) as CardBrand[]).find((brand) => digits && CARD_BRANDS[brand].prefix.test(digits)) ?? 'unknown';
}

/** How many digits a complete number of this brand has (the longest accepted). */
export function cardNumberLength(brand: CardBrand): number {
  return Math.max(...CARD_BRANDS[brand].lengths);
}

/** `4242424242424242` → `4242 4242 4242 4242`; American Express `3782 822463 10005` (4-6-5). */
export function formatCardNumber(value: string): string {
  const brand = detectBrand(value);
  const digits = digitsOnly(value).slice(0, cardNumberLength(brand));
  const parts: string[] = [];
  let start = 0;
  for (const size of CARD_BRANDS[brand].groups) {
    if (start >= digits.length) break;
    parts.push(digits.slice(start, start + size));
    start += size;
  }
  return parts.join(' ');
}

/**
 * A four-digit year first, then the month (`2030-01`, `2030/1`, `2030-01-31`: what a month-type field, a date or some
 * autofill gives), written month first (`01/2030`); anything else as it is. A two-digit year first stays as it is:
 * `12/11` could be either, so it is read month first as ever.
 */
const monthFirst = (value: string) => value.replace(/^\s*(20\d\d)\s*[/.-]\s*(\d\d?)(?!\d).*/, '$2/$1');

/**
 * As the buyer types, pastes or autofills: `4` → `04/`, `12` → `12/`, `1228` → `12/28`, `13` → `01/3`; a month typed
 * before a separator is padded (`1/30` → `01/30`) and a four-digit year shortened (`01/2030`, `1/2030`, `012030` →
 * `01/30`: password managers fill MM/YYYY; `2030-01` year first too). While deleting, the slash is not re-added.
 */
export function formatExpiry(value: string, deleting = false): string {
  const typed = /^\D*(\d{1,2})\s*[/.-]\s*(\d*)/.exec(monthFirst(value));
  let month: string;
  let year: string;
  if (typed) {
    // Both groups always take part in a match (the year's may be empty).
    month = (typed[1] as string).padStart(2, '0');
    year = typed[2] as string;
  } else {
    let digits = digitsOnly(value);
    if (/^\d\d20\d\d$/.test(digits)) digits = digits.slice(0, 2) + digits.slice(4);
    if (/^([2-9]|1[3-9])/.test(digits)) digits = `0${digits}`;
    if (digits.length < 2) return digits;
    month = digits.slice(0, 2);
    year = digits.slice(2);
  }
  // A four-digit year keeps its last two digits; "20" then one digit is a four-digit year on its way.
  year = /^20\d\d/.test(year) ? year.slice(2, 4) : year.slice(0, /^20\d$/.test(year) ? 3 : 2);
  if (!year) return deleting ? month : `${month}/`;
  return `${month}/${year}`;
}

/**
 * The expiry as the field shows it once formatted (`formatExpiry`), so what is sent is what the buyer sees: `01/30`,
 * `1/2030`, `01 / 30`, `0130`, `012030` or `2030-01` → January 2030; `null` when that is no month and two-digit year.
 */
export function parseExpiry(value: string): { month: number; year: number } | null {
  const match = /^(\d\d)\/(\d\d)$/.exec(formatExpiry(value));
  const month = Number(match?.[1]);
  return match && month > 0 && month < 13 ? { month, year: 2000 + Number(match[2]) } : null;
}

export function validateCardNumber(value: string): CardFieldError | null {
  const digits = digitsOnly(value);
  if (!digits) return 'required';
  const { lengths } = CARD_BRANDS[detectBrand(digits)];
  if (!lengths.includes(digits.length)) return digits.length < Math.min(...lengths) ? 'incomplete' : 'invalid';
  return luhnValid(digits) ? null : 'invalid';
}

/** A card is valid through the last day of its expiry month, in UTC as the platform checks it; `now` is the platform's time. */
export function validateExpiry(value: string, now: Date = new Date()): CardFieldError | null {
  if (!value.trim()) return 'required';
  if (/^\d{0,2}(\/(\d|20\d)?)?$/.test(value.trim())) return 'incomplete';
  const expiry = parseExpiry(value);
  if (!expiry) return 'invalid';
  const currentMonthIndex = now.getUTCFullYear() * 12 + now.getUTCMonth();
  const expiryMonthIndex = expiry.year * 12 + (expiry.month - 1);
  if (expiryMonthIndex < currentMonthIndex) return 'expired';
  if (expiryMonthIndex > currentMonthIndex + 12 * 20) return 'invalid';
  return null;
}

export function cvcLength(brand: CardBrand): number {
  return CARD_BRANDS[brand].cvc;
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

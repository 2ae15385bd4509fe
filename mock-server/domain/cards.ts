/** The sandbox's bank: which test card does what, and the checks a real acquirer makes before authorising. */
import type { CardSummary } from '../../src/core/schemas.ts';
import type { CardInput } from '../schemas/requests.ts';
import type { CardProfile } from '../state.ts';
import { invalid } from './errors.ts';
import { CARD_BRANDS, cvcLength, detectBrand, validateCardNumber } from '../../src/core/card.ts';

export const TEST_CARDS: Record<string, { profile: CardProfile; description: string }> = {
  '4242424242424242': { profile: 'ok', description: 'authorised, no challenge' },
  '4000000000003220': { profile: 'challenge', description: '3-D Secure challenge: approve or refuse in the simulated bank page' },
  '4000000000000002': { profile: 'declined', description: 'declined' },
  '4000000000009995': { profile: 'insufficientFunds', description: 'declined: insufficient funds' },
  '4000000000000341': { profile: 'failsLaterDebits', description: 'first payment succeeds; every later capture or debit fails (recovery flows)' },
  '4000000000000259': { profile: 'failsFirstLaterDebit', description: 'first payment succeeds; each later capture fails on its due date and succeeds when retried' },
  '5555555555554444': { profile: 'ok', description: 'Mastercard, authorised' },
  '378282246310005': { profile: 'ok', description: 'American Express, authorised (4-digit security code)' },
};

/** The brand as the platform reports it (`paymentMethod` in the seed's customer methods: "Visa"). */
export function cardBrand(number: string): string {
  return CARD_BRANDS[detectBrand(number)].name || 'Card';
}

/** Whether the bank refuses a capture or debit taken after the buyer's payment (due dates, retries): the recovery flows. */
export function laterDebitDeclined(profile: CardProfile | undefined, failedAttemptsSoFar: number): boolean {
  if (profile === 'failsLaterDebits') return true;
  return profile === 'failsFirstLaterDebit' && failedAttemptsSoFar === 0;
}

export function cardProfile(number: string): CardProfile {
  return TEST_CARDS[number]?.profile ?? 'ok';
}

function fullYear(year: string): number {
  return year.length === 2 ? 2000 + Number(year) : Number(year);
}

/** The last millisecond the card can be used: the end of its expiry month (UTC). */
export function cardExpiresAt(card: Pick<CardInput, 'expiryMonth' | 'expiryYear'>): number {
  return Date.UTC(fullYear(card.expiryYear), Number(card.expiryMonth), 1) - 1;
}

/** Refuses a card an acquirer would refuse before asking the bank; answers what the platform may keep of it. */
export function checkCard(card: CardInput, now: number): CardSummary {
  const errors: string[] = [];
  const month = Number(card.expiryMonth);
  // The widget's own brand table (src/core/card.ts): a number passes here exactly when it passes in the card form.
  if (validateCardNumber(card.number)) errors.push('card.number: the card number is not valid');
  if (month < 1 || month > 12) errors.push('card.expiryMonth: must be between 1 and 12');
  else if (cardExpiresAt(card) < now) errors.push('card: the card has expired');
  const brand = cardBrand(card.number);
  const codeLength = cvcLength(detectBrand(card.number));
  if (card.cvc.length !== codeLength) errors.push(`card.cvc: the security code has ${codeLength} digits`);
  if (errors.length) throw invalid(errors);
  return {
    brand,
    // PCI DSS allows BIN + last 4 at most; below 16 digits that would show most of the number, so only the last 4.
    ...(card.number.length >= 16 ? { bin: card.number.slice(0, 6) } : {}),
    last4: card.number.slice(-4),
    expiryMonth: String(month).padStart(2, '0'),
    expiryYear: String(fullYear(card.expiryYear)),
  };
}

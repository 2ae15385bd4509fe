/**
 * The remaining-amount rules as the buyer sees them, computed from the checkout the platform answered (the platform
 * checks them again). Pure: no DOM, so they are tested on their own.
 */
import { parseAmount } from '../../core/money.ts';
import type { Checkout, Transaction } from '../../core/contract/index.ts';
import { currencyDigits } from '../../core/money.ts';

export const DEFAULT_ANCV_MINIMUM = 2000;

export type PaymentChoice = 'card' | 'ancv';

export interface Progress {
  total: number;
  /** Secured: authorised or captured. */
  paid: number;
  /** Asked of the ANCV app and not answered yet. */
  awaitingAncv: number;
  /** Not secured yet. */
  left: number;
  /** What a new payment may ask for: what is left less the pending ANCV requests. */
  available: number;
}

export const isPendingAncv = (transaction: Transaction) => transaction.paymentMethod === 'ancv' && transaction.status === 'pending';
export const isSecured = (transaction: Transaction) => transaction.status === 'authorized' || transaction.status === 'captured';

export function progressOf(checkout: Checkout): Progress {
  const total = checkout.order.amount;
  const left = checkout.amountRemaining;
  const awaitingAncv = checkout.transactions.filter(isPendingAncv).reduce((sum, transaction) => sum + transaction.amount, 0);
  return { total, paid: total - left, awaitingAncv, left, available: Math.max(0, left - awaitingAncv) };
}

export const ancvMinimumOf = (checkout: Checkout) => checkout.settings.ancvMinimum ?? DEFAULT_ANCV_MINIMUM;

/** Below the ANCV minimum only as the last payment: exactly everything that is left. */
export const smallestAncvAmount = (minimum: number, available: number) => Math.min(minimum, available);

export type AmountProblem = 'required' | 'format' | 'zero' | 'aboveAvailable' | 'belowAncvMinimum';

export type AmountCheck = { ok: true; cents: number } | { ok: false; problem: AmountProblem; cents: number | null };

export function checkAmount(text: string, choice: PaymentChoice, progress: Progress, ancvMinimum: number, digits = 2): AmountCheck {
  if (text.trim() === '') return { ok: false, problem: 'required', cents: null };
  const cents = parseAmount(text, digits);
  if (cents === null) return { ok: false, problem: 'format', cents: null };
  if (cents === 0) return { ok: false, problem: 'zero', cents };
  if (cents > progress.available) return { ok: false, problem: 'aboveAvailable', cents };
  if (choice === 'ancv' && cents < smallestAncvAmount(ancvMinimum, progress.available)) return { ok: false, problem: 'belowAncvMinimum', cents };
  return { ok: true, cents };
}

/**
 * What is worth telling before an ANCV payment leaves a remainder below the minimum: another ANCV payment could then
 * only be for exactly that remainder, so the buyer knows how the rest will be paid.
 */
export function leavesBelowAncvMinimum(cents: number, progress: Progress, ancvMinimum: number): boolean {
  const after = progress.available - cents;
  return after > 0 && after < ancvMinimum;
}

/** Decimal text for an amount input (`2550` → `"25.50"`, or `"25,50"` in French, German…: the locale's own decimal sign), never through a float. */
export function amountInputText(cents: number, locale: string, digits = 2): string {
  const text = String(cents).padStart(digits + 1, '0');
  const whole = digits ? text.slice(0, -digits) : text;
  const fraction = digits ? text.slice(-digits) : '';
  const separator = new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
  return fraction ? `${whole}${separator}${fraction}` : whole;
}

/** Which hint sits under the amount field, for the chosen method (its parameters: `available` and `minimum`). */
export function amountHintKey(choice: PaymentChoice, progress: Progress, ancvMinimum: number): 'amountHint' | 'amountHintAncv' | 'amountHintAncvBalance' {
  if (choice !== 'ancv') return 'amountHint';
  return smallestAncvAmount(ancvMinimum, progress.available) < ancvMinimum ? 'amountHintAncvBalance' : 'amountHintAncv';
}

export interface AfterPaymentNote {
  key: 'afterPayment' | 'afterPaymentComplete' | 'afterPaymentWithPending' | 'afterPaymentCoversWithPending';
  /** What would be left after this payment, in cents. */
  left: number;
}

/**
 * What is left after paying `cents` now, or nothing while the typed text is not an amount that may be paid. Pending
 * ANCV requests are counted as if confirmed: that is what this payment may still ask for.
 */
export function afterPaymentNote(cents: number | null, progress: Progress): AfterPaymentNote | undefined {
  if (cents === null || cents === 0 || cents > progress.available) return undefined;
  const left = progress.available - cents;
  if (progress.awaitingAncv > 0) return { key: left === 0 ? 'afterPaymentCoversWithPending' : 'afterPaymentWithPending', left };
  return { key: left === 0 ? 'afterPaymentComplete' : 'afterPayment', left };
}

/** The amount typed for the next part, checked against the order as it stands. */
export const amountCheckOf = (checkout: Checkout, text: string, choice: PaymentChoice): AmountCheck =>
  checkAmount(text, choice, progressOf(checkout), ancvMinimumOf(checkout), currencyDigits(checkout.order.currency));

/** The methods the platform accepts for a part, card first. */
export const methodsOf = (checkout: Checkout): PaymentChoice[] => (['card', 'ancv'] as const).filter((method) => checkout.settings.paymentMethods.includes(method));

/**
 * The words of a payment the platform refused, for every chunk that pays: the one mapping from a refusal's error code
 * to a notice (`refusalNotice`), and the `payment` namespace's words (`en/payment.ts`). A chunk of its own, fetched
 * when a refusal comes (`noticeFor` in `payment-attempt.ts`, the wallet buttons, several cards): the platform has just
 * answered, so it is within reach, and a payment that goes through never downloads these words.
 */
import type { I18n, MessageKey } from '../core/i18n/index.ts';
import { payment } from '../core/i18n/en/payment.ts';
import type { DeclineCode, FlowNotice } from './payment-types.ts';

type PaymentKey = keyof typeof payment;

/** A word of the `payment` namespace in the page's language. */
export const paymentText = (i18n: I18n, key: PaymentKey): string => i18n.text('payment', payment, key);

/** Declines the buyer can act on (another card, or the same corrected): `sg-invalid`, and a hint to pay again. */
const DECLINES: Record<DeclineCode, PaymentKey> = {
  card_declined: 'declinedCard',
  insufficient_funds: 'declinedFunds',
  authentication_failed: 'declinedAuthentication',
};

/** The other refusals: [message, title (of this namespace or `core`)]; without a title, "Something went wrong". */
const REFUSALS: Record<string, [PaymentKey, (PaymentKey | MessageKey)?]> = {
  // The flow's own state: a lost answer's lookup found that nothing ran (payment-attempt.ts).
  notMade: ['paymentNotMade', 'errorNetworkTitle'],
  order_not_payable: ['orderNotPayable'],
  link_expired: ['linkExpired', 'linkExpiredTitle'],
  amount_exceeds_remaining: ['amountExceedsRemaining'],
  // A lost answer looked up finds the payment ended: it holds no money, so not "declined" (payment-attempt.ts).
  payment_voided: ['paymentVoided', 'paymentCanceledTitle'],
  payment_refunded: ['paymentRefunded', 'paymentRefundedTitle'],
  // Live mode's refusals (mock-server/domain/live-mode.ts): no retry helps, so they say why rather than "try again".
  test_card_in_live_mode: ['declinedTestCardLive', 'declinedTitle'],
  test_iban_in_live_mode: ['declinedTestIbanLive', 'declinedTitle'],
  test_account_in_live_mode: ['declinedTestAccountLive', 'declinedTitle'],
  live_payments_unavailable: ['declinedLiveUnavailable', 'declinedTitle'],
};

/**
 * The notice of a refusal's code, in the page's language (and in any other, `in`); a code without words of its own
 * reads "could not be completed". `hint`: the host's words after a decline, instead of "try again".
 */
export function refusalNotice(code: string, i18n: I18n, hint?: (i18n: I18n) => string): FlowNotice {
  const text = (key: PaymentKey | MessageKey) => (key in payment ? paymentText(i18n, key as PaymentKey) : i18n.t(key as MessageKey));
  const decline = DECLINES[code as DeclineCode];
  const [message, title] = REFUSALS[code] ?? [];
  return {
    tone: 'danger',
    ...(decline
      ? { title: text('declinedTitle'), message: text(decline), hint: hint?.(i18n) ?? text('declinedRetryHint') }
      : { title: title ? text(title) : i18n.t('errorUnknownTitle'), message: message ? text(message) : i18n.t('payFailed') }),
    in: (other) => refusalNotice(code, other, hint),
  };
}

/**
 * English, namespace `payment`: the words of a payment the platform refused (a decline, an order no longer payable, an
 * expired link…), written once for every chunk that pays (card, several cards, wallets, hosted pages). They are
 * fetched with the refusal (`parts/refusal-words.ts`): a payment that goes through never downloads them. The words of
 * a payment that could not reach the platform ship with the card code (`card.ts`), as that fetch could fail too; the
 * fallback for any unnamed failure, `payFailed`, is in `core`.
 * A new string goes here and in every `locales/*.json` (the parity test and the type check fail otherwise).
 */
export const payment = {
  orderNotPayable: 'This order can no longer be paid.',
  amountExceedsRemaining: 'The amount is above what is left to pay on this order.',
  // The payment link expired while its page was open (409 link_expired); a page opened later says so instead of the form.
  linkExpiredTitle: 'Payment link expired',
  linkExpired: 'This payment link has expired: it can no longer be paid, and nothing was charged. Ask the merchant for a new link.',
  declinedTitle: 'Payment declined',
  declinedCard: 'Your bank declined the card. Check your details or try another card.',
  declinedFunds: 'Your bank declined the payment: insufficient funds. Try another card.',
  declinedAuthentication: 'Your bank could not confirm the payment (3-D Secure refused). You can try again.',
  // Live mode (pk_live_): the sandbox's test data is refused, and no real payment is taken either.
  declinedTestCardLive: 'This is a test card: test cards cannot be used for a real payment. Nothing was charged.',
  declinedTestIbanLive: 'This is a test IBAN: test bank accounts cannot be used for a real payment. Nothing was debited.',
  declinedTestAccountLive: 'This is a test account: test accounts cannot be used for a real payment. Nothing was charged.',
  declinedLiveUnavailable: 'This shop cannot take live payments yet: no live payment can be made here. Nothing was charged.',
  declinedRetryHint: 'Nothing was charged. Correct the card details and pay again.',
  // A lost answer looked up: the payment had ended meanwhile (voided: released or given up; refunded in full), so it
  // holds no money and paying again is a new payment.
  paymentCanceledTitle: 'Payment canceled',
  paymentVoided: 'This payment was canceled: nothing is charged, and any amount held on your card is released. You can pay again.',
  paymentRefundedTitle: 'Payment refunded',
  paymentRefunded: 'This payment went through, then was refunded in full: nothing is charged. You can pay again.',
  // The lost answer's lookup says nothing ran (404 attempt_not_found): the platform answered, so these words can be fetched.
  paymentNotMade: 'Your payment did not go through: nothing was charged. You can pay again.',
};

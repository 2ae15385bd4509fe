/**
 * English, namespace `hosted`: the frame of the platform's hosted pages (`demo/*.html` served by the sandbox): payment
 * page, sharing space, recovery and balance links, update-card page, and the payment page's order summary. The
 * components inside them speak their own namespaces.
 */
export const hosted = {
  payTitle: 'Secure payment',
  payMissing: 'This payment link is incomplete: it names no order.',
  payUnknown: 'This payment link is not valid: the order does not exist.',
  payLinkExpired: 'This payment link expired on {date}: it can no longer be paid. Ask the merchant for a new link.',
  shareTitle: 'Sharing space',
  shareMissing: 'This sharing link is incomplete: it names no order.',
  shareUnknown: 'This sharing link is not valid: the order does not exist.',
  recoveryTitle: 'Settle an unpaid installment',
  balanceTitle: 'Your installments',
  settlementUnknown: 'This link is not valid: there is nothing to pay behind it.',
  updateCardTitle: 'Update your card',
  updateCardUnknown: 'This link is not valid: there is no subscription behind it.',
  linkMissing: 'This link is incomplete.',
  footnote: 'Payments are processed by the sandbox: no real money moves.',
  footnoteCards: 'Cards are verified by the sandbox: no real money moves.',
  orderTitle: 'Your order',
  orderReference: 'Reference: {ref}',
  orderNumber: 'Order number: {ref}',
  continue: 'Continue to {merchant}',
  continueHint: 'Share the link with your group first: it stays valid after you leave.',
};

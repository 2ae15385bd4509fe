/**
 * English, namespace `states`: the load states that follow an answer of the platform (order not found, key refused,
 * nothing to pay, UX not available yet); shipped with the code that shows it.
 */
export const states = {
  errorNotFoundTitle: 'Order not found',
  errorNotFound: 'This order does not exist, or this payment form cannot access it.',
  errorUnauthorizedTitle: 'Payment form unavailable',
  errorUnauthorized: 'This payment form is not set up correctly: its public key was refused.',
  closedTitle: 'Nothing to pay',
  closedCompleted: 'This order has already been paid.',
  closedConfirmed: 'This order has already been paid.',
  closedPending: 'A payment for this order is awaiting confirmation.',
  closedCanceled: 'This order has been canceled. There is nothing to pay.',
  closedRefunded: 'This order has been refunded. There is nothing to pay.',
  closedDeadline: 'The deadline to pay this order ({date}) has passed, so it has been canceled. There is nothing to pay.',
  uxUnavailableTitle: 'Not available yet',
  uxUnavailable: 'This payment option ({ux}) is not available yet.',
};

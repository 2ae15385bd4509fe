/** English, namespace `card`: the words of paying by card; they ship with the card code (`parts/card-flow.ts`), which adds them to `core`. */
export const card = {
  // Shown once the card code knows the brand (an Amex).
  securityCodeHintAmex: '4 digits on the front of the card',
  // Only an attempt shows these (parts/payment-attempt.ts, in the card-payment chunk with this file).
  processing: 'Processing payment…',
  cardBrand: 'Card brand: {brand}',
  numberRequired: 'Enter your card number.',
  numberIncomplete: 'Your card number is incomplete: enter every digit.',
  numberInvalid: 'Your card number is not valid: check its digits.',
  expiryRequired: 'Enter the expiry date.',
  expiryIncomplete: 'The expiry date is incomplete: enter it as MM/YY.',
  expiryInvalid: 'The expiry date is not valid: enter it as MM/YY.',
  expiryExpired: 'This card has expired: use another card.',
  cvcRequired: 'Enter the security code.',
  cvcIncomplete: 'The security code is incomplete: enter every digit.',
  cvcInvalid: 'The security code is not valid: enter its digits only.',
  holderRequired: 'Enter the name on the card.',
  errorSummaryTitle: 'Please correct the following:',
  waitingForBank: 'Waiting for your bank’s confirmation…',
  successTitle: 'Payment successful',
  successBody: 'You paid {amount}.',
  successReference: 'Reference: {reference}',
  checkAgain: 'Check again',
  checkingPayment: 'Checking what became of your payment…',
  attemptUnknown: 'We could not learn whether your payment went through. Check your connection, then check again: you will not be charged twice.',
};

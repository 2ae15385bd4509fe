import type { card } from './card.ts';

/**
 * English, namespace `core`: every string the widget shows or announces before the buyer starts paying, in the entry
 * chunk. `{name}` marks a parameter. The words of paying by card (namespace `card`, `card.ts`) are added to this object
 * when the card code loads (`parts/card-flow.ts`): nothing shows them before. `I18n.t` reads both.
 */
export const core = {
  loading: 'Loading the payment form…',
  retry: 'Retry',

  cardNumber: 'Card number',
  expiryDate: 'Expiry date',
  expiryHint: 'MM/YY',
  securityCode: 'Security code',
  securityCodeHint: '3 digits on the back of the card',
  cardholderName: 'Cardholder name',

  amountToPay: 'Amount to pay',
  pay: 'Pay {amount}',
  payNetworkError: 'We could not reach the payment service. Check your connection and try again: you will not be charged twice.',
  // Any payment failure without words of its own (`en/payment.ts` has those of each refusal), and what shows when they cannot be fetched.
  payFailed: 'The payment could not be completed. Please try again: you will not be charged twice.',

  errorNetworkTitle: 'Connection problem',
  errorNetwork: 'We could not reach the payment service. Check your connection and try again.',
  errorUnknownTitle: 'Something went wrong',
  errorUnknown: 'The payment form could not be loaded. Please try again.',
  errorConfigTitle: 'Payment form not configured',
  errorConfig: 'The payment form needs a public key and an order.',
};

export type MessageKey = keyof typeof core | keyof typeof card;
export type Messages = Record<MessageKey, string>;

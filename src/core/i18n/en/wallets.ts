/**
 * English, namespace `wallets`: wallet buttons, the simulated wallet sheet and Amazon Pay (brand names are never
 * translated); shipped with the code that shows it.
 * A new string goes here and in every `locales/*.json` (the parity test and the type check fail otherwise).
 */
export const wallets = {
  group: 'Express checkout',
  payWith: 'Pay with {wallet}',
  orCard: 'Or pay by card',
  sheetTitle: '{wallet} · simulated wallet sheet',
  sheetIntro: 'Sandbox: no device here. Choose a test card of the wallet to pay {merchant}.',
  sheetAmount: 'Amount',
  sheetMerchant: 'Merchant',
  sheetCards: 'Card in the wallet',
  sheetCard: '{network} ending in {last4}',
  approved: 'approved',
  challenge: 'asks for 3-D Secure',
  declined: 'declined',
  insufficientFunds: 'declined: insufficient funds',
  pay: 'Pay {amount}',
  cancel: 'Cancel',
  canceled: 'Payment canceled: nothing was charged.',
  amazonWaiting: 'Finish in the Amazon Pay window…',
  amazonBlocked: 'Your browser blocked the Amazon Pay window. Continue on Amazon Pay’s page, then come back here: this page waits for you.',
  amazonOpen: 'Open Amazon Pay (new tab)',
  amazonExpired: 'The Amazon Pay session expired: nothing was charged. You can start again.',
};

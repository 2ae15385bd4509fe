/**
 * English, namespaces `bankPage` and `amazonPage`: the sandbox's simulated third-party pages a payment opens, the
 * bank's
 * page of a bank transfer initiation (`demo/bank`) and Amazon Pay's page (`demo/amazon-pay`).
 */
export const bankPage = {
  title: 'Confirm a bank transfer',
  amount: 'Amount',
  to: 'To',
  reference: 'Reference',
  confirm: 'Confirm the transfer',
  refuse: 'Refuse',
  cancel: 'Cancel',
  intro: '{merchant} asks you to confirm this transfer from your account at {bank}.',
  captured: 'Transfer confirmed. You can return to {merchant}.',
  refused_by_bank: 'Transfer refused. You can return to {merchant} and try again.',
  canceled_at_bank: 'Transfer canceled. You can return to {merchant}.',
  expired: 'This request expired. Return to {merchant} to start again.',
  other: 'This request can no longer be confirmed. Return to {merchant}.',
  unknown: 'This bank request does not exist.',
  failed: 'The bank could not be reached. Try again.',
};

export const amazonPage = {
  title: 'Pay with Amazon Pay',
  pay: 'Pay {merchant}',
  amount: 'Amount:',
  method: 'Payment method in your Amazon account',
  method1111: 'Visa ending in 1111 (succeeds)',
  method3434: 'Visa ending in 3434 (declined)',
  method3064: 'Visa ending in 3064 (buyer cancels)',
  continue: 'Continue to pay',
  cancel: 'Cancel and return to the merchant',
  done: 'Done: you can close this window and return to the merchant.',
  closed: 'This checkout session is closed ({state}). Return to the merchant to start again.',
  missing: 'This Amazon Pay link names no checkout session.',
};

/**
 * English, namespace `pis`: the bank transfer initiation UX; shipped with the code that shows it.
 */
export const pis = {
  title: 'Pay by bank transfer from your bank',
  bank: 'Bank',
  popular: 'Popular banks',
  search: 'Search your bank',
  noMatch: 'No bank matches “{search}”.',
  matches: { one: '{count} bank', other: '{count} banks' },
  chooseBank: 'Choose your bank.',
  continue: 'Continue',
  continueTo: 'Continue to {bank}',
  intro: 'Your bank asks you to confirm a transfer of {amount}; nothing to type, no card.',
  waitingTitle: 'Waiting for your bank',
  waitingBody: 'Confirm the transfer of {amount} on the page of {bank}. This page updates by itself.',
  waitingExpires: 'The request expires at {time}.',
  reopen: 'Open the page of {bank}',
  refusedTitle: 'The transfer did not go through',
  refused_by_bank: 'Your bank refused the transfer. Nothing was taken from your account.',
  canceled_at_bank: 'You canceled the transfer at your bank. Nothing was taken from your account.',
  expired: 'The request to your bank expired. Nothing was taken from your account.',
  superseded: 'You started another transfer meanwhile.',
  otherFailure: 'Your bank could not confirm the transfer. Nothing was taken from your account.',
  tryAgain: 'Try again',
  successTitle: 'Payment successful',
  successBody: 'Your bank confirmed the transfer of {amount}.',
  successReference: 'Reference: {reference}',
};

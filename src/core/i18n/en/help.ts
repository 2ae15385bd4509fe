/**
 * English, namespace `help`: what `<sg-help>` tells buyers about how an order's module works, from the platform's own
 * descriptions of each module (seeds: split, multi cards, pay later, installments; CONTRACT §2 for vIBAN, PIS, SDD).
 * `<ux>Title` then its paragraphs `<ux>1`, `<ux>2`… in reading order; `{amount}` is the order's amount, `{date}` its
 * deadline.
 */
export const help = {
  deadline: 'Deadline: {date}.',
  singleTitle: 'How paying works',
  single1: 'You pay the whole order, {amount}, now, by card.',
  single2: 'Your bank may ask you to confirm the payment (3-D Secure).',
  collectTitle: 'How sharing the payment works',
  collect1: 'Your card secures the whole order, {amount}; you pay your own share now.',
  collect2: 'Share the link with your group: each of them chooses how much to pay, until the deadline.',
  collect3: 'At the deadline, whatever the group has not paid is taken from your card.',
  pickingTitle: 'How sharing the payment works',
  picking1: 'Your card secures the whole order, {amount}; you pay for the items you choose now.',
  picking2: 'Share the link with your group: each of them pays for their own items, until the deadline.',
  picking3: 'At the deadline, whatever the group has not paid is taken from your card.',
  multiTitle: 'How paying with several cards works',
  multi1: 'You can pay the order, {amount}, with several cards (and holiday vouchers where offered): enter an amount for each card until the whole amount is paid.',
  paylaterTitle: 'How paying later works',
  paylater1: 'You order now and your card is checked today; the order, {amount}, is taken on the due date.',
  paylater2: 'You will be reminded before the due date, and can pay the balance earlier.',
  installmentTitle: 'How paying in installments works',
  installment1: 'The order, {amount}, is split into installments: the first is taken now, the others on their due dates, from the same card.',
  installment2: 'You see every date and amount before you pay.',
  vibanTitle: 'How paying by bank transfer works',
  viban1: 'Transfer {amount} to the IBAN shown, with its reference: the order is paid when the transfer arrives, usually within one or two banking days.',
  pisTitle: 'How paying from your bank works',
  pis1: 'You choose your bank and confirm the transfer of {amount} there; the order is paid as soon as your bank confirms it.',
  sddTitle: 'How paying by direct debit works',
  sdd1: 'You give your IBAN and accept a SEPA mandate: {amount} is debited from your account in a few banking days.',
  sdd2: 'You can dispute a SEPA debit with your bank.',
};

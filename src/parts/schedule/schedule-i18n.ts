/**
 * Strings of the installments and pay-later UXs and of their hosted pages (recovery, complete balance), English and
 * French. Shared strings (card form, declines, 3-D Secure) stay in the core catalogues; money and dates go through Intl.
 */
import { fillPlaceholders, type I18n } from '../../core/i18n/index.ts';

const en = {
  orderTotal: 'Order total',
  // Installments
  chooseCount: 'In how many installments?',
  countOption: '{count} installments',
  countOptionHint: '{first} today, then {others} a month',
  countOptionHintEven: '{count} × {amount} a month',
  scheduleTitle: 'Your schedule',
  today: 'Today',
  scheduleRow: '{date}: {amount}',
  scheduleStatusPaid: 'paid',
  scheduleStatusPending: 'to come',
  scheduleStatusUnpaid: 'unpaid',
  scheduleStatusCanceled: 'canceled',
  scheduleAnnounce: '{count} installments: {first} today, then {others} monthly until {last}.',
  scheduleAnnounceDeferred: '{count} installments, the first on {date}, the last on {last}.',
  cardValidUntil: 'Your card must be valid until {date}, the last due date.',
  cardExpiresTooSoonTitle: 'This card expires too soon',
  cardExpiresTooSoon: 'Your card must remain valid until the last due date, {date}. Use another card or choose fewer installments.',
  payToday: 'Pay {amount} today',
  payInInstallments: 'Pay in {count} installments',
  planConfirmedTitle: 'Your payment plan is confirmed',
  planConfirmedBody: 'You paid {amount} today. The next installments will be debited from your card on their due dates.',
  planConfirmedDeferred: 'Your card is registered. Your first installment of {amount} will be debited on {date}.',
  emailFollowUp: 'A confirmation email with a link to follow your installments, or to pay the balance early, is on its way.',
  // Pay later
  chooseDate: 'When do you want to be debited?',
  dayOption: 'In {days} days',
  dayOptionHint: 'Debited on {date}',
  debitOn: 'Debited on',
  debitExplained: 'Your card is authorised today; nothing is debited before {date}.',
  payOn: 'Pay {amount} on {date}',
  paylaterConfirmedTitle: 'You’re all set',
  paylaterConfirmedBody: '{amount} will be debited from your card on {date}.',
  paylaterEmail: 'A confirmation email with a link to pay early is on its way.',
  dateAnnounce: 'Debit date: {date}.',
  cardValidUntilDebit: 'Your card must be valid until {date}, the debit date.',
  cardExpiresBeforeDebit: 'Your card must remain valid until the debit date, {date}. Use another card or choose an earlier date.',
  // Alternatives after a refusal
  alternativesTitle: 'Other options',
  alternativesFewer: 'Choose fewer installments above and try again.',
  alternativesOtherDate: 'Choose another date above and try again.',
  payInFull: 'Pay the full amount now: {amount}',
  paidInFullTitle: 'Payment successful',
  paidInFullBody: 'You paid {amount}.',
  // Hosted pages
  recoveryTitle: 'Settle an unpaid installment',
  recoveryIntro: 'The installment of {amount} due on {date} could not be debited. Pay it now with another card.',
  recoveryPay: 'Pay {amount} now',
  recoveryDoneTitle: 'Installment paid',
  recoveryDoneBody: 'Thank you: the installment of {amount} is paid.',
  recoveryNothing: 'This installment does not need paying: it is {status}.',
  balanceTitle: 'Your installments',
  balanceIntro: 'You can pay the remaining balance of {amount} at once.',
  balancePay: 'Pay the balance: {amount}',
  balanceDoneTitle: 'Balance paid',
  balanceDoneBody: 'Thank you: you paid {amount}. Your order is fully paid.',
  balanceNothing: 'Nothing is left to pay on this order.',
  linkUnknown: 'This link is not valid.',
  amountPaid: 'Paid',
  amountLeft: 'Left to pay',
};

export type ScheduleMessageKey = keyof typeof en;

const fr: Record<ScheduleMessageKey, string> = {
  orderTotal: 'Total de la commande',
  chooseCount: 'En combien de fois ?',
  countOption: '{count} fois',
  countOptionHint: '{first} aujourd’hui, puis {others} par mois',
  countOptionHintEven: '{count} × {amount} par mois',
  scheduleTitle: 'Votre échéancier',
  today: 'Aujourd’hui',
  scheduleRow: '{date} : {amount}',
  scheduleStatusPaid: 'payée',
  scheduleStatusPending: 'à venir',
  scheduleStatusUnpaid: 'impayée',
  scheduleStatusCanceled: 'annulée',
  scheduleAnnounce: '{count} échéances : {first} aujourd’hui, puis {others} par mois jusqu’au {last}.',
  scheduleAnnounceDeferred: '{count} échéances, la première le {date}, la dernière le {last}.',
  cardValidUntil: 'Votre carte doit être valide jusqu’au {date}, date de la dernière échéance.',
  cardExpiresTooSoonTitle: 'Cette carte expire trop tôt',
  cardExpiresTooSoon: 'Votre carte doit rester valide jusqu’à la dernière échéance, le {date}. Utilisez une autre carte ou choisissez moins d’échéances.',
  payToday: 'Payer {amount} aujourd’hui',
  payInInstallments: 'Payer en {count} fois',
  planConfirmedTitle: 'Votre échéancier est confirmé',
  planConfirmedBody: 'Vous avez payé {amount} aujourd’hui. Les échéances suivantes seront débitées de votre carte à leur date.',
  planConfirmedDeferred: 'Votre carte est enregistrée. Votre première échéance de {amount} sera débitée le {date}.',
  emailFollowUp: 'Un e-mail de confirmation arrive, avec un lien pour suivre vos échéances ou payer le solde en avance.',
  chooseDate: 'Quand souhaitez-vous être débité ?',
  dayOption: 'Dans {days} jours',
  dayOptionHint: 'Débité le {date}',
  debitOn: 'Débité le',
  debitExplained: 'Votre carte est autorisée aujourd’hui ; rien n’est débité avant le {date}.',
  payOn: 'Payer {amount} le {date}',
  paylaterConfirmedTitle: 'C’est tout bon',
  paylaterConfirmedBody: '{amount} seront débités de votre carte le {date}.',
  paylaterEmail: 'Un e-mail de confirmation arrive, avec un lien pour payer en avance.',
  dateAnnounce: 'Date de débit : {date}.',
  cardValidUntilDebit: 'Votre carte doit être valide jusqu’au {date}, date du débit.',
  cardExpiresBeforeDebit: 'Votre carte doit rester valide jusqu’à la date du débit, le {date}. Utilisez une autre carte ou choisissez une date plus proche.',
  alternativesTitle: 'Autres possibilités',
  alternativesFewer: 'Choisissez moins d’échéances ci-dessus et réessayez.',
  alternativesOtherDate: 'Choisissez une autre date ci-dessus et réessayez.',
  payInFull: 'Payer la totalité maintenant : {amount}',
  paidInFullTitle: 'Paiement réussi',
  paidInFullBody: 'Vous avez payé {amount}.',
  recoveryTitle: 'Régler une échéance impayée',
  recoveryIntro: 'L’échéance de {amount} du {date} n’a pas pu être débitée. Réglez-la maintenant avec une autre carte.',
  recoveryPay: 'Payer {amount} maintenant',
  recoveryDoneTitle: 'Échéance réglée',
  recoveryDoneBody: 'Merci : l’échéance de {amount} est réglée.',
  recoveryNothing: 'Cette échéance n’est pas à régler : elle est {status}.',
  balanceTitle: 'Vos échéances',
  balanceIntro: 'Vous pouvez payer le solde restant de {amount} en une fois.',
  balancePay: 'Payer le solde : {amount}',
  balanceDoneTitle: 'Solde réglé',
  balanceDoneBody: 'Merci : vous avez payé {amount}. Votre commande est entièrement réglée.',
  balanceNothing: 'Il ne reste rien à payer sur cette commande.',
  linkUnknown: 'Ce lien n’est pas valide.',
  amountPaid: 'Payé',
  amountLeft: 'Reste à payer',
};

const catalogues = { en, fr } as const;

/** `t` for these strings, in the locale of the core `I18n` the UX was given. */
export function scheduleText(i18n: I18n, key: ScheduleMessageKey, params: Record<string, string | number> = {}): string {
  const messages = catalogues[i18n.locale] ?? en;
  return fillPlaceholders(messages[key], params);
}

export { en as scheduleEn, fr as scheduleFr };

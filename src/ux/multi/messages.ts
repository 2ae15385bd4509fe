/** Every string of the multi-card and ANCV UX, in English and French. `{name}` marks a parameter (money already formatted). */
import { fillPlaceholders } from '../../core/i18n/index.ts';

const en = {
  paidLabel: 'Paid',
  leftLabel: 'Left to pay',
  awaitingLabel: 'Awaiting ANCV confirmation',
  totalLabel: 'Order total',
  methodLegend: 'Pay the next part with',
  methodCard: 'Card',
  methodAncv: 'ANCV Chèque-Vacances Connect',
  amountLabelCard: 'Amount to pay with this card',
  amountLabelAncv: 'Amount to pay with ANCV',
  amountHint: 'Up to {available}.',
  amountHintAncv: 'From {minimum} up to {available}.',
  amountHintAncvBalance: 'Exactly {available}: the ANCV minimum is {minimum}, so ANCV can only pay all that is left.',
  afterPayment: 'After this payment: {left} left to pay.',
  afterPaymentComplete: 'This payment completes the order.',
  afterPaymentWithPending: 'After this payment, once ANCV confirms what awaits: {left} left to pay.',
  afterPaymentCoversWithPending: 'With what awaits ANCV confirmation, this payment covers the order.',
  belowMinimumNote: 'That is less than the ANCV minimum of {minimum}: pay it by card, or in one last ANCV payment of exactly that amount.',
  belowMinimumNoteAncvOnly: 'That is less than the ANCV minimum of {minimum}: it will be paid in one last ANCV payment of exactly that amount.',
  amountRequired: 'Enter an amount.',
  amountFormat: 'Enter an amount such as 25.00.',
  amountZero: 'The amount must be more than zero.',
  amountAboveAvailable: 'At most {available} can be paid now.',
  amountBelowAncvMinimum: 'An ANCV payment is at least {minimum}, or exactly the {available} left.',
  ancvLoginLabel: 'ANCV login',
  ancvLoginHint: 'The email of your ANCV account, or your ANCV ID (8 to 12 digits).',
  ancvLoginRequired: 'Enter your ANCV login.',
  ancvLoginMalformed: 'Enter the email of your ANCV account or your ANCV ID of 8 to 12 digits.',
  payCard: 'Pay {amount}',
  payAncv: 'Pay {amount} with ANCV',
  waitingTitle: 'Confirm in your ANCV app',
  waitingBody: 'We sent a request for {amount} to your ANCV account ({login}). Open the ANCV app on your phone to confirm it.',
  waitingAnnouncement: 'Waiting for your confirmation of {amount} in the ANCV app.',
  waitingExpires: 'The request expires at {time}.',
  cancelRequest: 'Cancel the ANCV request of {amount}',
  partPaidTitle: 'Payment accepted',
  partPaidCard: 'You paid {amount} by card. {left} is left to pay: choose how to pay the next part.',
  partPaidAncv: 'ANCV confirmed {amount}. {left} is left to pay: choose how to pay the next part.',
  partPaidAncvLess: 'ANCV confirmed {amount} instead of the {requested} asked. {left} is left to pay: choose how to pay the next part.',
  ancvRefusedTitle: 'ANCV payment refused',
  ancvRefused: 'The ANCV request for {amount} was refused in the app. Nothing was taken; what you already paid is kept. Choose another way to pay.',
  ancvTimeoutTitle: 'ANCV request expired',
  ancvTimeout: 'The ANCV request for {amount} was not confirmed in time. Nothing was taken; what you already paid is kept. Try again or choose another way to pay.',
  ancvCanceledTitle: 'ANCV request canceled',
  ancvCanceled: 'You canceled the ANCV request for {amount}. What you already paid is kept.',
  alreadyPaidKept: 'What you already paid is kept.',
  errorTitle: 'Something went wrong',
  orderNotPayable: 'This order can no longer be paid.',
  amountChanged: 'What is left to pay has changed: the amounts are up to date now.',
  completeTitle: 'Payment complete',
  completeBody: 'You paid {total} in {count} payments.',
  completeBodyOne: 'You paid {total}.',
  paymentsListLabel: 'Your payments',
  paymentLineCard: 'Card •••• {last4}: {amount}',
  paymentLineAncv: 'ANCV: {amount}',
  leftAnnouncement: '{left} left to pay.',
};

export type MultiMessageKey = keyof typeof en;

const fr: Record<MultiMessageKey, string> = {
  paidLabel: 'Déjà payé',
  leftLabel: 'Reste à payer',
  awaitingLabel: 'En attente de confirmation ANCV',
  totalLabel: 'Total de la commande',
  methodLegend: 'Payer la partie suivante par',
  methodCard: 'Carte',
  methodAncv: 'ANCV Chèque-Vacances Connect',
  amountLabelCard: 'Montant à payer avec cette carte',
  amountLabelAncv: 'Montant à payer avec ANCV',
  amountHint: 'Jusqu’à {available}.',
  amountHintAncv: 'De {minimum} à {available}.',
  amountHintAncvBalance: 'Exactement {available} : le minimum ANCV est de {minimum}, ANCV ne peut donc payer que la totalité du reste.',
  afterPayment: 'Après ce paiement : reste {left} à payer.',
  afterPaymentComplete: 'Ce paiement règle la commande.',
  afterPaymentWithPending: 'Après ce paiement, une fois confirmé ce qui attend ANCV : reste {left} à payer.',
  afterPaymentCoversWithPending: 'Avec ce qui attend la confirmation ANCV, ce paiement couvre la commande.',
  belowMinimumNote: 'C’est moins que le minimum ANCV de {minimum} : réglez-le par carte, ou par un dernier paiement ANCV de ce montant exact.',
  belowMinimumNoteAncvOnly: 'C’est moins que le minimum ANCV de {minimum} : il sera réglé par un dernier paiement ANCV de ce montant exact.',
  amountRequired: 'Saisissez un montant.',
  amountFormat: 'Saisissez un montant comme 25,00.',
  amountZero: 'Le montant doit être supérieur à zéro.',
  amountAboveAvailable: 'Vous pouvez payer au plus {available} maintenant.',
  amountBelowAncvMinimum: 'Un paiement ANCV est d’au moins {minimum}, ou exactement les {available} restants.',
  ancvLoginLabel: 'Identifiant ANCV',
  ancvLoginHint: 'L’e-mail de votre compte ANCV, ou votre identifiant ANCV (8 à 12 chiffres).',
  ancvLoginRequired: 'Saisissez votre identifiant ANCV.',
  ancvLoginMalformed: 'Saisissez l’e-mail de votre compte ANCV ou votre identifiant ANCV de 8 à 12 chiffres.',
  payCard: 'Payer {amount}',
  payAncv: 'Payer {amount} avec ANCV',
  waitingTitle: 'Confirmez dans votre application ANCV',
  waitingBody: 'Nous avons envoyé une demande de {amount} à votre compte ANCV ({login}). Ouvrez l’application ANCV sur votre téléphone pour la confirmer.',
  waitingAnnouncement: 'En attente de votre confirmation de {amount} dans l’application ANCV.',
  waitingExpires: 'La demande expire à {time}.',
  cancelRequest: 'Annuler la demande ANCV de {amount}',
  partPaidTitle: 'Paiement accepté',
  partPaidCard: 'Vous avez payé {amount} par carte. Reste {left} à payer : choisissez comment payer la partie suivante.',
  partPaidAncv: 'ANCV a confirmé {amount}. Reste {left} à payer : choisissez comment payer la partie suivante.',
  partPaidAncvLess: 'ANCV a confirmé {amount} au lieu des {requested} demandés. Reste {left} à payer : choisissez comment payer la partie suivante.',
  ancvRefusedTitle: 'Paiement ANCV refusé',
  ancvRefused: 'La demande ANCV de {amount} a été refusée dans l’application. Rien n’a été prélevé ; ce que vous avez déjà payé est conservé. Choisissez un autre moyen de paiement.',
  ancvTimeoutTitle: 'Demande ANCV expirée',
  ancvTimeout: 'La demande ANCV de {amount} n’a pas été confirmée à temps. Rien n’a été prélevé ; ce que vous avez déjà payé est conservé. Réessayez ou choisissez un autre moyen de paiement.',
  ancvCanceledTitle: 'Demande ANCV annulée',
  ancvCanceled: 'Vous avez annulé la demande ANCV de {amount}. Ce que vous avez déjà payé est conservé.',
  alreadyPaidKept: 'Ce que vous avez déjà payé est conservé.',
  errorTitle: 'Une erreur est survenue',
  orderNotPayable: 'Cette commande ne peut plus être payée.',
  amountChanged: 'Le reste à payer a changé : les montants sont à jour.',
  completeTitle: 'Paiement terminé',
  completeBody: 'Vous avez payé {total} en {count} paiements.',
  completeBodyOne: 'Vous avez payé {total}.',
  paymentsListLabel: 'Vos paiements',
  paymentLineCard: 'Carte •••• {last4} : {amount}',
  paymentLineAncv: 'ANCV : {amount}',
  leftAnnouncement: 'Reste {left} à payer.',
};

const catalogues: Record<string, Record<MultiMessageKey, string>> = { en, fr };

export type MultiText = (key: MultiMessageKey, params?: Record<string, string | number>) => string;

/** A notice above the form: what happened to the last payment, in the multi UX's words. */
export interface MultiNotice {
  tone: 'danger' | 'success';
  title: MultiMessageKey;
  message: MultiMessageKey;
  params: Record<string, string>;
}

export function multiText(locale: string): MultiText {
  const messages = catalogues[locale] ?? en;
  return (key, params) => fillPlaceholders(messages[key], params);
}

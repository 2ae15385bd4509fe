/**
 * The split UX's own strings (captain and sharing space), English and French. Shared strings (card form, declines,
 * 3-D Secure) stay in the core catalogues; money and dates are formatted with Intl through the core `I18n`.
 */
import { fillPlaceholders, type I18n } from '../../core/i18n/index.ts';
import { formatDateTime } from '../../core/date-format.ts';

const en = {
  howToPay: 'How do you want to pay?',
  payAlone: 'Pay the whole amount myself',
  payAloneHint: '{amount}, paid now.',
  shareWithGroup: 'Share the payment with my group',
  shareWithGroupHint: 'You pay your share now; your group pays the rest with a link until {date}.',

  yourShare: 'Your share',
  splitEvenly: 'Split evenly',
  chooseAmount: 'Choose my amount',
  participants: 'Number of participants, you included',
  participantsHint: 'Between 2 and {max}.',
  participantsInvalid: 'Enter a number of participants between 2 and {max}.',
  shareAmount: 'Amount you pay',
  shareAmountHint: 'At most {max}.',
  amountInvalid: 'Enter an amount such as 12.50.',
  amountTooSmall: 'Enter an amount above zero.',
  amountTooBig: 'Enter at most {max}.',
  chooseItems: 'Choose the items you pay for',
  itemLabel: '{name} × {quantity}, {amount}',
  itemPaid: 'already paid',
  itemsRequired: 'Choose at least one item.',
  shareSummary: 'You pay {share} of {total}.',
  orderTotal: 'Order total',

  captainPaidTitle: 'Your share is paid',
  captainPaidDirect: 'You paid {share}. The whole order ({total}) is guaranteed on your card: you will only be charged for what your group does not pay by {date}.',
  captainPaidStandard: 'Your share of {share} is on hold. The order goes through once your group pays the remaining {left} by {date}; otherwise nothing is charged.',
  captainPaidComplete: 'You paid {share}. The order is fully paid.',
  paidAloneTitle: 'Payment successful',
  underwayTitle: 'Your group is paying',
  underwayBody: 'You have already paid your share. Share the link with your group: they can pay until {date}.',

  progress: '{collected} collected of {total}',
  progressLeft: '{left} left to collect',
  progressLabel: 'Amount collected',
  deadline: 'Open until {date}',

  spaceTitle: '{name} invites you to share an order',
  spaceTitleAnonymous: 'Share an order with your group',
  spacePlatform: 'Sold by {platform}',
  basket: 'Basket',
  basketEmpty: 'No item details were given for this order.',
  yourFirstName: 'Your first name (optional)',
  payShare: 'Pay my share',
  waitingForCaptain: 'The organiser has not paid their share yet. Come back in a moment: this page updates by itself.',
  stateCompletedTitle: 'The full amount has been collected',
  stateCompleted: 'Thank you! There is nothing left to pay on this order.',
  stateExpiredTitle: 'This sharing has ended',
  stateExpired: 'The deadline ({date}) has passed. There is nothing to pay here any more.',
  stateCanceledTitle: 'This order was canceled',
  stateCanceled: 'There is nothing to pay.',
  stateRefundedTitle: 'This order was refunded',
  thanksTitle: 'Thank you!',
  thanksBody: 'You paid {amount}.',
  shareUnknownTitle: 'Sharing link not valid',
  shareUnknown: 'This sharing link does not lead to an order.',
  notEnoughLeft: 'Someone paid in the meantime: only {left} is left to pay. Adjust your amount.',
  itemTaken: 'Someone paid for one of your items in the meantime. Choose again.',
  closedMeanwhile: 'The sharing ended in the meantime: there is nothing left to pay.',
  updated: '{collected} collected, {left} left.',
};

export type SplitMessageKey = keyof typeof en;

const fr: Record<SplitMessageKey, string> = {
  howToPay: 'Comment souhaitez-vous payer ?',
  payAlone: 'Payer la totalité moi-même',
  payAloneHint: '{amount}, payé maintenant.',
  shareWithGroup: 'Partager le paiement avec mon groupe',
  shareWithGroupHint: 'Vous payez votre part maintenant ; votre groupe paie le reste avec un lien jusqu’au {date}.',

  yourShare: 'Votre part',
  splitEvenly: 'Partager à parts égales',
  chooseAmount: 'Choisir mon montant',
  participants: 'Nombre de participants, vous compris',
  participantsHint: 'Entre 2 et {max}.',
  participantsInvalid: 'Saisissez un nombre de participants entre 2 et {max}.',
  shareAmount: 'Montant que vous payez',
  shareAmountHint: '{max} au maximum.',
  amountInvalid: 'Saisissez un montant, par exemple 12,50.',
  amountTooSmall: 'Saisissez un montant supérieur à zéro.',
  amountTooBig: 'Saisissez {max} au maximum.',
  chooseItems: 'Choisissez les articles que vous payez',
  itemLabel: '{name} × {quantity}, {amount}',
  itemPaid: 'déjà payé',
  itemsRequired: 'Choisissez au moins un article.',
  shareSummary: 'Vous payez {share} sur {total}.',
  orderTotal: 'Total de la commande',

  captainPaidTitle: 'Votre part est payée',
  captainPaidDirect: 'Vous avez payé {share}. La commande entière ({total}) est garantie sur votre carte : seul ce que votre groupe n’aura pas payé le {date} vous sera débité.',
  captainPaidStandard: 'Votre part de {share} est réservée. La commande sera validée si votre groupe paie les {left} restants avant le {date} ; sinon rien n’est débité.',
  captainPaidComplete: 'Vous avez payé {share}. La commande est entièrement payée.',
  paidAloneTitle: 'Paiement réussi',
  underwayTitle: 'Votre groupe est en train de payer',
  underwayBody: 'Vous avez déjà payé votre part. Partagez le lien avec votre groupe : il peut payer jusqu’au {date}.',

  progress: '{collected} collectés sur {total}',
  progressLeft: 'Reste à collecter : {left}',
  progressLabel: 'Montant collecté',
  deadline: 'Ouvert jusqu’au {date}',

  spaceTitle: '{name} vous invite à partager une commande',
  spaceTitleAnonymous: 'Partagez une commande avec votre groupe',
  spacePlatform: 'Vendu par {platform}',
  basket: 'Panier',
  basketEmpty: 'Le détail des articles n’a pas été fourni pour cette commande.',
  yourFirstName: 'Votre prénom (facultatif)',
  payShare: 'Payer ma part',
  waitingForCaptain: 'L’organisateur n’a pas encore payé sa part. Revenez dans un instant : cette page se met à jour toute seule.',
  stateCompletedTitle: 'Le montant total a été collecté',
  stateCompleted: 'Merci ! Il ne reste rien à payer sur cette commande.',
  stateExpiredTitle: 'Ce partage est terminé',
  stateExpired: 'La date limite ({date}) est passée. Il n’y a plus rien à payer ici.',
  stateCanceledTitle: 'Cette commande a été annulée',
  stateCanceled: 'Il n’y a rien à payer.',
  stateRefundedTitle: 'Cette commande a été remboursée',
  thanksTitle: 'Merci !',
  thanksBody: 'Vous avez payé {amount}.',
  shareUnknownTitle: 'Lien de partage non valide',
  shareUnknown: 'Ce lien de partage ne mène à aucune commande.',
  notEnoughLeft: 'Quelqu’un a payé entre-temps : il ne reste que {left} à payer. Ajustez votre montant.',
  itemTaken: 'Quelqu’un a payé l’un de vos articles entre-temps. Choisissez à nouveau.',
  closedMeanwhile: 'Le partage s’est terminé entre-temps : il ne reste rien à payer.',
  updated: '{collected} collectés, {left} restants.',
};

const catalogues = { en, fr } as const;

/** `t` for the split strings in the locale of the core `I18n` the UX was given. */
export function splitText(i18n: I18n, key: SplitMessageKey, params: Record<string, string | number> = {}): string {
  const messages = catalogues[i18n.locale] ?? en;
  return fillPlaceholders(messages[key], params);
}

/** Date and time of a deadline: a split can end within the day, so the hour matters. */
export function deadlineText(i18n: I18n, epochMs: number): string {
  return formatDateTime(epochMs, i18n.locale);
}

export { en as splitEn, fr as splitFr };

/**
 * What `<sg-help>` tells buyers about how an order's module works, in English and French, from the platform's own
 * descriptions of each module (seeds: split, multi cards, pay later, installments; CONTRACT §2 for vIBAN, PIS, SDD).
 * They ship in the `<sg-help>` chunk only. `{amount}` is the order's amount, `{date}` its deadline or due date.
 */
import type { Ux } from '../../core/contract/index.ts';

export interface HelpWords {
  title: string;
  /** Paragraphs, in reading order. */
  steps: string[];
}

type Catalogue = Record<Ux, HelpWords> & { deadline: string };

const en: Catalogue = {
  deadline: 'Deadline: {date}.',
  single: { title: 'How paying works', steps: ['You pay the whole order, {amount}, now, by card.', 'Your bank may ask you to confirm the payment (3-D Secure).'] },
  collect: {
    title: 'How sharing the payment works',
    steps: [
      'Your card secures the whole order, {amount}; you pay your own share now.',
      'Share the link with your group: each of them chooses how much to pay, until the deadline.',
      'At the deadline, whatever the group has not paid is taken from your card.',
    ],
  },
  picking: {
    title: 'How sharing the payment works',
    steps: [
      'Your card secures the whole order, {amount}; you pay for the items you choose now.',
      'Share the link with your group: each of them pays for their own items, until the deadline.',
      'At the deadline, whatever the group has not paid is taken from your card.',
    ],
  },
  multi: { title: 'How paying with several cards works', steps: ['You can pay the order, {amount}, with several cards (and holiday vouchers where offered): enter an amount for each card until the whole amount is paid.'] },
  paylater: {
    title: 'How paying later works',
    steps: ['You order now and your card is checked today; the order, {amount}, is taken on the due date.', 'You will be reminded before the due date, and can pay the balance earlier.'],
  },
  installment: {
    title: 'How paying in installments works',
    steps: ['The order, {amount}, is split into installments: the first is taken now, the others on their due dates, from the same card.', 'You see every date and amount before you pay.'],
  },
  viban: { title: 'How paying by bank transfer works', steps: ['Transfer {amount} to the IBAN shown, with its reference: the order is paid when the transfer arrives, usually within one or two banking days.'] },
  pis: { title: 'How paying from your bank works', steps: ['You choose your bank and confirm the transfer of {amount} there; the order is paid as soon as your bank confirms it.'] },
  sdd: {
    title: 'How paying by direct debit works',
    steps: ['You give your IBAN and accept a SEPA mandate: {amount} is debited from your account in a few banking days.', 'You can dispute a SEPA debit with your bank.'],
  },
};

const fr: Catalogue = {
  deadline: 'Date limite : {date}.',
  single: { title: 'Comment se passe le paiement', steps: ['Vous payez toute la commande, {amount}, maintenant, par carte.', 'Votre banque peut vous demander de confirmer le paiement (3-D Secure).'] },
  collect: {
    title: 'Comment se passe le partage du paiement',
    steps: [
      'Votre carte garantit toute la commande, {amount} ; vous payez votre part maintenant.',
      'Partagez le lien avec votre groupe : chacun choisit combien il paie, jusqu’à la date limite.',
      'À la date limite, ce que le groupe n’a pas payé est prélevé sur votre carte.',
    ],
  },
  picking: {
    title: 'Comment se passe le partage du paiement',
    steps: [
      'Votre carte garantit toute la commande, {amount} ; vous payez maintenant les articles que vous choisissez.',
      'Partagez le lien avec votre groupe : chacun paie ses propres articles, jusqu’à la date limite.',
      'À la date limite, ce que le groupe n’a pas payé est prélevé sur votre carte.',
    ],
  },
  multi: { title: 'Comment payer avec plusieurs cartes', steps: ['Vous pouvez payer la commande, {amount}, avec plusieurs cartes (et des chèques-vacances quand ils sont proposés) : indiquez un montant par carte jusqu’à atteindre le total.'] },
  paylater: {
    title: 'Comment se passe le paiement différé',
    steps: ['Vous commandez maintenant et votre carte est vérifiée aujourd’hui ; la commande, {amount}, est prélevée à l’échéance.', 'Un rappel vous est envoyé avant l’échéance, et vous pouvez payer le solde plus tôt.'],
  },
  installment: {
    title: 'Comment se passe le paiement en plusieurs fois',
    steps: ['La commande, {amount}, est payée en plusieurs échéances : la première maintenant, les autres à leur date, sur la même carte.', 'Vous voyez chaque date et chaque montant avant de payer.'],
  },
  viban: { title: 'Comment payer par virement', steps: ['Virez {amount} vers l’IBAN affiché, avec sa référence : la commande est payée à l’arrivée du virement, en général sous un ou deux jours ouvrés.'] },
  pis: { title: 'Comment payer depuis votre banque', steps: ['Choisissez votre banque et confirmez-y le virement de {amount} ; la commande est payée dès que votre banque le confirme.'] },
  sdd: {
    title: 'Comment se passe le prélèvement',
    steps: ['Vous donnez votre IBAN et acceptez un mandat SEPA : {amount} est prélevé sur votre compte en quelques jours ouvrés.', 'Vous pouvez contester un prélèvement SEPA auprès de votre banque.'],
  },
};

export const helpWords = (locale: string): Catalogue => (locale === 'fr' ? fr : en);

/**
 * The virtual IBAN UX's own strings, English and French. Money and dates are formatted with Intl through the core
 * `I18n`; the names of the detail rows double as the copy buttons' accessible names ("Copy IBAN").
 */
import { fillPlaceholders, type I18n } from '../../core/i18n/index.ts';

const en = {
  title: 'Pay by bank transfer',
  amountToTransfer: 'Amount to transfer',
  beneficiary: 'Beneficiary',
  iban: 'IBAN',
  bic: 'BIC',
  reference: 'Reference',
  copy: 'Copy',
  copyName: 'Copy {what}',
  copied: 'Copied',
  copiedAnnounce: '{what} copied',
  copyFailed: 'Could not copy: select the text instead',
  stepsTitle: 'How to pay',
  step1: 'In your banking app or website, add this IBAN as a new beneficiary.',
  step2: 'Make a transfer of exactly {amount} to it, in euros.',
  step3: 'Write the reference {reference} in the transfer’s message.',
  step4: 'This page updates by itself once the money arrives; we also sent these details by email.',
  qrTitle: 'Or scan with your banking app',
  qrName: 'QR code of a transfer of {amount} to {holder} (IBAN {iban})',
  qrHint: 'Most European banking apps read this code (EPC QR) and fill in the transfer for you.',
  partialTitle: 'Transfer received: {left} left to pay',
  partialBody: 'We received {received} of {total}. Transfer the remaining {left} to the same IBAN, with the same reference.',
  partialAnnounce: 'Transfer received: {received} of {total}. {left} left to transfer.',
  successTitle: 'Payment received',
  successBody: 'We received your transfer of {amount}. Your order is paid.',
  successReference: 'Reference: {reference}',
};

type VibanMessageKey = keyof typeof en;

const fr: Record<VibanMessageKey, string> = {
  title: 'Payer par virement bancaire',
  amountToTransfer: 'Montant à virer',
  beneficiary: 'Bénéficiaire',
  iban: 'IBAN',
  bic: 'BIC',
  reference: 'Référence',
  copy: 'Copier',
  copyName: 'Copier {what}',
  copied: 'Copié',
  copiedAnnounce: '{what} copié',
  copyFailed: 'Copie impossible : sélectionnez le texte',
  stepsTitle: 'Comment payer',
  step1: 'Dans votre application ou site bancaire, ajoutez cet IBAN comme nouveau bénéficiaire.',
  step2: 'Faites-lui un virement d’exactement {amount}, en euros.',
  step3: 'Indiquez la référence {reference} dans le motif du virement.',
  step4: 'Cette page se met à jour toute seule à l’arrivée de l’argent ; ces coordonnées vous ont aussi été envoyées par e-mail.',
  qrTitle: 'Ou scannez avec votre application bancaire',
  qrName: 'QR code d’un virement de {amount} à {holder} (IBAN {iban})',
  qrHint: 'La plupart des applications bancaires européennes lisent ce code (QR EPC) et remplissent le virement pour vous.',
  partialTitle: 'Virement reçu : il reste {left} à payer',
  partialBody: 'Nous avons reçu {received} sur {total}. Virez les {left} restants sur le même IBAN, avec la même référence.',
  partialAnnounce: 'Virement reçu : {received} sur {total}. Il reste {left} à virer.',
  successTitle: 'Paiement reçu',
  successBody: 'Nous avons bien reçu votre virement de {amount}. Votre commande est payée.',
  successReference: 'Référence : {reference}',
};

const catalogues = { en, fr } as const;

/** `t` for the virtual IBAN strings in the locale of the core `I18n` the UX was given. */
export function vibanText(i18n: I18n, key: VibanMessageKey, params: Record<string, string | number> = {}): string {
  return fillPlaceholders((catalogues[i18n.locale] ?? en)[key], params);
}

export type VibanText = (key: VibanMessageKey, params?: Record<string, string | number>) => string;

export { en as vibanEn, fr as vibanFr };

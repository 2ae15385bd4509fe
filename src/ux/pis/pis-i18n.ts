/** The bank transfer initiation UX's own strings, English and French (money and times through the core `I18n`). */
import { fillPlaceholders, type I18n } from '../../core/i18n/index.ts';

const en = {
  title: 'Pay by bank transfer from your bank',
  bank: 'Bank',
  popular: 'Popular banks',
  search: 'Search your bank',
  noMatch: 'No bank matches “{search}”.',
  matches: '{count} banks',
  matchesOne: '{count} bank',
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

type PisMessageKey = keyof typeof en;

const fr: Record<PisMessageKey, string> = {
  title: 'Payer par virement depuis votre banque',
  bank: 'Banque',
  popular: 'Banques les plus choisies',
  search: 'Rechercher votre banque',
  noMatch: 'Aucune banque ne correspond à « {search} ».',
  matches: '{count} banques',
  matchesOne: '{count} banque',
  chooseBank: 'Choisissez votre banque.',
  continue: 'Continuer',
  continueTo: 'Continuer vers {bank}',
  intro: 'Votre banque vous demande de confirmer un virement de {amount} : rien à saisir, pas de carte.',
  waitingTitle: 'En attente de votre banque',
  waitingBody: 'Confirmez le virement de {amount} sur la page de {bank}. Cette page se met à jour toute seule.',
  waitingExpires: 'La demande expire à {time}.',
  reopen: 'Ouvrir la page de {bank}',
  refusedTitle: 'Le virement n’a pas abouti',
  refused_by_bank: 'Votre banque a refusé le virement. Rien n’a été prélevé sur votre compte.',
  canceled_at_bank: 'Vous avez annulé le virement auprès de votre banque. Rien n’a été prélevé sur votre compte.',
  expired: 'La demande à votre banque a expiré. Rien n’a été prélevé sur votre compte.',
  superseded: 'Vous avez lancé un autre virement entre-temps.',
  otherFailure: 'Votre banque n’a pas pu confirmer le virement. Rien n’a été prélevé sur votre compte.',
  tryAgain: 'Réessayer',
  successTitle: 'Paiement réussi',
  successBody: 'Votre banque a confirmé le virement de {amount}.',
  successReference: 'Référence : {reference}',
};

const catalogues = { en, fr } as const;

export type PisText = (key: PisMessageKey, params?: Record<string, string | number>) => string;

/** `t` for the bank transfer initiation strings in the locale of the core `I18n` the UX was given. */
export const pisText = (locale: I18n['locale']): PisText => (key, params) => fillPlaceholders((catalogues[locale] ?? en)[key], params);

/** The words of why an attempt failed (`declineReason`). */
export const failureKey = (reason: string | undefined): PisMessageKey =>
  reason === 'refused_by_bank' || reason === 'canceled_at_bank' || reason === 'expired' || reason === 'superseded' ? reason : 'otherFailure';

export { en as pisEn, fr as pisFr };

/** Words of the scoring step (financed pay later and installments), English and French. */
import { fillPlaceholders, type I18n } from '../core/i18n/index.ts';
import type { ScoringField, ScoringFieldError } from '../core/scoring.ts';

const en = {
  scoringTitle: 'A few details for your financing',
  scoringIntro: '{platform} finances this payment plan and needs these details before your card.',
  birthDate: 'Date of birth',
  streetAddress: 'Street address',
  postalCode: 'Postal code',
  city: 'City',
  phone: 'Phone number',
  phoneHint: 'With the country code if you live abroad, e.g. +33 6 12 34 56 78',
  required: 'Enter your {field}.',
  invalid: 'Check your {field}: it does not look right.',
  future: 'Your date of birth cannot be in the future.',
  errorsTitle: 'Please correct {count} field(s):',
  continue: 'Continue',
  checking: 'Checking your details…',
  accepted: 'Financing accepted: you can now enter your card.',
  refusedTitle: 'Financing not available',
  refusedUnder18: 'Financing is only open to buyers aged 18 or over. You can still pay the whole amount now.',
  refusedOther: 'Financing is not available for this order. You can still pay the whole amount now.',
  failed: 'Your details could not be checked. Please try again.',
  retry: 'Try again',
} as const;

export type ScoringMessageKey = keyof typeof en;

const fr: Record<ScoringMessageKey, string> = {
  scoringTitle: 'Quelques informations pour votre financement',
  scoringIntro: '{platform} finance cet échéancier et a besoin de ces informations avant votre carte.',
  birthDate: 'Date de naissance',
  streetAddress: 'Adresse',
  postalCode: 'Code postal',
  city: 'Ville',
  phone: 'Numéro de téléphone',
  phoneHint: 'Avec l’indicatif du pays si vous vivez à l’étranger, par ex. +33 6 12 34 56 78',
  required: 'Indiquez votre {field}.',
  invalid: 'Vérifiez ce champ ({field}) : la valeur ne semble pas correcte.',
  future: 'Votre date de naissance ne peut pas être dans le futur.',
  errorsTitle: 'Veuillez corriger {count} champ(s) :',
  continue: 'Continuer',
  checking: 'Vérification de vos informations…',
  accepted: 'Financement accepté : vous pouvez saisir votre carte.',
  refusedTitle: 'Financement indisponible',
  refusedUnder18: 'Le financement est réservé aux acheteurs de 18 ans ou plus. Vous pouvez toujours payer la totalité maintenant.',
  refusedOther: 'Le financement n’est pas disponible pour cette commande. Vous pouvez toujours payer la totalité maintenant.',
  failed: 'Vos informations n’ont pas pu être vérifiées. Veuillez réessayer.',
  retry: 'Réessayer',
};

export const scoringText = (i18n: I18n, key: ScoringMessageKey, params?: Record<string, string | number>): string =>
  fillPlaceholders((i18n.locale === 'fr' ? fr : en)[key], params);

/** The message of one field's error, naming the field in lower case as a sentence needs it. */
export function scoringErrorText(i18n: I18n, field: ScoringField, error: ScoringFieldError): string {
  return scoringText(i18n, error, { field: scoringText(i18n, field).toLowerCase() });
}

export { en as scoringEn, fr as scoringFr };

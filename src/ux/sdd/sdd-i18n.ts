/**
 * The SEPA Direct Debit UX's own strings, English and French: the account holder's fields, the reasons an IBAN is
 * refused (one per `IbanProblem` of `core/iban.ts`, the rule the platform applies too), the mandate text and the
 * pending state. Shared strings (processing, network errors) stay in the core catalogues.
 */
import { fillPlaceholders, type I18n } from '../../core/i18n/index.ts';
import type { IbanProblem } from '../../core/iban.ts';

const en = {
  holderTitle: 'Account holder',
  firstName: 'First name',
  lastName: 'Last name',
  iban: 'IBAN',
  ibanHint: 'The account number printed on your bank details, starting with the country code (FR76…)',
  firstNameRequired: 'Enter the account holder’s first name.',
  lastNameRequired: 'Enter the account holder’s last name.',
  nameCharacters: 'A name has no line breaks or control characters.',
  nameTooLong: 'The bank takes at most {max} characters for the first and last name together; shorten them.',
  ibanRequired: 'Enter your IBAN.',
  ibanCharacters: 'An IBAN has only letters and digits.',
  ibanCountry: 'An IBAN starts with a country code, such as FR or DE.',
  ibanNotSepa: 'Accounts in {country} cannot be debited: use an account in the SEPA zone.',
  ibanLength: 'An IBAN from {country} has {expected} characters; you entered {length}.',
  ibanLengthUnknown: 'An IBAN has 15 to 34 characters.',
  ibanChecksum: 'This IBAN is not valid: check it for a mistyped character.',
  ibanFormat: 'This IBAN does not match the layout of account numbers in {country}.',
  ibanNationalChecksum: 'The bank check digits of this IBAN do not match: check it for a mistyped character.',
  errorSummary: 'Check the account details: {count} field(s) to correct.',
  mandateTitle: 'SEPA Direct Debit mandate',
  mandateText:
    'By paying, you allow {creditor} (SEPA creditor identifier {creditorId}) to ask your bank to take {amount} from this account, and later amounts for orders you choose to pay by direct debit, and you allow your bank to honour these requests.',
  mandateRights:
    'You can ask your bank to give back a debit within 8 weeks of it, without giving a reason. The amount and date of each debit are sent to you before it is taken, and the mandate reference by email.',
  debitTiming: 'The amount is taken from your account about 10 bank working days after you pay.',
  pay: 'Pay {amount} by direct debit',
  scheduledTitle: 'Direct debit scheduled',
  scheduledBody: '{amount} will be debited from your account ending {last4} on {date}.',
  scheduledFollowUp: 'Your order is confirmed once the debit is collected; nothing else to do.',
  collectedTitle: 'Direct debit collected',
  collectedBody: '{amount} was debited from your account ending {last4} on {date}.',
  failedTitle: 'Direct debit refused',
  failedBody: 'Your bank refused the debit of {amount} from the account ending {last4}. Your order is not paid.',
  mandateReference: 'Mandate reference: {reference}',
  emailSent: 'A confirmation email with your mandate is on its way.',
  scheduledAnnounce: 'Direct debit scheduled for {date}.',
  otherAccount: 'Pay with another account',
};

export type SddMessageKey = keyof typeof en;

const fr: Record<SddMessageKey, string> = {
  holderTitle: 'Titulaire du compte',
  firstName: 'Prénom',
  lastName: 'Nom',
  iban: 'IBAN',
  ibanHint: 'Le numéro de compte de votre RIB, qui commence par le code pays (FR76…)',
  firstNameRequired: 'Saisissez le prénom du titulaire du compte.',
  lastNameRequired: 'Saisissez le nom du titulaire du compte.',
  nameCharacters: 'Un nom ne contient ni retour à la ligne ni caractère de contrôle.',
  nameTooLong: 'La banque accepte au plus {max} caractères pour le prénom et le nom ensemble : raccourcissez-les.',
  ibanRequired: 'Saisissez votre IBAN.',
  ibanCharacters: 'Un IBAN ne contient que des lettres et des chiffres.',
  ibanCountry: 'Un IBAN commence par un code pays, comme FR ou DE.',
  ibanNotSepa: 'Les comptes de ce pays ({country}) ne peuvent pas être prélevés : utilisez un compte de la zone SEPA.',
  ibanLength: 'Un IBAN de ce pays ({country}) compte {expected} caractères ; vous en avez saisi {length}.',
  ibanLengthUnknown: 'Un IBAN compte de 15 à 34 caractères.',
  ibanChecksum: 'Cet IBAN n’est pas valide : vérifiez qu’aucun caractère n’est erroné.',
  ibanFormat: 'Cet IBAN ne correspond pas au format des numéros de compte de ce pays ({country}).',
  ibanNationalChecksum: 'La clé de contrôle nationale de cet IBAN (clé RIB pour un compte français) ne correspond pas : vérifiez qu’aucun caractère n’est erroné.',
  errorSummary: 'Vérifiez les coordonnées du compte : {count} champ(s) à corriger.',
  mandateTitle: 'Mandat de prélèvement SEPA',
  mandateText:
    'En payant, vous autorisez {creditor} (identifiant créancier SEPA {creditorId}) à demander à votre banque de prélever {amount} sur ce compte, ainsi que les montants des prochaines commandes que vous choisirez de régler par prélèvement, et vous autorisez votre banque à exécuter ces demandes.',
  mandateRights:
    'Vous pouvez demander à votre banque le remboursement d’un prélèvement dans les 8 semaines qui le suivent, sans avoir à vous justifier. Le montant et la date de chaque prélèvement vous sont communiqués avant qu’il ait lieu, et la référence du mandat par e-mail.',
  debitTiming: 'Le montant est prélevé sur votre compte environ 10 jours ouvrés bancaires après votre paiement.',
  pay: 'Payer {amount} par prélèvement',
  scheduledTitle: 'Prélèvement programmé',
  scheduledBody: '{amount} sera prélevé sur votre compte se terminant par {last4} le {date}.',
  scheduledFollowUp: 'Votre commande est confirmée dès que le prélèvement est encaissé ; vous n’avez rien d’autre à faire.',
  collectedTitle: 'Prélèvement encaissé',
  collectedBody: '{amount} a été prélevé sur votre compte se terminant par {last4} le {date}.',
  failedTitle: 'Prélèvement refusé',
  failedBody: 'Votre banque a refusé le prélèvement de {amount} sur le compte se terminant par {last4}. Votre commande n’est pas payée.',
  mandateReference: 'Référence du mandat : {reference}',
  emailSent: 'Un e-mail de confirmation avec votre mandat vous a été envoyé.',
  scheduledAnnounce: 'Prélèvement programmé pour le {date}.',
  otherAccount: 'Payer avec un autre compte',
};

/** `t` in the page's language, `country` a country's name in it (for IBAN messages), `day` a banking day. */
export function sddWords(i18n: I18n) {
  const messages = i18n.locale === 'fr' ? fr : en;
  const regions = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames([i18n.locale], { type: 'region' }) : undefined;
  // A debit date is a banking day (a calendar day in UTC on the platform): shown in UTC, so no time zone moves it.
  const days = new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'long', timeZone: 'UTC' });
  return {
    t: (key: SddMessageKey, params?: Record<string, string | number>) => fillPlaceholders(messages[key], params),
    country: (code: string | undefined) => (code ? (regions?.of(code) ?? code) : ''),
    day: (epochMs: number) => days.format(new Date(epochMs)),
  };
}

export type SddWords = ReturnType<typeof sddWords>;

/** The message key of each IBAN problem. */
export const IBAN_PROBLEM_WORDS: Record<IbanProblem, SddMessageKey> = {
  required: 'ibanRequired',
  characters: 'ibanCharacters',
  country: 'ibanCountry',
  notSepa: 'ibanNotSepa',
  length: 'ibanLength',
  checksum: 'ibanChecksum',
  format: 'ibanFormat',
  nationalChecksum: 'ibanNationalChecksum',
};

/**
 * The IBAN rule of SEPA Direct Debit, shared by the widget (checked at the field, before any request) and the mock
 * platform (checked again: a back end may call the API directly), so the two always agree. Built on ibantools (ISO 13616:
 * country, length, BBAN structure, mod 97, and the national check digits where ibantools has them, e.g. the French RIB
 * key), restricted to the countries of the SEPA scheme (EPC list, as ibantools' `isSEPACountry`).
 *
 * In core because both sides use it; the widget gives the messages in the buyer's language, the platform in English
 * (`IBAN_PROBLEM_MESSAGES`).
 */
import { getCountrySpecifications, isSEPACountry, validateIBAN, ValidationErrorsIBAN } from 'ibantools';

/** The longest IBAN of ISO 13616 (electronic format). */
export const IBAN_MAX_LENGTH = 34;

/** Why an IBAN is refused, most useful first: a buyer fixes one thing at a time. */
export type IbanProblem =
  /** Nothing typed. */
  | 'required'
  /** Something else than letters, digits, spaces or dashes. */
  | 'characters'
  /** The first two characters name no country that issues IBANs. */
  | 'country'
  /** A country outside the SEPA scheme: no SEPA direct debit from it. */
  | 'notSepa'
  /** Too short or too long for its country (`expected` characters). */
  | 'length'
  /** The two check digits (mod 97) do not match: most often a typo. */
  | 'checksum'
  /** The account part does not follow its country's layout. */
  | 'format'
  /** The bank's own check digits (the French RIB key, the Belgian, Spanish… ones) do not match. */
  | 'nationalChecksum';

export interface IbanCheck {
  /** The IBAN in electronic format: no spaces, upper case. */
  iban: string;
  /** The first problem, or null when the IBAN may be debited. */
  problem: IbanProblem | null;
  /** ISO 3166 country of the IBAN, when its first two characters are letters. */
  country: string | undefined;
  /** Its country's IBAN length, when the country is known. */
  expected: number | undefined;
}

/**
 * The IBAN in electronic format (ISO 13616): spaces and dashes removed, ASCII letters in upper case. Only a–z are
 * upper-cased: `toUpperCase` maps some other letters onto ASCII ones (dotless ı → I, long ſ → S, the ligature ﬁ → FI), so
 * the platform would debit an account the widget's field (which drops them) never showed; kept as they are, they are
 * refused as `characters`.
 */
export function electronicIban(input: string): string {
  return input.replace(/[\s-]+/g, '').replace(/[a-z]+/g, (letters) => letters.toUpperCase());
}

/** Groups of four for reading (`FR76 3000 6000 0112 3456 7890 189`). */
export function friendlyIban(input: string): string {
  return electronicIban(input).replace(/(.{4})(?=.)/g, '$1 ');
}

/** The last four characters, as emails and receipts name the account. */
export function ibanLast4(input: string): string {
  return electronicIban(input).slice(-4);
}

function countryLength(country: string): number | undefined {
  return getCountrySpecifications()[country]?.chars ?? undefined;
}

/** The CIN's weights of characters at odd positions (1st, 3rd…), A–Z and 0–9 alike (A and 0 weigh 1, B and 1 weigh 0…). */
const CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

/**
 * The Italian CIN (Codice Identificativo Nazionale), the BBAN's first letter, also used by San Marino: a check letter over
 * the bank (ABI), branch (CAB) and account number, which ibantools does not check (Banca d'Italia / ABI, "Coordinate
 * bancarie": odd positions weighted by `CIN_ODD`, even ones by their value, sum mod 26 as a letter). True for other
 * countries. Called once the BBAN layout is known good (a letter, then 22 digits or capitals).
 */
function italianCinMatches(iban: string): boolean {
  if (!iban.startsWith('IT') && !iban.startsWith('SM')) return true;
  const value = (character: string) => (character <= '9' ? character.charCodeAt(0) - 48 : character.charCodeAt(0) - 65);
  let sum = 0;
  [...iban.slice(5)].forEach((character, index) => {
    sum += index % 2 === 0 ? (CIN_ODD[value(character)] ?? 0) : value(character);
  });
  return iban[4] === String.fromCharCode(65 + (sum % 26));
}

/** Checks `input` (spaces, dashes and lower case accepted) against the rule; see `IbanProblem` for the order. */
export function checkIban(input: string | undefined): IbanCheck {
  const iban = electronicIban(input ?? '');
  const country = /^[A-Z]{2}/.test(iban) ? iban.slice(0, 2) : undefined;
  const expected = country ? countryLength(country) : undefined;
  const result = (problem: IbanProblem | null): IbanCheck => ({ iban, problem, country, expected });
  if (iban === '') return result('required');
  if (!/^[A-Z0-9]+$/.test(iban)) return result('characters');
  if (iban.length < 2) return result('length');
  if (!country || expected === undefined) return result('country');
  if (!isSEPACountry(country)) return result('notSepa');
  if (iban.length !== expected) return result('length');
  const codes = new Set(validateIBAN(iban).errorCodes);
  if (codes.has(ValidationErrorsIBAN.ChecksumNotNumber) || codes.has(ValidationErrorsIBAN.WrongIBANChecksum)) return result('checksum');
  if (codes.has(ValidationErrorsIBAN.WrongBBANFormat) || codes.has(ValidationErrorsIBAN.WrongBBANLength)) return result('format');
  if (codes.has(ValidationErrorsIBAN.WrongAccountBankBranchChecksum) || !italianCinMatches(iban)) return result('nationalChecksum');
  // Any other code ibantools may add later still refuses the IBAN rather than letting it through.
  return result(codes.size > 0 ? 'format' : null);
}

/**
 * Still being typed: shorter than its country's length and not wrong so far. The widget says nothing about such a value
 * until the field is left (a message while typing would only say "not finished yet").
 */
export function isIbanIncomplete(check: IbanCheck): boolean {
  return check.problem === 'required' || (check.problem === 'length' && (check.expected === undefined || check.iban.length < check.expected));
}

/** The platform's words for each problem (the API's readable `errors`). */
export function ibanProblemMessage({ problem, country, expected, iban }: IbanCheck): string | null {
  switch (problem) {
    case null:
      return null;
    case 'required':
      return 'iban: the account holder’s IBAN is required';
    case 'characters':
      return 'iban: an IBAN has only letters and digits (spaces are allowed)';
    case 'country':
      return 'iban: an IBAN starts with the code of a country that issues IBANs (FR, DE, ES…)';
    case 'notSepa':
      return `iban: ${country} is not in the SEPA zone; only an account in a SEPA country can be debited`;
    case 'length':
      return expected === undefined ? 'iban: an IBAN has 15 to 34 characters' : `iban: an IBAN of ${country} has ${expected} characters, not ${iban.length}`;
    case 'checksum':
      return 'iban: the check digits do not match (mod 97): a character is probably mistyped';
    case 'format':
      return `iban: the account number does not follow the layout of ${country} IBANs`;
    case 'nationalChecksum':
      return `iban: the bank’s check digits of this ${country} account number do not match: a character is probably mistyped`;
  }
}

/**
 * Formats an IBAN field as the buyer types: letters in upper case, groups of four, at most 34 characters; anything but
 * letters and digits is dropped. The caret stays after the same letter or digit it followed (or at the end), so typing
 * or deleting in the middle does not send it to the end.
 */
export function formatIbanInput(raw: string, caret: number = raw.length): { value: string; caret: number } {
  const before = raw.slice(0, caret).replace(/[^A-Za-z0-9]/g, '').length;
  const compact = raw.replace(/[^A-Za-z0-9]/g, '').toUpperCase().slice(0, IBAN_MAX_LENGTH);
  const value = compact.replace(/(.{4})(?=.)/g, '$1 ');
  const kept = Math.min(before, compact.length);
  // Position after `kept` characters: one space per full group before it (none after the last character).
  const position = kept + Math.max(0, Math.floor((kept - 1) / 4));
  return { value, caret: kept === 0 ? 0 : Math.min(position, value.length) };
}

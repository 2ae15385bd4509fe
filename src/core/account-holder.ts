/**
 * The account holder's name on a SEPA Direct Debit mandate, checked by the widget at the field and by the platform again
 * (a back end may call the API directly), so the two agree as they do on the IBAN (`core/iban.ts`).
 *
 * The EPC SDD Core rulebook's mandate carries the debtor's name (AT-14), which the EPC implementation guidelines limit to
 * 70 characters: first and last name together, as the bank receives them ("Ada Lovelace"). A name made only of spaces or
 * invisible characters (zero-width space, BOM…) is no name; line breaks and other control characters have no place in it.
 */

/** The longest debtor name of the EPC implementation guidelines (pain.008 `Dbtr/Nm`). */
export const HOLDER_NAME_MAX = 70;

/** Why the holder's name is refused: a part missing, control characters in a part, or the whole name too long. */
export type HolderNameProblem = 'firstNameRequired' | 'lastNameRequired' | 'firstNameCharacters' | 'lastNameCharacters' | 'tooLong';

/** The name as the mandate keeps it: trimmed of spaces and invisible characters at both ends. */
export function holderNamePart(input: string | undefined): string {
  return (input ?? '').replace(/^[\s\p{Cf}]+|[\s\p{Cf}]+$/gu, '');
}

/** Every problem of `firstName` and `lastName`, in form order; empty when the mandate may name them. */
export function checkHolderName(firstName: string | undefined, lastName: string | undefined): HolderNameProblem[] {
  const first = holderNamePart(firstName);
  const last = holderNamePart(lastName);
  const problems: HolderNameProblem[] = [];
  if (!first) problems.push('firstNameRequired');
  else if (/\p{Cc}/u.test(first)) problems.push('firstNameCharacters');
  if (!last) problems.push('lastNameRequired');
  else if (/\p{Cc}/u.test(last)) problems.push('lastNameCharacters');
  if (first && last && [...`${first} ${last}`].length > HOLDER_NAME_MAX) problems.push('tooLong');
  return problems;
}

/** The platform's words for each problem (the API's readable `errors`). */
export const HOLDER_NAME_MESSAGES: Record<HolderNameProblem, string> = {
  firstNameRequired: 'payer.firstName: the account holder’s first name is required for a SEPA mandate',
  lastNameRequired: 'payer.lastName: the account holder’s last name is required for a SEPA mandate',
  firstNameCharacters: 'payer.firstName: a name has no line breaks or control characters',
  lastNameCharacters: 'payer.lastName: a name has no line breaks or control characters',
  tooLong: `payer: the account holder’s first and last name have at most ${HOLDER_NAME_MAX} characters together (EPC rulebook, debtor name)`,
};

/**
 * English, namespace `sdd`: the SEPA Direct Debit UX: account holder, the reason an IBAN is refused (one per
 * `IbanProblem`), the mandate, the pending state; shipped with the code that shows it.
 */
export const sdd = {
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

/**
 * English, namespace `scoring`: the scoring step of financed pay later and installments; shipped with the code that
 * shows it.
 */
export const scoring = {
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
  errorsTitle: { one: 'Please correct {count} field:', other: 'Please correct {count} fields:' },
  continue: 'Continue',
  checking: 'Checking your details…',
  accepted: 'Financing accepted: you can now enter your card.',
  refusedTitle: 'Financing not available',
  refusedUnder18: 'Financing is only open to buyers aged 18 or over. You can still pay the whole amount now.',
  refusedOther: 'Financing is not available for this order. You can still pay the whole amount now.',
  failed: 'Your details could not be checked. Please try again.',
  retry: 'Try again',
};

/** The one IBAN rule of the widget and the platform (src/core/iban.ts), table-driven. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkIban, formatIbanInput, friendlyIban, ibanLast4, ibanProblemMessage, isIbanIncomplete, type IbanProblem } from '../../src/core/iban.ts';

describe('valid IBANs, per SEPA country', () => {
  const valid: [string, string][] = [
    ['FR', 'FR76 3000 6000 0100 0000 0000 152'],
    ['FR', 'FR7630006000011234567890189'],
    ['FR', 'FR1420041010050500013M02606'],
    ['DE', 'DE89 3704 0044 0532 0130 00'],
    ['AT', 'AT611904300234573201'],
    ['BE', 'BE68539007547034'],
    ['ES', 'ES9121000418450200051332'],
    ['IT', 'IT60X0542811101000000123456'],
    ['NL', 'NL91ABNA0417164300'],
    ['GB', 'GB29NWBK60161331926819'],
    ['CH', 'CH9300762011623852957'],
    ['AD', 'AD1200012030200359100100'],
    ['SM', 'SM86U0322509800000000270100'],
  ];
  for (const [country, iban] of valid) {
    test(`${country}: ${iban}`, () => {
      const check = checkIban(iban);
      assert.equal(check.problem, null);
      assert.equal(check.country, country);
      assert.equal(ibanProblemMessage(check), null);
    });
  }
  test('spaces, dashes and lower case are accepted and removed', () => {
    for (const typed of ['fr76 3000 6000 0100 0000 0000 152', ' FR76-3000-6000-0100-0000-0000-152 ', 'fr7630006000010000000000152']) {
      const check = checkIban(typed);
      assert.equal(check.problem, null, typed);
      assert.equal(check.iban, 'FR7630006000010000000000152');
    }
  });
});

describe('refused IBANs, with the reason', () => {
  const refused: [string | undefined, IbanProblem, RegExp][] = [
    [undefined, 'required', /required/],
    ['   ', 'required', /required/],
    ['FR76 3000 6000 0100 0000 0000 15!', 'characters', /letters and digits/],
    ['F', 'length', /15 to 34/],
    ['ZZ7630006000010000000000152', 'country', /country/],
    ['1276300060000100000000001', 'country', /country/],
    ['US64SVBKUS6S3300958879', 'country', /country/],
    ['BR1800360305000010009795493C1', 'notSepa', /BR is not in the SEPA zone/],
    ['XK051212012345678906', 'notSepa', /XK is not in the SEPA zone/],
    ['FR763000600001000000000015', 'length', /FR has 27 characters, not 26/],
    ['FR76300060000100000000001522', 'length', /FR has 27 characters, not 28/],
    ['DE8937040044053201300', 'length', /DE has 22 characters, not 21/],
    ['FR7730006000010000000000152', 'checksum', /mod 97/],
    ['FRXX30006000010000000000152', 'checksum', /mod 97/],
    ['DE89370400440532013001', 'checksum', /mod 97/],
    ['FR7630006000011234567890188', 'checksum', /mod 97/],
    // The French RIB key: mod 97 holds but the bank's own check digits do not (ibantools code 6).
    ['FR3020041010050500013M02609', 'nationalChecksum', /bank’s check digits/],
    ['BE41539007547035', 'nationalChecksum', /bank’s check digits of this BE/],
    ['ES2921000418460200051332', 'nationalChecksum', /bank’s check digits of this ES/],
    // The Italian (and San Marino) CIN, the BBAN's first letter: mod 97 holds, the CIN of the rest is X (resp. U).
    ['IT40S0542811101000000123456', 'nationalChecksum', /bank’s check digits of this IT/],
    ['IT64Y0542811101000000123456', 'nationalChecksum', /bank’s check digits of this IT/],
    ['SM90V0322509800000000270100', 'nationalChecksum', /bank’s check digits of this SM/],
  ];
  for (const [iban, problem, message] of refused) {
    test(`${iban ?? '(none)'}: ${problem}`, () => {
      const check = checkIban(iban);
      assert.equal(check.problem, problem);
      assert.match(ibanProblemMessage(check) ?? '', message);
      assert.match(ibanProblemMessage(check) ?? '', /^iban: /);
    });
  }
});

describe('still being typed', () => {
  const cases: [string, boolean][] = [
    ['', true],
    ['F', true],
    ['FR76 3000', true],
    ['DE8937040044053201300', true],
    ['FR763000600001000000000015222', false],
    ['US64', false],
    ['FR7730006000010000000000152', false],
  ];
  for (const [typed, incomplete] of cases) test(`"${typed}": ${incomplete ? 'incomplete' : 'complete or wrong'}`, () => assert.equal(isIbanIncomplete(checkIban(typed)), incomplete));
});

describe('formatting as typed', () => {
  const cases: [string, number, string, number, string][] = [
    ['fr7630006000011234567890189', 27, 'FR76 3000 6000 0112 3456 7890 189', 33, 'pasted lower case, caret at the end'],
    ['FR763', 5, 'FR76 3', 6, 'the fifth character opens a group'],
    ['FR76', 4, 'FR76', 4, 'a full group, no trailing space'],
    ['FR76 3000 6000', 2, 'FR76 3000 6000', 2, 'caret inside the first group stays'],
    ['FR76 3X000 6000', 7, 'FR76 3X00 0600 0', 7, 'a character typed in the middle keeps the caret after it'],
    ['FR76 000 6000', 5, 'FR76 0006 000', 4, 'a deletion in the middle keeps the caret after the same character'],
    ['FR76-30.00', 10, 'FR76 3000', 9, 'punctuation dropped'],
    ['', 0, '', 0, 'empty'],
    ['A'.repeat(40), 40, `${'AAAA '.repeat(8)}AA`, 42, 'at most 34 characters'],
  ];
  for (const [raw, caret, value, newCaret, why] of cases) {
    test(why, () => assert.deepEqual(formatIbanInput(raw, caret), { value, caret: newCaret }));
  }
  test('friendly format and last 4', () => {
    assert.equal(friendlyIban('fr7630006000010000000000152'), 'FR76 3000 6000 0100 0000 0000 152');
    assert.equal(ibanLast4('FR76 3000 6000 0100 0000 0000 152'), '0152');
  });
});

import { expect } from '@open-wc/testing';
import {
  detectBrand,
  formatCardNumber,
  formatExpiry,
  luhnValid,
  parseExpiry,
  toCardDetails,
  validateCard,
  validateCardNumber,
  validateCvc,
  validateExpiry,
  validateHolder,
} from './card.ts';

const june2026 = new Date(2026, 5, 15);

describe('card checks', () => {
  it('reads digits of other scripts as ASCII digits (Arabic-Indic, Persian, full-width)', () => {
    expect(formatCardNumber('\u0664\u0662\u0664\u0662\u0664\u0662\u0664\u0662\u0664\u0662\u0664\u0662\u0664\u0662\u0664\u0662')).to.equal('4242 4242 4242 4242');
    expect(validateCardNumber('\uff14\uff12\uff14\uff12 \uff14\uff12\uff14\uff12 \uff14\uff12\uff14\uff12 \uff14\uff12\uff14\uff12')).to.equal(null);
    expect(formatExpiry('\u06f0\u06f1/\u06f3\u06f0')).to.equal('01/30');
  });

  it('runs the Luhn check', () => {
    expect(luhnValid('4242424242424242')).to.equal(true);
    expect(luhnValid('4000000000003220')).to.equal(true);
    expect(luhnValid('378282246310005')).to.equal(true);
    expect(luhnValid('4242424242424241')).to.equal(false);
    expect(luhnValid('')).to.equal(false);
  });

  it('detects the brand from the first digits', () => {
    expect(detectBrand('4242')).to.equal('visa');
    expect(detectBrand('5555 5555')).to.equal('mastercard');
    expect(detectBrand('2221 0000')).to.equal('mastercard');
    expect(detectBrand('3782')).to.equal('amex');
    expect(detectBrand('3411')).to.equal('amex');
    expect(detectBrand('9999')).to.equal('unknown');
    expect(detectBrand('')).to.equal('unknown');
  });

  it('knows Maestro and UnionPay, and every length each brand issues', () => {
    expect(detectBrand('5018 0000 0009')).to.equal('maestro');
    expect(detectBrand('6759')).to.equal('maestro');
    expect(detectBrand('6212')).to.equal('unionpay');
    expect(formatCardNumber('501800000009')).to.equal('5018 0000 0009');
    expect(validateCardNumber('5018 0000 0009')).to.equal(null);
    expect(formatCardNumber('4000000000000000006')).to.equal('4000 0000 0000 0000 006');
    expect(validateCardNumber('4000 0000 0000 0000 006')).to.equal(null);
    expect(validateCardNumber('4000 0000 0000 6')).to.equal(null);
    expect(validateCardNumber('4000 0000 0000 0000 02')).to.equal('invalid');
  });

  it('formats the number as the buyer types', () => {
    expect(formatCardNumber('4242424242424242')).to.equal('4242 4242 4242 4242');
    expect(formatCardNumber('42424')).to.equal('4242 4');
    expect(formatCardNumber('4242-4242 42')).to.equal('4242 4242 42');
    expect(formatCardNumber('378282246310005')).to.equal('3782 822463 10005');
    expect(formatCardNumber('37828224631000599')).to.equal('3782 822463 10005');
    expect(formatCardNumber('5555555555554444999')).to.equal('5555 5555 5555 4444');
  });

  it('validates the number', () => {
    expect(validateCardNumber('')).to.equal('required');
    expect(validateCardNumber('4242 4242')).to.equal('incomplete');
    expect(validateCardNumber('4242 4242 4242 4241')).to.equal('invalid');
    expect(validateCardNumber('4242 4242 4242 4242')).to.equal(null);
    expect(validateCardNumber('3782 822463 10005')).to.equal(null);
  });

  it('formats and validates the expiry date', () => {
    expect(formatExpiry('4')).to.equal('04/');
    expect(formatExpiry('12')).to.equal('12/');
    expect(formatExpiry('12', true)).to.equal('12');
    expect(formatExpiry('1228')).to.equal('12/28');
    expect(formatExpiry('12/289')).to.equal('12/28');
    expect(validateExpiry('', june2026)).to.equal('required');
    expect(validateExpiry('12/', june2026)).to.equal('incomplete');
    expect(validateExpiry('13/28', june2026)).to.equal('invalid');
    expect(validateExpiry('05/26', june2026)).to.equal('expired');
    expect(validateExpiry('06/26', june2026)).to.equal(null);
    expect(validateExpiry('12/2030', june2026)).to.equal(null);
  });

  it('reads every way a buyer writes January 2030, typed, pasted or autofilled (MM/YYYY)', () => {
    // Typed key by key: what the field shows after each key.
    const typed = (keys: string) => [...keys].reduce((shown, key) => formatExpiry(shown + key), '');
    for (const keys of ['1/30', '01/2030', '1/2030', '0130', '01 / 30', '130']) expect(typed(keys), `typed ${keys}`).to.equal('01/30');
    // Pasted or filled at once.
    for (const text of ['1/30', '01/2030', '1/2030', '0130', '01 / 30', '012030', '01-2030', ' 01/30 ']) {
      expect(formatExpiry(text), `pasted ${text}`).to.equal('01/30');
      expect(validateExpiry(formatExpiry(text), june2026), text).to.equal(null);
    }
    for (const text of ['1/30', '01/2030', '1/2030', '0130', '01 / 30', '012030']) expect(parseExpiry(text), text).to.deep.equal({ month: 1, year: 2030 });
    // On the way to a four-digit year: incomplete, not expired.
    expect(typed('01/203')).to.equal('01/203');
    expect(validateExpiry('01/203', june2026)).to.equal('incomplete');
    expect(validateExpiry('01/20', june2026)).to.equal('expired');
    expect(formatExpiry('01/', true)).to.equal('01');
  });

  describe('expiry written year first (a month-type field gives 2030-01, some autofill 2030/01)', () => {
    // [as given, as the field then shows it, what it is read as (null: refused), the check of what the field shows]
    const CASES: [string, string, { month: number; year: number } | null, string | null][] = [
      ['2030-01', '01/30', { month: 1, year: 2030 }, null],
      ['2030/01', '01/30', { month: 1, year: 2030 }, null],
      ['2030-1', '01/30', { month: 1, year: 2030 }, null],
      ['2030/1', '01/30', { month: 1, year: 2030 }, null],
      ['2030.12', '12/30', { month: 12, year: 2030 }, null],
      [' 2030 - 07 ', '07/30', { month: 7, year: 2030 }, null],
      // A date field's value: its month and year.
      ['2030-01-31', '01/30', { month: 1, year: 2030 }, null],
      ['2025-01', '01/25', { month: 1, year: 2025 }, 'expired'],
      // No month: refused as not valid ("enter it as MM/YY"), never read as another date.
      ['2030-13', '13/30', null, 'invalid'],
      ['2030-00', '00/30', null, 'invalid'],
      // Two-digit years first are ambiguous (30-01 is no month 30, 12/11 could be either): read month first as ever.
      ['30-01', '30/01', null, 'invalid'],
    ];
    for (const [given, shown, read, check] of CASES) {
      it(`${JSON.stringify(given)} shows ${shown} and reads ${read ? `${read.month}/${read.year}` : 'as nothing'}`, () => {
        expect(formatExpiry(given)).to.equal(shown);
        expect(parseExpiry(given), 'read as given').to.deep.equal(read);
        expect(parseExpiry(shown), 'read as shown').to.deep.equal(read);
        expect(validateExpiry(shown, june2026)).to.equal(check);
        if (read && !check) {
          const details = toCardDetails({ number: '4242424242424242', expiry: given, cvc: '123', holder: 'Ada' });
          expect([details.expiryMonth, details.expiryYear]).to.deep.equal([String(read.month).padStart(2, '0'), String(read.year)]);
        }
      });
    }
  });

  it('validates the security code by brand', () => {
    expect(validateCvc('', 'visa')).to.equal('required');
    expect(validateCvc('12', 'visa')).to.equal('incomplete');
    expect(validateCvc('123', 'visa')).to.equal(null);
    expect(validateCvc('1234', 'visa')).to.equal('invalid');
    expect(validateCvc('123', 'amex')).to.equal('incomplete');
    expect(validateCvc('1234', 'amex')).to.equal(null);
    expect(validateCvc('12a', 'visa')).to.equal('invalid');
  });

  it('validates the holder and the whole card', () => {
    expect(validateHolder('  ')).to.equal('required');
    expect(validateHolder('Ada Lovelace')).to.equal(null);
    expect(validateCard({ number: '', expiry: '', cvc: '', holder: '' }, june2026)).to.deep.equal({
      number: 'required',
      expiry: 'required',
      cvc: 'required',
      holder: 'required',
    });
    const card = { number: '4242 4242 4242 4242', expiry: '12/30', cvc: '123', holder: ' Ada ' };
    expect(validateCard(card, june2026)).to.deep.equal({});
    expect(toCardDetails(card)).to.deep.equal({
      number: '4242424242424242',
      expiryMonth: '12',
      expiryYear: '2030',
      cvc: '123',
      holder: 'Ada',
    });
  });
});

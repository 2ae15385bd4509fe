import { expect } from '@open-wc/testing';
import {
  detectBrand,
  formatCardNumber,
  formatExpiry,
  luhnValid,
  toCardDetails,
  validateCard,
  validateCardNumber,
  validateCvc,
  validateExpiry,
  validateHolder,
} from './card.ts';

const june2026 = new Date(2026, 5, 15);

describe('card checks', () => {
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

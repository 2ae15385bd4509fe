import { expect } from '@open-wc/testing';
import { centsToDecimalString, formatMoney, parseAmount, splitEvenly } from './money.ts';

const nbsp = /[\u00a0\u202f]/g;

describe('money', () => {
  it('moves the decimal point without float arithmetic', () => {
    expect(centsToDecimalString(2550, 2)).to.equal('25.50');
    expect(centsToDecimalString(5, 2)).to.equal('0.05');
    expect(centsToDecimalString(-199, 2)).to.equal('-1.99');
    expect(centsToDecimalString(700, 0)).to.equal('700');
  });

  it('formats by locale and currency', () => {
    expect(formatMoney(2500, 'EUR', 'fr').replace(nbsp, ' ')).to.equal('25,00 €');
    expect(formatMoney(2500, 'EUR', 'en')).to.equal('€25.00');
    expect(formatMoney(123456, 'USD', 'en')).to.equal('$1,234.56');
    expect(formatMoney(500, 'JPY', 'en')).to.equal('¥500');
  });

  it('formats amounts that floats cannot hold exactly', () => {
    expect(formatMoney(9007199254740991, 'EUR', 'en')).to.equal('€90,071,992,547,409.91');
    expect(formatMoney(1, 'EUR', 'en')).to.equal('€0.01');
  });

  it('parses typed amounts to cents', () => {
    expect(parseAmount('12,50')).to.equal(1250);
    expect(parseAmount('12.50')).to.equal(1250);
    expect(parseAmount('12.5')).to.equal(1250);
    expect(parseAmount('12')).to.equal(1200);
    expect(parseAmount('0,07')).to.equal(7);
    expect(parseAmount('1 234,56')).to.equal(123456);
    expect(parseAmount('1\u202f234,56')).to.equal(123456);
    expect(parseAmount('0.29')).to.equal(29); // 0.29 * 100 = 28.999999999999996 in floats
    expect(parseAmount('12,')).to.equal(1200);
  });

  it('rejects what is not an amount', () => {
    for (const input of ['', 'abc', '12,345', '1.2.3', '-5', '1,2,3', '12 €']) {
      expect(parseAmount(input), input).to.equal(null);
    }
    expect(parseAmount('500', 0)).to.equal(500);
    expect(parseAmount('5,5', 0)).to.equal(null);
  });

  it('splits evenly, extra cents first', () => {
    expect(splitEvenly(10000, 3)).to.deep.equal([3334, 3333, 3333]);
    expect(splitEvenly(10001, 3)).to.deep.equal([3334, 3334, 3333]);
    expect(splitEvenly(5, 1)).to.deep.equal([5]);
    expect(() => splitEvenly(10, 0)).to.throw(RangeError);
  });
});

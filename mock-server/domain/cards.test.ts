import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CARD_BRANDS, detectBrand, luhnValid, validateCardNumber, type CardBrand } from '../../src/core/card.ts';
import { TestSandbox } from '../testing/sandbox-client.ts';
import { checkCard } from './cards.ts';

/** `prefix` padded with zeros to `length` digits, ending with the Luhn check digit. */
function luhnNumber(prefix: string, length: number): string {
  const body = prefix.padEnd(length - 1, '0');
  for (let check = 0; check <= 9; check++) if (luhnValid(body + check)) return body + check;
  throw new Error('unreachable: one check digit always fits');
}

const NOW = Date.UTC(2026, 10, 30);
const platformAccepts = (number: string) => {
  try {
    checkCard({ number, expiryMonth: '01', expiryYear: '2030', cvc: number.startsWith('3') ? '1234' : '123' }, NOW);
    return true;
  } catch {
    return false;
  }
};

const SAMPLES: Record<CardBrand, string> = { amex: '37', mastercard: '51', visa: '4', maestro: '5018', unionpay: '62', unknown: '9' };

describe('one brand table for the card form and the platform', () => {
  test('every length from 12 to 19 of every brand passes in the platform exactly when it passes in the form', () => {
    for (const [brand, prefix] of Object.entries(SAMPLES) as [CardBrand, string][]) {
      for (let length = 12; length <= 19; length++) {
        const number = luhnNumber(prefix, length);
        assert.equal(detectBrand(number), brand, number);
        const inForm = validateCardNumber(number) === null;
        assert.equal(inForm, CARD_BRANDS[brand].lengths.includes(length), `${brand} ${length} digits in the form`);
        assert.equal(platformAccepts(number), inForm, `${brand} ${length} digits: the platform and the form disagree`);
      }
    }
  });

  test('the lengths each network issues', () => {
    assert.deepEqual(CARD_BRANDS.visa.lengths, [13, 16, 19]);
    assert.deepEqual(CARD_BRANDS.maestro.lengths, [12, 13, 14, 15, 16, 17, 18, 19]);
    assert.deepEqual(CARD_BRANDS.unionpay.lengths, [16, 17, 18, 19]);
    assert.equal(validateCardNumber('5018 0000 0009'), null);
    assert.equal(validateCardNumber('5018 0000 0008'), 'invalid');
  });

  test('the 12-digit Maestro 5018 0000 0009 pays through the API, reported as Maestro', async () => {
    const sandbox = new TestSandbox();
    const order = await sandbox.createOrder('single', { amount: 1000 });
    const card = { number: '501800000009', expiryMonth: '1', expiryYear: '2030', cvc: '123', holder: 'Ada Lovelace' };
    const answer = await sandbox.call('POST', `/v1/orders/${order.id}/payments`, sandbox.platform('single').publicKey, { card }, { 'Idempotency-Key': 'maestro-12' });
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    assert.equal(answer.body.data.transaction.status, 'captured');
  });
});

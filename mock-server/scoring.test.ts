import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TestSandbox } from './testing/sandbox-client.ts';

const ADULT = { birthDate: '1990-05-04', streetAddress: '1 rue de la Paix', postalCode: '75002', city: 'Paris', phone: '+33 6 12 34 56 78' };

describe('scoring (POST /v1/orders/{id}/scoring)', () => {
  const setUp = async (fields: Record<string, unknown> = {}) => {
    const sandbox = new TestSandbox();
    const order = await sandbox.createOrder('installments-financed', { amount: 9000, ...fields });
    const pk = sandbox.platform('installments-financed').publicKey;
    const score = (body: unknown) => sandbox.call('POST', `/v1/orders/${order.id}/scoring`, pk, body);
    return { sandbox, order, score };
  };

  test('the checkout says the platform finances; an empty order is incomplete and names what is missing', async () => {
    const { sandbox, order, score } = await setUp();
    const checkout = await sandbox.call('GET', `/v1/checkout/${order.id}`, sandbox.platform('installments-financed').publicKey);
    assert.equal(checkout.body.data.settings.financing, true);
    const answer = await score({});
    assert.equal(answer.status, 200);
    assert.deepEqual(answer.body.data, { financing: 'incomplete', reason: 'missing_information', missing: ['birthDate', 'streetAddress', 'postalCode', 'city', 'phone'] });
  });

  test('what the merchant sent is kept; the buyer adds the rest; the decision follows the rule', async () => {
    const { sandbox, order, score } = await setUp({ scoring: { birthDate: '1990-05-04', phone: '0612345678' } });
    assert.deepEqual((await score({})).body.data.missing, ['streetAddress', 'postalCode', 'city']);
    const answer = await score({ streetAddress: ' 1 rue de la Paix ', postalCode: '75002', city: 'Paris' });
    assert.deepEqual(answer.body.data, { financing: 'accepted', reason: null, missing: [] });
    const kept = (await sandbox.call('GET', `/v1/orders/${order.id}`, sandbox.platform('installments-financed').secretKey)).body.data;
    assert.equal(kept.scoring, undefined, 'scoring data is not shown back in the public order');
    assert.deepEqual((await score({})).body.data.financing, 'accepted');
  });

  test('under 18 on the sandbox clock is refused; moving the clock past the birthday accepts', async () => {
    const { sandbox, score } = await setUp();
    const now = new Date(await sandbox.now());
    const seventeen = `${now.getUTCFullYear() - 17}-01-01`;
    const refused = await score({ ...ADULT, birthDate: seventeen });
    assert.deepEqual(refused.body.data, { financing: 'refused', reason: 'under_18', missing: [] });
    await sandbox.advance(366 * 24 * 3_600_000);
    assert.equal((await score({})).body.data.financing, 'accepted');
  });

  test('bad values are a 400 naming each field, and change nothing; unknown fields too', async () => {
    const { score } = await setUp();
    const bad = await score({ birthDate: '1990-02-30', phone: 'call me', city: 'Paris' });
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body.errors, ['birthDate: a date of birth as YYYY-MM-DD, not after today', 'phone: 6 to 20 digits, with an optional leading + and spaces, dots, hyphens or brackets']);
    assert.ok((await score({})).body.data.missing.includes('city'), 'the valid city was not kept from a refused request');
    // Empty or spaces only: said as empty, not as too long (atk14c).
    const empty = await score({ city: '   ', streetAddress: '' });
    assert.equal(empty.status, 400);
    assert.deepEqual(empty.body.errors, ['streetAddress: empty; leave it out, or give a value', 'city: empty; leave it out, or give a value']);
    const unknown = await score({ income: 5000 });
    assert.equal(unknown.status, 400);
    assert.equal((await score('not json')).status, 400);
  });

  test('a platform without financing answers 409; a paid order can no longer change its scoring', async () => {
    const sandbox = new TestSandbox();
    const plain = await sandbox.createOrder('installments', { amount: 9000 });
    const refused = await sandbox.call('POST', `/v1/orders/${plain.id}/scoring`, sandbox.platform('installments').publicKey, ADULT);
    assert.equal(refused.status, 409);
    assert.equal(refused.body.code, 'financing_not_offered');
    const paid = await setUp({ scoring: ADULT });
    const payment = await paid.sandbox.pay('installments-financed', paid.order.id, { installmentsCount: 3 });
    assert.equal(payment.status, 200, JSON.stringify(payment.body));
    assert.equal((await paid.score({ city: 'Lyon' })).status, 409);
  });
});

import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { TestSandbox } from '../testing/sandbox-client.ts';

const card = (number: string) => ({ number, expiryMonth: '12', expiryYear: '2040', cvc: '123', holder: 'Ada Lovelace' });

describe('GET /v1/orders/{id}/payments/attempts/{key}: what became of a payment whose answer was lost', () => {
  let sandbox: TestSandbox;
  let pk: string;
  beforeEach(() => {
    sandbox = new TestSandbox();
    pk = sandbox.platform('single').publicKey;
  });
  const pay = (orderId: string, number: string, key: string) =>
    sandbox.call('POST', `/v1/orders/${orderId}/payments`, pk, { method: 'card', card: card(number) }, { 'Idempotency-Key': key });
  const attempt = (orderId: string, key: string, apiKey = pk) => sandbox.call('GET', `/v1/orders/${orderId}/payments/attempts/${key}`, apiKey);

  test('a payment that ran answers its transaction and order, and nothing is paid again', async () => {
    const order = await sandbox.createOrder('single', { amount: 1500 });
    const paid = await pay(order.id, '4242424242424242', 'lost-1');
    const answer = await attempt(order.id, 'lost-1');
    assert.equal(answer.status, 200);
    assert.equal(answer.body.data.transaction.id, paid.body.data.transaction.id);
    assert.equal(answer.body.data.transaction.status, 'captured');
    assert.equal(answer.body.data.order.status, 'completed');
    assert.equal((await sandbox.transactions('single', order.id)).length, 1);
  });

  test('nothing under that key is a 404 attempt_not_found with readable errors, and changes nothing', async () => {
    const order = await sandbox.createOrder('single', { amount: 1500 });
    const answer = await attempt(order.id, 'never-sent');
    assert.equal(answer.status, 404);
    assert.deepEqual(answer.body, { status: 404, success: false, errors: ['No payment ran under this Idempotency-Key for this order'], code: 'attempt_not_found' });
    assert.equal((await sandbox.order('single', order.id)).status, 'initiated');
  });

  test('a decline answers the 402 with its code, as the payment did', async () => {
    const order = await sandbox.createOrder('single', { amount: 1500 });
    await pay(order.id, '4000000000009995', 'declined-1');
    const answer = await attempt(order.id, 'declined-1');
    assert.equal(answer.status, 402);
    assert.equal(answer.body.code, 'insufficient_funds');
    assert.ok(answer.body.errors.length > 0);
  });

  test('a 3-D Secure payment answered since shows the transaction as it stands now', async () => {
    const order = await sandbox.createOrder('single', { amount: 1500 });
    const started = await pay(order.id, '4000000000003220', 'challenge-1');
    assert.equal(started.body.data.transaction.threeDS.status, 'required');
    await sandbox.call('POST', `/v1/transactions/${started.body.data.transaction.id}/3ds`, pk, { outcome: 'approve' });
    const answer = await attempt(order.id, 'challenge-1');
    assert.equal(answer.status, 200);
    assert.equal(answer.body.data.transaction.status, 'captured');
  });

  test('a refused request (400) stores nothing: the key is free for the next attempt', async () => {
    const order = await sandbox.createOrder('single', { amount: 1500 });
    const refused = await sandbox.call('POST', `/v1/orders/${order.id}/payments`, pk, { method: 'card', card: { number: '1' } }, { 'Idempotency-Key': 'bad-1' });
    assert.equal(refused.status, 400);
    assert.equal((await attempt(order.id, 'bad-1')).status, 404);
  });

  test('another order, or another platform, never learns the outcome', async () => {
    const order = await sandbox.createOrder('single', { amount: 1500 });
    const other = await sandbox.createOrder('single', { amount: 900 });
    await pay(order.id, '4242424242424242', 'mine');
    assert.equal((await attempt(other.id, 'mine')).status, 404);
    const foreign = sandbox.platform('installments').publicKey;
    assert.equal((await attempt(order.id, 'mine', foreign)).status, 404);
  });
});

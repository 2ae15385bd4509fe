import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { TestSandbox } from '../testing/sandbox-client.ts';

const card = (number: string) => ({ number, expiryMonth: '12', expiryYear: '2040', cvc: '123', holder: 'Ada Lovelace' });
const HOUR = 3_600_000;

describe('multi-card payment', () => {
  let sandbox: TestSandbox;
  let pk: string;
  let keyCount = 0;
  beforeEach(() => {
    sandbox = new TestSandbox();
    pk = sandbox.platform('multi').publicKey;
  });

  const payCard = (orderId: string, amount: number | undefined, number = '4242424242424242') =>
    sandbox.call('POST', `/v1/orders/${orderId}/payments`, pk, { method: 'card', card: card(number), ...(amount === undefined ? {} : { amount }) }, {
      'Idempotency-Key': `multi-${++keyCount}`,
    });

  const operations = async (transactionId: string) =>
    (await sandbox.call('GET', `/v1/transactions/${transactionId}`, pk)).body.data.operations.map((op: { type: string; amount: number; paymentMethod: string }) => [
      op.type,
      op.amount,
      op.paymentMethod,
    ]);

  test('each card authorises its amount; the order stays initiated until the sum reaches it, then every card is captured', async () => {
    const order = await sandbox.createOrder('multi', { amount: 10000, ux: 'multi' });
    const first = await payCard(order.id, 6000);
    assert.equal(first.status, 201);
    assert.equal(first.body.data.transaction.status, 'authorized');
    assert.equal(first.body.data.order.status, 'initiated');
    assert.equal(first.body.data.order.amountConfirmed, 6000);
    assert.deepEqual(await sandbox.events(order.id), [], 'nothing is confirmed to the merchant before the full amount');

    const checkout = await sandbox.call('GET', `/v1/checkout/${order.id}`, pk);
    assert.equal(checkout.body.data.amountRemaining, 4000);

    const second = await payCard(order.id, 4000);
    assert.equal(second.body.data.order.status, 'completed');
    const transactions = await sandbox.transactions('multi', order.id);
    assert.deepEqual(transactions.map((t) => [t.amount, t.status, t.amountCaptured]), [
      [6000, 'captured', 6000],
      [4000, 'captured', 4000],
    ]);
    assert.deepEqual(await operations(first.body.data.transaction.id), [
      ['authorization', 6000, 'card'],
      ['capture', 6000, 'card'],
    ]);
    assert.deepEqual(await sandbox.events(order.id), ['order.confirmed', 'transaction.captured', 'transaction.captured', 'order.completed']);
  });

  test('the amount is required, at least 1 cent, and at most what is left; a refused amount pays nothing', async () => {
    const order = await sandbox.createOrder('multi', { amount: 5000, ux: 'multi' });
    const missing = await payCard(order.id, undefined);
    assert.equal(missing.status, 400);
    assert.deepEqual(missing.body.errors, ['amount: say how much to pay with this card, from 1 to 5000 cents (50.00 EUR)']);
    for (const amount of [0, -100, 12.5]) {
      const wrong = await payCard(order.id, amount);
      assert.equal(wrong.status, 400, `amount ${amount}`);
      assert.match(wrong.body.errors[0], /^amount: /);
    }
    await payCard(order.id, 2000);
    const tooMuch = await payCard(order.id, 3001);
    assert.equal(tooMuch.status, 409);
    assert.equal(tooMuch.body.code, 'amount_exceeds_remaining');
    assert.deepEqual(tooMuch.body.errors, ['The amount 3001 cents (30.01 EUR) is above what is left: at most 3000 cents (30.00 EUR) is left to pay']);
    const transactions = await sandbox.transactions('multi', order.id);
    assert.deepEqual(transactions.map((t) => [t.amount, t.status]), [[2000, 'authorized']]);
  });

  test('a declined card leaves what was paid intact and another card completes the order', async () => {
    const order = await sandbox.createOrder('multi', { amount: 5000, ux: 'multi' });
    await payCard(order.id, 3000);
    const declined = await payCard(order.id, 2000, '4000000000009995');
    assert.equal(declined.status, 402);
    assert.equal(declined.body.code, 'insufficient_funds');
    const after = await sandbox.order('multi', order.id);
    assert.deepEqual([after.status, after.amountConfirmed], ['initiated', 3000]);
    const retry = await payCard(order.id, 2000);
    assert.equal(retry.body.data.order.status, 'completed');
  });

  test('3-D Secure: the card waits for the challenge; approval counts it, refusal does not', async () => {
    const order = await sandbox.createOrder('multi', { amount: 5000, ux: 'multi' });
    const challenged = await payCard(order.id, 2500, '4000000000003220');
    assert.equal(challenged.body.data.transaction.status, 'pendingAuthorization');
    const refused = await sandbox.call('POST', `/v1/transactions/${challenged.body.data.transaction.id}/3ds`, pk, { outcome: 'refuse' });
    assert.equal(refused.body.code, 'authentication_failed');
    assert.equal((await sandbox.order('multi', order.id)).amountConfirmed, 0);
    const again = await payCard(order.id, 2500, '4000000000003220');
    const approved = await sandbox.call('POST', `/v1/transactions/${again.body.data.transaction.id}/3ds`, pk, { outcome: 'approve' });
    assert.equal(approved.body.data.order.amountConfirmed, 2500);
    assert.equal(approved.body.data.order.status, 'initiated');
  });

  test('a card left in 3-D Secure is given up when the buyer starts another payment, and cannot overpay later', async () => {
    const order = await sandbox.createOrder('multi', { amount: 5000, ux: 'multi' });
    const abandoned = await payCard(order.id, 5000, '4000000000003220');
    await payCard(order.id, 5000);
    const [first] = await sandbox.transactions('multi', order.id);
    assert.equal(first.status, 'voided');
    const late = await sandbox.call('POST', `/v1/transactions/${abandoned.body.data.transaction.id}/3ds`, pk, { outcome: 'approve' });
    assert.equal(late.status, 409);
    assert.equal((await sandbox.order('multi', order.id)).amountConfirmed, 5000);
  });

  test('the deadline defaults to the platform maximum (1 day); an abandoned order releases its authorisations then', async () => {
    const order = await sandbox.createOrder('multi', { amount: 9000, ux: 'multi' });
    assert.equal(order.dueDate - order.createdAt, 24 * HOUR);
    await payCard(order.id, 4000);
    await sandbox.advance(23 * HOUR);
    assert.equal((await sandbox.order('multi', order.id)).status, 'initiated');
    await sandbox.advance(HOUR);
    const after = await sandbox.order('multi', order.id);
    assert.deepEqual([after.status, after.amountConfirmed], ['canceled', 0]);
    const [transaction] = await sandbox.transactions('multi', order.id);
    assert.equal(transaction.status, 'voided');
    assert.deepEqual(await operations(transaction.id), [
      ['authorization', 4000, 'card'],
      ['void', 4000, 'card'],
    ]);
    assert.deepEqual(await sandbox.events(order.id), ['transaction.voided', 'order.canceled']);
    const tooLate = await payCard(order.id, 5000);
    assert.equal(tooLate.body.code, 'order_not_payable');
  });

  test('a completed order is not touched by its deadline; a deadline beyond the platform maximum is refused', async () => {
    const order = await sandbox.createOrder('multi', { amount: 1000, ux: 'multi', delay: 60 });
    assert.equal(order.dueDate - order.createdAt, HOUR);
    await payCard(order.id, 1000);
    await sandbox.advance(2 * HOUR);
    assert.equal((await sandbox.order('multi', order.id)).status, 'completed');
    const refused = await sandbox.call('POST', '/v1/orders', sandbox.platform('multi').secretKey, { amount: 1000, ux: 'multi', delay: 2 * 24 * 60 });
    assert.equal(refused.status, 400);
    assert.match(refused.body.errors[0], /^dueDate: a multi-card order must be paid within 1440 minutes/);
  });

  test('sandbox pay: runs the same rules for back-end test suites', async () => {
    const order = await sandbox.createOrder('multi', { amount: 3000, ux: 'multi' });
    const part = await sandbox.pay('multi', order.id, { card: '4242 4242 4242 4242', amount: 1000 });
    assert.equal(part.body.data.status, 'authorized');
    assert.equal(part.body.data.orderStatus, 'initiated');
    const rest = await sandbox.pay('multi', order.id, { card: '4000 0000 0000 3220', amount: 2000, threeDS: 'approve' });
    assert.equal(rest.body.data.orderStatus, 'completed');
  });
});

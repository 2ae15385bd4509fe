import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { TestSandbox } from '../testing/sandbox-client.ts';
import { ancvLoginProblem, normalizeAncvLogin, smallestAncvAmount } from './ancv.ts';

const card = (number = '4242424242424242') => ({ number, expiryMonth: '12', expiryYear: '2040', cvc: '123', holder: 'Ada Lovelace' });
const MINUTE = 60_000;

describe('ANCV login and minimum rules', () => {
  test('a login is an email or an ANCV id of 8 to 12 digits (spaces and dashes ignored)', () => {
    for (const good of ['ada@example.com', '12345678', '123456789012', '1234 5678 90', '1234-5678']) assert.equal(ancvLoginProblem(good), null, good);
    for (const bad of ['1234567', '1234567890123', 'ada@', 'ada example.com', '12345abc']) assert.equal(ancvLoginProblem(bad), 'malformed', bad);
    for (const empty of ['', '   ', undefined]) assert.equal(ancvLoginProblem(empty), 'required');
    assert.equal(normalizeAncvLogin(' 1234 5678-90 '), '1234567890');
    assert.equal(normalizeAncvLogin('Ada@Example.COM'), 'ada@example.com');
  });

  test('the smallest ANCV payment is the minimum, or everything left when less is left', () => {
    assert.equal(smallestAncvAmount(2000, 10000), 2000);
    assert.equal(smallestAncvAmount(2000, 2000), 2000);
    assert.equal(smallestAncvAmount(2000, 1500), 1500);
  });
});

describe('ANCV Connect inside multi (platform multi-ancv)', () => {
  let sandbox: TestSandbox;
  let pk: string;
  let sk: string;
  let keyCount = 0;
  beforeEach(() => {
    sandbox = new TestSandbox();
    pk = sandbox.platform('multi-ancv').publicKey;
    sk = sandbox.platform('multi-ancv').secretKey;
  });

  const pay = (orderId: string, body: Record<string, unknown>) =>
    sandbox.call('POST', `/v1/orders/${orderId}/payments`, pk, body, { 'Idempotency-Key': `ancv-${++keyCount}` });
  const payAncv = (orderId: string, amount?: number, ancvLogin = 'ada@example.com') => pay(orderId, { method: 'ancv', ancvLogin, ...(amount === undefined ? {} : { amount }) });
  const answer = (transactionId: string, body: unknown) => sandbox.call('POST', `/v1/sandbox/transactions/${transactionId}/ancv-confirm`, sk, body);
  const transaction = async (id: string) => (await sandbox.call('GET', `/v1/transactions/${id}`, pk)).body.data;

  test('the request waits in pending; a confirmation for less lowers the transaction and leaves the rest to pay by card', async () => {
    const order = await sandbox.createOrder('multi-ancv', { amount: 10000, ux: 'multi' });
    const asked = await payAncv(order.id, 6000);
    assert.equal(asked.status, 201);
    const pending = asked.body.data.transaction;
    assert.deepEqual([pending.status, pending.paymentMethod, pending.amount], ['pending', 'ancv', 6000]);
    assert.equal(pending.ancv.requestedAmount, 6000);
    assert.equal(pending.ancv.expiresAt - pending.createdAt, 15 * MINUTE);

    const confirmed = await answer(pending.id, { amount: 4500 });
    assert.equal(confirmed.status, 200);
    assert.deepEqual([confirmed.body.data.status, confirmed.body.data.amount, confirmed.body.data.orderStatus], ['authorized', 4500, 'initiated']);
    assert.equal(confirmed.body.data.ancv.requestedAmount, 6000);
    const checkout = await sandbox.call('GET', `/v1/checkout/${order.id}`, pk);
    assert.equal(checkout.body.data.amountRemaining, 5500);

    const byCard = await pay(order.id, { method: 'card', card: card(), amount: 5500 });
    assert.equal(byCard.body.data.order.status, 'completed');
    assert.deepEqual((await transaction(pending.id)).operations.map((op: { type: string; amount: number; paymentMethod: string }) => [op.type, op.amount, op.paymentMethod]), [
      ['authorization', 4500, 'ancv'],
      ['capture', 4500, 'ancv'],
    ]);
    assert.deepEqual(await sandbox.events(order.id), ['order.confirmed', 'transaction.captured', 'transaction.captured', 'order.completed']);
  });

  test('an ANCV confirmation covering the rest completes the order', async () => {
    const order = await sandbox.createOrder('multi-ancv', { amount: 8000, ux: 'multi' });
    await pay(order.id, { method: 'card', card: card(), amount: 3000 });
    const asked = await payAncv(order.id);
    assert.equal(asked.body.data.transaction.amount, 5000, 'without an amount, ANCV is asked for everything left');
    const confirmed = await answer(asked.body.data.transaction.id, { amount: 5000 });
    assert.equal(confirmed.body.data.orderStatus, 'completed');
    assert.deepEqual((await sandbox.transactions('multi-ancv', order.id)).map((t) => [t.paymentMethod, t.status]), [
      ['card', 'captured'],
      ['ancv', 'captured'],
    ]);
  });

  test('malformed or missing logins are refused before anything is created', async () => {
    const order = await sandbox.createOrder('multi-ancv', { amount: 5000, ux: 'multi' });
    const missing = await pay(order.id, { method: 'ancv', amount: 3000 });
    assert.equal(missing.status, 400);
    assert.deepEqual(missing.body.errors, ['ancvLogin: give the ANCV login (the email of the ANCV account or the ANCV id)']);
    const malformed = await payAncv(order.id, 999_999, 'not-a-login');
    assert.equal(malformed.status, 400, 'the login is checked before the amount');
    assert.deepEqual(malformed.body.errors, ['ancvLogin: an ANCV login is an email address or an ANCV id of 8 to 12 digits']);
    assert.equal((await sandbox.transactions('multi-ancv', order.id)).length, 0);
  });

  test('the 20 € minimum: below it only when it pays everything left', async () => {
    const order = await sandbox.createOrder('multi-ancv', { amount: 5000, ux: 'multi' });
    const small = await payAncv(order.id, 1999);
    assert.equal(small.status, 400);
    assert.deepEqual(small.body.errors, ['amount: an ANCV payment is at least 2000 cents (20.00 EUR)']);
    await pay(order.id, { method: 'card', card: card(), amount: 3500 });
    const notAll = await payAncv(order.id, 1000);
    assert.deepEqual(notAll.body.errors, ['amount: an ANCV payment is at least 2000 cents (20.00 EUR), or exactly the 1500 cents left to pay']);
    const balance = await payAncv(order.id, 1500);
    assert.equal(balance.status, 201);
    const done = await answer(balance.body.data.transaction.id, { amount: 1500 });
    assert.equal(done.body.data.orderStatus, 'completed');
  });

  test('several ANCV requests may wait at once, but together never ask for more than is left', async () => {
    const order = await sandbox.createOrder('multi-ancv', { amount: 10000, ux: 'multi' });
    const first = (await payAncv(order.id, 4000)).body.data.transaction;
    const second = (await payAncv(order.id, 3000, '0612345678')).body.data.transaction;
    const tooMuch = await payAncv(order.id, 3001);
    assert.equal(tooMuch.status, 409);
    assert.equal(tooMuch.body.code, 'amount_exceeds_remaining');
    assert.deepEqual(tooMuch.body.errors, [
      'The amount 3001 cents (30.01 EUR) is above what is left: 10000 cents (100.00 EUR) is left to pay, of which 7000 cents (70.00 EUR) awaits confirmation in the ANCV app: at most 3000 cents (30.00 EUR) may be asked now',
    ]);
    const cardTooMuch = await pay(order.id, { method: 'card', card: card(), amount: 3500 });
    assert.equal(cardTooMuch.body.code, 'amount_exceeds_remaining', 'a card cannot take what pending ANCV requests reserve');
    // Answered in any order: the second first, the first for less; what the first leaves becomes payable again.
    await answer(second.id, { amount: 3000 });
    await answer(first.id, { amount: 2500 });
    const checkout = (await sandbox.call('GET', `/v1/checkout/${order.id}`, pk)).body.data;
    assert.deepEqual([checkout.order.status, checkout.amountRemaining], ['initiated', 4500]);
    const rest = await pay(order.id, { method: 'card', card: card(), amount: 4500 });
    assert.equal(rest.body.data.order.status, 'completed');
  });

  test('refusal, timeout and cancel end the request only; what was paid stays and the buyer can pay another way', async () => {
    const order = await sandbox.createOrder('multi-ancv', { amount: 10000, ux: 'multi' });
    await pay(order.id, { method: 'card', card: card(), amount: 2000 });
    const refused = (await payAncv(order.id, 8000)).body.data.transaction;
    const refusal = await answer(refused.id, { refuse: true });
    assert.deepEqual([refusal.body.data.status, refusal.body.data.declineReason], ['failed', 'ancv_refused']);

    const timedOut = (await payAncv(order.id, 8000)).body.data.transaction;
    assert.equal(timedOut.ancv.expiresAt - timedOut.createdAt, 15 * MINUTE);
    // A second short of the deadline (the sandbox clock also runs with the wall clock between two calls).
    await sandbox.advance(15 * MINUTE - 1000);
    assert.equal((await transaction(timedOut.id)).status, 'pending');
    await sandbox.advance(1000);
    const expired = await transaction(timedOut.id);
    assert.deepEqual([expired.status, expired.declineReason], ['failed', 'ancv_timeout']);
    const late = await answer(timedOut.id, { amount: 8000 });
    assert.equal(late.status, 409);
    assert.equal(late.body.code, 'ancv_not_pending');

    const canceled = (await payAncv(order.id, 8000)).body.data.transaction;
    const cancel = await sandbox.call('POST', `/v1/transactions/${canceled.id}/cancel`, pk);
    assert.equal(cancel.status, 200);
    assert.equal(cancel.body.data.transaction.status, 'voided');
    assert.equal((await sandbox.call('POST', `/v1/transactions/${canceled.id}/cancel`, pk)).body.code, 'ancv_not_pending');

    const after = await sandbox.order('multi-ancv', order.id);
    assert.deepEqual([after.status, after.amountConfirmed], ['initiated', 2000]);
    for (const id of [refused.id, timedOut.id, canceled.id]) assert.deepEqual((await transaction(id)).operations, [], 'no money moved');
    const byCard = await pay(order.id, { method: 'card', card: card(), amount: 8000 });
    assert.equal(byCard.body.data.order.status, 'completed');
  });

  test('the app answer is checked: at most what was asked, at least the minimum, one of amount or refuse', async () => {
    const order = await sandbox.createOrder('multi-ancv', { amount: 10000, ux: 'multi' });
    const pending = (await payAncv(order.id, 5000)).body.data.transaction;
    const above = await answer(pending.id, { amount: 5001 });
    assert.deepEqual([above.status, above.body.errors], [400, ['amount: the ANCV app confirms at most the 5000 cents asked, not 5001']]);
    const below = await answer(pending.id, { amount: 1999 });
    assert.deepEqual(below.body.errors, ['amount: ANCV confirms at least 2000 cents (its minimum); refuse the payment instead']);
    for (const body of [{}, { refuse: false }, { amount: 0 }, { amount: 3000, refuse: true }]) {
      assert.equal((await answer(pending.id, body)).status, 400, JSON.stringify(body));
    }
    assert.equal((await transaction(pending.id)).status, 'pending', 'a refused answer changes nothing');
    const card = await sandbox.pay('multi-ancv', order.id, { amount: 5000 });
    const notAncv = await answer(card.body.data.id, { amount: 100 });
    assert.equal(notAncv.body.code, 'not_an_ancv_payment');
    assert.equal((await sandbox.call('POST', `/v1/sandbox/transactions/${pending.id}/ancv-confirm`, pk, { amount: 5000 })).status, 403);
  });

  test('the order deadline releases confirmed ANCV payments and withdraws pending requests', async () => {
    const order = await sandbox.createOrder('multi-ancv', { amount: 10000, ux: 'multi', delay: 10 });
    const confirmed = (await payAncv(order.id, 3000)).body.data.transaction;
    await answer(confirmed.id, { amount: 3000 });
    const waiting = (await payAncv(order.id, 3000)).body.data.transaction;
    await sandbox.advance(10 * MINUTE);
    assert.equal((await sandbox.order('multi-ancv', order.id)).status, 'canceled');
    assert.equal((await transaction(confirmed.id)).status, 'voided');
    assert.equal((await transaction(waiting.id)).status, 'voided');
  });

  test('a card-only platform refuses ANCV', async () => {
    const order = await sandbox.createOrder('multi', { amount: 5000, ux: 'multi' });
    const refused = await sandbox.call('POST', `/v1/orders/${order.id}/payments`, sandbox.platform('multi').publicKey, { method: 'ancv', ancvLogin: '12345678', amount: 3000 });
    assert.equal(refused.status, 400);
    assert.deepEqual(refused.body.errors, ['method: this platform accepts card']);
  });
});

describe('ANCV Connect stand-alone (platform ancv, ux single)', () => {
  test('sandbox pay creates the pending request; confirmed for less, a second ANCV payment pays the rest', async () => {
    const sandbox = new TestSandbox();
    const sk = sandbox.platform('ancv').secretKey;
    const order = await sandbox.createOrder('ancv', { amount: 6000, email: 'ada@example.com' });
    assert.equal(order.ux, 'single');
    const first = await sandbox.pay('ancv', order.id, { method: 'ancv' });
    assert.deepEqual([first.status, first.body.data.status, first.body.data.amount, first.body.data.paymentMethod], [200, 'pending', 6000, 'ancv']);
    assert.equal(first.body.data.ancv.login, '1234567890');
    const partial = await sandbox.call('POST', `/v1/sandbox/transactions/${first.body.data.id}/ancv-confirm`, sk, { amount: 4500 });
    assert.equal(partial.body.data.orderStatus, 'initiated');
    const card = await sandbox.pay('ancv', order.id, { card: '4242424242424242' });
    assert.deepEqual(card.body.errors, ['method: this platform accepts ancv']);
    const second = await sandbox.pay('ancv', order.id, { method: 'ancv', ancvLogin: 'ada@example.com' });
    assert.equal(second.body.data.amount, 1500, 'what is left, below the minimum, may be paid as the balance');
    const done = await sandbox.call('POST', `/v1/sandbox/transactions/${second.body.data.id}/ancv-confirm`, sk, { amount: 1500 });
    assert.equal(done.body.data.orderStatus, 'completed');
    assert.deepEqual(await sandbox.events(order.id), ['order.confirmed', 'transaction.captured', 'transaction.captured', 'order.completed']);
    const operations = sandbox.sandbox.runtime.store.read((view) => view.operations.all().map((op) => op.paymentMethod));
    assert.deepEqual(await operations, ['ancv', 'ancv', 'ancv', 'ancv']);
  });
});

import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { TestSandbox } from '../testing/sandbox-client.ts';

describe('bank transfer initiation', () => {
  let sandbox: TestSandbox;
  let pk: string;
  beforeEach(() => {
    sandbox = new TestSandbox();
    pk = sandbox.platform('pis').publicKey;
  });

  const newOrder = () => sandbox.createOrder('pis', { amount: 4990, ux: 'pis', trackId: 'INV-77', email: 'ada@example.com', successUrl: 'https://shop.test/ok' });
  let keys = 0;
  const initiate = (orderId: string, bank = 'sandbox-bank') =>
    sandbox.call('POST', `/v1/orders/${orderId}/payments`, pk, { method: 'pis', bank }, { 'Idempotency-Key': `k-${(keys += 1)}` });
  const bankPage = (transactionId: string) => sandbox.call('GET', `/v1/hosted/pis/${transactionId}`, null);
  const answer = (transactionId: string, outcome: string) => sandbox.call('POST', `/v1/hosted/pis/${transactionId}/answer`, null, { outcome });

  test('an attempt is pending with its bank page, which shows the amount and the trackId; confirming completes the order once', async () => {
    const order = await newOrder();
    assert.equal(order.status, 'initiated');
    const started = await initiate(order.id);
    assert.equal(started.status, 201);
    const { transaction } = started.body.data;
    assert.deepEqual([transaction.status, transaction.paymentMethod, transaction.pis.bank], ['pending', 'pis', 'sandbox-bank']);
    assert.equal(transaction.pis.bankUrl, `http://sandbox.test/bank/${transaction.id}`);
    const page = await bankPage(transaction.id);
    assert.deepEqual(
      { amount: page.body.data.amount, reference: page.body.data.reference, bank: page.body.data.bank, merchant: page.body.data.merchant, status: page.body.data.status },
      { amount: 4990, reference: 'INV-77', bank: 'Sandbox Bank', merchant: 'Bank transfer initiation', status: 'pending' },
    );
    const confirmed = await answer(transaction.id, 'confirm');
    assert.equal(confirmed.body.data.status, 'captured');
    assert.equal((await sandbox.order('pis', order.id)).status, 'completed');
    // The page reloaded and confirmed again: refused, nothing changes.
    const again = await answer(transaction.id, 'confirm');
    assert.equal(again.status, 409);
    assert.equal(again.body.code, 'pis_not_pending');
    assert.deepEqual(await sandbox.events(order.id), ['transaction.captured', 'order.completed']);
    const [stored] = await sandbox.transactions('pis', order.id);
    assert.deepEqual([stored.status, stored.amountCaptured], ['captured', 4990]);
  });

  test('refused or canceled at the bank: the attempt fails, the order stays payable, and a new attempt succeeds', async () => {
    const order = await newOrder();
    const first = (await initiate(order.id)).body.data.transaction;
    assert.equal((await answer(first.id, 'refuse')).body.data.declineReason, 'refused_by_bank');
    const second = (await initiate(order.id, 'banque-exemple')).body.data.transaction;
    assert.equal((await answer(second.id, 'cancel')).body.data.declineReason, 'canceled_at_bank');
    assert.equal((await sandbox.order('pis', order.id)).status, 'initiated');
    const third = (await initiate(order.id)).body.data.transaction;
    await answer(third.id, 'confirm');
    const transactions = await sandbox.transactions('pis', order.id);
    assert.deepEqual(transactions.map((entry) => entry.status), ['failed', 'failed', 'captured']);
    assert.equal((await sandbox.order('pis', order.id)).status, 'completed');
  });

  test('only one attempt can ever succeed: a new attempt supersedes a pending one, and a paid order refuses more', async () => {
    const order = await newOrder();
    const first = (await initiate(order.id)).body.data.transaction;
    const second = (await initiate(order.id)).body.data.transaction;
    const late = await answer(first.id, 'confirm');
    assert.equal(late.status, 409);
    assert.match(late.body.errors[0], /superseded/);
    await answer(second.id, 'confirm');
    const more = await initiate(order.id);
    assert.equal(more.status, 409);
    assert.equal(more.body.code, 'order_not_payable');
    assert.deepEqual((await sandbox.transactions('pis', order.id)).map((entry) => entry.status), ['failed', 'captured']);
  });

  test('an attempt left on the bank page expires after 15 minutes of sandbox clock; the order stays payable', async () => {
    const order = await newOrder();
    const transaction = (await initiate(order.id)).body.data.transaction;
    await sandbox.advance(14 * 60_000);
    assert.equal((await bankPage(transaction.id)).body.data.status, 'pending');
    await sandbox.advance(60_000);
    const page = (await bankPage(transaction.id)).body.data;
    assert.deepEqual([page.status, page.declineReason], ['failed', 'expired']);
    assert.equal((await answer(transaction.id, 'confirm')).status, 409);
    assert.equal((await sandbox.order('pis', order.id)).status, 'initiated');
    assert.equal((await initiate(order.id)).status, 201);
  });

  test('a confirm that arrives after the 15 minutes, before the clock ran the expiry (no tick yet, or the browser sandbox), fails as expired and pays nothing', async (t) => {
    const order = await newOrder();
    const transaction = (await initiate(order.id)).body.data.transaction;
    const realNow = Date.now.bind(Date);
    // Wall time passes (the buyer left the bank page open): nothing moved the sandbox clock nor ran its due work.
    t.mock.method(Date, 'now', () => realNow() + 15 * 60_000 + 1_000);
    const confirmed = await answer(transaction.id, 'confirm');
    assert.deepEqual([confirmed.body.data?.status, confirmed.body.data?.declineReason], ['failed', 'expired']);
    assert.equal((await sandbox.order('pis', order.id)).status, 'initiated');
    // What the expiry would have sent: the attempt failed, the order never completed.
    assert.deepEqual(await sandbox.events(order.id), ['transaction.failed']);
    assert.equal((await answer(transaction.id, 'confirm')).status, 409);
  });

  test('the browserless sandbox pay confirms (or refuses) at once, for back-end test suites', async () => {
    const order = await newOrder();
    const refused = await sandbox.pay('pis', order.id, { method: 'pis', bankAnswer: 'refuse' });
    assert.deepEqual([refused.body.data.status, refused.body.data.declineReason, refused.body.data.orderStatus], ['failed', 'refused_by_bank', 'initiated']);
    const paid = await sandbox.pay('pis', order.id, { method: 'pis', bank: 'credit-demo' });
    assert.deepEqual([paid.body.data.status, paid.body.data.paymentMethod, paid.body.data.orderStatus], ['captured', 'pis', 'completed']);
    assert.equal((await sandbox.pay('pis', order.id, { method: 'pis' })).status, 409);
  });

  test('bad input: unknown bank, card on a pis order, bad answers and ids are readable 4xx, nothing changes', async () => {
    const order = await newOrder();
    const unknownBank = await initiate(order.id, 'no-such-bank');
    assert.equal(unknownBank.status, 400);
    assert.match(unknownBank.body.errors[0], /^bank:/);
    const card = await sandbox.call('POST', `/v1/orders/${order.id}/payments`, pk, { card: { number: '4242424242424242', expiryMonth: '12', expiryYear: '2040', cvc: '123' } }, { 'Idempotency-Key': 'card' });
    assert.ok(card.status >= 400 && card.status < 500);
    const transaction = (await initiate(order.id)).body.data.transaction;
    assert.equal((await answer(transaction.id, 'maybe')).status, 400);
    assert.equal((await sandbox.call('POST', `/v1/hosted/pis/${transaction.id}/answer`, null)).status, 400);
    assert.equal((await answer('auth_00000000-0000-4000-8000-000000000000', 'confirm')).status, 404);
    assert.equal((await answer('nonsense', 'confirm')).status, 404);
    assert.equal((await bankPage('nonsense')).status, 404);
    const single = await sandbox.createOrder('single', { amount: 1000 });
    const cardPayment = await sandbox.pay('single', single.id);
    assert.equal((await bankPage(cardPayment.body.data.id)).status, 404, 'a card transaction has no bank page');
    assert.equal((await bankPage(transaction.id)).body.data.status, 'pending');
    assert.equal((await sandbox.order('pis', order.id)).status, 'initiated');
  });
});

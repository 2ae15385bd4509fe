/**
 * An Amazon Pay checkout session pays the one payment it was opened for (issue 11): the recovery of one installment
 * (`recoverTransactionId`), the balance (`balance`), or the order's first payment. The Amazon page showed the buyer
 * what that payment is; another payment of the same order, even for the same amount, is refused and changes nothing.
 * Also: a recovery link paid twice (two tabs, a retry after another means paid it) says the installment is paid.
 */
import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { balancePath, installmentStatuses as statuses, recoverPath, settlementCard as card, WalletSandbox } from '../testing/wallets.ts';

const slug = 'installments-wallets';

describe('Amazon Pay sessions of the recovery and balance pages pay what they were opened for', () => {
  let sandbox: WalletSandbox;
  beforeEach(() => {
    sandbox = new WalletSandbox();
  });
  const pk = () => sandbox.pk(slug);
  const sk = () => sandbox.sk(slug);

  /** 100.00 EUR in 3 (33.34, 33.33, 33.33) paid with 0341; the clock then makes installments 2 and 3 unpaid. */
  async function twoUnpaid() {
    const created = await sandbox.createOrder(slug, { amount: 10000, email: 'ada@example.com', installmentsCount: 3 });
    const paid = await sandbox.call('POST', `/v1/orders/${created.id}/payments`, pk(), { card: card('4000000000000341') }, { 'Idempotency-Key': `first-${created.id}` });
    assert.equal(paid.status, 201, JSON.stringify(paid.body));
    const order = await sandbox.order(slug, created.id);
    await sandbox.call('POST', '/v1/sandbox/clock', sk(), { to: order.installments[2].dueDate });
    const after = await sandbox.order(slug, created.id);
    assert.deepEqual(statuses(after), ['paid', 'unpaid', 'unpaid']);
    return after;
  }

  /** What a refused payment must leave as it was. */
  async function snapshot(orderId: string, sessionId: string) {
    const order = await sandbox.order(slug, orderId);
    const transactions = (await sandbox.transactions(slug, orderId)).map((transaction: any) => [transaction.id, transaction.status]);
    const session = await sandbox.session(sessionId, slug);
    return { statuses: statuses(order), status: order.status, amountConfirmed: order.amountConfirmed, transactions, session: [session.state, session.transactionId], events: await sandbox.events(orderId) };
  }

  test('a session opened to recover installment 2 cannot pay installment 3 (same amount); it still pays installment 2', async () => {
    const order = await twoUnpaid();
    const [, second, third] = order.installments.map((installment: any) => installment.transactionId);
    const session = await sandbox.answeredSession(order.id, { recoverTransactionId: second }, slug);
    const before = await snapshot(order.id, session);
    const other = await sandbox.payAmazon(order.id, session, {}, 'k-other', slug, recoverPath(third));
    assert.deepEqual([other.status, other.body.code], [409, 'checkout_session_other_payment'], JSON.stringify(other.body));
    assert.match(other.body.errors[0], /another installment/);
    assert.deepEqual(await snapshot(order.id, session), before, 'a refused payment changes nothing');
    const own = await sandbox.payAmazon(order.id, session, {}, 'k-own', slug, recoverPath(second));
    assert.equal(own.status, 201, JSON.stringify(own.body));
    assert.deepEqual(statuses(own.body.data.order), ['paid', 'paid', 'unpaid']);
  });

  test('a recovery session whose installment a card paid meanwhile pays neither the balance (same amount) nor the other installment', async () => {
    const order = await twoUnpaid();
    const [, second, third] = order.installments.map((installment: any) => installment.transactionId);
    const stale = await sandbox.answeredSession(order.id, { recoverTransactionId: second }, slug);
    const meanwhile = await sandbox.call('POST', recoverPath(second), pk(), { card: card('4242424242424242') }, { 'Idempotency-Key': 'k-meanwhile' });
    assert.equal(meanwhile.status, 201, JSON.stringify(meanwhile.body));
    const before = await snapshot(order.id, stale);
    const balance = await sandbox.payAmazon(order.id, stale, {}, 'k-balance', slug, balancePath(order.id));
    assert.deepEqual([balance.status, balance.body.code], [409, 'checkout_session_other_payment'], JSON.stringify(balance.body));
    const other = await sandbox.payAmazon(order.id, stale, {}, 'k-third', slug, recoverPath(third));
    assert.deepEqual([other.status, other.body.code], [409, 'checkout_session_other_payment']);
    const own = await sandbox.payAmazon(order.id, stale, {}, 'k-own', slug, recoverPath(second));
    assert.deepEqual([own.status, own.body.code], [409, 'installment_not_unpaid']);
    assert.deepEqual(await snapshot(order.id, stale), before, 'a refused payment changes nothing');
    assert.deepEqual(statuses(await sandbox.order(slug, order.id)), ['paid', 'paid', 'unpaid']);
  });

  test('a session opened for the first payment (the order amount shown) cannot pay the balance once a card paid it', async () => {
    const created = await sandbox.createOrder(slug, { amount: 10000, email: 'ada@example.com', installmentsCount: 3 });
    const first = await sandbox.answeredSession(created.id, {}, slug);
    const paid = await sandbox.call('POST', `/v1/orders/${created.id}/payments`, pk(), { card: card('4242424242424242') }, { 'Idempotency-Key': 'k-first' });
    assert.equal(paid.status, 201);
    const before = await snapshot(created.id, first);
    const balance = await sandbox.payAmazon(created.id, first, {}, 'k-b', slug, balancePath(created.id));
    assert.deepEqual([balance.status, balance.body.code], [409, 'checkout_session_other_payment'], JSON.stringify(balance.body));
    assert.match(balance.body.errors[0], /first payment/);
    assert.deepEqual(await snapshot(created.id, first), before);
    const own = await sandbox.payAmazon(created.id, await sandbox.answeredSession(created.id, { balance: true }, slug), {}, 'k-own', slug, balancePath(created.id));
    assert.deepEqual([own.status, own.body.data.transaction.amountCaptured], [201, 6666]);
  });

  test('a recovery link paid in another tab: a second payment there is 409 installment_not_unpaid, nothing authorised', async () => {
    const order = await twoUnpaid();
    const second = order.installments[1].transactionId;
    const paid = await sandbox.payWallet(order.id, 'googlepay', '4242424242424242', 'tab-1', slug, recoverPath(second));
    assert.equal(paid.status, 201);
    const count = (await sandbox.transactions(slug, order.id)).length;
    for (const again of [
      await sandbox.payWallet(order.id, 'applepay', '4242424242424242', 'tab-2', slug, recoverPath(second)),
      await sandbox.call('POST', recoverPath(second), pk(), { card: card('4242424242424242') }, { 'Idempotency-Key': 'tab-3' }),
      await sandbox.openSession(order.id, { recoverTransactionId: second }, slug),
    ]) {
      assert.deepEqual([again.status, again.body.code], [409, 'installment_not_unpaid'], JSON.stringify(again.body));
      assert.match(again.body.errors[0], /This installment is paid/);
    }
    assert.equal((await sandbox.transactions(slug, order.id)).length, count);
  });

  test('an amount sent with a recovery or balance payment is checked to the cent, never dropped', async () => {
    const order = await twoUnpaid();
    const second = order.installments[1].transactionId;
    const count = (await sandbox.transactions(slug, order.id)).length;
    for (const [path, amount, due] of [
      [recoverPath(second), 1, 3333],
      [recoverPath(second), 3334, 3333],
      [balancePath(order.id), 3333, 6666],
    ] as const) {
      const wrong = await sandbox.call('POST', path, pk(), { method: 'googlepay', wallet: { token: 'sandbox:4242424242424242' }, amount }, { 'Idempotency-Key': `k-${path}-${amount}` });
      assert.equal(wrong.status, 400, JSON.stringify(wrong.body));
      assert.match(wrong.body.errors[0], new RegExp(`amount: .* is ${due} cents, not ${amount}`));
    }
    const bad = await sandbox.call('POST', recoverPath(second), pk(), { card: card('4242424242424242'), amount: '33.33' }, { 'Idempotency-Key': 'k-decimal' });
    assert.equal(bad.status, 400);
    assert.equal((await sandbox.transactions(slug, order.id)).length, count, 'nothing authorised');
    const right = await sandbox.call('POST', recoverPath(second), pk(), { method: 'applepay', wallet: { token: 'sandbox:4242424242424242' }, amount: '3333' }, { 'Idempotency-Key': 'k-right' });
    assert.deepEqual([right.status, right.body.data?.transaction.amountCaptured], [201, 3333], JSON.stringify(right.body));
  });

  test('a session amount may arrive as a numeric string, as every amount of the API; "66.66" is a 400', async () => {
    const created = await sandbox.createOrder(slug, { amount: 10000, email: 'ada@example.com', installmentsCount: 3 });
    assert.equal((await sandbox.call('POST', `/v1/orders/${created.id}/payments`, pk(), { card: card('4242424242424242') }, { 'Idempotency-Key': 'k-first' })).status, 201);
    const decimal = await sandbox.openSession(created.id, { balance: true, amount: '66.66' }, slug);
    assert.equal(decimal.status, 400);
    assert.equal(sandbox.sessions().length, 0);
    const opened = await sandbox.openSession(created.id, { balance: true, amount: '6666' }, slug);
    assert.equal(opened.status, 201, JSON.stringify(opened.body));
    assert.equal((await sandbox.call('GET', `/v1/hosted/amazon-pay/${opened.body.data.id}`, null)).body.data.amount, 6666);
  });
});

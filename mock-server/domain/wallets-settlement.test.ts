/**
 * Wallets on the recovery link (`POST /v1/transactions/{id}/recover`) and the complete-balance link
 * (`POST /v1/orders/{id}/balance`), issue 11: a wallet pays what a card pays there (the same installment, the same
 * amount to the cent, the same idempotency), records its `paymentMethod`, and recovers exactly as the card does.
 */
import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { balancePath, installmentStatuses as statuses, recoverPath, settlementCard as card, WalletSandbox } from '../testing/wallets.ts';

const slug = 'installments-wallets';

describe('wallets on the recovery and complete-balance links', () => {
  let sandbox: WalletSandbox;
  beforeEach(() => {
    sandbox = new WalletSandbox();
  });
  const pk = () => sandbox.pk(slug);
  const sk = () => sandbox.sk(slug);

  /** 100.00 EUR in 3 installments (33.34, 33.33, 33.33) paid with `number`; with 0341 the second one is then unpaid. */
  async function confirmedOrder(number = '4242424242424242', unpaid = false) {
    const created = await sandbox.createOrder(slug, { amount: 10000, email: 'ada@example.com', installmentsCount: 3 });
    const paid = await sandbox.call('POST', `/v1/orders/${created.id}/payments`, pk(), { card: card(number) }, { 'Idempotency-Key': `first-${created.id}` });
    assert.equal(paid.status, 201, JSON.stringify(paid.body));
    const order = await sandbox.order(slug, created.id);
    if (unpaid) await sandbox.call('POST', '/v1/sandbox/clock', sk(), { to: order.installments[1].dueDate });
    return sandbox.order(slug, created.id);
  }

  /** What a recovery changed, the payment method aside: installments, order, webhooks, emails, the transaction. */
  async function recoveryOutcome(orderId: string, answer: any) {
    const order = await sandbox.order(slug, orderId);
    const outbox = (await sandbox.call('GET', `/v1/sandbox/outbox?orderId=${orderId}`, sk())).body.data.map((message: any) => message.kind);
    const { status, amount, amountCaptured } = answer.body.data.transaction;
    return { statuses: statuses(order), orderStatus: order.status, amountConfirmed: order.amountConfirmed, events: await sandbox.events(orderId), outbox, transaction: { status, amount, amountCaptured } };
  }

  test('Google Pay and Apple Pay recover an unpaid installment exactly as a card does; paymentMethod recorded', async () => {
    const byCard = await confirmedOrder('4000000000000341', true);
    const unpaidByCard = byCard.installments[1].transactionId;
    const cardAnswer = await sandbox.call('POST', recoverPath(unpaidByCard), pk(), { card: card('4242424242424242') }, { 'Idempotency-Key': 'card' });
    assert.equal(cardAnswer.status, 201, JSON.stringify(cardAnswer.body));
    const expected = await recoveryOutcome(byCard.id, cardAnswer);
    assert.deepEqual(expected.statuses, ['paid', 'paid', 'pending']);
    assert.deepEqual(expected.transaction, { status: 'captured', amount: 3333, amountCaptured: 3333 });
    assert.deepEqual(expected.events.slice(-4), ['installment.unpaid', 'transaction.captured', 'transaction.voided', 'installment.paid']);
    assert.ok(expected.outbox.includes('installmentRecovery'), JSON.stringify(expected.outbox));
    for (const method of ['googlepay', 'applepay'] as const) {
      const order = await confirmedOrder('4000000000000341', true);
      const unpaidId = order.installments[1].transactionId;
      const answer = await sandbox.payWallet(order.id, method, '4242424242424242', `k-${method}`, slug, recoverPath(unpaidId));
      assert.equal(answer.status, 201, JSON.stringify(answer.body));
      assert.equal(answer.body.data.transaction.paymentMethod, method);
      assert.deepEqual(await recoveryOutcome(order.id, answer), expected, method);
      const after = await sandbox.order(slug, order.id);
      assert.equal(after.installments[1].transactionId, answer.body.data.transaction.id);
      const transactions = new Map((await sandbox.transactions(slug, order.id)).map((transaction) => [transaction.id, transaction]));
      assert.equal(transactions.get(unpaidId).status, 'voided');
      const detail = await sandbox.call('GET', `/v1/transactions/${answer.body.data.transaction.id}`, sk());
      assert.deepEqual(detail.body.data.operations.map((operation: any) => [operation.type, operation.amount, operation.paymentMethod]), [
        ['authorization', 3333, method],
        ['capture', 3333, method],
      ]);
    }
  });

  test('the same Idempotency-Key answers the same recovery, once; another body under it is refused', async () => {
    const order = await confirmedOrder('4000000000000341', true);
    const unpaidId = order.installments[1].transactionId;
    const first = await sandbox.payWallet(order.id, 'googlepay', '4242424242424242', 'k-same', slug, recoverPath(unpaidId));
    const replay = await sandbox.payWallet(order.id, 'googlepay', '4242424242424242', 'k-same', slug, recoverPath(unpaidId));
    assert.deepEqual([replay.status, replay.body.data.transaction.id], [201, first.body.data.transaction.id]);
    const other = await sandbox.payWallet(order.id, 'applepay', '4242424242424242', 'k-same', slug, recoverPath(unpaidId));
    assert.deepEqual([other.status, other.body.code], [409, 'idempotency_key_reused']);
    assert.equal((await sandbox.transactions(slug, order.id)).filter((transaction) => transaction.status === 'captured').length, 2);
  });

  test('a declined wallet card leaves the installment unpaid and payable; a challenge card asks for 3-D Secure first', async () => {
    const order = await confirmedOrder('4000000000000341', true);
    const unpaidId = order.installments[1].transactionId;
    const declined = await sandbox.payWallet(order.id, 'applepay', '4000000000000002', 'k-declined', slug, recoverPath(unpaidId));
    assert.deepEqual([declined.status, declined.body.code], [402, 'card_declined']);
    assert.deepEqual(statuses(await sandbox.order(slug, order.id)), ['paid', 'unpaid', 'pending']);
    const challenged = await sandbox.payWallet(order.id, 'googlepay', '4000000000003220', 'k-3ds', slug, recoverPath(unpaidId));
    assert.equal(challenged.body.data.transaction.threeDS.status, 'required');
    assert.deepEqual(statuses(await sandbox.order(slug, order.id)), ['paid', 'unpaid', 'pending'], 'nothing paid before the buyer answers');
    const approved = await sandbox.call('POST', `/v1/transactions/${challenged.body.data.transaction.id}/3ds`, pk(), { outcome: 'approve' });
    assert.deepEqual([approved.body.data.transaction.status, approved.body.data.transaction.paymentMethod, approved.body.data.transaction.amountCaptured], ['captured', 'googlepay', 3333]);
    assert.deepEqual(statuses(approved.body.data.order), ['paid', 'paid', 'pending']);
  });

  test('Amazon Pay pays the balance: the session opens for what is left (66.66), the payment records amazonpay', async () => {
    const order = await confirmedOrder();
    const early = await sandbox.openSession(order.id, {}, slug);
    assert.deepEqual([early.status, early.body.code], [409, 'order_not_payable'], 'a confirmed order takes no first payment');
    const wrong = await sandbox.openSession(order.id, { balance: true, amount: 6000 }, slug);
    assert.equal(wrong.status, 400);
    assert.match(wrong.body.errors[0], /amount: this payment is 6666 cents, not 6000/);
    assert.equal(sandbox.sessions().length, 0);
    const session = await sandbox.answeredSession(order.id, { balance: true }, slug);
    assert.equal((await sandbox.call('GET', `/v1/hosted/amazon-pay/${session}`, null)).body.data.amount, 6666);
    const paid = await sandbox.payAmazon(order.id, session, {}, 'k-balance', slug, balancePath(order.id));
    assert.equal(paid.status, 201, JSON.stringify(paid.body));
    const { transaction, order: after } = paid.body.data;
    assert.deepEqual([transaction.paymentMethod, transaction.amount, transaction.amountCaptured, transaction.card.last4], ['amazonpay', 6666, 6666, '1111']);
    assert.deepEqual([after.status, after.amountConfirmed], ['completed', 10000]);
    assert.deepEqual(statuses(after), ['paid', 'pending', 'pending'], 'the seed: the replaced installments are not marked paid');
    assert.equal((await sandbox.session(session, slug)).state, 'completed');
    const again = await sandbox.openSession(order.id, { balance: true }, slug);
    assert.deepEqual([again.status, again.body.code], [409, 'no_balance_to_pay']);
  });

  test('Amazon Pay declined (3434) on the balance: 402, the session canceled Declined, the balance still payable', async () => {
    const order = await confirmedOrder();
    const session = await sandbox.answeredSession(order.id, { balance: true }, slug, '3434');
    const declined = await sandbox.payAmazon(order.id, session, {}, 'k-declined', slug, balancePath(order.id));
    assert.deepEqual([declined.status, declined.body.code], [402, 'card_declined']);
    const read = await sandbox.session(session, slug);
    assert.deepEqual([read.state, read.reason], ['canceled', 'Declined']);
    assert.equal((await sandbox.order(slug, order.id)).status, 'confirmed');
    const retry = await sandbox.payAmazon(order.id, await sandbox.answeredSession(order.id, { balance: true }, slug), {}, 'k-retry', slug, balancePath(order.id));
    assert.deepEqual([retry.status, retry.body.data.transaction.amountCaptured], [201, 6666]);
  });

  test('Amazon Pay on the recovery link: the session is for the unpaid installment; a balance session cannot pay it', async () => {
    const order = await confirmedOrder('4000000000000341');
    const pendingId = order.installments[1].transactionId;
    const notYet = await sandbox.openSession(order.id, { recoverTransactionId: pendingId }, slug);
    assert.deepEqual([notYet.status, notYet.body.code], [409, 'installment_not_unpaid']);
    await sandbox.call('POST', '/v1/sandbox/clock', sk(), { to: order.installments[1].dueDate });
    const both = await sandbox.openSession(order.id, { recoverTransactionId: pendingId, balance: true }, slug);
    assert.equal(both.status, 400);
    const balanceSession = await sandbox.answeredSession(order.id, { balance: true }, slug);
    const mismatch = await sandbox.payAmazon(order.id, balanceSession, {}, 'k-mismatch', slug, recoverPath(pendingId));
    assert.deepEqual([mismatch.status, mismatch.body.code], [409, 'checkout_session_amount_mismatch']);
    const session = await sandbox.answeredSession(order.id, { recoverTransactionId: pendingId }, slug);
    assert.equal((await sandbox.call('GET', `/v1/hosted/amazon-pay/${session}`, null)).body.data.amount, 3333);
    const paid = await sandbox.payAmazon(order.id, session, {}, 'k-recover', slug, recoverPath(pendingId));
    assert.deepEqual([paid.status, paid.body.data.transaction.paymentMethod, paid.body.data.transaction.amountCaptured], [201, 'amazonpay', 3333]);
    assert.deepEqual(statuses(paid.body.data.order), ['paid', 'paid', 'pending']);
  });

  test('bad input changes nothing: a method these links do not take, a wallet without its token, a wallet not enabled', async () => {
    const order = await confirmedOrder('4000000000000341', true);
    const unpaidId = order.installments[1].transactionId;
    const before = (await sandbox.transactions(slug, order.id)).length;
    const ancv = await sandbox.call('POST', recoverPath(unpaidId), pk(), { method: 'ancv' });
    assert.equal(ancv.status, 400);
    assert.match(ancv.body.errors[0], /method/);
    const noToken = await sandbox.call('POST', recoverPath(unpaidId), pk(), { method: 'applepay' });
    assert.equal(noToken.status, 400);
    assert.match(noToken.body.errors[0], /wallet/);
    const cardOnly = await sandbox.createOrder('installments', { amount: 9000, installmentsCount: 3 });
    await sandbox.call('POST', `/v1/orders/${cardOnly.id}/payments`, sandbox.platform('installments').publicKey, { card: card('4242424242424242') }, { 'Idempotency-Key': 'card-only' });
    const notEnabled = await sandbox.call('POST', balancePath(cardOnly.id), sandbox.platform('installments').publicKey, { method: 'googlepay', wallet: { token: 'sandbox:4242424242424242' } });
    assert.deepEqual([notEnabled.status, notEnabled.body.code], [409, 'method_not_available']);
    assert.equal((await sandbox.transactions(slug, order.id)).length, before);
    assert.equal((await sandbox.transactions('installments', cardOnly.id)).length, 3, 'one per installment, none added');
  });
});

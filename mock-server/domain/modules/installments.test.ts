import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { addMonths } from '../../../src/core/schedule.ts';
import type { PlatformSlug } from '../../seed.ts';
import { TestSandbox } from '../../testing/sandbox-client.ts';

const DAY = 24 * 60 * 60_000;
const card = (number: string, extra: Record<string, string> = {}) => ({ number, expiryMonth: '12', expiryYear: '2040', cvc: '123', holder: 'Ada Lovelace', ...extra });

describe('installments', () => {
  let sandbox: TestSandbox;
  const slug: PlatformSlug = 'installments';
  let pk: string;
  let sk: string;
  beforeEach(() => {
    sandbox = new TestSandbox();
    pk = sandbox.platform(slug).publicKey;
    sk = sandbox.platform(slug).secretKey;
  });

  const payWith = (orderId: string, body: Record<string, unknown>, key = crypto.randomUUID(), platformKey = pk) =>
    sandbox.call('POST', `/v1/orders/${orderId}/payments`, platformKey, body, { 'Idempotency-Key': key });
  const clockTo = (to: number) => sandbox.call('POST', '/v1/sandbox/clock', sk, { to });
  const outbox = async (orderId: string) => (await sandbox.call('GET', `/v1/sandbox/outbox?orderId=${orderId}`, sk)).body.data as { kind: string; to: string; links: string[]; text: string }[];
  const orderCount = () => sandbox.sandbox.runtime.store.read((view) => view.orders.count());
  const statuses = (order: any) => order.installments.map((installment: any) => installment.status);
  const transactionsById = async (orderId: string) => new Map((await sandbox.transactions(slug, orderId)).map((transaction) => [transaction.id, transaction]));

  async function paidOrder(fields: Record<string, unknown> = {}, number = '4242424242424242') {
    const order = await sandbox.createOrder(slug, { amount: 10000, email: 'ada@example.com', installmentsCount: 3, ...fields });
    const answer = await payWith(order.id, { card: card(number) });
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    return { order: await sandbox.order(slug, order.id), payment: answer.body.data };
  }

  describe('creating the order', () => {
    test('installmentsCount: an even monthly preview, extra cent on the first, dueDate = last due date', async () => {
      const before = await sandbox.now();
      const order = await sandbox.createOrder(slug, { amount: 10000, installmentsCount: 3 });
      assert.equal(order.ux, 'installment');
      assert.equal(order.status, 'initiated');
      assert.deepEqual(order.installments.map((installment: any) => installment.amount), [3334, 3333, 3333]);
      assert.deepEqual(statuses(order), ['pending', 'pending', 'pending']);
      assert.ok(order.installments.every((installment: any) => installment.transactionId === null && installment.id.startsWith('inst_')));
      const [first, second, third] = order.installments;
      assert.ok(first.dueDate >= before && first.dueDate - before < 5_000);
      assert.equal(second.dueDate, addMonths(first.dueDate, 1));
      assert.equal(third.dueDate, addMonths(first.dueDate, 2));
      assert.equal(order.dueDate, third.dueDate);
      assert.equal(order.installmentsCount, 3);
      assert.equal(order.redirectUrl, `http://sandbox.test/pay/${order.id}`);
    });

    test('installments[]: uneven amounts and dates are kept as given, a deferred first date included', async () => {
      const now = await sandbox.now();
      const schedule = [
        { amount: 5000, dueDate: now + 10 * DAY },
        { amount: 3000, dueDate: now + 40 * DAY },
        { amount: 2000, dueDate: now + 70 * DAY },
      ];
      const order = await sandbox.createOrder(slug, { amount: 10000, installments: schedule });
      assert.deepEqual(order.installments.map(({ amount, dueDate }: any) => ({ amount, dueDate })), schedule);
      assert.equal(order.dueDate, now + 70 * DAY);
      assert.equal(order.installmentsCount, undefined);
    });

    // Fields are built from the sandbox's own time, as a merchant's back end would read it.
    const refusals: [string, PlatformSlug, (now: number) => Record<string, unknown>, string[]][] = [
      ['a count the financing does not allow', 'installments-financed', () => ({ installmentsCount: 5 }), ['installmentsCount: with financing, this platform allows 3, 4, 10 installments, not 5']],
      ['a single installment', 'installments', () => ({ installmentsCount: 1 }), ['installmentsCount: an installments order has at least 2 installments']],
      ['a custom schedule with financing', 'installments-financed', (now) => ({ installments: [{ amount: 5000, dueDate: now }, { amount: 5000, dueDate: now + 30 * DAY }] }), ['installments: custom schedules are only available without financing; give installmentsCount (3, 4, 10)']],
      ['a schedule that does not add up', 'installments', (now) => ({ installments: [{ amount: 5000, dueDate: now }, { amount: 4000, dueDate: now + 30 * DAY }] }), ["installments: the installments add up to 9000 cents, not the order's amount of 10000 cents"]],
      ['a schedule that goes backwards', 'installments', (now) => ({ installments: [{ amount: 5000, dueDate: now + 30 * DAY }, { amount: 5000, dueDate: now + 20 * DAY }] }), ['installments[1].dueDate: due dates must be strictly ascending (this one is not after installment 1)']],
      ['both a count and a schedule', 'installments', (now) => ({ installmentsCount: 2, installments: [{ amount: 5000, dueDate: now }, { amount: 5000, dueDate: now + 30 * DAY }] }), ['installments: give installmentsCount or installments[], not both']],
      ['a delay', 'installments', () => ({ installmentsCount: 3, delay: 600 }), ['delay: an installments order takes its dates from installmentsCount or installments[]; its dueDate becomes the last due date']],
    ];
    for (const [what, platform, fieldsAt, errors] of refusals) {
      test(`refuses ${what} with a readable 400 and creates nothing`, async () => {
        const answer = await sandbox.call('POST', '/v1/orders', sandbox.platform(platform).secretKey, { amount: 10000, ...fieldsAt(await sandbox.now()) });
        assert.equal(answer.status, 400);
        assert.deepEqual(answer.body, { status: 400, success: false, errors, code: 'invalid_request' });
        assert.equal(await orderCount(), 0);
      });
    }

    test('with financing, 3, 4 and 10 are accepted', async () => {
      for (const installmentsCount of [3, 4, 10]) {
        const order = await sandbox.createOrder('installments-financed', { amount: 10000, installmentsCount });
        assert.equal(order.installments.length, installmentsCount);
        assert.equal(order.installments[0].amount, installmentsCount === 3 ? 3334 : 10000 / installmentsCount);
      }
    });
  });

  describe('paying', () => {
    test('the first installment is captured at once, the others wait in pendingAuthorization; order confirmed', async () => {
      const { order, payment } = await paidOrder();
      assert.equal(payment.transaction.status, 'captured');
      assert.equal(payment.transaction.amountCaptured, 3334);
      assert.equal(order.status, 'confirmed');
      assert.deepEqual(statuses(order), ['paid', 'pending', 'pending']);
      const transactions = await transactionsById(order.id);
      assert.deepEqual(
        order.installments.map((installment: any) => {
          const transaction = transactions.get(installment.transactionId);
          return [installment.amount, transaction.amount, transaction.status];
        }),
        [
          [3334, 3334, 'captured'],
          [3333, 3333, 'pendingAuthorization'],
          [3333, 3333, 'pendingAuthorization'],
        ],
      );
      assert.equal(order.dueDate, order.installments[2].dueDate);
      assert.equal(order.amountConfirmed, 3334);
      assert.deepEqual(await sandbox.events(order.id), ['order.confirmed', 'transaction.captured', 'installment.paid']);
    });

    test('the dates start when the buyer pays, month by month', async () => {
      const created = await sandbox.createOrder(slug, { amount: 10000, installmentsCount: 3 });
      await sandbox.advance(3 * DAY);
      const paidAt = await sandbox.now();
      await payWith(created.id, { card: card('4242424242424242') });
      const order = await sandbox.order(slug, created.id);
      assert.ok(Math.abs(order.installments[0].dueDate - paidAt) < 5_000);
      assert.equal(order.installments[1].dueDate, addMonths(order.installments[0].dueDate, 1));
    });

    test('the confirmation email carries the complete-balance link, which is also order.redirectUrl', async () => {
      const { order } = await paidOrder();
      const messages = await outbox(order.id);
      assert.equal(messages.length, 1);
      assert.equal(messages[0]?.kind, 'installmentConfirmation');
      assert.equal(messages[0]?.to, 'ada@example.com');
      assert.deepEqual(messages[0]?.links, [`http://sandbox.test/balance/${order.id}`]);
      assert.match(messages[0]?.text ?? '', /33\.34 EUR/);
      assert.equal(order.redirectUrl, `http://sandbox.test/balance/${order.id}`);
    });

    test('the buyer chooses the count: required, one of the platform choices, then kept on the order', async () => {
      const order = await sandbox.createOrder(slug, { amount: 10000 });
      assert.equal(order.installments, undefined);
      const missing = await payWith(order.id, { card: card('4242424242424242') });
      assert.equal(missing.status, 400);
      assert.deepEqual(missing.body.errors, ['installmentsCount: choose how many installments: 2, 3, 4, 5, 6, 10, 12']);
      const notOffered = await payWith(order.id, { card: card('4242424242424242'), installmentsCount: 7 });
      assert.deepEqual(notOffered.body.errors, ['installmentsCount: choose 2, 3, 4, 5, 6, 10, 12 installments, not 7']);
      assert.equal((await sandbox.transactions(slug, order.id)).length, 0);
      const paid = await payWith(order.id, { card: card('4242424242424242'), installmentsCount: 4 });
      assert.equal(paid.body.data.transaction.amountCaptured, 2500);
      const after = await sandbox.order(slug, order.id);
      assert.equal(after.installmentsCount, 4);
      assert.deepEqual(after.installments.map((installment: any) => installment.amount), [2500, 2500, 2500, 2500]);
    });

    test('a count fixed by the merchant cannot be changed by the buyer', async () => {
      const order = await sandbox.createOrder(slug, { amount: 10000, installmentsCount: 3 });
      const answer = await payWith(order.id, { card: card('4242424242424242'), installmentsCount: 4 });
      assert.equal(answer.status, 400);
      assert.deepEqual(answer.body.errors, ['installmentsCount: the merchant set this order to 3 installments']);
    });

    test('a card expiring before the last due date is refused, and nothing is created', async () => {
      const now = new Date(await sandbox.now());
      const order = await sandbox.createOrder(slug, { amount: 10000, installmentsCount: 12 });
      const soon = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 6, 1));
      const answer = await payWith(order.id, {
        card: card('4242424242424242', { expiryMonth: String(soon.getUTCMonth() + 1), expiryYear: String(soon.getUTCFullYear()) }),
      });
      assert.equal(answer.status, 400);
      assert.equal(answer.body.errors.length, 1);
      assert.match(answer.body.errors[0], /^card: the card expires before the last installment on \d{4}-\d{2}-\d{2}; pay with a card valid until then$/);
      assert.equal(answer.body.code, 'card_expires_too_soon');
      assert.equal((await sandbox.transactions(slug, order.id)).length, 0);
      assert.equal((await sandbox.order(slug, order.id)).status, 'initiated');
    });

    test('a declined card leaves the order as it was: the buyer may choose again', async () => {
      const order = await sandbox.createOrder(slug, { amount: 10000 });
      const declined = await payWith(order.id, { card: card('4000000000000002'), installmentsCount: 10 });
      assert.equal(declined.status, 402);
      const after = await sandbox.order(slug, order.id);
      assert.equal(after.status, 'initiated');
      assert.equal(after.installments, undefined);
      const paid = await payWith(order.id, { card: card('4242424242424242'), installmentsCount: 2 });
      assert.equal(paid.body.data.transaction.amountCaptured, 5000);
    });

    test('3-D Secure: the schedule is set up only once the buyer approves', async () => {
      const order = await sandbox.createOrder(slug, { amount: 10000 });
      const pending = await payWith(order.id, { card: card('4000000000003220'), installmentsCount: 5 });
      assert.equal(pending.body.data.transaction.status, 'pendingAuthorization');
      assert.equal((await sandbox.order(slug, order.id)).installments, undefined);
      const approved = await sandbox.call('POST', `/v1/transactions/${pending.body.data.transaction.id}/3ds`, pk, { outcome: 'approve' });
      assert.equal(approved.body.data.order.status, 'confirmed');
      assert.equal(approved.body.data.order.installments.length, 5);
      assert.equal(approved.body.data.transaction.amountCaptured, 2000);
    });

    test('paying in full instead (the alternative after a refusal) completes the order at once', async () => {
      const order = await sandbox.createOrder(slug, { amount: 10000 });
      const answer = await payWith(order.id, { card: card('4242424242424242'), payInFull: true });
      assert.equal(answer.body.data.transaction.amountCaptured, 10000);
      assert.equal(answer.body.data.order.status, 'completed');
      assert.deepEqual(statuses(answer.body.data.order), ['paid']);
    });

    test('a deferred first installment is authorised now and captured on its date', async () => {
      const now = await sandbox.now();
      const order = await sandbox.createOrder(slug, {
        amount: 9000,
        installments: [
          { amount: 3000, dueDate: now + 10 * DAY },
          { amount: 3000, dueDate: now + 40 * DAY },
          { amount: 3000, dueDate: now + 70 * DAY },
        ],
      });
      const answer = await payWith(order.id, { card: card('4242424242424242') });
      assert.equal(answer.body.data.transaction.status, 'authorized');
      assert.equal(answer.body.data.order.status, 'confirmed');
      assert.deepEqual(statuses(answer.body.data.order), ['pending', 'pending', 'pending']);
      await clockTo(now + 10 * DAY);
      const after = await sandbox.order(slug, order.id);
      assert.deepEqual(statuses(after), ['paid', 'pending', 'pending']);
      assert.equal((await transactionsById(order.id)).get(after.installments[0].transactionId).status, 'captured');
    });
  });

  describe('the clock', () => {
    test('each due date captures its installment; the last one completes the order', async () => {
      const { order } = await paidOrder();
      // The sandbox clock is wall time plus an offset: stop a minute short, so the next move is still forward.
      await clockTo(order.installments[1].dueDate - 60_000);
      assert.deepEqual(statuses(await sandbox.order(slug, order.id)), ['paid', 'pending', 'pending']);
      await clockTo(order.installments[1].dueDate);
      const second = await sandbox.order(slug, order.id);
      assert.deepEqual(statuses(second), ['paid', 'paid', 'pending']);
      assert.equal(second.status, 'confirmed');
      const detail = await sandbox.call('GET', `/v1/transactions/${second.installments[1].transactionId}`, sk);
      assert.equal(detail.body.data.status, 'captured');
      assert.deepEqual(detail.body.data.operations.map((operation: any) => [operation.type, operation.amount]), [
        ['authorization', 3333],
        ['capture', 3333],
      ]);
      await clockTo(order.installments[2].dueDate + DAY);
      const done = await sandbox.order(slug, order.id);
      assert.deepEqual(statuses(done), ['paid', 'paid', 'paid']);
      assert.equal(done.status, 'completed');
      assert.equal(done.amountConfirmed, 10000);
      assert.deepEqual(await sandbox.events(order.id), [
        'order.confirmed',
        'transaction.captured',
        'installment.paid',
        'transaction.captured',
        'installment.paid',
        'transaction.captured',
        'installment.paid',
        'order.completed',
      ]);
    });

    test('4000 0000 0000 0341: the due capture fails, the installment is unpaid, retried daily 7 times, one email', async () => {
      const { order } = await paidOrder({}, '4000000000000341');
      const unpaidId = order.installments[1].transactionId;
      await clockTo(order.installments[1].dueDate);
      const failed = await sandbox.order(slug, order.id);
      assert.deepEqual(statuses(failed), ['paid', 'unpaid', 'pending']);
      assert.equal(failed.status, 'confirmed');
      assert.equal((await transactionsById(order.id)).get(unpaidId).status, 'pendingAuthorization');
      assert.deepEqual((await sandbox.events(order.id)).slice(3), ['installment.unpaid']);
      const recovery = (await outbox(order.id)).filter((message) => message.kind === 'installmentRecovery');
      assert.equal(recovery.length, 1);
      assert.deepEqual(recovery[0]?.links, [`http://sandbox.test/recovery/${unpaidId}`]);
      const attempts = () => sandbox.sandbox.runtime.store.read((view) => view.orders.get(order.id)?.installments?.[1]);
      assert.equal((await attempts())?.attempts, 1);
      assert.equal((await attempts())?.nextAttemptAt, order.installments[1].dueDate + DAY);
      await clockTo(order.installments[1].dueDate + 3 * DAY);
      assert.equal((await attempts())?.attempts, 4);
      await clockTo(order.installments[1].dueDate + 20 * DAY);
      assert.equal((await attempts())?.attempts, 8, 'the first attempt and 7 retries');
      assert.equal((await attempts())?.nextAttemptAt, null);
      assert.equal((await sandbox.events(order.id)).filter((event) => event === 'installment.unpaid').length, 1);
      assert.equal((await outbox(order.id)).filter((message) => message.kind === 'installmentRecovery').length, 1);
    });

    test('4000 0000 0000 0259: each due capture fails, the next day\'s retry succeeds: installment paid, one unpaid webhook', async () => {
      const { order } = await paidOrder({}, '4000000000000259');
      await clockTo(order.installments[1].dueDate);
      assert.deepEqual(statuses(await sandbox.order(slug, order.id)), ['paid', 'unpaid', 'pending']);
      await clockTo(order.installments[1].dueDate + DAY);
      const after = await sandbox.order(slug, order.id);
      assert.deepEqual(statuses(after), ['paid', 'paid', 'pending']);
      assert.equal((await transactionsById(order.id)).get(order.installments[1].transactionId).status, 'captured');
      assert.deepEqual((await sandbox.events(order.id)).slice(3), ['installment.unpaid', 'transaction.captured', 'installment.paid']);
      await clockTo(order.installments[2].dueDate);
      assert.equal((await sandbox.order(slug, order.id)).status, 'confirmed', 'the last installment fails on its due date too');
      await clockTo(order.installments[2].dueDate + DAY);
      assert.equal((await sandbox.order(slug, order.id)).status, 'completed');
    });
  });

  describe('recovery link', () => {
    test('the buyer pays the unpaid installment with another card: installment paid, old payment voided', async () => {
      const { order } = await paidOrder({}, '4000000000000341');
      const unpaidId = order.installments[1].transactionId;
      const early = await sandbox.call('POST', `/v1/transactions/${unpaidId}/recover`, pk, { card: card('4242424242424242') });
      assert.equal(early.status, 409, 'a pending installment is not unpaid yet');
      assert.equal(early.body.code, 'installment_not_unpaid');
      await clockTo(order.installments[1].dueDate);
      const hosted = await sandbox.call('GET', `/v1/hosted/transactions/${unpaidId}`, null);
      const installmentId = order.installments[1].id;
      assert.deepEqual(hosted.body.data, { transactionId: unpaidId, installmentId, orderId: order.id, publicKey: pk, locale: 'en', ux: 'installment', platformName: 'Installments (without financing)' });
      const paid = await sandbox.call('POST', `/v1/transactions/${unpaidId}/recover`, pk, { card: card('4242424242424242') });
      assert.equal(paid.status, 201, JSON.stringify(paid.body));
      assert.equal(paid.body.data.transaction.status, 'captured');
      assert.equal(paid.body.data.transaction.amountCaptured, 3333);
      const after = await sandbox.order(slug, order.id);
      assert.deepEqual(statuses(after), ['paid', 'paid', 'pending']);
      assert.equal(after.installments[1].transactionId, paid.body.data.transaction.id);
      assert.equal((await transactionsById(order.id)).get(unpaidId).status, 'voided');
      // The link still names its installment once another card paid it (the page says "already paid").
      assert.equal((await sandbox.call('GET', `/v1/hosted/transactions/${unpaidId}`, null)).body.data.installmentId, installmentId);
      const again = await sandbox.call('POST', `/v1/transactions/${unpaidId}/recover`, pk, { card: card('4242424242424242') });
      assert.equal(again.status, 409);
      // No more retries of a settled installment.
      await clockTo(order.installments[1].dueDate + 10 * DAY);
      assert.equal((await sandbox.transactions(slug, order.id)).filter((transaction) => transaction.status === 'captured').length, 2);
    });

    test('3-D Secure on the recovery page, and a declined card leaves the installment unpaid', async () => {
      const { order } = await paidOrder({}, '4000000000000341');
      const unpaidId = order.installments[1].transactionId;
      await clockTo(order.installments[1].dueDate);
      const declined = await sandbox.call('POST', `/v1/transactions/${unpaidId}/recover`, pk, { card: card('4000000000009995') });
      assert.equal(declined.status, 402);
      assert.deepEqual(statuses(await sandbox.order(slug, order.id)), ['paid', 'unpaid', 'pending']);
      const challenged = await sandbox.call('POST', `/v1/transactions/${unpaidId}/recover`, pk, { card: card('4000000000003220') });
      assert.equal(challenged.body.data.transaction.threeDS.status, 'required');
      const approved = await sandbox.call('POST', `/v1/transactions/${challenged.body.data.transaction.id}/3ds`, pk, { outcome: 'approve' });
      assert.equal(approved.body.data.transaction.status, 'captured');
      assert.deepEqual(statuses(approved.body.data.order), ['paid', 'paid', 'pending']);
    });

    test('bad input: no card is a 400, another platform answers 404', async () => {
      const { order } = await paidOrder({}, '4000000000000341');
      const unpaidId = order.installments[1].transactionId;
      const noCard = await sandbox.call('POST', `/v1/transactions/${unpaidId}/recover`, pk, {});
      assert.equal(noCard.status, 400);
      const other = await sandbox.call('POST', `/v1/transactions/${unpaidId}/recover`, sandbox.platform('single').publicKey, { card: card('4242424242424242') });
      assert.equal(other.status, 404);
    });
  });

  describe('complete-balance link', () => {
    test('pays what is left as one new transaction; the order completes; the pending ones are left unused', async () => {
      const { order } = await paidOrder();
      const answer = await sandbox.call('POST', `/v1/orders/${order.id}/balance`, pk, { card: card('5555555555554444') });
      assert.equal(answer.status, 201, JSON.stringify(answer.body));
      assert.equal(answer.body.data.transaction.amountCaptured, 6666);
      assert.equal(answer.body.data.order.status, 'completed');
      assert.equal(answer.body.data.order.amountConfirmed, 10000);
      // The seed: "the order.installments[] linked to those transactions will not be marked as paid".
      assert.deepEqual(statuses(answer.body.data.order), ['paid', 'pending', 'pending']);
      const transactions = await transactionsById(order.id);
      assert.equal(transactions.get(order.installments[1].transactionId).status, 'voided');
      assert.equal(transactions.get(order.installments[2].transactionId).status, 'voided');
      await clockTo(order.installments[2].dueDate + DAY);
      assert.equal((await sandbox.transactions(slug, order.id)).filter((transaction) => transaction.status === 'captured').length, 2);
      const twice = await sandbox.call('POST', `/v1/orders/${order.id}/balance`, pk, { card: card('4242424242424242') });
      assert.equal(twice.status, 409);
      assert.equal(twice.body.code, 'no_balance_to_pay');
    });

    test('includes an unpaid installment, and stops its retries', async () => {
      const { order } = await paidOrder({}, '4000000000000341');
      await clockTo(order.installments[1].dueDate);
      const answer = await sandbox.call('POST', `/v1/orders/${order.id}/balance`, pk, { card: card('4242424242424242'), payer: { email: 'ada@example.com' } });
      assert.equal(answer.body.data.transaction.amountCaptured, 6666);
      assert.equal((await sandbox.sandbox.runtime.store.read((view) => view.orders.get(order.id)?.installments?.[1]?.nextAttemptAt)), null);
    });

    test('an order not paid yet has no balance to complete', async () => {
      const order = await sandbox.createOrder(slug, { amount: 10000, installmentsCount: 3 });
      const answer = await sandbox.call('POST', `/v1/orders/${order.id}/balance`, pk, { card: card('4242424242424242') });
      assert.equal(answer.status, 409);
      assert.equal((await sandbox.transactions(slug, order.id)).length, 0);
    });
  });
});

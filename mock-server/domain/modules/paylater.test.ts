import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { TestSandbox } from '../../testing/sandbox-client.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const card = (number: string, extra: Record<string, string> = {}) => ({ number, expiryMonth: '12', expiryYear: '2040', cvc: '123', holder: 'Ada Lovelace', ...extra });

describe('pay later', () => {
  let sandbox: TestSandbox;
  let pk: string;
  let sk: string;
  beforeEach(() => {
    sandbox = new TestSandbox();
    pk = sandbox.platform('paylater').publicKey;
    sk = sandbox.platform('paylater').secretKey;
  });

  const payWith = (orderId: string, body: Record<string, unknown>) =>
    sandbox.call('POST', `/v1/orders/${orderId}/payments`, pk, body, { 'Idempotency-Key': crypto.randomUUID() });
  const clockTo = (to: number) => sandbox.call('POST', '/v1/sandbox/clock', sk, { to });
  const create = (fields: Record<string, unknown>) => sandbox.call('POST', '/v1/orders', sk, { amount: 12000, email: 'ada@example.com', ...fields });
  const orderCount = () => sandbox.sandbox.runtime.store.read((view) => view.orders.count());

  describe('creating the order', () => {
    test('delay in minutes gives dueDate = creation + delay; scoring data is accepted', async () => {
      const before = await sandbox.now();
      const answer = await create({ delay: 15 * 24 * 60, scoring: { birthDate: '1990-01-01', phone: '+33600000000' } });
      assert.equal(answer.status, 201);
      const order = answer.body.data;
      assert.equal(order.ux, 'paylater');
      assert.equal(order.delay, 21600);
      assert.ok(order.dueDate - before - 15 * DAY >= 0 && order.dueDate - before - 15 * DAY < 5_000);
    });

    test('a dueDate is kept as given (the seed: delay is ignored when dueDate is given)', async () => {
      const dueDate = (await sandbox.now()) + 20 * DAY;
      const order = (await create({ dueDate, delay: 60 })).body.data;
      assert.equal(order.dueDate, dueDate);
      assert.equal(order.delay, undefined);
    });

    for (const [field, valueAt] of [
      ['delay', () => 30 * 24 * 60 + 1],
      ['dueDate', (now: number) => now + 45 * DAY],
    ] as const) {
      test(`${field} beyond 30 days is a readable 400 and creates nothing`, async () => {
        const answer = await create({ [field]: valueAt(await sandbox.now()) });
        assert.equal(answer.status, 400);
        assert.deepEqual(answer.body.errors, [`${field}: pay later is debited at most 30 days after the order on this platform`]);
        assert.equal(await orderCount(), 0);
      });
    }

    test('exactly 30 days is allowed; a platform allowing more accepts more', async () => {
      assert.equal((await create({ delay: 30 * 24 * 60 })).status, 201);
      await sandbox.sandbox.runtime.store.transact((tx) => {
        const platform = tx.platforms.all().find((candidate) => candidate.slug === 'paylater');
        if (platform) tx.platforms.put({ ...platform, settings: { ...platform.settings, maxDelayMs: 60 * DAY } });
      });
      assert.equal((await create({ delay: 45 * 24 * 60 })).status, 201);
    });

    test('installments on a pay-later order are refused', async () => {
      const answer = await create({ installmentsCount: 3 });
      assert.deepEqual(answer.body.errors, ['installments: a pay-later order is debited once; use ux "installment" for several payments']);
    });
  });

  describe('paying', () => {
    test('the card is authorised now, the order confirmed, the debit waits for the due date', async () => {
      const order = (await create({ delay: 15 * 24 * 60 })).body.data;
      const answer = await payWith(order.id, { card: card('4242424242424242') });
      assert.equal(answer.status, 201);
      assert.equal(answer.body.data.transaction.status, 'authorized');
      assert.equal(answer.body.data.transaction.amount, 12000);
      assert.equal(answer.body.data.order.status, 'confirmed');
      assert.equal(answer.body.data.order.amountConfirmed, 12000);
      assert.deepEqual(answer.body.data.order.installments.map(({ amount, dueDate, status }: any) => ({ amount, dueDate, status })), [
        { amount: 12000, dueDate: order.dueDate, status: 'pending' },
      ]);
      assert.equal(answer.body.data.order.redirectUrl, `http://sandbox.test/balance/${order.id}`);
      const [mail] = (await sandbox.call('GET', `/v1/sandbox/outbox?orderId=${order.id}`, sk)).body.data;
      assert.equal(mail.kind, 'paylaterConfirmation');
      assert.deepEqual(mail.links, [`http://sandbox.test/balance/${order.id}`]);
      assert.match(mail.text, new RegExp(`debited on ${new Date(order.dueDate).toISOString().slice(0, 10)}`));
    });

    test('the clock captures on the due date and completes the order', async () => {
      const order = (await create({ delay: 15 * 24 * 60 })).body.data;
      const paid = await payWith(order.id, { card: card('4242424242424242') });
      await clockTo(order.dueDate - MINUTE);
      assert.equal((await sandbox.order('paylater', order.id)).status, 'confirmed');
      await clockTo(order.dueDate);
      const after = await sandbox.order('paylater', order.id);
      assert.equal(after.status, 'completed');
      assert.equal(after.installments[0].status, 'paid');
      const detail = (await sandbox.call('GET', `/v1/transactions/${paid.body.data.transaction.id}`, sk)).body.data;
      assert.equal(detail.status, 'captured');
      assert.deepEqual(detail.operations.map((operation: any) => [operation.type, operation.amount, operation.date >= order.dueDate]), [
        ['authorization', 12000, false],
        ['capture', 12000, true],
      ]);
      assert.deepEqual(await sandbox.events(order.id), ['order.confirmed', 'transaction.captured', 'installment.paid', 'order.completed']);
    });

    test('the buyer chooses among the platform choices (15 or 30 days, as minutes)', async () => {
      const order = (await create({})).body.data;
      const wrong = await payWith(order.id, { card: card('4242424242424242'), delay: 7 * 24 * 60 });
      assert.equal(wrong.status, 400);
      assert.deepEqual(wrong.body.errors, ['delay: choose 15 days (21600 minutes) or 30 days (43200 minutes)']);
      assert.equal((await sandbox.transactions('paylater', order.id)).length, 0);
      const paidAt = await sandbox.now();
      const answer = await payWith(order.id, { card: card('4242424242424242'), delay: 15 * 24 * 60 });
      const after = answer.body.data.order;
      assert.equal(after.delay, 21600);
      assert.ok(after.dueDate - paidAt - 15 * DAY >= 0 && after.dueDate - paidAt - 15 * DAY < 5_000);
    });

    test('without a choice, the platform default applies (30 days)', async () => {
      const order = (await create({})).body.data;
      const paidAt = await sandbox.now();
      const after = (await payWith(order.id, { card: card('4242424242424242') })).body.data.order;
      assert.ok(after.dueDate - paidAt - 30 * DAY >= 0 && after.dueDate - paidAt - 30 * DAY < 5_000);
    });

    test('a merchant date cannot be changed by the buyer', async () => {
      const order = (await create({ delay: 600 })).body.data;
      const answer = await payWith(order.id, { card: card('4242424242424242'), delay: 21600 });
      assert.equal(answer.status, 400);
      assert.match(answer.body.errors[0], /^delay: the merchant set this order's debit date/);
    });

    test('a card expiring before the debit date is refused', async () => {
      const order = (await create({ delay: 30 * 24 * 60 })).body.data;
      // A card valid through the month before the debit date's month. It was this month's card, but on the 1st of a
      // 31-day month the debit date is still this month, and that card lasted until it (this test failed on 1 December).
      const debit = new Date(order.dueDate);
      const lastMonth = new Date(Date.UTC(debit.getUTCFullYear(), debit.getUTCMonth() - 1, 1));
      const answer = await payWith(order.id, {
        card: card('4242424242424242', { expiryMonth: String(lastMonth.getUTCMonth() + 1), expiryYear: String(lastMonth.getUTCFullYear()) }),
      });
      // The card may also have expired already (the debit date's month is this month); either way it cannot last until the debit.
      assert.equal(answer.status, 400);
      assert.match(answer.body.errors.join(' '), /card: the card (expires before the debit date|has expired)/);
    });

    test('after a refusal the buyer can pick another date, or pay in full now', async () => {
      const order = (await create({})).body.data;
      const refused = await payWith(order.id, { card: card('4000000000000002'), delay: 43200 });
      assert.equal(refused.status, 402);
      assert.equal((await sandbox.order('paylater', order.id)).status, 'initiated');
      const full = await payWith(order.id, { card: card('4242424242424242'), payInFull: true });
      assert.equal(full.body.data.transaction.status, 'captured');
      assert.equal(full.body.data.order.status, 'completed');
    });

    test('3-D Secure refusal keeps the order payable', async () => {
      const order = (await create({})).body.data;
      const pending = await payWith(order.id, { card: card('4000000000003220'), delay: 21600 });
      const refused = await sandbox.call('POST', `/v1/transactions/${pending.body.data.transaction.id}/3ds`, pk, { outcome: 'refuse' });
      assert.equal(refused.status, 402);
      const again = await payWith(order.id, { card: card('4000000000003220'), delay: 43200 });
      const approved = await sandbox.call('POST', `/v1/transactions/${again.body.data.transaction.id}/3ds`, pk, { outcome: 'approve' });
      assert.equal(approved.body.data.order.status, 'confirmed');
      assert.equal(approved.body.data.order.delay, 43200);
    });
  });

  describe('failure at the due date and recovery', () => {
    test('4000 0000 0000 0341: authorised now, the capture fails: unpaid, retries, recovery email, another card pays', async () => {
      const order = (await create({ delay: 15 * 24 * 60 })).body.data;
      const first = (await payWith(order.id, { card: card('4000000000000341') })).body.data.transaction;
      assert.equal(first.status, 'authorized');
      await clockTo(order.dueDate);
      const failed = await sandbox.order('paylater', order.id);
      assert.equal(failed.status, 'confirmed');
      assert.equal(failed.installments[0].status, 'unpaid');
      assert.ok((await sandbox.events(order.id)).includes('installment.unpaid'));
      const recovery = (await sandbox.call('GET', `/v1/sandbox/outbox?orderId=${order.id}`, sk)).body.data.find((message: any) => message.kind === 'installmentRecovery');
      assert.deepEqual(recovery.links, [`http://sandbox.test/recovery/${first.id}`]);
      await clockTo(order.dueDate + 2 * DAY);
      assert.equal(await sandbox.sandbox.runtime.store.read((view) => view.orders.get(order.id)?.installments?.[0]?.attempts), 3);
      const recovered = await sandbox.call('POST', `/v1/transactions/${first.id}/recover`, pk, { card: card('4242424242424242') });
      assert.equal(recovered.status, 201);
      assert.equal(recovered.body.data.order.status, 'completed');
      assert.equal(recovered.body.data.transaction.amountCaptured, 12000);
      const old = (await sandbox.call('GET', `/v1/transactions/${first.id}`, sk)).body.data;
      assert.equal(old.status, 'voided');
      assert.deepEqual(old.operations.map((operation: any) => operation.type), ['authorization', 'void']);
    });

    test('paying early with the balance link captures now and releases the authorisation', async () => {
      const order = (await create({ delay: 30 * 24 * 60 })).body.data;
      const first = (await payWith(order.id, { card: card('4242424242424242') })).body.data.transaction;
      const early = await sandbox.call('POST', `/v1/orders/${order.id}/balance`, pk, { card: card('4242424242424242') });
      assert.equal(early.status, 201);
      assert.equal(early.body.data.transaction.amountCaptured, 12000);
      assert.equal(early.body.data.order.status, 'completed');
      assert.equal(early.body.data.order.amountConfirmed, 12000);
      assert.equal((await sandbox.call('GET', `/v1/transactions/${first.id}`, sk)).body.data.status, 'voided');
      await clockTo(order.dueDate + DAY);
      assert.equal((await sandbox.transactions('paylater', order.id)).filter((transaction) => transaction.status === 'captured').length, 1);
    });

    test('a refund before the due date releases the authorisation: the order is canceled, nothing captured', async () => {
      const order = (await create({ delay: 30 * 24 * 60 })).body.data;
      await payWith(order.id, { card: card('4242424242424242') });
      const refunded = await sandbox.call('POST', `/v1/orders/${order.id}/refund`, sk, {});
      assert.equal(refunded.body.data.status, 'canceled');
      assert.equal(refunded.body.data.installments[0].status, 'canceled');
      await clockTo(order.dueDate + DAY);
      assert.equal((await sandbox.transactions('paylater', order.id))[0].status, 'voided');
    });

    test('a partial refund before the due date lowers what will be captured', async () => {
      const order = (await create({ delay: 30 * 24 * 60 })).body.data;
      await payWith(order.id, { card: card('4242424242424242') });
      await sandbox.call('POST', `/v1/orders/${order.id}/refund`, sk, { amount: 2000 });
      await clockTo(order.dueDate);
      const [transaction] = await sandbox.transactions('paylater', order.id);
      assert.equal(transaction.status, 'captured');
      assert.equal(transaction.amountCaptured, 10000);
      assert.equal((await sandbox.order('paylater', order.id)).status, 'completed');
    });
  });
});

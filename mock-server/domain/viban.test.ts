import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { extractIBAN, isValidBIC, isValidIBAN } from 'ibantools';
import { TestSandbox } from '../testing/sandbox-client.ts';
import { ribKey, SANDBOX_BANK_CODE, SANDBOX_BRANCH_CODE } from './modules/viban.ts';

describe('virtual IBAN', () => {
  let sandbox: TestSandbox;
  let sk: string;
  beforeEach(() => {
    sandbox = new TestSandbox();
    sk = sandbox.platform('viban').secretKey;
  });

  const newOrder = (fields: Record<string, unknown> = {}) =>
    sandbox.createOrder('viban', { amount: 12345, ux: 'viban', trackId: 'CMD-2027-0042', email: 'a@b.fr', locale: 'fr', ...fields });
  const transfer = (orderId: string, body: unknown, key = sk) => sandbox.call('POST', `/v1/sandbox/orders/${orderId}/viban-transfer`, key, body);
  const outbox = (orderId: string) => sandbox.listAll<{ id: string; kind: string; to: string; text: string }>(`/v1/sandbox/outbox?orderId=${orderId}`, sk);

  describe('creation', () => {
    test('answers pending with a valid IBAN, a test BIC, the platform as holder and the trackId as reference', async () => {
      const order = await newOrder();
      assert.equal(order.status, 'pending');
      assert.match(order.viban.iban, /^FR\d{2}[0-9A-Z]{23}$/);
      assert.equal(isValidIBAN(order.viban.iban), true);
      const parts = extractIBAN(order.viban.iban);
      assert.equal(parts.bankIdentifier, SANDBOX_BANK_CODE);
      assert.equal(parts.branchIdentifier, SANDBOX_BRANCH_CODE);
      assert.equal(isValidBIC(order.viban.bic), true);
      assert.deepEqual({ holder: order.viban.holder, reference: order.viban.reference }, { holder: 'Virtual IBAN', reference: 'CMD-2027-0042' });
      assert.deepEqual((await sandbox.order('viban', order.id)).viban, order.viban, 'reading the order gives the same IBAN');
      assert.deepEqual(await sandbox.events(order.id), [], 'no webhook at creation');
    });

    test('the reference is the order id without a trackId', async () => {
      const order = await newOrder({ trackId: undefined });
      assert.equal(order.viban.reference, order.id);
    });

    test('every order gets its own IBAN, and a canceled order keeps its IBAN out of reach', async () => {
      const ibans = new Set<string>();
      for (let index = 0; index < 40; index += 1) {
        const order = await newOrder();
        ibans.add(order.viban.iban);
        if (index % 2 === 0) assert.equal((await sandbox.call('POST', `/v1/orders/${order.id}/cancel`, sk, {})).status, 200);
      }
      assert.equal(ibans.size, 40);
      const issued = sandbox.sandbox.runtime.store.snapshot().records.vibans ?? [];
      assert.equal(new Set(issued.map((record) => record.id)).size, 40, 'every IBAN issued is recorded');
    });

    test('emails the transfer details in the buyer language, IBAN grouped by 4', async () => {
      const order = await newOrder();
      const [email] = await outbox(order.id);
      assert.equal(email?.to, 'a@b.fr');
      assert.equal(email?.kind, 'vibanDetails');
      const grouped = order.viban.iban.replace(/(.{4})(?=.)/g, '$1 ');
      for (const part of [grouped, 'SGCPFRP0XXX', 'CMD-2027-0042', '123,45']) assert.ok(email?.text.includes(part), `email lacks ${part}`);
      const english = await newOrder({ locale: 'en' });
      assert.ok((await outbox(english.id))[0]?.text.includes('€123.45'));
      assert.equal((await outbox((await newOrder({ email: undefined })).id)).length, 0, 'no email without an address');
    });

    test('only in EUR', async () => {
      const answer = await sandbox.call('POST', '/v1/orders', sk, { amount: 1000, ux: 'viban', currency: 'USD' });
      assert.equal(answer.status, 400);
      assert.match(answer.body.errors[0], /EUR only/);
    });

    test('the widget payment endpoint refuses a virtual IBAN order', async () => {
      const order = await newOrder();
      const answer = await sandbox.pay('viban', order.id, { method: 'card' });
      assert.ok(answer.status >= 400 && answer.status < 500, `answered ${answer.status}`);
    });
  });

  describe('transfers', () => {
    test('add up: a partial transfer leaves it pending and emails what is left; the rest completes it once', async () => {
      const order = await newOrder();
      const first = await transfer(order.id, { amount: 5000, transferId: 'E2E-1' });
      assert.equal(first.status, 200);
      assert.deepEqual([first.body.data.credited, first.body.data.surplus], [5000, 0]);
      let now = await sandbox.order('viban', order.id);
      assert.deepEqual([now.status, now.amountConfirmed], ['pending', 5000]);
      const emails = await outbox(order.id);
      assert.equal(emails.length, 2);
      assert.equal(emails[1]?.kind, 'vibanRemainder');
      assert.ok(emails[1]?.text.includes('73,45'), 'the reminder gives what is left');
      assert.deepEqual(await sandbox.events(order.id), ['transaction.captured']);

      await transfer(order.id, { amount: 7345, transferId: 'E2E-2' });
      now = await sandbox.order('viban', order.id);
      assert.deepEqual([now.status, now.amountConfirmed, now.amountSurplus], ['completed', 12345, undefined]);
      assert.deepEqual(await sandbox.events(order.id), ['transaction.captured', 'transaction.captured', 'order.completed']);
      const transactions = await sandbox.transactions('viban', order.id);
      assert.deepEqual(transactions.map((entry) => [entry.paymentMethod, entry.status, entry.amountCaptured]), [['viban', 'captured', 5000], ['viban', 'captured', 7345]]);
    });

    test('an overpayment completes the order and records the surplus with its own event', async () => {
      const order = await newOrder();
      const answer = await transfer(order.id, { amount: 15000 });
      assert.deepEqual([answer.body.data.credited, answer.body.data.surplus], [12345, 2655]);
      assert.match(answer.body.data.transferId, /^trf_/);
      const now = await sandbox.order('viban', order.id);
      assert.deepEqual([now.status, now.amountConfirmed, now.amountSurplus], ['completed', 12345, 2655]);
      assert.deepEqual(await sandbox.events(order.id), ['transaction.captured', 'order.completed', 'order.overpaid']);
    });

    test('a transfer to a completed or canceled order is all surplus and completes nothing again', async () => {
      const paid = await newOrder();
      await transfer(paid.id, { amount: 12345 });
      const late = await transfer(paid.id, { amount: 100 });
      assert.deepEqual([late.body.data.credited, late.body.data.surplus], [0, 100]);
      assert.equal(late.body.data.transactionId, undefined);
      assert.deepEqual(await sandbox.events(paid.id), ['transaction.captured', 'order.completed', 'order.overpaid']);
      assert.equal((await sandbox.order('viban', paid.id)).amountConfirmed, 12345);

      const canceled = await newOrder();
      await sandbox.call('POST', `/v1/orders/${canceled.id}/cancel`, sk, {});
      await transfer(canceled.id, { amount: 2000 });
      const now = await sandbox.order('viban', canceled.id);
      assert.deepEqual([now.status, now.amountConfirmed, now.amountSurplus], ['canceled', 0, 2000]);
      assert.deepEqual(await sandbox.events(canceled.id), ['order.canceled', 'order.overpaid']);
    });

    test('the same transferId twice credits once; with another amount it is refused', async () => {
      const order = await newOrder();
      const [first, second] = await Promise.all([transfer(order.id, { amount: 5000, transferId: 'E2E-1' }), transfer(order.id, { amount: 5000, transferId: 'E2E-1' })]);
      assert.equal(first.body.data.transactionId, second.body.data.transactionId);
      assert.deepEqual([first.body.data.replayed, second.body.data.replayed].sort(), [false, true]);
      assert.equal((await sandbox.order('viban', order.id)).amountConfirmed, 5000);
      const changed = await transfer(order.id, { amount: 6000, transferId: 'E2E-1' });
      assert.equal(changed.status, 409);
      assert.equal(changed.body.code, 'transfer_id_reused');
      assert.equal((await sandbox.transactions('viban', order.id)).length, 1);
    });

    test('bad input is a readable 4xx and credits nothing', async () => {
      const order = await newOrder();
      const single = await sandbox.createOrder('single', { amount: 1000 });
      const cases: [string, unknown, number, string?][] = [
        [order.id, { amount: 0 }, 400],
        [order.id, { amount: -500 }, 400],
        [order.id, { amount: 12.5 }, 400],
        [order.id, { amount: 1000, currency: 'USD' }, 400],
        [order.id, { amount: 1000, transferId: 'x'.repeat(36) }, 400],
        [order.id, {}, 400],
        [single.id, { amount: 1000 }, 409, sandbox.platform('single').secretKey],
        ['ord_00000000-0000-4000-8000-000000000000', { amount: 1000 }, 404],
        // Another platform's order answers like an unknown one.
        [order.id, { amount: 1000 }, 404, sandbox.platform('single').secretKey],
      ];
      for (const [orderId, body, status, key] of cases) {
        const answer = await transfer(orderId, body, key);
        assert.equal(answer.status, status, `${JSON.stringify(body)} answered ${answer.status}`);
        assert.ok(answer.body.errors?.length > 0 && typeof answer.body.errors[0] === 'string', 'readable errors');
      }
      // Each error names its field once.
      assert.deepEqual((await transfer(order.id, { amount: 0 })).body.errors, ['amount: a transfer moves at least 1 cent']);
      assert.deepEqual((await transfer(order.id, { amount: 1, currency: 'eur' })).body.errors, ['currency: must be an ISO 4217 code such as EUR']);
      assert.ok((await transfer(order.id, { amount: -500 })).body.errors.every((error: string) => /^amount: (?!amount:)/.test(error)));
      assert.deepEqual((await transfer(order.id, { amount: 1, transferId: '' })).body.errors, ["transferId: 1 to 35 letters, digits, spaces or / - ? : ( ) . , ' +"]);
      assert.equal((await sandbox.call('POST', `/v1/sandbox/orders/${order.id}/viban-transfer`, sandbox.platform('viban').publicKey, { amount: 1000 })).status, 403);
      const now = await sandbox.order('viban', order.id);
      assert.deepEqual([now.status, now.amountConfirmed, now.amountSurplus], ['pending', 0, undefined]);
      assert.equal((await sandbox.transactions('viban', order.id)).length, 0);
    });

    test('a refund of a partial transfer lowers what was received; the order stays awaiting the rest', async () => {
      const order = await newOrder();
      await transfer(order.id, { amount: 5000 });
      const refunded = await sandbox.call('POST', `/v1/orders/${order.id}/refund`, sk, { amount: 1000 });
      assert.equal(refunded.status, 200);
      assert.deepEqual([refunded.body.data.status, refunded.body.data.amountConfirmed], ['pending', 4000]);
    });
  });

  test('the RIB key is the one of the French national check', () => {
    // A known valid French IBAN (research notes, checked with ibantools): bank 30006, branch 00001, key 89.
    assert.equal(ribKey('30006', '00001', '12345678901'), '89');
  });
});

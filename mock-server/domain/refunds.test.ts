/**
 * The refund cascade, row by row against the seed's tables ("Installments cancellations": an order of 100,00 € in 3
 * installments), then property tests over random schedules and refund sequences.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TestSandbox } from '../testing/sandbox-client.ts';
import { seededRandom as prng } from '../testing/seeded-random.ts';

const DAY = 24 * 60 * 60_000;
const card = (number = '4242424242424242') => ({ number, expiryMonth: '12', expiryYear: '2040', cvc: '123' });

type Row = [installment: string, transaction: string, amount: number, captured: number, refunded: number];

interface Case {
  name: string;
  /** How many installments the clock has taken before the refund. */
  paid: 1 | 2 | 3;
  refund: number | undefined;
  rows: [Row, Row, Row];
  orderStatus: string;
}

/**
 * Each row: installment status, transaction status, the installment's (and its transaction's) amount, amountCaptured,
 * amountRefunded. Two prints of the seed are read as CONTRACT §7 says: in 2-c the refund is 16,67 (50,00 = 33,33 voided +
 * 16,67 refunded; the seed prints 16,66), and a captured transaction refunded in part is `refundedPartial`, as the seed's
 * own row 1-d shows (its 2-c row still reads "captured").
 */
const CASES: Case[] = [
  {
    name: '1-a: just confirmed, refund with no amount',
    paid: 1,
    refund: undefined,
    rows: [['paid', 'refunded', 3334, 3334, 3334], ['canceled', 'voided', 3333, 0, 0], ['canceled', 'voided', 3333, 0, 0]],
    orderStatus: 'refunded',
  },
  {
    name: '1-b: just confirmed, refund 33,33',
    paid: 1,
    refund: 3333,
    rows: [['paid', 'captured', 3334, 3334, 0], ['pending', 'pendingAuthorization', 3333, 0, 0], ['canceled', 'voided', 3333, 0, 0]],
    orderStatus: 'confirmed',
  },
  {
    name: '1-c: just confirmed, refund 50,00: installment 2 reduced to 16,66 pending',
    paid: 1,
    refund: 5000,
    rows: [['paid', 'captured', 3334, 3334, 0], ['pending', 'pendingAuthorization', 1666, 0, 0], ['canceled', 'voided', 3333, 0, 0]],
    orderStatus: 'confirmed',
  },
  {
    name: '1-d: just confirmed, refund 80,00: installment 1 refunded 13,34',
    paid: 1,
    refund: 8000,
    rows: [['paid', 'refundedPartial', 3334, 3334, 1334], ['canceled', 'voided', 3333, 0, 0], ['canceled', 'voided', 3333, 0, 0]],
    // Nothing is awaited any more: what the order still asks for (20,00) is captured.
    orderStatus: 'completed',
  },
  {
    name: '2-a: two paid, refund with no amount',
    paid: 2,
    refund: undefined,
    rows: [['paid', 'refunded', 3334, 3334, 3334], ['paid', 'refunded', 3333, 3333, 3333], ['canceled', 'voided', 3333, 0, 0]],
    orderStatus: 'refunded',
  },
  {
    name: '2-b: two paid, refund 33,33',
    paid: 2,
    refund: 3333,
    rows: [['paid', 'captured', 3334, 3334, 0], ['paid', 'captured', 3333, 3333, 0], ['canceled', 'voided', 3333, 0, 0]],
    orderStatus: 'completed',
  },
  {
    name: '2-c: two paid, refund 50,00: installment 2 refunded 16,67',
    paid: 2,
    refund: 5000,
    rows: [['paid', 'captured', 3334, 3334, 0], ['paid', 'refundedPartial', 3333, 3333, 1667], ['canceled', 'voided', 3333, 0, 0]],
    orderStatus: 'completed',
  },
  {
    name: '2-d: two paid, refund 80,00',
    paid: 2,
    refund: 8000,
    rows: [['paid', 'refundedPartial', 3334, 3334, 1334], ['paid', 'refunded', 3333, 3333, 3333], ['canceled', 'voided', 3333, 0, 0]],
    orderStatus: 'completed',
  },
  {
    name: '3: completed, refund with no amount: all stay paid, all refunded',
    paid: 3,
    refund: undefined,
    rows: [['paid', 'refunded', 3334, 3334, 3334], ['paid', 'refunded', 3333, 3333, 3333], ['paid', 'refunded', 3333, 3333, 3333]],
    orderStatus: 'refunded',
  },
];

async function installmentOrder(sandbox: TestSandbox, paid: number, fields: Record<string, unknown> = { amount: 10000, installmentsCount: 3 }) {
  const sk = sandbox.platform('installments').secretKey;
  const created = await sandbox.createOrder('installments', fields);
  const payment = await sandbox.call('POST', `/v1/orders/${created.id}/payments`, sandbox.platform('installments').publicKey, { card: card() });
  assert.equal(payment.status, 201, JSON.stringify(payment.body));
  const order = await sandbox.order('installments', created.id);
  if (paid > 1) await sandbox.call('POST', '/v1/sandbox/clock', sk, { to: order.installments[paid - 1].dueDate });
  return sandbox.order('installments', created.id);
}

async function rowsOf(sandbox: TestSandbox, orderId: string): Promise<Row[]> {
  const order = await sandbox.order('installments', orderId);
  const transactions = new Map((await sandbox.transactions('installments', orderId)).map((transaction) => [transaction.id, transaction]));
  return order.installments.map((installment: any): Row => {
    const transaction = transactions.get(installment.transactionId);
    assert.equal(transaction.amount, installment.amount, 'an installment and its transaction weigh the same');
    return [installment.status, transaction.status, installment.amount, transaction.amountCaptured, transaction.amountRefunded];
  });
}

describe("the seed's refund tables, 100,00 € in 3 installments", () => {
  for (const row of CASES) {
    test(row.name, async () => {
      const sandbox = new TestSandbox();
      const order = await installmentOrder(sandbox, row.paid);
      const before: Row[] = [
        ['paid', 'captured', 3334, 3334, 0],
        [row.paid >= 2 ? 'paid' : 'pending', row.paid >= 2 ? 'captured' : 'pendingAuthorization', 3333, row.paid >= 2 ? 3333 : 0, 0],
        [row.paid >= 3 ? 'paid' : 'pending', row.paid >= 3 ? 'captured' : 'pendingAuthorization', 3333, row.paid >= 3 ? 3333 : 0, 0],
      ];
      assert.deepEqual(await rowsOf(sandbox, order.id), before, 'the "Before" table');
      const answer = await sandbox.call('POST', `/v1/orders/${order.id}/refund`, sandbox.platform('installments').secretKey, row.refund === undefined ? {} : { amount: row.refund });
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      assert.deepEqual(await rowsOf(sandbox, order.id), row.rows);
      assert.equal(answer.body.data.status, row.orderStatus);
    });
  }

  test('1-c then the due date: 16,66 is captured instead of 33,33, and the order completes', async () => {
    const sandbox = new TestSandbox();
    const order = await installmentOrder(sandbox, 1);
    const sk = sandbox.platform('installments').secretKey;
    await sandbox.call('POST', `/v1/orders/${order.id}/refund`, sk, { amount: 5000 });
    await sandbox.call('POST', '/v1/sandbox/clock', sk, { to: order.installments[2].dueDate + DAY });
    assert.deepEqual(await rowsOf(sandbox, order.id), [
      ['paid', 'captured', 3334, 3334, 0],
      ['paid', 'captured', 1666, 1666, 0],
      ['canceled', 'voided', 3333, 0, 0],
    ]);
    const after = await sandbox.order('installments', order.id);
    assert.equal(after.status, 'completed');
    assert.equal(after.amountConfirmed, 5000);
    const detail = (await sandbox.call('GET', `/v1/transactions/${order.installments[1].transactionId}`, sk)).body.data;
    assert.deepEqual(detail.operations.map((operation: any) => [operation.type, operation.amount]), [
      ['authorization', 1666],
      ['capture', 1666],
    ]);
  });

  test('several partial refunds on one order walk the cascade to the end, then a refund above what is left is a 400', async () => {
    const sandbox = new TestSandbox();
    const order = await installmentOrder(sandbox, 2);
    const sk = sandbox.platform('installments').secretKey;
    const refund = (body: unknown) => sandbox.call('POST', `/v1/orders/${order.id}/refund`, sk, body);
    assert.equal((await refund({ amount: 1000 })).status, 200);
    assert.deepEqual((await rowsOf(sandbox, order.id)).map((row) => row.slice(1)), [
      ['captured', 3334, 3334, 0],
      ['captured', 3333, 3333, 0],
      ['pendingAuthorization', 2333, 0, 0],
    ]);
    assert.equal((await refund({ amount: 4000 })).status, 200);
    assert.deepEqual((await rowsOf(sandbox, order.id)).map((row) => row.slice(1)), [
      ['captured', 3334, 3334, 0],
      ['refundedPartial', 3333, 3333, 1667],
      ['voided', 2333, 0, 0],
    ]);
    const tooMuch = await refund({ amount: 5002 });
    assert.equal(tooMuch.status, 400);
    assert.deepEqual(tooMuch.body.errors, ['amount: 5002 cents is above what is left to refund on this order (5000 cents)']);
    assert.deepEqual((await rowsOf(sandbox, order.id)).map((row) => row[4]), [0, 1667, 0], 'a refused refund changes nothing');
    const rest = await refund({});
    assert.equal(rest.body.data.status, 'refunded');
    assert.deepEqual((await rowsOf(sandbox, order.id)).map((row) => row.slice(1)), [
      ['refunded', 3334, 3334, 3334],
      ['refunded', 3333, 3333, 3333],
      ['voided', 2333, 0, 0],
    ]);
    const nothing = await refund({});
    assert.equal(nothing.status, 409);
    assert.equal(nothing.body.code, 'nothing_to_refund');
  });

  test('refunds on a transaction directly: partial, then above what is left is a 400, installments untouched', async () => {
    const sandbox = new TestSandbox();
    const order = await installmentOrder(sandbox, 2);
    const sk = sandbox.platform('installments').secretKey;
    const id = order.installments[0].transactionId;
    const partial = await sandbox.call('POST', `/v1/transactions/${id}/refund`, sk, { amount: 1000 });
    assert.equal(partial.status, 200);
    assert.equal(partial.body.data.status, 'refundedPartial');
    assert.equal(partial.body.data.amountRefunded, 1000);
    const tooMuch = await sandbox.call('POST', `/v1/transactions/${id}/refund`, sk, { amount: 2335 });
    assert.equal(tooMuch.status, 400);
    assert.deepEqual(tooMuch.body.errors, ['amount: 2335 cents is above what is left to refund on this transaction (2334 cents)']);
    const rest = await sandbox.call('POST', `/v1/transactions/${id}/refund`, sk, {});
    assert.equal(rest.body.data.status, 'refunded');
    assert.equal(rest.body.data.amountRefunded, 3334);
    const pending = await sandbox.call('POST', `/v1/transactions/${order.installments[2].transactionId}/refund`, sk, {});
    assert.equal(pending.status, 409, 'nothing is captured on a pending installment');
    const after = await sandbox.order('installments', order.id);
    assert.deepEqual(after.installments.map((installment: any) => installment.status), ['paid', 'paid', 'pending']);
    assert.equal(after.status, 'confirmed');
  });
});

describe('refund properties over random schedules (seeded)', () => {

  /** What the order still weighs: captured and not refunded, plus what is still to be taken. */
  const weightOf = (transactions: any[]) =>
    transactions.reduce((sum, transaction) => {
      if (transaction.status === 'pendingAuthorization' || transaction.status === 'authorized') return sum + transaction.amount;
      if (transaction.status === 'captured' || transaction.status === 'refundedPartial') return sum + transaction.amountCaptured - transaction.amountRefunded;
      return sum;
    }, 0);

  for (let seed = 1; seed <= 40; seed += 1) {
    test(`seed ${seed}: every refund changes exactly the amount asked, never more than was captured`, async () => {
      const random = prng(seed);
      const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
      const sandbox = new TestSandbox();
      const sk = sandbox.platform('installments').secretKey;
      const now = await sandbox.now();
      const count = int(2, 6);
      const amount = int(count * 100, 500_000);
      let fields: Record<string, unknown>;
      if (random() < 0.5) {
        fields = { amount, installmentsCount: count };
      } else {
        // An uneven schedule: random cut points, dates 1 to 40 days apart.
        const cuts = Array.from({ length: count - 1 }, () => int(1, amount - 1)).sort((a, b) => a - b);
        const bounds = [0, ...new Set(cuts), amount];
        let date = now;
        fields = {
          amount,
          installments: bounds.slice(1).map((bound, index) => {
            if (index > 0) date += int(1, 40) * DAY;
            return { amount: bound - (bounds[index] as number), dueDate: date };
          }),
        };
        if ((fields.installments as unknown[]).length < 2) fields = { amount, installmentsCount: count };
      }
      const order = await installmentOrder(sandbox, 1, fields);
      const paidSoFar = int(1, order.installments.length);
      if (paidSoFar > 1) await sandbox.call('POST', '/v1/sandbox/clock', sk, { to: order.installments[paidSoFar - 1].dueDate });

      for (let step = 0; step < 6; step += 1) {
        const before = await sandbox.transactions('installments', order.id);
        const left = weightOf(before);
        if (left === 0) break;
        const asked = random() < 0.2 ? undefined : random() < 0.15 ? left + int(1, 500) : int(1, left);
        const answer = await sandbox.call('POST', `/v1/orders/${order.id}/refund`, sk, asked === undefined ? {} : { amount: asked });
        const after = await sandbox.transactions('installments', order.id);
        if (asked !== undefined && asked > left) {
          assert.equal(answer.status, 400);
          assert.deepEqual(after, before, 'a refused refund changes nothing');
          continue;
        }
        assert.equal(answer.status, 200, JSON.stringify(answer.body));
        assert.equal(left - weightOf(after), asked ?? left, 'the order weighs exactly the amount asked less');
        for (const transaction of after) {
          assert.ok(transaction.amountRefunded <= transaction.amountCaptured, `${transaction.id} refunded more than captured`);
          assert.ok(Number.isInteger(transaction.amountRefunded) && Number.isInteger(transaction.amount));
          const earlier = before.find((candidate: any) => candidate.id === transaction.id);
          assert.ok(transaction.amountRefunded >= earlier.amountRefunded);
          assert.ok(transaction.amount <= earlier.amount, 'pending amounts only go down');
        }
        const refundedNow = after.reduce((sum: number, transaction: any) => sum + transaction.amountRefunded, 0);
        const capturedNow = after.reduce((sum: number, transaction: any) => sum + transaction.amountCaptured, 0);
        assert.ok(refundedNow <= capturedNow);
        // The cascade is last to first: an installment is only touched once every later one is settled.
        const current = await sandbox.order('installments', order.id);
        const byId = new Map(after.map((transaction: any) => [transaction.id, transaction]));
        const touched = current.installments.map((installment: any) => {
          const transaction: any = byId.get(installment.transactionId);
          return transaction.status === 'voided' || transaction.amountRefunded > 0 || installment.amount !== transaction.amount || installment.status === 'canceled';
        });
        const firstTouched = touched.indexOf(true);
        if (firstTouched >= 0) {
          for (const later of current.installments.slice(firstTouched + 1)) {
            const transaction: any = byId.get(later.transactionId);
            assert.ok(transaction.status === 'voided' || transaction.status === 'refunded', `installment after ${firstTouched} left partly in place`);
          }
        }
      }
    });
  }
});

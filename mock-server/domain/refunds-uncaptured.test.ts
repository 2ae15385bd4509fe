/**
 * Refunding money that is only authorised, module by module, to the cent: the refund voids or reduces the
 * authorisations (a `void` operation of the amount), lowers what the order collects (`amountRefunded`), and nothing
 * lets the order collect that money again — neither a later payment, nor the capture at completion or at the deadline.
 * The rule is the one the seed's installment tables give for pending installments ("pending transactions will be voided
 * or updated with a reduced pending amount").
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { PlatformSlug } from '../seed.ts';
import { TestSandbox } from '../testing/sandbox-client.ts';

const MINUTE = 60_000;
const CHALLENGE = '4000000000003220';

/** [status, amount, amountCaptured, amountRefunded] of each transaction, oldest first. */
type Row = [status: string, amount: number, captured: number, refunded: number];

type Step =
  /** A payment as the widget makes it: an amount (multi, collect) or items by index (picking); `expect` its HTTP status. */
  | { pay: number | { items: number[] }; card?: string; ancv?: true; expect?: number }
  /** The buyer confirms in the ANCV app the request of the transaction at `index`, for `amount`. */
  | { ancvConfirm: number; amount: number }
  /** POST /v1/orders/{id}/refund with `amount` (all when null). */
  | { refundOrder: number | null; expect?: number }
  /** POST /v1/transactions/{id}/refund on the order's transaction at `index` (oldest first). */
  | { refundTransaction: number; amount?: number; expect?: number; code?: string }
  /** The buyer approves the 3-D Secure challenge of the transaction at `index`. */
  | { approve3DS: number; expect?: number }
  /** The sandbox clock passes the order's deadline (split, multi) or debit date (pay later). */
  | { clockPastDueDate: true }
  /** What the order looks like now. */
  | { expect: { rows?: Row[]; left?: number; status?: string; amountRefunded?: number } };

interface Case {
  name: string;
  slug: PlatformSlug;
  order: Record<string, unknown>;
  /** Platform settings changed before the order is created. */
  settings?: Record<string, unknown>;
  steps: Step[];
  /** The transaction (index) whose operations are checked at the end, and those operations. */
  operations?: { of: number; are: [string, number][] };
}

const items = (...amounts: number[]) => amounts.map((amount, index) => ({ name: `item ${index + 1}`, amount }));

const CASES: Case[] = [
  // Multi-card: every card is authorised until the sum reaches what the order collects; then all are captured.
  {
    name: 'multi: 60,00 authorised, refund 10,00: the card holds 50,00, the order asks 40,00 more and captures 90,00',
    slug: 'multi',
    order: { amount: 10000, ux: 'multi' },
    steps: [
      { pay: 6000 },
      { refundOrder: 1000 },
      { expect: { rows: [['authorized', 5000, 0, 0]], left: 4000, status: 'initiated', amountRefunded: 1000 } },
      { pay: 5000, expect: 409 },
      { pay: 4000 },
      { expect: { rows: [['captured', 5000, 5000, 0], ['captured', 4000, 4000, 0]], left: 0, status: 'completed' } },
    ],
    operations: { of: 0, are: [['authorization', 6000], ['void', 1000], ['capture', 5000]] },
  },
  {
    name: 'multi: two cards of 30,00, refund 40,00: the newest is voided, the oldest reduced to 20,00',
    slug: 'multi',
    order: { amount: 10000, ux: 'multi' },
    steps: [
      { pay: 3000 },
      { pay: 3000 },
      { refundOrder: 4000 },
      { expect: { rows: [['authorized', 2000, 0, 0], ['voided', 3000, 0, 0]], left: 4000, status: 'initiated', amountRefunded: 4000 } },
      { pay: 4000 },
      { expect: { rows: [['captured', 2000, 2000, 0], ['voided', 3000, 0, 0], ['captured', 4000, 4000, 0]], status: 'completed' } },
    ],
  },
  {
    name: 'multi: refund of one card directly, in part then all of it; the order collects the rest of the lowered amount',
    slug: 'multi',
    order: { amount: 10000, ux: 'multi' },
    steps: [
      { pay: 6000 },
      { pay: 2000 },
      { refundTransaction: 0, amount: 1000 },
      { expect: { rows: [['authorized', 5000, 0, 0], ['authorized', 2000, 0, 0]], left: 2000, amountRefunded: 1000 } },
      { refundTransaction: 1, amount: 2001, expect: 400 },
      { refundTransaction: 1 },
      { expect: { rows: [['authorized', 5000, 0, 0], ['voided', 2000, 0, 0]], left: 2000, amountRefunded: 3000 } },
      { pay: 2000 },
      { expect: { rows: [['captured', 5000, 5000, 0], ['voided', 2000, 0, 0], ['captured', 2000, 2000, 0]], status: 'completed' } },
    ],
  },
  {
    name: 'multi: a payment waiting for 3-D Secure holds nothing: the refund skips it, and its approval fits what is left',
    slug: 'multi',
    order: { amount: 10000, ux: 'multi' },
    steps: [
      { pay: 6000 },
      { pay: 2000, card: CHALLENGE },
      { refundOrder: 1000 },
      { expect: { rows: [['authorized', 5000, 0, 0], ['pendingAuthorization', 2000, 0, 0]], left: 4000, amountRefunded: 1000 } },
      { approve3DS: 1 },
      { pay: 2000 },
      { expect: { rows: [['captured', 5000, 5000, 0], ['captured', 2000, 2000, 0], ['captured', 2000, 2000, 0]], status: 'completed' } },
    ],
  },
  {
    name: 'multi with ANCV: a request waiting in the ANCV app holds nothing; the card is reduced; the app then pays within what is left',
    slug: 'multi-ancv',
    order: { amount: 10000, ux: 'multi' },
    steps: [
      { pay: 5000 },
      { pay: 3000, ancv: true },
      { refundOrder: 1000 },
      { expect: { rows: [['authorized', 4000, 0, 0], ['pending', 3000, 0, 0]], left: 5000, amountRefunded: 1000 } },
      { ancvConfirm: 1, amount: 3000 },
      { pay: 2001, expect: 409 },
      { pay: 2000 },
      { expect: { rows: [['captured', 4000, 4000, 0], ['captured', 3000, 3000, 0], ['captured', 2000, 2000, 0]], status: 'completed' } },
    ],
  },
  {
    name: 'multi: the deadline releases what the reduced authorisation still holds',
    slug: 'multi',
    order: { amount: 10000, ux: 'multi' },
    steps: [
      { pay: 6000 },
      { refundOrder: 1000 },
      { clockPastDueDate: true },
      { expect: { rows: [['voided', 5000, 0, 0]], status: 'canceled' } },
    ],
    operations: { of: 0, are: [['authorization', 6000], ['void', 1000], ['void', 5000]] },
  },
  {
    name: 'multi: refunding everything authorised voids it all and cancels the order',
    slug: 'multi',
    order: { amount: 10000, ux: 'multi' },
    steps: [
      { pay: 6000 },
      { refundOrder: null },
      { expect: { rows: [['voided', 6000, 0, 0]], status: 'canceled', amountRefunded: 6000 } },
      { pay: 4000, expect: 409 },
    ],
  },

  // Split, direct validation: the captain pre-authorises the whole order and covers what the group does not pay.
  {
    name: 'split direct: captain 40,00 holding 100,00, refund 10,00: the hold drops to 90,00 and the group owes 50,00',
    slug: 'split-direct',
    order: { amount: 10000, ux: 'collect' },
    steps: [
      { pay: 4000 },
      { refundOrder: 1000 },
      { expect: { rows: [['authorized', 9000, 0, 0]], left: 5000, status: 'confirmed', amountRefunded: 1000 } },
      { pay: 5001, expect: 409 },
      { pay: 5000 },
      { expect: { rows: [['captured', 4000, 4000, 0], ['captured', 5000, 5000, 0]], left: 0, status: 'completed' } },
    ],
    operations: { of: 0, are: [['authorization', 10000], ['void', 1000], ['void', 5000], ['capture', 4000]] },
  },
  {
    name: 'split direct: a co-buyer’s 30,00 reduced to 20,00; at the deadline the captain covers 70,00: 90,00 in all',
    slug: 'split-direct',
    order: { amount: 10000, ux: 'collect' },
    steps: [
      { pay: 4000 },
      { pay: 3000 },
      { refundOrder: 1000 },
      { expect: { rows: [['authorized', 7000, 0, 0], ['authorized', 2000, 0, 0]], left: 3000, amountRefunded: 1000 } },
      { clockPastDueDate: true },
      { expect: { rows: [['captured', 7000, 7000, 0], ['captured', 2000, 2000, 0]], status: 'completed' } },
    ],
  },
  {
    name: 'split direct: a refund down to the captain’s share completes the order at once, capturing that share',
    slug: 'split-direct',
    order: { amount: 10000, ux: 'collect' },
    steps: [
      { pay: 4000 },
      { refundOrder: 6000 },
      { expect: { rows: [['captured', 4000, 4000, 0]], left: 0, status: 'completed', amountRefunded: 6000 } },
    ],
  },
  {
    name: 'split direct: the captain’s hold refunded directly: in part it lowers the order, in full it is refused while co-buyers hold',
    slug: 'split-direct',
    order: { amount: 10000, ux: 'collect' },
    steps: [
      { pay: 4000 },
      { pay: 3000 },
      { refundTransaction: 0, expect: 409, code: 'captain_holds_order' },
      { refundTransaction: 0, amount: 2000 },
      { expect: { rows: [['authorized', 5000, 0, 0], ['authorized', 3000, 0, 0]], left: 1000, amountRefunded: 2000 } },
      { clockPastDueDate: true },
      { expect: { rows: [['captured', 5000, 5000, 0], ['captured', 3000, 3000, 0]], status: 'completed' } },
    ],
  },
  {
    name: 'split direct picking: a refund on an item’s payment keeps the item paid; the last item completes 90,00',
    slug: 'split-direct',
    order: { amount: 10000, ux: 'picking', items: items(4000, 3000, 3000) },
    steps: [
      { pay: { items: [0] } },
      { pay: { items: [1] } },
      { refundOrder: 1000 },
      { expect: { rows: [['authorized', 7000, 0, 0], ['authorized', 2000, 0, 0]], left: 3000 } },
      { pay: { items: [1] }, expect: 409 },
      { pay: { items: [2] } },
      { expect: { rows: [['captured', 4000, 4000, 0], ['captured', 2000, 2000, 0], ['captured', 3000, 3000, 0]], status: 'completed' } },
    ],
  },

  // Split, standard validation: each payer authorises their own share; completed when the group covers the order.
  {
    name: 'split standard: a co-buyer’s 30,00 reduced to 20,00; the group still owes 30,00 and completes 90,00',
    slug: 'split-standard',
    order: { amount: 10000, ux: 'collect' },
    steps: [
      { pay: 4000 },
      { pay: 3000 },
      { refundOrder: 1000 },
      { expect: { rows: [['authorized', 4000, 0, 0], ['authorized', 2000, 0, 0]], left: 3000, amountRefunded: 1000 } },
      { pay: 3001, expect: 409 },
      { pay: 3000 },
      { expect: { rows: [['captured', 4000, 4000, 0], ['captured', 2000, 2000, 0], ['captured', 3000, 3000, 0]], status: 'completed' } },
    ],
  },
  {
    name: 'split standard: the captain’s share refunded directly in part; the co-buyers owe the same 60,00',
    slug: 'split-standard',
    order: { amount: 10000, ux: 'collect' },
    steps: [
      { pay: 4000 },
      { refundTransaction: 0, amount: 1000 },
      { expect: { rows: [['authorized', 3000, 0, 0]], left: 6000, amountRefunded: 1000 } },
      { pay: 6000 },
      { expect: { rows: [['captured', 3000, 3000, 0], ['captured', 6000, 6000, 0]], status: 'completed' } },
    ],
  },
  {
    name: 'split standard: refund 50,00 voids the co-buyer and reduces the captain; the deadline cancels, nothing captured',
    slug: 'split-standard',
    order: { amount: 10000, ux: 'collect' },
    steps: [
      { pay: 4000 },
      { pay: 3000 },
      { refundOrder: 5000 },
      { expect: { rows: [['authorized', 2000, 0, 0], ['voided', 3000, 0, 0]], left: 3000, amountRefunded: 5000 } },
      { clockPastDueDate: true },
      { expect: { rows: [['voided', 2000, 0, 0], ['voided', 3000, 0, 0]], status: 'canceled' } },
    ],
  },

  // Split captured as soon as authorised (a deadline beyond what a hold lasts): a refund lowers the order alike.
  {
    name: 'split captured directly: a co-buyer refunded 10,00 in part; the group owes 50,00 more, not 60,00',
    slug: 'split-direct',
    settings: { captureDirectlyBeyondMaxDelay: true },
    order: { amount: 10000, ux: 'collect', delay: 10 * 24 * 60 },
    steps: [
      { pay: 2000 },
      { pay: 3000 },
      { refundTransaction: 1, amount: 1000 },
      { expect: { rows: [['captured', 2000, 2000, 0], ['refundedPartial', 3000, 3000, 1000]], left: 5000, amountRefunded: 1000 } },
      { pay: 5001, expect: 409 },
      { pay: 5000 },
      { expect: { status: 'completed', left: 0 } },
    ],
  },

  // Pay later: the whole order is authorised now and captured on the debit date (a schedule of one installment).
  {
    name: 'pay later: refund 30,00 before the debit date: the authorisation and the debit drop to 70,00, captured on the date',
    slug: 'paylater',
    order: { amount: 10000, ux: 'paylater' },
    steps: [
      { pay: 10000 },
      { refundOrder: 3000 },
      { expect: { rows: [['authorized', 7000, 0, 0]], status: 'confirmed', amountRefunded: 3000 } },
      { refundTransaction: 0, amount: 2000 },
      { expect: { rows: [['authorized', 5000, 0, 0]], amountRefunded: 5000 } },
      { clockPastDueDate: true },
      { expect: { rows: [['captured', 5000, 5000, 0]], status: 'completed' } },
    ],
    operations: { of: 0, are: [['authorization', 10000], ['void', 3000], ['void', 2000], ['capture', 5000]] },
  },

  // Single: captured as soon as authorised; a payment waiting for 3-D Secure holds nothing a refund could take.
  {
    name: 'single: a payment waiting for 3-D Secure is not refundable (409), and stays payable',
    slug: 'single',
    order: { amount: 10000 },
    steps: [
      { pay: 10000, card: CHALLENGE },
      { refundOrder: 1000, expect: 409 },
      { refundTransaction: 0, expect: 409 },
      { approve3DS: 0 },
      { expect: { rows: [['captured', 10000, 10000, 0]], status: 'completed' } },
    ],
  },
];

async function runCase(sandbox: TestSandbox, c: Case): Promise<string> {
  const platform = sandbox.platform(c.slug);
  const sk = platform.secretKey;
  const pk = platform.publicKey;
  if (c.settings) {
    await sandbox.sandbox.runtime.store.transact((tx) => {
      const stored = tx.platforms.get(platform.id);
      if (stored) tx.platforms.put({ ...stored, settings: { ...stored.settings, ...c.settings } });
    });
  }
  const order = await sandbox.createOrder(c.slug, c.order);
  const transactions = () => sandbox.transactions(c.slug, order.id);
  let key = 0;
  for (const [index, step] of c.steps.entries()) {
    const where = `${c.name}, step ${index + 1}: ${JSON.stringify(step)}`;
    let answer: { status: number; body: any } | null = null;
    if ('pay' in step) {
      const what = typeof step.pay === 'number' ? { amount: step.pay } : { itemIds: step.pay.items.map((at) => order.items[at].id) };
      const role = c.order.ux === 'collect' || c.order.ux === 'picking' ? { role: (await transactions()).length === 0 ? 'captain' : 'cobuyer' } : {};
      const card = { number: step.card ?? '4242424242424242', expiryMonth: '12', expiryYear: '2040', cvc: '123' };
      const means = step.ancv ? { method: 'ancv', ancvLogin: 'ada@example.com' } : { method: 'card', card };
      answer = await sandbox.call('POST', `/v1/orders/${order.id}/payments`, pk, { ...means, ...what, ...role }, { 'Idempotency-Key': `${order.id}-${++key}` });
      assert.equal(answer.status, step.expect ?? 201, `${where}: ${JSON.stringify(answer.body)}`);
    } else if ('refundOrder' in step) {
      answer = await sandbox.call('POST', `/v1/orders/${order.id}/refund`, sk, step.refundOrder === null ? {} : { amount: step.refundOrder });
      assert.equal(answer.status, step.expect ?? 200, `${where}: ${JSON.stringify(answer.body)}`);
    } else if ('refundTransaction' in step) {
      const id = (await transactions())[step.refundTransaction].id;
      answer = await sandbox.call('POST', `/v1/transactions/${id}/refund`, sk, step.amount === undefined ? {} : { amount: step.amount });
      assert.equal(answer.status, step.expect ?? 200, `${where}: ${JSON.stringify(answer.body)}`);
      if (step.code) assert.equal(answer.body.code, step.code, where);
    } else if ('ancvConfirm' in step) {
      const id = (await transactions())[step.ancvConfirm].id;
      answer = await sandbox.call('POST', `/v1/sandbox/transactions/${id}/ancv-confirm`, sk, { amount: step.amount });
      assert.equal(answer.status, 200, `${where}: ${JSON.stringify(answer.body)}`);
    } else if ('approve3DS' in step) {
      const id = (await transactions())[step.approve3DS].id;
      answer = await sandbox.call('POST', `/v1/transactions/${id}/3ds`, pk, { outcome: 'approve' });
      assert.equal(answer.status, step.expect ?? 200, `${where}: ${JSON.stringify(answer.body)}`);
    } else if ('clockPastDueDate' in step) {
      const current = await sandbox.order(c.slug, order.id);
      const dueDate = current.installments?.[0]?.dueDate ?? current.dueDate;
      await sandbox.call('POST', '/v1/sandbox/clock', sk, { to: dueDate + MINUTE });
    } else {
      const now = await sandbox.order(c.slug, order.id);
      const { rows, left, status, amountRefunded } = step.expect;
      if (rows) assert.deepEqual((await transactions()).map((t): Row => [t.status, t.amount, t.amountCaptured, t.amountRefunded]), rows, where);
      if (status) assert.equal(now.status, status, where);
      if (amountRefunded !== undefined) assert.equal(now.amountRefunded, amountRefunded, where);
      if (left !== undefined) assert.equal(await leftToPay(sandbox, c, order.id), left, where);
    }
    if (answer && answer.status >= 400) assert.ok(Array.isArray(answer.body.errors), `${where}: readable errors`);
  }
  return order.id;
}

/** What the buyers are still asked for: the sharing space's `left` for split orders, the checkout's `amountRemaining` otherwise. */
async function leftToPay(sandbox: TestSandbox, c: Case, orderId: string): Promise<number> {
  const pk = sandbox.platform(c.slug).publicKey;
  if (c.order.ux === 'collect' || c.order.ux === 'picking') return (await sandbox.call('GET', `/v1/orders/${orderId}/sharing`, pk)).body.data.left;
  return (await sandbox.call('GET', `/v1/checkout/${orderId}`, pk)).body.data.amountRemaining;
}

describe('refunding money that is only authorised', () => {
  for (const c of CASES) {
    test(c.name, async () => {
      const sandbox = new TestSandbox();
      const orderId = await runCase(sandbox, c);
      const order = await sandbox.order(c.slug, orderId);
      const transactions = await sandbox.transactions(c.slug, orderId);
      const kept = transactions.reduce((sum, t) => sum + t.amountCaptured - t.amountRefunded, 0);
      const collects = order.amount - (order.amountRefunded ?? 0);
      // Zero cents over-collected: what the merchant keeps never exceeds the amount less what was refunded, and a
      // completed order keeps exactly that.
      assert.ok(kept <= collects, `kept ${kept} cents of an order that collects ${collects}`);
      if (order.status === 'completed') assert.equal(kept, collects, 'a completed order keeps exactly what it collects');
      if (c.operations) {
        const id = transactions[c.operations.of].id;
        const read = await sandbox.call('GET', `/v1/transactions/${id}`, sandbox.platform(c.slug).secretKey);
        assert.deepEqual(read.body.data.operations.map((op: { type: string; amount: number }) => [op.type, op.amount]), c.operations.are);
      }
    });
  }
});

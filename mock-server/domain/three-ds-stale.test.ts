/**
 * 3-D Secure approved after the order moved on (others paid, the clock collected an installment, the merchant canceled):
 * the module's last check refuses the authorisation with a 409, and the attempt it refuses ends there, `voided` (seed
 * 004: transactions no longer awaited "have been voided"), instead of waiting `pendingAuthorization` for a later payment
 * to give it up. One table for every module whose check can refuse an approval.
 */
import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import type { PlatformSlug } from '../seed.ts';
import { TestSandbox } from '../testing/sandbox-client.ts';

const OK = '4242424242424242';
const CHALLENGE = '4000000000003220';
const card = (number: string) => ({ number, expiryMonth: '12', expiryYear: '2040', cvc: '123', holder: 'Ada Lovelace' });

interface Steps {
  sandbox: TestSandbox;
  order: any;
  /** Pays with the widget's endpoint and the public key; fails the test unless it answers 201. */
  pay(body: Record<string, unknown>, number?: string): Promise<any>;
  clockTo(to: number): Promise<void>;
}

interface Case {
  name: string;
  slug: PlatformSlug;
  order: Record<string, unknown>;
  /** What is paid before the challenged attempt. */
  before?(steps: Steps): Promise<unknown>;
  /** The attempt that waits for 3-D Secure (paid with the challenge card). */
  challenged: Record<string, unknown> | ((steps: Steps) => Record<string, unknown>);
  /** What changes the order while the buyer is at their bank. */
  meanwhile(steps: Steps): Promise<unknown>;
  code: string;
}

const CASES: Case[] = [
  {
    name: 'split collect: other co-buyers paid what was left',
    slug: 'split-standard',
    order: { amount: 9000, ux: 'collect' },
    before: ({ pay }) => pay({ amount: 4000, role: 'captain' }),
    challenged: { amount: 4000, role: 'cobuyer' },
    meanwhile: ({ pay }) => pay({ amount: 2000, role: 'cobuyer' }),
    code: 'amount_exceeds_remaining',
  },
  {
    name: 'split picking: another co-buyer paid the same item',
    slug: 'split-direct',
    order: { amount: 6000, ux: 'picking', items: [{ name: 'Tent', amount: 3000 }, { name: 'Lamp', amount: 2000 }, { name: 'Stove', amount: 1000 }] },
    before: ({ pay, order }) => pay({ itemIds: [order.items[0].id], role: 'captain' }),
    challenged: ({ order }) => ({ itemIds: [order.items[1].id], role: 'cobuyer' }),
    meanwhile: ({ pay, order }) => pay({ itemIds: [order.items[1].id], role: 'cobuyer' }),
    code: 'item_already_paid',
  },
  {
    name: 'installments: the clock collected an installment while the balance link waited',
    slug: 'installments',
    order: { amount: 10000, installmentsCount: 3 },
    before: ({ pay }) => pay({}),
    challenged: { balance: true },
    meanwhile: async ({ sandbox, order, clockTo }) => clockTo((await sandbox.order('installments', order.id)).installments[1].dueDate),
    code: 'balance_changed',
  },
  {
    name: 'pay later: the debit date came while the balance link waited',
    slug: 'paylater',
    order: { amount: 12000, delay: 15 * 24 * 60 },
    before: ({ pay }) => pay({}),
    challenged: { balance: true },
    meanwhile: async ({ sandbox, order, clockTo }) => clockTo((await sandbox.order('paylater', order.id)).dueDate),
    code: 'balance_changed',
  },
  {
    name: 'multi-card: an ANCV payment covered the order meanwhile',
    slug: 'multi-ancv',
    order: { amount: 10000, ux: 'multi' },
    challenged: { amount: 6000 },
    meanwhile: async ({ sandbox, order }) => {
      const asked = await sandbox.call('POST', `/v1/orders/${order.id}/payments`, sandbox.platform('multi-ancv').publicKey, { method: 'ancv', ancvLogin: 'ada@example.com', amount: 5000 }, { 'Idempotency-Key': crypto.randomUUID() });
      assert.equal(asked.status, 201, JSON.stringify(asked.body));
      const confirmed = await sandbox.call('POST', `/v1/sandbox/transactions/${asked.body.data.transaction.id}/ancv-confirm`, sandbox.platform('multi-ancv').secretKey, { amount: 5000 });
      assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
    },
    code: 'amount_exceeds_remaining',
  },
  {
    // A single order's next attempt or the merchant's cancel voids a waiting one already: the approval finds it ended.
    name: 'single: the merchant canceled the order',
    slug: 'single',
    order: { amount: 5000 },
    challenged: {},
    meanwhile: async ({ sandbox, order }) => assert.equal((await sandbox.call('POST', `/v1/orders/${order.id}/cancel`, sandbox.platform('single').secretKey)).status, 200),
    code: 'no_challenge_pending',
  },
];

describe('3-D Secure approved once the order moved on: the refused attempt ends at once', () => {
  let sandbox: TestSandbox;
  beforeEach(() => {
    sandbox = new TestSandbox();
  });

  for (const c of CASES) {
    test(c.name, async () => {
      const { publicKey: pk, secretKey: sk } = sandbox.platform(c.slug);
      const order = await sandbox.createOrder(c.slug, c.order);
      const payWith = (body: Record<string, unknown>, number = OK) =>
        sandbox.call('POST', `/v1/orders/${order.id}/payments`, pk, { card: card(number), ...body }, { 'Idempotency-Key': crypto.randomUUID() });
      const steps: Steps = {
        sandbox,
        order,
        async pay(body, number = OK) {
          const answer = await payWith(body, number);
          assert.equal(answer.status, 201, JSON.stringify(answer.body));
          return answer.body.data;
        },
        async clockTo(to) {
          assert.equal((await sandbox.call('POST', '/v1/sandbox/clock', sk, { to })).status, 200);
        },
      };
      await c.before?.(steps);
      const challenged = await steps.pay(typeof c.challenged === 'function' ? c.challenged(steps) : c.challenged, CHALLENGE);
      const id: string = challenged.transaction.id;
      assert.equal(challenged.transaction.status, 'pendingAuthorization');
      await c.meanwhile(steps);
      const before = await sandbox.order(c.slug, order.id);

      const approved = await sandbox.call('POST', `/v1/transactions/${id}/3ds`, pk, { outcome: 'approve' });
      assert.deepEqual([approved.status, approved.body.code], [409, c.code], JSON.stringify(approved.body));
      assert.ok(approved.body.errors.length > 0, 'readable errors');

      // Final at once, as the merchant's list and the transaction itself show it: nothing was authorised, nothing is held.
      const listed = (await sandbox.transactions(c.slug, order.id)).find((transaction) => transaction.id === id);
      assert.equal(listed.status, 'voided');
      const alone = await sandbox.call('GET', `/v1/transactions/${id}`, sk);
      assert.equal(alone.body.data.status, 'voided');
      assert.deepEqual(alone.body.data.operations.filter((operation: { type: string }) => operation.type === 'authorization'), []);
      assert.equal(alone.body.data.amountCaptured, 0);
      // The order is as the approval found it.
      const after = await sandbox.order(c.slug, order.id);
      assert.deepEqual([after.status, after.amountConfirmed], [before.status, before.amountConfirmed]);
      assert.ok((await sandbox.events(order.id)).includes('transaction.voided'));

      // Answering again finds nothing waiting; the next payment has nothing to give up.
      const again = await sandbox.call('POST', `/v1/transactions/${id}/3ds`, pk, { outcome: 'approve' });
      assert.deepEqual([again.status, again.body.code], [409, 'no_challenge_pending']);
    });
  }

});

/**
 * Zero cents over-collected, over random sequences (seeded, replayable) of payments, order refunds and transaction
 * refunds on multi-card and split orders, then the deadline: at every step what the order holds (authorised) and keeps
 * (captured, not refunded) never exceeds `amount - amountRefunded`; at the end nothing is held any more, and a completed
 * order keeps exactly that.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { PlatformSlug } from '../seed.ts';
import { TestSandbox } from '../testing/sandbox-client.ts';
import { seededRandom as prng } from '../testing/seeded-random.ts';

const MINUTE = 60_000;


const PLATFORMS: { slug: PlatformSlug; ux: string }[] = [
  { slug: 'multi', ux: 'multi' },
  { slug: 'split-direct', ux: 'collect' },
  { slug: 'split-standard', ux: 'collect' },
];

interface Money {
  held: number;
  kept: number;
}

const moneyOf = (transactions: any[]): Money => ({
  held: transactions.reduce((sum, t) => sum + (t.status === 'authorized' ? t.amount : 0), 0),
  kept: transactions.reduce((sum, t) => sum + t.amountCaptured - t.amountRefunded, 0),
});

describe('zero cents over-collected after refunds of money only authorised (seeded)', () => {
  for (let seed = 1; seed <= 36; seed += 1) {
    const { slug, ux } = PLATFORMS[seed % PLATFORMS.length] as (typeof PLATFORMS)[number];
    test(`seed ${seed}: ${slug}`, async () => {
      const random = prng(seed);
      const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
      const sandbox = new TestSandbox();
      const { secretKey: sk, publicKey: pk } = sandbox.platform(slug);
      const amount = int(20, 2000) * 10;
      const order = await sandbox.createOrder(slug, { amount, ux });
      const transactions = () => sandbox.transactions(slug, order.id);
      const log: string[] = [];
      let key = 0;
      for (let step = 0; step < 8; step += 1) {
        const current = await sandbox.order(slug, order.id);
        if (current.status !== 'initiated' && current.status !== 'confirmed') break;
        const collects = current.amount - (current.amountRefunded ?? 0);
        const before = moneyOf(await transactions());
        const roll = random();
        let answer;
        if (roll < 0.5 || before.held + before.kept === 0) {
          const split = ux === 'collect' ? { role: (await transactions()).length === 0 ? 'captain' : 'cobuyer' } : {};
          const asked = int(1, Math.max(1, collects - before.kept));
          log.push(`pay ${asked}`);
          const card = { number: '4242424242424242', expiryMonth: '12', expiryYear: '2040', cvc: '123' };
          answer = await sandbox.call('POST', `/v1/orders/${order.id}/payments`, pk, { method: 'card', card, amount: asked, ...split }, { 'Idempotency-Key': `${seed}-${++key}` });
          assert.ok([201, 409].includes(answer.status), `${log.join(', ')}: ${JSON.stringify(answer.body)}`);
        } else if (roll < 0.75) {
          const asked = random() < 0.2 ? undefined : int(1, before.held + before.kept + 50);
          log.push(`refund order ${asked ?? 'all'}`);
          answer = await sandbox.call('POST', `/v1/orders/${order.id}/refund`, sk, asked === undefined ? {} : { amount: asked });
          assert.ok([200, 400, 409].includes(answer.status), `${log.join(', ')}: ${JSON.stringify(answer.body)}`);
        } else {
          const all = await transactions();
          const target = all[int(0, all.length - 1)];
          const asked = random() < 0.3 ? undefined : int(1, Math.max(1, target.amount));
          log.push(`refund transaction ${all.indexOf(target)} ${asked ?? 'all'}`);
          answer = await sandbox.call('POST', `/v1/transactions/${target.id}/refund`, sk, asked === undefined ? {} : { amount: asked });
          assert.ok([200, 400, 409].includes(answer.status), `${log.join(', ')}: ${JSON.stringify(answer.body)}`);
        }
        if (answer.status >= 400) {
          assert.ok(Array.isArray(answer.body.errors), 'readable errors');
          assert.deepEqual(moneyOf(await transactions()), before, `${log.join(', ')}: a refused request changes nothing`);
        }
        const after = await sandbox.order(slug, order.id);
        const money = moneyOf(await transactions());
        assert.ok(money.held + money.kept <= after.amount - (after.amountRefunded ?? 0), `${log.join(', ')}: holds ${money.held} and keeps ${money.kept} of an order collecting ${after.amount - (after.amountRefunded ?? 0)}`);
      }
      const current = await sandbox.order(slug, order.id);
      await sandbox.call('POST', '/v1/sandbox/clock', sk, { to: current.dueDate + MINUTE });
      const final = await sandbox.order(slug, order.id);
      const money = moneyOf(await transactions());
      const collects = final.amount - (final.amountRefunded ?? 0);
      assert.equal(money.held, 0, `${log.join(', ')}: nothing is held once the order is settled (${final.status})`);
      assert.ok(money.kept <= collects, `${log.join(', ')}: kept ${money.kept} of ${collects}`);
      if (final.status === 'completed') assert.equal(money.kept, collects, `${log.join(', ')}: a completed order keeps what it collects`);
      if (final.status === 'canceled') assert.equal(money.kept, 0);
    });
  }
});

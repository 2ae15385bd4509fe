import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { splitHelpers } from '../../testing/split-payments.ts';
import { TestSandbox } from '../../testing/sandbox-client.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const CHALLENGE = '4000000000003220';

describe('split payments: races, merchant actions and sharing', () => {
  let sandbox: TestSandbox;
  beforeEach(() => {
    sandbox = new TestSandbox();
  });
  const { key, payAs, operations, sharing } = splitHelpers(() => sandbox);

  describe('races', () => {
    test('two co-buyers at once never collect more than the order: the second is told what is left', async () => {
      const order = await sandbox.createOrder('split-standard', { amount: 9000, ux: 'collect' });
      await payAs('split-standard', order.id, { amount: 4000 });
      const answers = await Promise.all([payAs('split-standard', order.id, { amount: 3000 }), payAs('split-standard', order.id, { amount: 3000 })]);
      assert.deepEqual(answers.map((answer) => answer.status).sort(), [201, 409]);
      const refused = answers.find((answer) => answer.status === 409);
      assert.deepEqual(refused?.body.errors, ['amount: only 20.00 EUR (2000 cents) is left to pay on this order']);
      const updated = await sandbox.order('split-standard', order.id);
      assert.deepEqual([updated.status, updated.amountConfirmed], ['confirmed', 7000]);
    });

    test('two co-buyers picking the same item at once: one pays it, the other is refused', async () => {
      const order = await sandbox.createOrder('split-direct', { amount: 5000, ux: 'picking', items: [{ name: 'Tent', amount: 3000 }, { name: 'Lamp', amount: 2000 }] });
      const [tent, lamp] = order.items.map((item: { id: string }) => item.id);
      await payAs('split-direct', order.id, { itemIds: [tent] });
      const answers = await Promise.all([payAs('split-direct', order.id, { itemIds: [lamp] }), payAs('split-direct', order.id, { itemIds: [lamp] })]);
      assert.deepEqual(answers.map((answer) => answer.status).sort(), [201, 409]);
      assert.equal((await sandbox.order('split-direct', order.id)).status, 'completed');
    });

    test('3-D Secure approved after others paid: the authorisation is re-checked against what is left', async () => {
      const order = await sandbox.createOrder('split-standard', { amount: 9000, ux: 'collect' });
      await payAs('split-standard', order.id, { amount: 4000 });
      const slow = await payAs('split-standard', order.id, { amount: 4000 }, CHALLENGE);
      assert.equal(slow.body.data.transaction.status, 'pendingAuthorization');
      await payAs('split-standard', order.id, { amount: 2000 });
      const approved = await sandbox.call('POST', `/v1/transactions/${slow.body.data.transaction.id}/3ds`, key('split-standard'), { outcome: 'approve' });
      assert.deepEqual([approved.status, approved.body.errors], [409, ['amount: only 30.00 EUR (3000 cents) is left to pay on this order']]);
      // The refused approval ended the attempt (voided): it cannot be approved later, when what is left would fit it.
      const late = await sandbox.call('POST', `/v1/transactions/${slow.body.data.transaction.id}/3ds`, key('split-standard'), { outcome: 'approve' });
      assert.deepEqual([late.status, late.body.code], [409, 'no_challenge_pending']);
      await payAs('split-standard', order.id, { amount: 3000 });
      const updated = await sandbox.order('split-standard', order.id);
      assert.deepEqual([updated.status, updated.amountConfirmed], ['completed', 9000]);
    });

    test('a payment abandoned in 3-D Secure is voided at the deadline', async () => {
      const order = await sandbox.createOrder('split-direct', { amount: 9000, ux: 'collect', delay: 10 });
      await payAs('split-direct', order.id, { amount: 4000 });
      const abandoned = await payAs('split-direct', order.id, { amount: 1000 }, CHALLENGE);
      await sandbox.advance(11 * MINUTE);
      const transactions = await sandbox.transactions('split-direct', order.id);
      assert.equal(transactions.find((tx) => tx.id === abandoned.body.data.transaction.id)?.status, 'voided');
      assert.equal(transactions[0].amountCaptured, 9000);
    });
  });

  describe('single + split', () => {
    test('paying alone makes the order a completed single order with singleSplit', async () => {
      const order = await sandbox.createOrder('split-single', { amount: 5000 });
      assert.equal(order.ux, 'collect', 'the platform’s first ux');
      const paid = await payAs('split-single', order.id, { ux: 'single' });
      assert.equal(paid.body.data.transaction.status, 'captured');
      assert.deepEqual([paid.body.data.order.ux, paid.body.data.order.singleSplit, paid.body.data.order.status], ['single', true, 'completed']);
    });

    test('sharing by picking records the chosen ux; a declined choice changes nothing', async () => {
      const order = await sandbox.createOrder('split-single', { amount: 5000, items: [{ name: 'Tent', amount: 3000 }, { name: 'Lamp', amount: 2000 }] });
      const declined = await payAs('split-single', order.id, { ux: 'picking', itemIds: [order.items[0].id] }, '4000000000000002');
      assert.equal(declined.status, 402);
      assert.equal((await sandbox.order('split-single', order.id)).singleSplit, undefined);
      const shared = await payAs('split-single', order.id, { ux: 'picking', itemIds: [order.items[0].id] });
      assert.equal(shared.status, 201);
      assert.deepEqual([shared.body.data.order.ux, shared.body.data.order.singleSplit, shared.body.data.order.status], ['picking', true, 'confirmed']);
      assert.equal(shared.body.data.transaction.amount, 5000, 'direct mode: the whole order is held');
      const cobuyer = await payAs('split-single', order.id, { itemIds: [order.items[1].id] });
      assert.equal(cobuyer.body.data.order.status, 'completed');
    });
  });

  test('single + split: sharing with the order’s own ux still records singleSplit', async () => {
    const order = await sandbox.createOrder('split-single', { amount: 5000, ux: 'collect' });
    const shared = await payAs('split-single', order.id, { ux: 'collect', amount: 2000 });
    assert.deepEqual([shared.body.data.order.ux, shared.body.data.order.singleSplit], ['collect', true]);
  });

  describe('capturing directly beyond the longest hold (platform setting)', () => {
    beforeEach(async () => {
      await sandbox.sandbox.runtime.store.transact((tx) => {
        const platform = tx.platforms.all().find((candidate) => candidate.slug === 'split-direct');
        if (platform) tx.platforms.put({ ...platform, settings: { ...platform.settings, captureDirectlyBeyondMaxDelay: true } });
      });
    });

    test('a 10-day order is accepted; each payment is captured at once and the full amount completes it', async () => {
      const order = await sandbox.createOrder('split-direct', { amount: 6000, ux: 'collect', delay: 10 * 24 * 60 });
      const captain = await payAs('split-direct', order.id, { amount: 2000 });
      assert.deepEqual([captain.body.data.transaction.status, captain.body.data.transaction.amountCaptured], ['captured', 2000]);
      assert.equal(captain.body.data.order.status, 'confirmed');
      const cobuyer = await payAs('split-direct', order.id, { amount: 4000 });
      assert.deepEqual([cobuyer.body.data.transaction.amountCaptured, cobuyer.body.data.order.status], [4000, 'completed']);
    });

    test('short of its amount at the deadline, the order is refunded in full', async () => {
      const order = await sandbox.createOrder('split-direct', { amount: 6000, ux: 'collect', delay: 10 * 24 * 60 });
      await payAs('split-direct', order.id, { amount: 2000 });
      await payAs('split-direct', order.id, { amount: 1000 });
      await sandbox.advance(10 * DAY + MINUTE);
      const transactions = await sandbox.transactions('split-direct', order.id);
      assert.deepEqual(transactions.map((tx) => [tx.status, tx.amountRefunded]), [['refunded', 2000], ['refunded', 1000]]);
      assert.equal((await sandbox.order('split-direct', order.id)).status, 'refunded');
    });

    test('orders within 6 days keep holding money as usual', async () => {
      const order = await sandbox.createOrder('split-direct', { amount: 6000, ux: 'collect', delay: 60 });
      const captain = await payAs('split-direct', order.id, { amount: 2000 });
      assert.deepEqual([captain.body.data.transaction.status, captain.body.data.transaction.amount], ['authorized', 6000]);
    });
  });

  describe('merchant actions', () => {
    test('canceling an open direct split releases the captain’s hold and every co-buyer’s authorisation', async () => {
      const order = await sandbox.createOrder('split-direct', { amount: 6000, ux: 'collect' });
      await payAs('split-direct', order.id, { amount: 2000 });
      await payAs('split-direct', order.id, { amount: 1000 });
      const canceled = await sandbox.call('POST', `/v1/orders/${order.id}/cancel`, sandbox.platform('split-direct').secretKey);
      assert.deepEqual([canceled.body.data.status, canceled.body.data.amountConfirmed], ['canceled', 0]);
      const [captain] = await sandbox.transactions('split-direct', order.id);
      assert.deepEqual(await operations('split-direct', captain.id), [['authorization', 6000], ['void', 1000], ['void', 5000]]);
      const late = await payAs('split-direct', order.id, { amount: 1000 });
      assert.deepEqual([late.status, late.body.errors], [409, ['This order was canceled']]);
    });

    test('a completed split refunds from the last payer to the first, to the cent', async () => {
      const order = await sandbox.createOrder('split-standard', { amount: 6000, ux: 'collect' });
      await payAs('split-standard', order.id, { amount: 2000 });
      await payAs('split-standard', order.id, { amount: 4000 });
      const refunded = await sandbox.call('POST', `/v1/orders/${order.id}/refund`, sandbox.platform('split-standard').secretKey, { amount: 4500 });
      assert.equal(refunded.body.data.amountConfirmed, 1500);
      const transactions = await sandbox.transactions('split-standard', order.id);
      assert.deepEqual(transactions.map((tx) => [tx.status, tx.amountRefunded]), [['refundedPartial', 500], ['refunded', 4000]]);
    });
  });

  describe('the sharing view', () => {
    test('shows the captain’s first name, the basket, the deadline, the platform and progress; never to another platform', async () => {
      const order = await sandbox.createOrder('split-standard', { amount: 5000, ux: 'collect', firstName: 'Ada', email: 'ada@example.com', items: [{ name: 'Tent', amount: 5000 }] });
      let view = await sharing('split-standard', order.id);
      assert.equal(view.state, 'waitingForCaptain');
      await payAs('split-standard', order.id, { amount: 1000 });
      await payAs('split-standard', order.id, { amount: 1500 });
      view = await sharing('split-standard', order.id);
      assert.deepEqual(
        { state: view.state, captain: view.captain, collected: view.collected, left: view.left, contributions: view.contributions, platformName: view.platformName, dueDate: view.dueDate },
        { state: 'open', captain: { firstName: 'Ada' }, collected: 2500, left: 2500, contributions: 1, platformName: 'Split payment (standard validation)', dueDate: order.dueDate },
      );
      assert.ok(!JSON.stringify(view).includes('ada@example.com'));
      const other = await sandbox.call('GET', `/v1/orders/${order.id}/sharing`, key('split-direct'));
      assert.equal(other.status, 404);
    });
  });

  test('the browserless sandbox pay: the first payment is the captain’s, later ones co-buyers’', async () => {
    const order = await sandbox.createOrder('split-direct', { amount: 3000, ux: 'collect' });
    const first = await sandbox.pay('split-direct', order.id, { amount: 1000 });
    assert.deepEqual([first.body.data.amount, first.body.data.orderStatus], [3000, 'confirmed']);
    const second = await sandbox.pay('split-direct', order.id, { amount: 2000, card: CHALLENGE });
    assert.deepEqual([second.body.data.status, second.body.data.orderStatus], ['captured', 'completed']);
  });
});

import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { splitHelpers } from '../../testing/split-payments.ts';
import { TestSandbox } from '../../testing/sandbox-client.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

describe('split payments', () => {
  let sandbox: TestSandbox;
  beforeEach(() => {
    sandbox = new TestSandbox();
  });
  const { key, payAs, operations, sharing, stateOf } = splitHelpers(() => sandbox);

  describe('creating a split order', () => {
    test('gets a sharing link and, without delay or dueDate, the platform’s longest deadline (now + 6 days)', async () => {
      const now = await sandbox.now();
      const order = await sandbox.createOrder('split-direct', { amount: 9000, ux: 'collect' });
      assert.equal(order.status, 'initiated');
      assert.equal(order.sharingLink, `http://sandbox.test/share/${order.id}`);
      assert.ok(order.dueDate >= now + 6 * DAY && order.dueDate < now + 6 * DAY + 5_000);
    });

    test('delay is in minutes; dueDate wins over delay', async () => {
      const now = await sandbox.now();
      const byDelay = await sandbox.createOrder('split-direct', { amount: 9000, ux: 'collect', delay: 90 });
      assert.equal(byDelay.delay, 90);
      assert.ok(Math.abs(byDelay.dueDate - (now + 90 * MINUTE)) < 5_000);
      const byDate = await sandbox.createOrder('split-direct', { amount: 9000, ux: 'collect', delay: 90, dueDate: now + DAY });
      assert.equal(byDate.dueDate, now + DAY);
      assert.equal(byDate.delay, undefined);
    });

    test('a deadline beyond 6 days is a 400 that creates nothing', async () => {
      const now = await sandbox.now();
      const sk = sandbox.platform('split-direct').secretKey;
      const byDate = await sandbox.call('POST', '/v1/orders', sk, { amount: 9000, ux: 'collect', dueDate: now + 6 * DAY + MINUTE });
      assert.equal(byDate.status, 400);
      assert.match(byDate.body.errors[0], /^dueDate: the sharing may last at most 6 days \(8640 minutes\) on this platform/);
      const byDelay = await sandbox.call('POST', '/v1/orders', sk, { amount: 9000, ux: 'collect', delay: 8641 });
      assert.match(byDelay.body.errors[0], /^delay: the sharing may last at most 6 days/);
      const exactly = await sandbox.call('POST', '/v1/orders', sk, { amount: 9000, ux: 'collect', delay: 8640 });
      assert.equal(exactly.status, 201);
      assert.equal(await sandbox.sandbox.runtime.store.read((view) => view.orders.count()), 1);
    });

    test('a picking order needs items that add up to its amount', async () => {
      const sk = sandbox.platform('split-direct').secretKey;
      const none = await sandbox.call('POST', '/v1/orders', sk, { amount: 9000, ux: 'picking' });
      assert.deepEqual(none.body.errors, ['items: a picking order needs items for the co-buyers to choose from']);
      const mismatch = await sandbox.call('POST', '/v1/orders', sk, {
        amount: 9000,
        ux: 'picking',
        items: [{ name: 'Tent', amount: 4000 }, { name: 'Stove', amount: 2000, quantity: 2 }],
      });
      assert.equal(mismatch.status, 400);
      assert.match(mismatch.body.errors[0], /items add up to 80\.00 EUR \(8000 cents\) but the order amount is 90\.00 EUR \(9000 cents\)/);
    });
  });

  describe('direct validation', () => {
    test('the captain pre-authorises the whole order; co-buyers lower that hold; the last share completes and captures', async () => {
      const order = await sandbox.createOrder('split-direct', { amount: 10000, ux: 'collect', firstName: 'Ada' });
      const captain = await payAs('split-direct', order.id, { amount: 3000, role: 'captain' });
      assert.equal(captain.status, 201);
      assert.equal(captain.body.data.transaction.amount, 10000);
      assert.equal(captain.body.data.transaction.status, 'authorized');
      assert.equal(captain.body.data.order.status, 'confirmed');
      assert.equal(captain.body.data.order.amountConfirmed, 10000);
      assert.deepEqual(await sandbox.events(order.id), ['transaction.authorized', 'order.confirmed']);
      assert.deepEqual({ collected: (await sharing('split-direct', order.id)).collected, left: (await sharing('split-direct', order.id)).left }, { collected: 3000, left: 7000 });

      const first = await payAs('split-direct', order.id, { amount: 4000, role: 'cobuyer', payer: { firstName: 'Bob' } });
      assert.equal(first.body.data.order.status, 'confirmed');
      assert.equal(first.body.data.order.amountConfirmed, 10000, 'the order never holds more than its amount');
      const last = await payAs('split-direct', order.id, { amount: 3000, role: 'cobuyer' });
      assert.equal(last.body.data.order.status, 'completed');
      assert.equal(last.body.data.order.amountConfirmed, 10000);

      const [captainTx, bob, carol] = await sandbox.transactions('split-direct', order.id);
      assert.deepEqual([captainTx.status, captainTx.amountCaptured, bob.amountCaptured, carol.amountCaptured], ['captured', 3000, 4000, 3000]);
      assert.deepEqual(await operations('split-direct', captainTx.id), [
        ['authorization', 10000],
        ['void', 4000],
        ['void', 3000],
        ['capture', 3000],
      ]);
      assert.deepEqual(await sandbox.events(order.id), [
        'transaction.authorized',
        'order.confirmed',
        'transaction.authorized',
        'transaction.authorized',
        'transaction.captured',
        'transaction.captured',
        'transaction.captured',
        'order.completed',
      ]);
    });

    test('deadline with no co-buyer: the whole amount is captured on the captain’s pre-authorisation', async () => {
      const order = await sandbox.createOrder('split-direct', { amount: 10000, ux: 'collect', delay: 60 });
      await payAs('split-direct', order.id, { amount: 2500 });
      await sandbox.advance(59 * MINUTE);
      assert.equal((await sandbox.order('split-direct', order.id)).status, 'confirmed');
      await sandbox.advance(2 * MINUTE);
      const [captain] = await sandbox.transactions('split-direct', order.id);
      assert.deepEqual([captain.status, captain.amountCaptured], ['captured', 10000]);
      assert.equal((await sandbox.order('split-direct', order.id)).status, 'completed');
    });

    test('deadline with some shares paid: the missing amount is captured on the captain, the rest of the hold released', async () => {
      const order = await sandbox.createOrder('split-direct', { amount: 10000, ux: 'collect', delay: 60 });
      await payAs('split-direct', order.id, { amount: 2500 });
      await payAs('split-direct', order.id, { amount: 2000 });
      await payAs('split-direct', order.id, { amount: 1500 });
      await sandbox.advance(61 * MINUTE);
      const [captain, ...cobuyers] = await sandbox.transactions('split-direct', order.id);
      assert.deepEqual(cobuyers.map((tx) => [tx.status, tx.amountCaptured]), [['captured', 2000], ['captured', 1500]]);
      assert.equal(captain.amountCaptured, 6500, 'order amount less what the co-buyers paid');
      const view = await sharing('split-direct', order.id);
      assert.deepEqual([view.state, view.collected, view.left], ['completed', 10000, 0]);
      assert.deepEqual(await operations('split-direct', captain.id), [
        ['authorization', 10000],
        ['void', 2000],
        ['void', 1500],
        ['capture', 6500],
      ]);
      const events = await sandbox.events(order.id);
      assert.equal(events.at(-1), 'order.completed');
      assert.equal(events.filter((event) => event === 'transaction.captured').length, 3);
    });

    test('deadline with every share paid: the order completed earlier and the deadline changes nothing', async () => {
      const order = await sandbox.createOrder('split-direct', { amount: 6000, ux: 'collect', delay: 60 });
      await payAs('split-direct', order.id, { amount: 2000 });
      await payAs('split-direct', order.id, { amount: 4000 });
      const before = await sandbox.events(order.id);
      assert.equal(before.at(-1), 'order.completed');
      await sandbox.advance(2 * 60 * MINUTE);
      assert.deepEqual(await sandbox.events(order.id), before);
      assert.equal((await sandbox.order('split-direct', order.id)).status, 'completed');
    });

    test('deadline before the captain paid: the order is canceled', async () => {
      const order = await sandbox.createOrder('split-direct', { amount: 6000, ux: 'collect', delay: 30 });
      await sandbox.advance(31 * MINUTE);
      assert.equal((await sandbox.order('split-direct', order.id)).status, 'canceled');
      assert.deepEqual(await sandbox.events(order.id), ['order.canceled']);
    });
  });

  describe('standard validation', () => {
    test('only the captain’s share is held; the order waits, then completes and captures everything', async () => {
      const order = await sandbox.createOrder('split-standard', { amount: 9000, ux: 'collect' });
      const captain = await payAs('split-standard', order.id, { amount: 3000 });
      assert.equal(captain.body.data.transaction.amount, 3000);
      assert.equal(captain.body.data.order.status, 'confirmed');
      assert.equal(captain.body.data.order.amountConfirmed, 3000);
      const checkout = await sandbox.call('GET', `/v1/checkout/${order.id}`, key('split-standard'));
      assert.equal(checkout.body.data.amountRemaining, 6000);
      await payAs('split-standard', order.id, { amount: 3000 });
      const last = await payAs('split-standard', order.id, { amount: 3000 });
      assert.equal(last.body.data.order.status, 'completed');
      const transactions = await sandbox.transactions('split-standard', order.id);
      assert.deepEqual(transactions.map((tx) => [tx.status, tx.amountCaptured]), [['captured', 3000], ['captured', 3000], ['captured', 3000]]);
      assert.deepEqual(await operations('split-standard', transactions[0].id), [['authorization', 3000], ['capture', 3000]]);
    });

    for (const [label, shares] of [
      ['no co-buyer', []],
      ['some shares paid', [2000, 1000]],
    ] as const) {
      test(`deadline with ${label}: every authorisation is voided and the order canceled`, async () => {
        const order = await sandbox.createOrder('split-standard', { amount: 9000, ux: 'collect', delay: 120 });
        await payAs('split-standard', order.id, { amount: 3000 });
        for (const share of shares) await payAs('split-standard', order.id, { amount: share });
        await sandbox.advance(121 * MINUTE);
        const transactions = await sandbox.transactions('split-standard', order.id);
        assert.equal(transactions.length, 1 + shares.length);
        assert.ok(transactions.every((tx) => tx.status === 'voided' && tx.amountCaptured === 0));
        const updated = await sandbox.order('split-standard', order.id);
        assert.deepEqual([updated.status, updated.amountConfirmed], ['canceled', 0]);
        const events = await sandbox.events(order.id);
        assert.equal(events.filter((event) => event === 'transaction.voided').length, 1 + shares.length);
        assert.equal(events.at(-1), 'order.canceled');
        const view = await sharing('split-standard', order.id);
        assert.equal(view.state, 'expired');
      });
    }

    test('deadline with every share paid: completed before, untouched after', async () => {
      const order = await sandbox.createOrder('split-standard', { amount: 5000, ux: 'collect', delay: 10 });
      await payAs('split-standard', order.id, { amount: 2500 });
      await payAs('split-standard', order.id, { amount: 2500 });
      await sandbox.advance(11 * MINUTE);
      assert.equal((await sandbox.order('split-standard', order.id)).status, 'completed');
      assert.ok((await sandbox.transactions('split-standard', order.id)).every((tx) => tx.status === 'captured'));
    });
  });

  describe('picking', () => {
    const basket = [
      { name: 'Tent', amount: 4000 },
      { name: 'Stove', amount: 1500, quantity: 2 },
      { name: 'Lamp', amount: 2000 },
    ];

    test('every item paid once, by the captain and two co-buyers, completes the order', async () => {
      const order = await sandbox.createOrder('split-standard', { amount: 9000, ux: 'picking', items: basket });
      const [tent, stove, lamp] = order.items.map((item: { id: string }) => item.id);
      const captain = await payAs('split-standard', order.id, { itemIds: [stove] });
      assert.equal(captain.body.data.transaction.amount, 3000, 'two stoves');
      const view = await sharing('split-standard', order.id);
      assert.deepEqual(view.items.map((item: { paid: boolean }) => item.paid), [false, true, false]);
      assert.equal(view.left, 6000);
      await payAs('split-standard', order.id, { itemIds: [lamp] });
      const last = await payAs('split-standard', order.id, { itemIds: [tent] });
      assert.equal(last.body.data.order.status, 'completed');
      assert.deepEqual((await sandbox.transactions('split-standard', order.id)).map((tx) => tx.amountCaptured), [3000, 2000, 4000]);
    });

    test('an item already paid, unknown or listed twice is refused and changes nothing', async () => {
      const order = await sandbox.createOrder('split-direct', { amount: 9000, ux: 'picking', items: basket });
      const [tent, stove, lamp] = order.items.map((item: { id: string }) => item.id);
      await payAs('split-direct', order.id, { itemIds: [tent] });
      const before = await stateOf();
      const taken = await payAs('split-direct', order.id, { itemIds: [lamp, tent] });
      assert.equal(taken.status, 409);
      assert.equal(taken.body.code, 'item_already_paid');
      assert.deepEqual(taken.body.errors, ['itemIds: "Tent" is already paid for; still to pay: Stove, Lamp']);
      const unknown = await payAs('split-direct', order.id, { itemIds: ['itm_nope'] });
      assert.deepEqual([unknown.status, unknown.body.errors], [400, ['itemIds: itm_nope is not an item of this order']]);
      const twice = await payAs('split-direct', order.id, { itemIds: [stove, stove] });
      assert.equal(twice.status, 400);
      const none = await payAs('split-direct', order.id, { amount: 1000 });
      assert.deepEqual(none.body.errors, ['itemIds: choose at least one item of the order to pay for']);
      const wrongAmount = await payAs('split-direct', order.id, { itemIds: [lamp], amount: 1999 });
      assert.equal(wrongAmount.status, 400);
      assert.equal(await stateOf(), before);
    });
  });

  describe('bad input and closed orders', () => {
    test('a share of 0, negative or above what is left is refused with a readable error, and changes nothing', async () => {
      const order = await sandbox.createOrder('split-standard', { amount: 9000, ux: 'collect' });
      const tooBig = await payAs('split-standard', order.id, { amount: 9001 });
      assert.equal(tooBig.status, 409);
      assert.match(tooBig.body.errors[0], /cannot be above the order amount, 90\.00 EUR/);
      await payAs('split-standard', order.id, { amount: 3000 });
      const before = await stateOf();
      for (const amount of [0, -500]) {
        const answer = await payAs('split-standard', order.id, { amount });
        assert.equal(answer.status, 400);
        assert.match(answer.body.errors[0], /^amount: /);
      }
      const above = await payAs('split-standard', order.id, { amount: 6001 });
      assert.equal(above.status, 409);
      assert.equal(above.body.code, 'amount_exceeds_remaining');
      assert.deepEqual(above.body.errors, ['amount: only 60.00 EUR (6000 cents) is left to pay on this order']);
      const missing = await payAs('split-standard', order.id, {});
      assert.deepEqual(missing.body.errors, ['amount: your share in cents is required; 60.00 EUR (6000 cents) is left to pay']);
      assert.equal(await stateOf(), before);
    });

    test('a late co-buyer is told the order is complete, or that the sharing ended', async () => {
      const complete = await sandbox.createOrder('split-direct', { amount: 4000, ux: 'collect' });
      await payAs('split-direct', complete.id, { amount: 2000 });
      await payAs('split-direct', complete.id, { amount: 2000 });
      const late = await payAs('split-direct', complete.id, { amount: 100 });
      assert.deepEqual([late.status, late.body.code], [409, 'order_not_payable']);
      assert.match(late.body.errors[0], /full amount of this order has already been collected/);

      const expired = await sandbox.createOrder('split-standard', { amount: 4000, ux: 'collect', delay: 5 });
      await payAs('split-standard', expired.id, { amount: 2000 });
      await sandbox.advance(6 * MINUTE);
      const tooLate = await payAs('split-standard', expired.id, { amount: 2000 });
      assert.equal(tooLate.status, 409);
      assert.match(tooLate.body.errors[0], /^The sharing ended on .* without collecting the full amount: this order was canceled$/);
    });

    test('a co-buyer cannot pay before the captain, and a second captain is refused', async () => {
      const order = await sandbox.createOrder('split-direct', { amount: 4000, ux: 'collect' });
      const early = await payAs('split-direct', order.id, { amount: 1000, role: 'cobuyer' });
      assert.deepEqual([early.status, early.body.code], [409, 'captain_not_paid']);
      assert.equal((await sandbox.transactions('split-direct', order.id)).length, 0);
      await payAs('split-direct', order.id, { amount: 1000, role: 'captain' });
      const second = await payAs('split-direct', order.id, { amount: 1000, role: 'captain' });
      assert.deepEqual([second.status, second.body.code], [409, 'captain_already_paid']);
    });

    test('a declined co-buyer card collects nothing', async () => {
      const order = await sandbox.createOrder('split-standard', { amount: 4000, ux: 'collect' });
      await payAs('split-standard', order.id, { amount: 1000 });
      const declined = await payAs('split-standard', order.id, { amount: 3000 }, '4000000000000002');
      assert.deepEqual([declined.status, declined.body.code], [402, 'card_declined']);
      assert.equal((await sharing('split-standard', order.id)).left, 3000);
    });

    test('choosing a ux is for single + split platforms only', async () => {
      const order = await sandbox.createOrder('split-direct', { amount: 4000, ux: 'collect' });
      const answer = await payAs('split-direct', order.id, { ux: 'single' });
      assert.equal(answer.status, 400);
      assert.match(answer.body.errors[0], /^ux: this is a collect order; only single \+ split platforms/);
    });
  });
});

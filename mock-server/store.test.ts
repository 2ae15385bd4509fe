/**
 * The store: a refused write changes nothing, reads copy nothing and do not wait, secondary indexes follow the records,
 * lists come a page at a time, due work is found by instant, idempotency answers expire after 24 hours.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createOrder } from './domain/orders.ts';
import { domainContext } from './domain/context.ts';
import { seededPlatform } from './seed.ts';
import { memoryPersistence, Store } from './store.ts';
import { DueIndex } from './store/due-index.ts';
import { OrderedIds } from './store/ordered-ids.ts';
import { MAX_PAGE_BYTES } from './handlers/paging.ts';
import { TestSandbox } from './testing/sandbox-client.ts';
import './runtime.ts';

const single = seededPlatform('single');
const card = (number = '4242424242424242') => ({ number, expiryMonth: '12', expiryYear: '2040', cvc: '123' });

describe('store transactions', () => {
  test('a write that throws changes nothing, not even the records it had changed or added', async () => {
    const store = new Store(memoryPersistence());
    const id = await store.transact((tx) => createOrder(domainContext(tx, 'http://x.test'), single, { amount: 1000 } as never).id);
    const before = JSON.stringify(store.snapshot());
    await assert.rejects(
      store.transact((tx) => {
        const order = tx.orders.get(id);
        if (order) order.amount = 1;
        createOrder(domainContext(tx, 'http://x.test'), single, { amount: 2000 } as never);
        tx.clockOffsetMs = 99_000;
        throw new Error('refused');
      }),
      /refused/,
    );
    assert.equal(JSON.stringify(store.snapshot()), before);
    assert.equal(await store.read((view) => view.orders.get(id)?.amount), 1000);
  });

  test('reads hand out the stored record itself, see only committed writes, and do not wait for a writer', async () => {
    const store = new Store(memoryPersistence());
    const id = await store.transact((tx) => createOrder(domainContext(tx, 'http://x.test'), single, { amount: 1000 } as never).id);
    const first = await store.read((view) => view.orders.get(id));
    assert.equal(await store.read((view) => view.orders.get(id)), first, 'no copy');
    let release: () => void = () => undefined;
    const writing = store.transact(async (tx) => {
      const draft = tx.orders.get(id);
      assert.notEqual(draft, first, 'a write works on its own draft');
      if (draft) draft.amount = 5000;
      await new Promise<void>((resolve) => (release = resolve));
    });
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(await store.read((view) => view.orders.get(id)?.amount), 1000, 'answered while the writer is still running');
    release();
    await writing;
    assert.equal(await store.read((view) => view.orders.get(id)?.amount), 5000);
  });

  test('a read transaction refuses to write', async () => {
    const store = new Store(memoryPersistence());
    await assert.rejects(store.read((view) => view.orders.put({ id: 'ord_x' } as never)), /read transaction/);
  });

  test('ids such as __proto__ and constructor are plain keys', async () => {
    const store = new Store(memoryPersistence());
    assert.equal(await store.read((view) => view.orders.get('__proto__') ?? view.orders.get('constructor') ?? null), null);
  });
});

describe('secondary indexes', () => {
  test('transactions by order, operations by transaction, webhooks and outbox by order, orders by platform, in creation order', async () => {
    const sandbox = new TestSandbox();
    const store = sandbox.sandbox.runtime.store;
    const orders = [];
    for (let at = 0; at < 3; at += 1) orders.push(await sandbox.createOrder('single', { amount: 1000 + at, email: 'ada@example.com', sendLinkConfig: { channels: ['email'] } }));
    const [first, second] = orders;
    await sandbox.pay('single', first.id, { card: '4000000000000002' });
    await sandbox.pay('single', first.id);
    const view = await store.read((tx) => ({
      transactions: tx.transactions.list('orderId', first.id).map((transaction) => transaction.status),
      operations: tx.transactions.list('orderId', first.id).map((transaction) => tx.operations.list('transactionId', transaction.id).map((operation) => operation.type)),
      webhooks: tx.webhooks.list('orderId', first.id).map((delivery) => delivery.event),
      outbox: tx.outbox.list('orderId', second.id).length,
      byPlatform: tx.orders.list('platformId', single.id).map((order) => order.id),
      otherPlatform: tx.orders.list('platformId', seededPlatform('multi').id).length,
    }));
    assert.deepEqual(view.transactions, ['failed', 'captured']);
    assert.deepEqual(view.operations, [[], ['authorization', 'capture']]);
    assert.deepEqual(view.webhooks, ['transaction.failed', 'order.confirmed', 'transaction.captured', 'order.completed']);
    assert.equal(view.outbox, 1);
    assert.deepEqual(view.byPlatform, orders.map((order) => order.id));
    assert.equal(view.otherPlatform, 0);
  });

  test('OrderedIds pages after an id, skips removed ids, and answers null for an unknown one', () => {
    const ids = new OrderedIds();
    for (let at = 0; at < 100; at += 1) ids.add(`id${at}`);
    assert.deepEqual(ids.page(undefined, 3), { ids: ['id0', 'id1', 'id2'], hasMore: true });
    ids.remove('id51');
    assert.deepEqual(ids.page('id50', 2), { ids: ['id52', 'id53'], hasMore: true });
    assert.deepEqual(ids.page('id97', 5), { ids: ['id98', 'id99'], hasMore: false });
    assert.equal(ids.page('id51', 2), null);
    assert.deepEqual(ids.page(undefined, 2, true), { ids: ['id99', 'id98'], hasMore: true });
    assert.deepEqual(ids.page('id52', 5, true), { ids: ['id50', 'id49', 'id48', 'id47', 'id46'], hasMore: true });
    assert.deepEqual(ids.page('id1', 5, true), { ids: ['id0'], hasMore: false });
    assert.equal(ids.size, 99);
  });
});

describe('paginated lists', () => {
  test('a page stops at MAX_PAGE_BYTES with hasMore, so big orders cannot make one answer of gigabytes', async () => {
    // 130 orders of 60,000 items made `GET /v1/orders` answer 444 MB in 21 s, and `?limit=1000` a 500 (Invalid string length).
    const sandbox = new TestSandbox();
    const key = single.secretKey;
    const items = Array.from({ length: 2_000 }, (_, at) => ({ amount: 1, description: `${at}`.padEnd(400, '.') }));
    const ids: string[] = [];
    for (let at = 0; at < 6; at += 1) ids.push((await sandbox.createOrder('single', { amount: 2_000, items })).id);
    const seen: string[] = [];
    let after: string | undefined;
    for (let pages = 0; pages < 10; pages += 1) {
      const page = await sandbox.call('GET', `/v1/orders?limit=1000${after ? `&startingAfter=${after}` : ''}`, key);
      assert.equal(page.status, 200);
      assert.ok(page.body.data.length >= 1, 'a page holds at least one record, however big');
      const bytes = JSON.stringify(page.body.data).length;
      assert.ok(page.body.data.length === 1 || bytes <= MAX_PAGE_BYTES, `${bytes} bytes in ${page.body.data.length} records`);
      seen.push(...page.body.data.map((order: { id: string }) => order.id));
      after = seen.at(-1);
      if (!page.body.hasMore) break;
    }
    assert.deepEqual(seen, ids, 'walking the pages still gives every order once, in order');
    assert.ok((await sandbox.call('GET', '/v1/orders?limit=1000', key)).body.data.length < ids.length);
  });

  test('limit and startingAfter walk the list; data stays an array with hasMore beside it', async () => {
    const sandbox = new TestSandbox();
    const key = single.secretKey;
    const ids: string[] = [];
    for (let at = 0; at < 5; at += 1) ids.push((await sandbox.createOrder('single', { amount: 100 + at })).id);
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await sandbox.call('GET', `/v1/orders?limit=2${after ? `&startingAfter=${after}` : ''}`, key);
      assert.equal(page.status, 200);
      seen.push(...page.body.data.map((order: { id: string }) => order.id));
      after = seen.at(-1);
      if (!page.body.hasMore) break;
    }
    assert.deepEqual(seen, ids);
    const all = await sandbox.call('GET', '/v1/orders', key);
    assert.deepEqual([all.body.data.length, all.body.hasMore], [5, false]);
    assert.equal((await sandbox.call('GET', '/v1/orders', seededPlatform('multi').secretKey)).body.data.length, 0, 'only the caller’s platform');
    assert.equal((await sandbox.call('GET', '/v1/orders', single.publicKey)).status, 403);
    // Digits only, as amounts: Number() alone let '1e2', '0x10', ' 5' and '5.0' through.
    for (const limit of ['0', '1001', '2.5', 'ten', '1e2', '0x10', '%205', '5.0', '-0', '+5']) assert.equal((await sandbox.call('GET', `/v1/orders?limit=${limit}`, key)).status, 400, limit);
    assert.equal((await sandbox.call('GET', '/v1/orders?startingAfter=ord_nope', key)).status, 404);
    const newest = await sandbox.call('GET', `/v1/orders?order=desc&limit=2&startingAfter=${ids[3]}`, key);
    assert.deepEqual([newest.body.data.map((order: { id: string }) => order.id), newest.body.hasMore], [[ids[2], ids[1]], true]);
    assert.equal((await sandbox.call('GET', '/v1/orders?order=sideways', key)).status, 400);
  });

  test('webhooks, outbox and an order’s transactions are paginated the same way', async () => {
    const sandbox = new TestSandbox();
    const key = single.secretKey;
    const order = await sandbox.createOrder('single', { amount: 1000 });
    await sandbox.pay('single', order.id, { card: '4000000000000002' });
    await sandbox.pay('single', order.id);
    const first = await sandbox.call('GET', `/v1/sandbox/webhooks?orderId=${order.id}&limit=2`, key);
    assert.deepEqual([first.body.data.map((delivery: { event: string }) => delivery.event), first.body.hasMore], [['transaction.failed', 'order.confirmed'], true]);
    const rest = await sandbox.call('GET', `/v1/sandbox/webhooks?orderId=${order.id}&startingAfter=${first.body.data[1].id}`, key);
    assert.deepEqual([rest.body.data.map((delivery: { event: string }) => delivery.event), rest.body.hasMore], [['transaction.captured', 'order.completed'], false]);
    const transactions = await sandbox.call('GET', `/v1/orders/${order.id}/transactions?limit=1`, key);
    assert.deepEqual([transactions.body.data[0].status, transactions.body.hasMore], ['failed', true]);
    const outbox = await sandbox.call('GET', '/v1/sandbox/outbox?orderId=ord_unknown', key);
    assert.deepEqual(outbox.body, { success: true, data: [], hasMore: false });
  });
});

describe('due index', () => {
  test('answers the earliest current instant; a changed instant replaces the old one', () => {
    const index = new DueIndex();
    index.set('a', 30);
    index.set('b', 10);
    index.set('c', 20);
    assert.deepEqual(index.peek(), { at: 10, id: 'b', seq: 2 });
    index.set('b', 40);
    assert.equal(index.peek()?.id, 'c');
    index.set('c', null);
    assert.equal(index.peek()?.id, 'a');
    assert.equal(index.take('a'), 30);
    assert.equal(index.peek()?.id, 'b');
    assert.equal(index.size, 1);
  });

  test('entries replaced many times do not pile up', () => {
    const index = new DueIndex();
    for (let round = 0; round < 50; round += 1) for (let id = 0; id < 100; id += 1) index.set(`id${id}`, 1_000_000 - round * 100 + id);
    assert.equal(index.size, 100);
    assert.deepEqual(index.peek(), { at: 1_000_000 - 49 * 100, id: 'id0', seq: 4901 });
    let drained = 0;
    while (index.peek()) {
      index.take(index.peek()?.id ?? '');
      drained += 1;
    }
    assert.equal(drained, 100);
  });

  test('moving the clock runs only what fell due, in time order, whatever else is stored', async () => {
    const sandbox = new TestSandbox();
    const multi = seededPlatform('multi');
    const now = await sandbox.now();
    for (let at = 0; at < 200; at += 1) await sandbox.createOrder('single', { amount: 1000 });
    const late = await sandbox.createOrder('multi', { amount: 5000, ux: 'multi', dueDate: now + 120_000 });
    const early = await sandbox.createOrder('multi', { amount: 5000, ux: 'multi', dueDate: now + 60_000 });
    await sandbox.advance(90_000);
    assert.equal((await sandbox.call('GET', `/v1/orders/${early.id}`, multi.secretKey)).body.data.status, 'canceled');
    assert.equal((await sandbox.call('GET', `/v1/orders/${late.id}`, multi.secretKey)).body.data.status, 'initiated');
    const due = await sandbox.sandbox.runtime.store.read((view) => view.nextDue('multi-deadline', Number.MAX_SAFE_INTEGER));
    assert.equal(due, late.dueDate);
  });
});

describe('idempotency answers', () => {
  test('are replayed for 24 hours of sandbox time, then dropped and the key is free again', async () => {
    const sandbox = new TestSandbox();
    const pay = (orderId: string) =>
      sandbox.call('POST', `/v1/orders/${orderId}/payments`, single.publicKey, { method: 'card', card: card() }, { 'Idempotency-Key': 'key-1' });
    const order = await sandbox.createOrder('single', { amount: 1000 });
    const first = await pay(order.id);
    assert.equal(first.status, 201);
    assert.deepEqual((await pay(order.id)).body, first.body);
    const count = () => sandbox.sandbox.runtime.store.read((view) => view.idempotency.count());
    assert.equal(await count(), 1);
    await sandbox.advance(23 * 3_600_000);
    assert.equal(await count(), 1);
    await sandbox.advance(3_600_000 + 1);
    assert.equal(await count(), 0);
    const other = await sandbox.createOrder('single', { amount: 1000 });
    assert.equal((await pay(other.id)).status, 201, 'the same key pays another order once the first answer expired');
  });
});

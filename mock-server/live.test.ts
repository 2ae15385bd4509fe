import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { watchClient } from './handlers/answer.ts';
import { ordersTouched } from './handlers/live.ts';
import type { Change } from './store.ts';
import { TestSandbox } from './testing/sandbox-client.ts';

const live = (sandbox: TestSandbox, orderId: string, key: string, query: string) => sandbox.call('GET', `/v1/orders/${orderId}/live?${query}`, key);

describe('live orders (GET /v1/orders/{id}/live)', () => {
  test('the checkout carries the platform time and a version; without `since` the version answers at once', async () => {
    const sandbox = new TestSandbox();
    const order = await sandbox.createOrder('single', { amount: 1000 });
    const key = sandbox.platform('single').publicKey;
    const checkout = (await sandbox.call('GET', `/v1/checkout/${order.id}`, key)).body.data;
    assert.ok(Math.abs(checkout.now - (await sandbox.now())) < 2_000);
    const answer = await live(sandbox, order.id, key, 'wait=0');
    assert.equal(answer.status, 200);
    assert.deepEqual({ ...answer.body.data, now: 0 }, { version: checkout.version, now: 0, status: 'initiated', changed: false });
  });

  test('a poll whose client hung up (the HTTP server tells, watchClient) stops waiting at once', async () => {
    const sandbox = new TestSandbox();
    const order = await sandbox.createOrder('single', { amount: 1000 });
    const key = sandbox.platform('single').publicKey;
    const { version } = (await live(sandbox, order.id, key, 'wait=0')).body.data;
    let hangUp: () => void = () => assert.fail('the poll never asked whether its client is there');
    const request = watchClient(new Request(`http://sandbox.test/v1/orders/${order.id}/live?since=${version}&wait=25000`, { headers: { Authorization: key } }), (abort) => {
      hangUp = abort;
    });
    const answered = sandbox.sandbox.respond(request);
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
    const began = performance.now();
    hangUp();
    const answer = await Promise.race([answered, new Promise<null>((resolveLate) => setTimeout(() => resolveLate(null), 5_000))]);
    assert.ok(answer, 'the poll still waited 5 s after its client left');
    assert.ok(performance.now() - began < 5_000);
    assert.equal(((await answer.json()) as { data: { changed: boolean } }).data.changed, false);
  });

  test('an unchanged order waits, then answers changed: false', async () => {
    const sandbox = new TestSandbox();
    const order = await sandbox.createOrder('single', { amount: 1000 });
    const key = sandbox.platform('single').publicKey;
    const { version } = (await live(sandbox, order.id, key, 'wait=0')).body.data;
    const started = performance.now();
    const answer = await live(sandbox, order.id, key, `since=${version}&wait=600`);
    assert.ok(performance.now() - started >= 500, 'the request waited');
    assert.equal(answer.body.data.changed, false);
    assert.equal(answer.body.data.version, version);
  });

  test('a payment made elsewhere ends the wait with the new version and status', async () => {
    const sandbox = new TestSandbox();
    const order = await sandbox.createOrder('single', { amount: 1000 });
    const key = sandbox.platform('single').publicKey;
    const { version } = (await live(sandbox, order.id, key, 'wait=0')).body.data;
    const waiting = live(sandbox, order.id, key, `since=${version}&wait=10000`);
    const started = performance.now();
    await sandbox.pay('single', order.id);
    const answer = await waiting;
    assert.ok(performance.now() - started < 2_000, 'the change is answered within 2 s');
    assert.equal(answer.body.data.changed, true);
    assert.notEqual(answer.body.data.version, version);
    assert.equal(answer.body.data.status, 'completed');
  });

  test('a cancel and a move of the sandbox clock each change the version', async () => {
    const sandbox = new TestSandbox();
    const order = await sandbox.createOrder('single', { amount: 1000 });
    const key = sandbox.platform('single').publicKey;
    const first = (await live(sandbox, order.id, key, 'wait=0')).body.data;
    await sandbox.advance(3_600_000);
    const moved = (await live(sandbox, order.id, key, `since=${first.version}&wait=0`)).body.data;
    assert.equal(moved.changed, true);
    assert.ok(moved.now - first.now >= 3_600_000);
    await sandbox.call('POST', `/v1/orders/${order.id}/cancel`, sandbox.platform('single').secretKey);
    const canceled = (await live(sandbox, order.id, key, `since=${moved.version}&wait=0`)).body.data;
    assert.equal(canceled.status, 'canceled');
    assert.notEqual(canceled.version, moved.version);
  });

  test('a wrong key is 401, another platform\'s order or an unknown one 404, a bad wait is clamped', async () => {
    const sandbox = new TestSandbox();
    const order = await sandbox.createOrder('single', { amount: 1000 });
    assert.equal((await live(sandbox, order.id, 'pk_test_nope', 'wait=0')).status, 401);
    const other = await live(sandbox, order.id, sandbox.platform('installments').publicKey, 'wait=0');
    assert.equal(other.status, 404);
    assert.equal(other.body.code, 'not_found');
    assert.equal((await live(sandbox, 'ord_unknown', sandbox.platform('single').publicKey, 'wait=0')).status, 404);
    assert.equal((await live(sandbox, order.id, sandbox.platform('single').publicKey, 'wait=abc&since=x')).body.data.changed, true);
  });

  test('a waiting request looks again only when a commit touches its order or moves the clock, not on a timer', async () => {
    const sandbox = new TestSandbox();
    const order = await sandbox.createOrder('single', { amount: 1000 });
    const key = sandbox.platform('single').publicKey;
    const { store } = sandbox.sandbox.runtime;
    // Counts the live endpoint's looks: the reads whose result is a look (`kind` answer or refused).
    let looks = 0;
    const read = store.read.bind(store);
    store.read = (async (look: Parameters<typeof read>[0]) => {
      const result = await read(look);
      if (result !== null && typeof result === 'object' && 'kind' in result) looks += 1;
      return result;
    }) as typeof store.read;
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const { version } = (await live(sandbox, order.id, key, 'wait=0')).body.data;
    looks = 0;
    const waiting = live(sandbox, order.id, key, `since=${version}&wait=20000`);
    await pause(400);
    assert.equal(looks, 1, 'one look, then nothing while nothing is committed');
    await sandbox.createOrder('installments', { amount: 5000 });
    await pause(50);
    assert.equal(looks, 1, 'a commit on another order does not wake it');
    await sandbox.pay('single', order.id);
    const answer = await waiting;
    assert.equal(answer.body.data.changed, true);
    assert.equal(answer.body.data.status, 'completed');
    assert.ok(looks >= 2 && looks <= 4, `${looks} looks: the payment's commits woke it`);

    looks = 0;
    const completed = answer.body.data.version;
    const moving = live(sandbox, order.id, key, `since=${completed}&wait=20000`);
    await pause(50);
    await sandbox.advance(60_000);
    const moved = (await moving).body.data;
    assert.equal(moved.changed, true, 'a move of the clock wakes every waiting request');
    assert.notEqual(moved.version, completed);
    assert.equal(looks, 2);
  });

  test('the orders a commit touches: the order, what names it, and the order of the transaction an operation names', async () => {
    const sandbox = new TestSandbox();
    const order = await sandbox.createOrder('single', { amount: 1000 });
    await sandbox.pay('single', order.id);
    const [transaction] = await sandbox.transactions('single', order.id);
    const { view } = sandbox.sandbox.runtime.store;
    const change = (kind: Change['kind'], id: string, record: unknown): Change => ({ kind, id, record: record as Change['record'], json: null });
    const touched = (changes: Change[]) => [...ordersTouched(changes, view)].sort();
    assert.deepEqual(touched([change('orders', order.id, { id: order.id })]), [order.id]);
    assert.deepEqual(touched([change('transactions', 'trx_1', { id: 'trx_1', orderId: order.id })]), [order.id]);
    assert.deepEqual(touched([change('operations', 'op_1', { id: 'op_1', transactionId: transaction.id })]), [order.id]);
    assert.deepEqual(touched([change('webhooks', 'wh_1', { id: 'wh_1', orderId: 'ord_other' }), change('idempotency', 'x', { id: 'x' })]), ['ord_other']);
    assert.deepEqual(touched([change('operations', 'op_2', { id: 'op_2', transactionId: 'trx_unknown' }), change('outbox', 'm_1', null)]), []);
  });
});

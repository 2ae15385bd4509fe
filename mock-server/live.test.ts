import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
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
});

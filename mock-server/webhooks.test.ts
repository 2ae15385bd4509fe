import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, test } from 'node:test';
import { TestSandbox } from './testing/sandbox-client.ts';
import { MAX_RETRIES, RETRY_EVERY_MS, signBody } from './webhooks.ts';

const MINUTE = 60_000;

async function paidOrder(sandbox: TestSandbox, notifyUrl = 'http://merchant.test/hooks') {
  const order = await sandbox.createOrder('single', { amount: 1000, notifyUrl });
  await sandbox.pay('single', order.id, { card: '4242424242424242' });
  await sandbox.flush();
  return order;
}

describe('webhooks', () => {
  test('the body is exactly {event, id, date} and the signature is the HMAC-SHA256 of the raw body with the webhook secret', async () => {
    const sandbox = new TestSandbox();
    const order = await paidOrder(sandbox);
    const secret = sandbox.platform('single').webhookSecret;
    assert.deepEqual(sandbox.sent.map((hook) => JSON.parse(hook.body).event).sort(), ['order.completed', 'order.confirmed', 'transaction.captured']);
    for (const hook of sandbox.sent) {
      assert.equal(hook.url, 'http://merchant.test/hooks');
      assert.deepEqual(Object.keys(JSON.parse(hook.body)), ['event', 'id', 'date']);
      assert.equal(hook.headers['Content-Type'], 'application/json');
      assert.equal(hook.headers['SG-Signature'], `v1=${createHmac('sha256', secret).update(hook.body).digest('hex')}`);
    }
    assert.equal(JSON.parse(sandbox.sent.find((hook) => hook.body.includes('order.completed'))!.body).id, order.id);
  });

  test('signBody matches node:crypto', async () => {
    assert.equal(await signBody('whsk_x', '{"a":1}'), `v1=${createHmac('sha256', 'whsk_x').update('{"a":1}').digest('hex')}`);
  });

  test('without a 2xx, a delivery is retried every 3 minutes of sandbox time, 5 times at most, then marked failed', async () => {
    const sandbox = new TestSandbox();
    sandbox.webhookAnswer = { status: 500 };
    const order = await paidOrder(sandbox);
    const attemptsOf = () => sandbox.sent.filter((hook) => hook.body.includes('order.completed')).length;
    assert.equal(attemptsOf(), 1);
    await sandbox.advance(RETRY_EVERY_MS - MINUTE);
    assert.equal(attemptsOf(), 1, 'no retry before 3 minutes');
    await sandbox.advance(MINUTE);
    assert.equal(attemptsOf(), 2);
    await sandbox.advance(60 * MINUTE);
    assert.equal(attemptsOf(), 1 + MAX_RETRIES, 'every retry that fell due ran, each at its own time, and no more');
    const log = await sandbox.call('GET', `/v1/sandbox/webhooks?orderId=${order.id}`, sandbox.platform('single').secretKey);
    const completed = log.body.data.find((delivery: { event: string }) => delivery.event === 'order.completed');
    assert.equal(completed.status, 'failed');
    assert.equal(completed.attempts.length, 1 + MAX_RETRIES);
    const gaps = completed.attempts.slice(1).map((attempt: { at: number }, index: number) => attempt.at - completed.attempts[index].at);
    assert.ok(gaps.every((gap: number) => gap >= RETRY_EVERY_MS && gap < RETRY_EVERY_MS + 5_000), `gaps ${gaps}`);
  });

  test('a retry that gets a 2xx ends the deliveries: delivered once', async () => {
    const sandbox = new TestSandbox();
    sandbox.webhookAnswer = { status: null, error: 'connection refused' };
    await paidOrder(sandbox);
    sandbox.webhookAnswer = { status: 204 };
    await sandbox.advance(RETRY_EVERY_MS);
    await sandbox.advance(30 * MINUTE);
    const completed = sandbox.sent.filter((hook) => hook.body.includes('order.completed'));
    assert.equal(completed.length, 2);
  });

  test("one order's events arrive in the order they happened, even when the endpoint answers slowly", async () => {
    const sandbox = new TestSandbox();
    const arrived: string[] = [];
    let delay = 60;
    const order = await sandbox.createOrder('single', { amount: 1000, notifyUrl: 'http://merchant.test/hooks' });
    sandbox.webhookDelay = async () => {
      delay = Math.max(0, delay - 25);
      await new Promise((resolve) => setTimeout(resolve, delay));
    };
    sandbox.onWebhook = (body) => arrived.push(JSON.parse(body).event);
    await sandbox.pay('single', order.id);
    await sandbox.flush();
    await sandbox.flush();
    assert.deepEqual(arrived, ['order.confirmed', 'transaction.captured', 'order.completed']);
  });

  test('concurrent dispatchers never send one event twice', async () => {
    const sandbox = new TestSandbox();
    const order = await sandbox.createOrder('single', { amount: 1000, notifyUrl: 'http://merchant.test/hooks' });
    await sandbox.pay('single', order.id, { card: '4242424242424242' });
    await Promise.all([sandbox.flush(), sandbox.flush(), sandbox.flush(), sandbox.advance(1000)]);
    await sandbox.flush();
    assert.equal(sandbox.sent.length, 3);
  });

  test('without notifyUrl nor platform URL the event is logged, not sent; the platform URL is used when set', async () => {
    const sandbox = new TestSandbox();
    const silent = await sandbox.createOrder('single', { amount: 1000 });
    await sandbox.pay('single', silent.id);
    await sandbox.flush();
    assert.equal(sandbox.sent.length, 0);
    const log = await sandbox.call('GET', `/v1/sandbox/webhooks?orderId=${silent.id}`, sandbox.platform('single').secretKey);
    assert.ok(log.body.data.every((delivery: { status: string }) => delivery.status === 'noEndpoint'));
    const platform = sandbox.platform('single');
    const patched = await sandbox.call('PATCH', `/v1/sandbox/platforms/${platform.id}`, platform.secretKey, { webhookUrl: 'http://merchant.test/platform-hooks' });
    assert.equal(patched.status, 200);
    const order = await sandbox.createOrder('single', { amount: 1000 });
    await sandbox.pay('single', order.id);
    await sandbox.flush();
    assert.equal(sandbox.sent.length, 3);
    assert.ok(sandbox.sent.every((hook) => hook.url === 'http://merchant.test/platform-hooks'));
  });
});

describe('sandbox clock', () => {
  test('moves forward by advanceBy or to a time, never backwards, and tells the time', async () => {
    const sandbox = new TestSandbox();
    const key = sandbox.platform('single').secretKey;
    const start = await sandbox.now();
    const later = await sandbox.advance(2 * 60 * MINUTE);
    assert.ok(later - start >= 2 * 60 * MINUTE && later - start < 2 * 60 * MINUTE + 2_000);
    const to = await sandbox.call('POST', '/v1/sandbox/clock', key, { to: later + 1_000_000 });
    assert.ok(to.body.data.now >= later + 1_000_000);
    const back = await sandbox.call('POST', '/v1/sandbox/clock', key, { to: start });
    assert.equal(back.status, 400);
    const malformed = await sandbox.call('POST', '/v1/sandbox/clock', key, { advanceBy: 'soon' });
    assert.equal(malformed.status, 400);
    assert.match(malformed.body.errors[0], /advanceBy/);
    assert.equal((await sandbox.call('POST', '/v1/sandbox/clock', sandbox.platform('single').publicKey, { advanceBy: 1 })).status, 403);
    assert.equal((await sandbox.call('POST', '/v1/sandbox/clock', 'sk_test_nope', { advanceBy: 1 })).status, 401);
  });

  test('card expiry is judged on the sandbox clock', async () => {
    const sandbox = new TestSandbox();
    const order = await sandbox.createOrder('single', { amount: 1000 });
    const now = new Date(await sandbox.now());
    const thisMonth = { number: '4242424242424242', expiryMonth: String(now.getUTCMonth() + 1), expiryYear: String(now.getUTCFullYear()), cvc: '123' };
    await sandbox.advance(45 * 24 * 60 * MINUTE);
    const answer = await sandbox.call('POST', `/v1/orders/${order.id}/payments`, sandbox.platform('single').publicKey, { card: thisMonth });
    assert.equal(answer.status, 400);
    assert.deepEqual(answer.body.errors, ['card: the card has expired']);
  });
});

describe('real-time ticks of the sandbox server', () => {
  test('a tick runs what fell due in real time, and writes nothing when nothing is due', async () => {
    const sandbox = new TestSandbox();
    sandbox.webhookAnswer = { status: 503 };
    const order = await paidOrder(sandbox);
    const attempts = () => sandbox.sent.filter((hook) => hook.body.includes('order.completed')).length;
    assert.equal(attempts(), 1);
    let writes = 0;
    const store = sandbox.sandbox.runtime.store;
    const transact = store.transact.bind(store);
    store.transact = (work) => {
      writes += 1;
      return transact(work);
    };
    await sandbox.sandbox.runtime.tick('http://sandbox.test');
    assert.equal(writes, 0, 'an idle tick only reads');
    // Three minutes of real time pass: the retry is due without anyone moving the clock.
    await transact((tx) => {
      for (const delivery of tx.webhooks.list('orderId', order.id)) if (delivery.nextAttemptAt) delivery.nextAttemptAt -= RETRY_EVERY_MS;
    });
    await sandbox.sandbox.runtime.tick('http://sandbox.test');
    assert.equal(attempts(), 2);
  });
});

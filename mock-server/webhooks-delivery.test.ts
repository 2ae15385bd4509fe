/**
 * Webhook delivery against a real local HTTP receiver: each event is delivered successfully exactly once whatever the
 * receiver's speed, a delivery in flight is owned until its attempt ends (answer, or the attempt timeout), redirects
 * are not followed, and moving the clock does not wait for receivers that hang. Timeouts are injected small (ms) so
 * that nothing here sleeps for the 30 s of CONTRACT §4.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, test } from 'node:test';
import { createRuntime } from './runtime.ts';
import { memoryPersistence, Store } from './store.ts';
import { TestSandbox } from './testing/sandbox-client.ts';
import type { WebhookDelivery } from './state.ts';
import { nextWebhookDueAt, RETRY_EVERY_MS } from './webhooks.ts';

const MINUTE = 60_000;

interface Receiver {
  url: string;
  /** Event names of every request received, in order. */
  received: string[];
  /** Requests received and not answered yet. */
  open: Set<ServerResponse>;
  close(): Promise<void>;
}

const receivers: Receiver[] = [];

/** A local HTTP receiver; `answer` decides each response (it may leave the request hanging). */
async function receiver(answer: (request: IncomingMessage, response: ServerResponse, count: number) => void): Promise<Receiver> {
  const received: string[] = [];
  const open = new Set<ServerResponse>();
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push(JSON.parse(body).event);
      open.add(response);
      // Answered, or given up by the sandbox (its attempt timeout closes the connection).
      response.on('close', () => open.delete(response));
      answer(request, response, received.length);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const made: Receiver = {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    open,
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close').catch(() => undefined);
    },
  };
  receivers.push(made);
  return made;
}

afterEach(async () => {
  await Promise.all(receivers.splice(0).map((made) => made.close()));
});

const later = (ms: number, work: () => void) => setTimeout(work, ms);
const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
};

async function paidOrder(sandbox: TestSandbox, notifyUrl: string) {
  const order = await sandbox.createOrder('single', { amount: 1000, notifyUrl });
  const paid = await sandbox.pay('single', order.id, { card: '4242424242424242' });
  assert.ok(paid.status < 300, JSON.stringify(paid.body));
  return order;
}

async function deliveries(sandbox: TestSandbox, orderId: string) {
  const answer = await sandbox.call('GET', `/v1/sandbox/webhooks?orderId=${orderId}`, sandbox.platform('single').secretKey);
  return answer.body.data as { event: string; status: string; attempts: { status: number | null; error?: string; at: number }[] }[];
}

describe('webhook delivery to a real receiver', () => {
  test('a receiver that answers 2xx late gets each event once, however the clock and other dispatchers run meanwhile', async () => {
    // Each answer comes after the clock's wait and after several retry periods of sandbox time have been skipped.
    const slow = await receiver((_request, response) => later(150, () => response.writeHead(200).end()));
    const sandbox = new TestSandbox({ realWebhooks: true, clockWaitMs: 10, attemptTimeoutMs: 5_000 });
    const order = await paidOrder(sandbox, slow.url);
    sandbox.sandbox.runtime.kick();
    await until(() => slow.received.length === 1);
    for (let round = 0; round < 4; round += 1) {
      sandbox.sandbox.runtime.kick();
      await Promise.all([sandbox.advance(10 * MINUTE), sandbox.sandbox.runtime.tick('http://sandbox.test'), sandbox.advance(RETRY_EVERY_MS)]);
    }
    await sandbox.flush();
    await sandbox.advance(60 * MINUTE);
    await sandbox.flush();
    assert.deepEqual(slow.received, ['order.confirmed', 'transaction.captured', 'order.completed'], 'each event once, in order');
    for (const delivery of await deliveries(sandbox, order.id)) {
      assert.equal(delivery.status, 'delivered');
      assert.deepEqual(delivery.attempts.map((attempt) => attempt.status), [200], `${delivery.event}: one attempt, answered 200`);
    }
  });

  test('a hanging receiver: no other attempt while one is in flight; the attempt timeout fails it; retried 3 sandbox minutes later', async () => {
    const hanging = await receiver(() => undefined);
    const sandbox = new TestSandbox({ realWebhooks: true, clockWaitMs: 0, attemptTimeoutMs: 1_000 });
    const order = await sandbox.createOrder('multi', { amount: 1000, ux: 'multi', notifyUrl: hanging.url });
    // One event only: a multi-card order canceled at its deadline.
    await sandbox.call('POST', `/v1/orders/${order.id}/cancel`, sandbox.platform('multi').secretKey);
    sandbox.sandbox.runtime.kick();
    await until(() => hanging.open.size === 1);
    const moved = await sandbox.advance(RETRY_EVERY_MS * 10);
    assert.ok(moved > 0);
    assert.equal(hanging.open.size, 1, 'the clock answered while the attempt was still waiting for the receiver');
    assert.equal(hanging.received.length, 1, 'no second attempt while the first is in flight, whatever the clock did');
    await until(() => hanging.open.size === 0 || hanging.received.length > 1);
    await sandbox.flush();
    let [delivery] = await deliveries(sandbox, order.id);
    assert.equal(delivery?.attempts.length, 1);
    assert.match(delivery?.attempts[0]?.error ?? '', /^TimeoutError: no answer within 1000 ms/);
    assert.equal(delivery?.status, 'pending');
    await sandbox.advance(RETRY_EVERY_MS - MINUTE);
    await sandbox.flush();
    assert.equal(hanging.received.length, 1, 'no retry before 3 minutes of sandbox time after the failure');
    await sandbox.advance(MINUTE);
    await sandbox.flush();
    [delivery] = await deliveries(sandbox, order.id);
    assert.equal(hanging.received.length, 2);
    assert.deepEqual(delivery?.attempts.map((attempt) => attempt.status), [null, null]);
    assert.ok(delivery!.attempts[1]!.at - delivery!.attempts[0]!.at >= RETRY_EVERY_MS);
    assert.equal(delivery?.status, 'pending');
  });

  test('the clock does not wait for three hanging receivers', async () => {
    const hanging = await Promise.all([1, 2, 3].map(() => receiver(() => undefined)));
    const sandbox = new TestSandbox({ realWebhooks: true, clockWaitMs: 0, attemptTimeoutMs: 60_000 });
    for (const made of hanging) {
      const order = await sandbox.createOrder('multi', { amount: 1000, ux: 'multi', notifyUrl: made.url });
      await sandbox.call('POST', `/v1/orders/${order.id}/cancel`, sandbox.platform('multi').secretKey);
    }
    sandbox.sandbox.runtime.kick();
    await until(() => hanging.every((made) => made.open.size === 1));
    await sandbox.advance(MINUTE);
    assert.deepEqual(hanging.map((made) => made.open.size), [1, 1, 1], 'the clock answered with the three requests still open');
    // Closing the receivers ends the attempts (connection reset): failed, retried later.
    await Promise.all(hanging.map((made) => made.close()));
    await sandbox.flush();
  });

  test('a clock move that starts an attempt to a receiver that then hangs answers without waiting for it', async () => {
    // First answer 500 (retried 3 minutes later), then hang: the retry is started by the clock move itself.
    const flaky = await receiver((_request, response, count) => {
      if (count === 1) response.writeHead(500).end();
    });
    const sandbox = new TestSandbox({ realWebhooks: true, clockWaitMs: 20, attemptTimeoutMs: 60_000 });
    const order = await sandbox.createOrder('multi', { amount: 1000, ux: 'multi', notifyUrl: flaky.url });
    await sandbox.call('POST', `/v1/orders/${order.id}/cancel`, sandbox.platform('multi').secretKey);
    await sandbox.flush();
    assert.equal(flaky.received.length, 1);
    await sandbox.advance(60 * MINUTE);
    await until(() => flaky.open.size === 1);
    assert.equal(flaky.received.length, 2, 'the retry fell due within the move and was started');
    const [delivery] = await deliveries(sandbox, order.id);
    assert.deepEqual(delivery?.attempts.map((attempt) => attempt.status), [500], 'the clock answered while the retry was in flight');
    await flaky.close();
    await sandbox.flush();
  });

  test('a 307 to another origin is a failed attempt: nothing reaches the other origin, the event is retried', async () => {
    const elsewhere = await receiver((_request, response) => response.writeHead(200).end());
    const redirecting = await receiver((_request, response) => response.writeHead(307, { Location: elsewhere.url }).end());
    const sandbox = new TestSandbox({ realWebhooks: true, clockWaitMs: 1_000, attemptTimeoutMs: 5_000 });
    const order = await sandbox.createOrder('multi', { amount: 1000, ux: 'multi', notifyUrl: redirecting.url });
    await sandbox.call('POST', `/v1/orders/${order.id}/cancel`, sandbox.platform('multi').secretKey);
    await sandbox.flush();
    await sandbox.advance(RETRY_EVERY_MS);
    await sandbox.flush();
    const [delivery] = await deliveries(sandbox, order.id);
    assert.deepEqual(elsewhere.received, [], 'the body and its signature never went to the other origin');
    assert.equal(redirecting.received.length, 2);
    assert.deepEqual(delivery?.attempts.map((attempt) => attempt.status), [307, 307]);
    assert.match(delivery?.attempts[0]?.error ?? '', /^Redirect not followed \(Location: http:\/\/127\.0\.0\.1:\d+\/hooks\)$/);
    assert.equal(delivery?.status, 'pending');
  });

  test('500, 500, then 200: three attempts 3 sandbox minutes apart, one successful delivery', async () => {
    const flaky = await receiver((_request, response, count) => response.writeHead(count <= 2 ? 500 : 200).end());
    const sandbox = new TestSandbox({ realWebhooks: true, clockWaitMs: 2_000, attemptTimeoutMs: 5_000 });
    const order = await sandbox.createOrder('multi', { amount: 1000, ux: 'multi', notifyUrl: flaky.url });
    await sandbox.call('POST', `/v1/orders/${order.id}/cancel`, sandbox.platform('multi').secretKey);
    await sandbox.flush();
    // One move of the clock runs both retries at their times: the receiver answers within the clock's wait.
    await sandbox.advance(30 * MINUTE);
    await sandbox.flush();
    const [delivery] = await deliveries(sandbox, order.id);
    assert.deepEqual(flaky.received, ['order.canceled', 'order.canceled', 'order.canceled']);
    assert.deepEqual(delivery?.attempts.map((attempt) => attempt.status), [500, 500, 200]);
    assert.equal(delivery?.status, 'delivered');
    const gaps = delivery!.attempts.slice(1).map((attempt, index) => attempt.at - delivery!.attempts[index]!.at);
    assert.ok(gaps.every((gap) => gap >= RETRY_EVERY_MS && gap < RETRY_EVERY_MS + 5_000), `gaps ${gaps}`);
  });
});

describe('ownership of a delivery in flight', () => {
  const delivery = (platformId: string, id: string, fields: Partial<WebhookDelivery> = {}): WebhookDelivery => ({
    id, event: 'order.completed', objectId: 'ord_1', orderId: 'ord_1', platformId, url: `http://merchant.test/hooks/${id}`,
    body: JSON.stringify({ id }), signature: null, createdAt: 0, attempts: [], status: 'pending', nextAttemptAt: 0, ...fields,
  });

  /**
   * A store holding `evt_1`, due and claimed by `owner`, then `evt_2` of the same order, due too; a runtime whose other
   * live dispatchers are `alive` delivers what it may.
   */
  async function claimedBy(owner: string, alive: string[]) {
    const store = new Store(memoryPersistence());
    await store.transact((tx) => {
      const platformId = tx.platforms.all()[0]!.id;
      tx.webhooks.put(delivery(platformId, 'evt_1', { inFlight: { owner, since: 0 } }));
      tx.webhooks.put(delivery(platformId, 'evt_2', { createdAt: 1 }));
    });
    const sent: string[] = [];
    const runtime = createRuntime({
      store,
      send: async (url) => {
        sent.push(url);
        return { status: 200 };
      },
      publicUrl: () => 'http://sandbox.test',
      dispatcher: { owner: 'this-tab', othersAlive: async () => new Set(alive) },
    });
    await runtime.flush();
    const [first, second] = await runtime.store.read((view) => [view.webhooks.get('evt_1'), view.webhooks.get('evt_2')]);
    return { sent, first, second };
  }

  test('a claim by another dispatcher that is alive is left alone, whatever time has passed; its order\'s next event waits', async () => {
    const { sent, first, second } = await claimedBy('other-tab', ['other-tab']);
    assert.deepEqual(sent, []);
    assert.equal(first?.status, 'pending');
    assert.equal(second?.status, 'pending', 'the later event does not overtake the one in flight');
  });

  test('a claim by a dispatcher that is gone (closed tab, stopped process) is taken over and delivered once, then the next event', async () => {
    const { sent, first, second } = await claimedBy('closed-tab', []);
    assert.deepEqual(sent, ['http://merchant.test/hooks/evt_1', 'http://merchant.test/hooks/evt_2']);
    assert.equal(first?.status, 'delivered');
    assert.equal(first?.inFlight, undefined);
    assert.equal(second?.status, 'delivered');
  });

  test('the due index leaves out claimed deliveries and their order\'s others, and takes them back when the claim ends', async () => {
    const store = new Store(memoryPersistence());
    let platformId = '';
    await store.transact((tx) => {
      platformId = tx.platforms.all()[0]!.id;
      for (let at = 0; at < 300; at += 1) tx.webhooks.put(delivery(platformId, `done_${at}`, { orderId: `ord_done_${at}`, status: 'delivered', nextAttemptAt: null }));
      tx.webhooks.put(delivery(platformId, 'evt_1', { nextAttemptAt: 10, inFlight: { owner: 'other-tab', since: 10 } }));
      tx.webhooks.put(delivery(platformId, 'evt_2', { nextAttemptAt: 20 }));
      tx.webhooks.put(delivery(platformId, 'evt_3', { orderId: 'ord_3', nextAttemptAt: 30 }));
    });
    const look = () =>
      store.read((view) => ({
        next: nextWebhookDueAt(view),
        claims: view.listDue<'webhooks'>('webhooks.claims', Number.MAX_SAFE_INTEGER).map((claimed) => claimed.id),
      }));
    assert.deepEqual(await look(), { next: 30, claims: ['evt_1'] }, 'evt_2 waits for evt_1 of its order; delivered ones are not on the index');
    await store.transact((tx) => {
      const claimed = tx.webhooks.get('evt_1')!;
      delete claimed.inFlight;
      claimed.status = 'delivered';
      claimed.nextAttemptAt = null;
    });
    assert.deepEqual(await look(), { next: 20, claims: [] }, 'the claim ended: evt_2 is due again, without evt_2 itself changing');
  });
});

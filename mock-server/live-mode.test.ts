/**
 * Live mode (CONTRACT §2 "Sandbox and production"): live keys over data of their own, sandbox endpoints refused to live
 * keys, the sandbox's test cards, IBANs and accounts declined in live mode.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { sandboxWalletToken } from '../src/core/wallets.ts';
import { SANDBOX_ANCV_LOGIN } from './domain/ancv.ts';
import { TEST_CARDS } from './domain/cards.ts';
import { SANDBOX_IBANS } from './domain/sdd.ts';
import { createNodeSandbox, type NodeSandbox } from './node.ts';
import { liveKeys, seededPlatform, type PlatformSlug } from './seed.ts';
import { TestSandbox } from './testing/sandbox-client.ts';

const live = (slug: PlatformSlug) => liveKeys({ slug });
const card = (number: string) => ({ number, expiryMonth: '12', expiryYear: '2099', cvc: /^3[47]/.test(number) ? '1234' : '123', holder: 'Ada Lovelace' });

async function liveOrder(sandbox: TestSandbox, slug: PlatformSlug, fields: Record<string, unknown>): Promise<{ id: string; amount: number }> {
  const answer = await sandbox.call('POST', '/v1/orders', live(slug).secretKey, fields);
  assert.equal(answer.status, 201, JSON.stringify(answer.body));
  return answer.body.data;
}

test('GET /v1/sandbox/platforms lists each platform’s live keys beside its sandbox keys, every other field unchanged', async () => {
  const sandbox = new TestSandbox();
  const answer = await sandbox.call('GET', '/v1/sandbox/platforms', null);
  assert.equal(answer.status, 200);
  const seen = new Set<string>();
  for (const platform of answer.body.data.platforms) {
    const seeded = sandbox.platform(platform.slug);
    assert.equal(platform.secretKey, seeded.secretKey);
    assert.equal(platform.publicKey, seeded.publicKey);
    assert.match(platform.live.secretKey, /^sk_live_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.match(platform.live.publicKey, /^pk_live_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    for (const key of [platform.live.secretKey, platform.live.publicKey]) {
      assert.ok(!seen.has(key), `${key} is one platform's only`);
      seen.add(key);
    }
  }
  assert.equal(seen.size, answer.body.data.platforms.length * 2);
});

describe('an object of one mode is a 404 in the other', async () => {
  const sandbox = new TestSandbox();
  const keys = { sandbox: sandbox.platform('single'), live: live('single') };
  const sandboxOrder = await sandbox.createOrder('single', { amount: 1500, trackId: 'MODE-SANDBOX', email: 'sandbox@example.com' });
  const paid = await sandbox.pay('single', sandboxOrder.id);
  const sandboxTransaction = paid.body.data.id as string;
  const liveOne = await liveOrder(sandbox, 'single', { amount: 2500, trackId: 'MODE-LIVE', email: 'live@example.com' });
  const declined = await sandbox.call('POST', `/v1/orders/${liveOne.id}/payments`, keys.live.publicKey, { method: 'card', card: card('4242424242424242') });
  const liveTransaction = declined.body.transactionId as string;
  assert.ok(liveTransaction, JSON.stringify(declined.body));

  const subscriptionKeys = { sandbox: sandbox.platform('subscription').secretKey, live: live('subscription').secretKey };
  const made: Record<'sandbox' | 'live', Record<string, string>> = { sandbox: {}, live: {} };
  for (const mode of ['sandbox', 'live'] as const) {
    const key = subscriptionKeys[mode];
    made[mode].customer = (await sandbox.call('POST', '/v1/customers', key, { email: `${mode}@example.com` })).body.data.id;
    made[mode].product = (await sandbox.call('POST', '/v1/products', key, { name: `${mode} plan`, amount: 700 })).body.data.id;
    const subscription = await sandbox.call('POST', '/v1/subscriptions', key, { amount: 900, customerId: made[mode].customer, schedule: { period: 'monthly' } });
    assert.equal(subscription.status, 201, JSON.stringify(subscription.body));
    made[mode].subscription = subscription.body.data.id;
  }

  // [method, path, key of the mode that reads it, body]: each row runs with each mode's key against each mode's object.
  const rows: [string, (mode: 'sandbox' | 'live') => string, 'secret' | 'public' | 'subscription', unknown?][] = [
    ['GET', (mode) => `/v1/orders/${mode === 'live' ? liveOne.id : sandboxOrder.id}`, 'secret'],
    ['GET', (mode) => `/v1/orders/${mode === 'live' ? liveOne.id : sandboxOrder.id}/transactions`, 'secret'],
    ['GET', (mode) => `/v1/transactions/${mode === 'live' ? liveTransaction : sandboxTransaction}`, 'secret'],
    ['GET', (mode) => `/v1/checkout/${mode === 'live' ? liveOne.id : sandboxOrder.id}`, 'public'],
    ['GET', (mode) => `/v1/orders/${mode === 'live' ? liveOne.id : sandboxOrder.id}/live`, 'public'],
    ['POST', (mode) => `/v1/orders/${mode === 'live' ? liveOne.id : sandboxOrder.id}/refund`, 'secret', { amount: 1 }],
    ['POST', (mode) => `/v1/transactions/${mode === 'live' ? liveTransaction : sandboxTransaction}/refund`, 'secret', { amount: 1 }],
    ['POST', (mode) => `/v1/orders/${mode === 'live' ? liveOne.id : sandboxOrder.id}/payments`, 'public', { method: 'card', card: card('4242424242424242') }],
    ['GET', (mode) => `/v1/customers/${made[mode].customer}`, 'subscription'],
    ['GET', (mode) => `/v1/products/${made[mode].product}`, 'subscription'],
    ['GET', (mode) => `/v1/subscriptions/${made[mode].subscription}`, 'subscription'],
    ['POST', (mode) => `/v1/subscriptions/${made[mode].subscription}/cancel`, 'subscription', {}],
  ];
  const keyOf = (kind: 'secret' | 'public' | 'subscription', mode: 'sandbox' | 'live') =>
    kind === 'subscription' ? subscriptionKeys[mode] : kind === 'secret' ? keys[mode].secretKey : keys[mode].publicKey;

  for (const [method, path, kind, body] of rows) {
    for (const [caller, owner] of [['live', 'sandbox'], ['sandbox', 'live']] as const) {
      test(`${method} ${path(owner)} (${owner}) with a ${caller} key: 404, nothing revealed`, async () => {
        const answer = await sandbox.call(method, path(owner), keyOf(kind, caller), body);
        assert.equal(answer.status, 404, JSON.stringify(answer.body));
        assert.ok(Array.isArray(answer.body.errors) && answer.body.errors.length > 0);
        assert.ok(!JSON.stringify(answer.body).includes('MODE-'), 'no trackId of the other mode');
      });
    }
    if (method === 'GET') {
      test(`${method} ${path('live')} with its own mode's key: 200`, async () => {
        for (const mode of ['sandbox', 'live'] as const) assert.equal((await sandbox.call(method, path(mode), keyOf(kind, mode))).status, 200, `${mode}: ${path(mode)}`);
      });
    }
  }

  test('lists and pages never mix modes', async () => {
    const ids = async (path: string, key: string) => (await sandbox.listAll(path, key)).map((record) => record.id);
    assert.deepEqual(await ids('/v1/orders', keys.live.secretKey), [liveOne.id]);
    assert.deepEqual(await ids('/v1/orders', keys.sandbox.secretKey), [sandboxOrder.id]);
    assert.deepEqual(await ids(`/v1/orders/${liveOne.id}/transactions`, keys.live.secretKey), [liveTransaction]);
    for (const kind of ['customers', 'products', 'subscriptions'] as const) {
      const singular = kind.slice(0, -1);
      assert.deepEqual(await ids(`/v1/${kind}`, subscriptionKeys.live), [made.live[singular]], kind);
      assert.deepEqual(await ids(`/v1/${kind}`, subscriptionKeys.sandbox), [made.sandbox[singular]], kind);
    }
    const deliveries = await sandbox.listAll<{ id: string; orderId?: string }>('/v1/sandbox/webhooks', keys.sandbox.secretKey);
    assert.ok(deliveries.length > 0 && deliveries.every((delivery) => delivery.orderId !== liveOne.id), 'live webhooks are not in the sandbox log');
  });

  test('the hosted page of a live order renders it with the live public key', async () => {
    const hosted = await sandbox.call('GET', `/v1/hosted/orders/${liveOne.id}`, null);
    assert.equal(hosted.body.data.publicKey, keys.live.publicKey);
    assert.equal((await sandbox.call('GET', `/v1/hosted/orders/${sandboxOrder.id}`, null)).body.data.publicKey, keys.sandbox.publicKey);
  });
});

describe('sandbox endpoints refuse live keys (403) and change nothing', async () => {
  const sandbox = new TestSandbox();
  const order = await sandbox.createOrder('single', { amount: 1000 });
  const key = live('single').secretKey;
  const before = await sandbox.now();
  const endpoints: [string, string, unknown?][] = [
    ['GET', '/v1/sandbox/clock'],
    ['POST', '/v1/sandbox/clock', { advanceBy: 60_000 }],
    ['GET', '/v1/sandbox/webhooks'],
    ['GET', '/v1/sandbox/outbox'],
    ['PATCH', `/v1/sandbox/platforms/${sandbox.platform('single').id}`, { webhookUrl: 'https://example.com/hook' }],
    ['POST', `/v1/sandbox/orders/${order.id}/pay`, {}],
    ['POST', `/v1/sandbox/orders/${order.id}/viban-transfer`, { amount: 100 }],
    ['POST', `/v1/sandbox/transactions/${order.id.replace(/^[a-z]+_/, 'auth_')}/ancv-confirm`, { amount: 100 }],
    ['POST', '/v1/sandbox/reset', {}],
  ];
  for (const [method, path, body] of endpoints) {
    test(`${method} ${path}`, async () => {
      for (const secret of [key, live('single').publicKey]) {
        const answer = await sandbox.call(method, path, secret, body);
        assert.equal(answer.status, 403, JSON.stringify(answer.body));
        assert.match(answer.body.errors.join(' '), /sandbox/i);
      }
    });
  }
  test('nothing changed: the clock, the order, the platform', async () => {
    assert.ok((await sandbox.now()) - before < 60_000);
    assert.equal((await sandbox.order('single', order.id)).status, 'initiated');
    const platforms = (await sandbox.call('GET', '/v1/sandbox/platforms', key)).body.data.platforms;
    assert.equal(platforms.find((platform: { slug: string }) => platform.slug === 'single').webhookUrl, null);
  });
});

describe('live mode declines the sandbox test data, and takes no real payment either', async () => {
  const sandbox = new TestSandbox();
  const pay = async (slug: PlatformSlug, fields: Record<string, unknown>, body: Record<string, unknown>) => {
    const order = await liveOrder(sandbox, slug, fields);
    return { order, answer: await sandbox.call('POST', `/v1/orders/${order.id}/payments`, live(slug).publicKey, body) };
  };

  for (const number of Object.keys(TEST_CARDS)) {
    test(`test card ${number}: 402 test_card_in_live_mode, a failed transaction, the order still initiated`, async () => {
      const { order, answer } = await pay('single', { amount: 1200 }, { method: 'card', card: card(number) });
      assert.equal(answer.status, 402, JSON.stringify(answer.body));
      assert.equal(answer.body.code, 'test_card_in_live_mode');
      assert.match(answer.body.errors[0], /test card/);
      const shown = (await sandbox.call('GET', `/v1/transactions/${answer.body.transactionId}`, live('single').secretKey)).body.data;
      assert.equal(shown.status, 'failed');
      assert.equal(shown.amountCaptured, 0);
      assert.equal((await sandbox.call('GET', `/v1/orders/${order.id}`, live('single').secretKey)).body.data.status, 'initiated');
    });
  }

  test('a card that is no test card: 402 live_payments_unavailable (the mock charges no real card)', async () => {
    const { answer } = await pay('single', { amount: 1200 }, { method: 'card', card: card('4111111111111111') });
    assert.equal(answer.status, 402);
    assert.equal(answer.body.code, 'live_payments_unavailable');
  });

  test('a malformed card is still a 400 in live mode, and records nothing', async () => {
    const { order, answer } = await pay('single', { amount: 1200 }, { method: 'card', card: card('4242424242424241') });
    assert.equal(answer.status, 400);
    assert.deepEqual(await sandbox.listAll(`/v1/orders/${order.id}/transactions`, live('single').secretKey), []);
  });

  test('wallet tokens of the sandbox test cards: test_card_in_live_mode', async () => {
    for (const method of ['applepay', 'googlepay']) {
      const { answer } = await pay('wallets', { amount: 1200 }, { method, wallet: { token: sandboxWalletToken('4242424242424242') } });
      assert.equal(answer.body.code, 'test_card_in_live_mode', method);
    }
  });

  for (const iban of Object.keys(SANDBOX_IBANS)) {
    test(`SEPA test IBAN ${iban}: test_iban_in_live_mode, no mandate signed`, async () => {
      const { answer } = await pay('sdd', { amount: 3000, ux: 'sdd' }, { method: 'sdd', iban, payer: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' } });
      assert.equal(answer.status, 402, JSON.stringify(answer.body));
      assert.equal(answer.body.code, 'test_iban_in_live_mode');
    });
  }

  test('the sandbox ANCV account: test_account_in_live_mode', async () => {
    const { answer } = await pay('ancv', { amount: 3000 }, { method: 'ancv', ancvLogin: SANDBOX_ANCV_LOGIN });
    assert.equal(answer.status, 402, JSON.stringify(answer.body));
    assert.equal(answer.body.code, 'test_account_in_live_mode');
  });

  test('the same test card pays in the sandbox (the rule is live mode’s only)', async () => {
    const order = await sandbox.createOrder('single', { amount: 1200 });
    const answer = await sandbox.call('POST', `/v1/orders/${order.id}/payments`, sandbox.platform('single').publicKey, { method: 'card', card: card('4242424242424242') });
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
  });
});

test('due work runs in its record’s mode: a live split order’s deadline cancels it, its webhook stays live', async () => {
  const sandbox = new TestSandbox();
  const order = await liveOrder(sandbox, 'split-direct', { amount: 6000, ux: 'collect', delay: 10 });
  const sandboxOrder = await sandbox.createOrder('split-direct', { amount: 6000, ux: 'collect', delay: 10 });
  await sandbox.advance(11 * 60_000);
  const key = live('split-direct').secretKey;
  assert.equal((await sandbox.call('GET', `/v1/orders/${order.id}`, key)).body.data.status, 'canceled');
  assert.equal((await sandbox.order('split-direct', sandboxOrder.id)).status, 'canceled');
  assert.deepEqual(await sandbox.events(order.id), [], 'the live order’s webhooks are not in the sandbox log');
  assert.ok((await sandbox.events(sandboxOrder.id)).includes('order.canceled'));
  const records = sandbox.sandbox.runtime.store.snapshot().records;
  const liveDeliveries = (records.webhooks ?? []).filter((delivery) => delivery.orderId === order.id);
  assert.ok(liveDeliveries.some((delivery) => delivery.event === 'order.canceled'));
  assert.ok(liveDeliveries.every((delivery) => (delivery as { mode?: string }).mode === 'live'));
});

test('SQLite keeps each record’s mode: after a restart the live order is still live only, the sandbox one sandbox only', async () => {
  const dataFile = join(mkdtempSync(join(tmpdir(), 'sg-live-')), 'sandbox.db');
  const open = () => createNodeSandbox({ publicUrl: 'http://sandbox.test', dataFile, send: async () => ({ status: 200 }) });
  const call = async (sandbox: NodeSandbox, method: string, path: string, key: string, body?: unknown) => {
    const response = await sandbox.respond(new Request(`http://sandbox.test${path}`, { method, headers: { Authorization: key, 'Content-Type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) }));
    return { status: response?.status ?? 0, body: await response?.json() };
  };
  const sandboxKey = seededPlatform('single').secretKey;
  const liveKey = live('single').secretKey;
  const first = open();
  const liveOne = (await call(first, 'POST', '/v1/orders', liveKey, { amount: 700, trackId: 'PERSIST-LIVE' })).body.data;
  const sandboxOne = (await call(first, 'POST', '/v1/orders', sandboxKey, { amount: 800 })).body.data;
  await first.close();
  const second = open();
  try {
    assert.equal((await call(second, 'GET', `/v1/orders/${liveOne.id}`, liveKey)).body.data.trackId, 'PERSIST-LIVE');
    assert.equal((await call(second, 'GET', `/v1/orders/${liveOne.id}`, sandboxKey)).status, 404);
    assert.equal((await call(second, 'GET', `/v1/orders/${sandboxOne.id}`, liveKey)).status, 404);
    assert.deepEqual((await call(second, 'GET', '/v1/orders', liveKey)).body.data.map((order: { id: string }) => order.id), [liveOne.id]);
    assert.deepEqual((await call(second, 'GET', '/v1/orders', sandboxKey)).body.data.map((order: { id: string }) => order.id), [sandboxOne.id]);
  } finally {
    await second.close();
  }
});

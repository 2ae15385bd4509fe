import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { getResponse } from 'msw';
import { wallClockNow } from './clock.ts';
import { createNodeSandbox } from './node.ts';
import { seededPlatforms } from './seed.ts';
import { TestSandbox } from './testing/sandbox-client.ts';

describe('seeded sandbox', () => {
  test('one organization, one platform per module, the same keys at every start, open to a newcomer', async () => {
    const sandbox = new TestSandbox();
    const answer = await sandbox.call('GET', '/v1/sandbox/platforms', null);
    assert.equal(answer.status, 200);
    const { organizations, platforms } = answer.body.data;
    assert.equal(organizations.length, 1);
    assert.deepEqual(platforms.map((platform: { id: string }) => platform.id), seededPlatforms().map((platform) => platform.id));
    const modes = platforms.filter((platform: { module: string }) => platform.module === 'split').map((platform: { settings: { validationMode: string } }) => platform.settings.validationMode);
    assert.deepEqual([...new Set(modes)].sort(), ['direct', 'standard']);
    for (const platform of platforms) {
      assert.match(platform.secretKey, /^sk_test_[0-9a-f-]{36}$/);
      assert.match(platform.publicKey, /^pk_test_[0-9a-f-]{36}$/);
      assert.match(platform.webhookSecret, /^whsk_[0-9a-f-]{36}$/);
      assert.match(platform.id, /^pl_[0-9a-f-]{36}$/);
    }
    assert.deepEqual(seededPlatforms(), seededPlatforms());
  });

  test('reset goes back to the seeded state', async () => {
    const sandbox = new TestSandbox();
    const key = sandbox.platform('single').secretKey;
    const order = await sandbox.createOrder('single', { amount: 1000 });
    await sandbox.advance(3_600_000);
    assert.equal((await sandbox.call('POST', '/v1/sandbox/reset', key)).status, 200);
    assert.equal((await sandbox.call('GET', `/v1/orders/${order.id}`, key)).status, 404);
    assert.ok(Math.abs((await sandbox.now()) - wallClockNow()) < 2_000, 'the clock is back to real time');
  });

  test('browserless pay runs the widget path: declines, 3-D Secure answers, the transaction in the answer', async () => {
    const sandbox = new TestSandbox();
    const order = await sandbox.createOrder('single', { amount: 1000 });
    const declined = await sandbox.pay('single', order.id, { card: '4000 0000 0000 9995' });
    assert.equal(declined.status, 200);
    assert.equal(declined.body.data.status, 'failed');
    assert.equal(declined.body.data.declineReason, 'insufficient_funds');
    const refused = await sandbox.pay('single', order.id, { card: '4000000000003220', threeDS: 'refuse' });
    assert.equal(refused.body.data.declineReason, 'authentication_failed');
    const paid = await sandbox.pay('single', order.id, { card: '4000000000003220', payer: { email: 'bob@example.com' } });
    assert.equal(paid.body.data.status, 'captured');
    assert.equal(paid.body.data.email, 'bob@example.com');
    assert.equal(paid.body.data.orderStatus, 'completed');
    assert.deepEqual(paid.body.data.operations.map((operation: { type: string }) => operation.type), ['authorization', 'capture']);
    const unknown = await sandbox.pay('single', 'ord_nope');
    assert.equal(unknown.status, 404);
  });

  test('sendLinkConfig puts the payment link in the outbox by email and SMS', async () => {
    const sandbox = new TestSandbox();
    const order = await sandbox.createOrder('single', { amount: 4250, email: 'ada@example.com', sendLinkConfig: { channels: ['email', 'sms'], phone: '+33612345678' } });
    const outbox = await sandbox.call('GET', `/v1/sandbox/outbox?orderId=${order.id}`, sandbox.platform('single').secretKey);
    assert.deepEqual(outbox.body.data.map((message: { channel: string; to: string }) => [message.channel, message.to]), [['email', 'ada@example.com'], ['sms', '+33612345678']]);
    assert.ok(outbox.body.data.every((message: { links: string[] }) => message.links[0] === order.redirectUrl));
    const missing = await sandbox.call('POST', '/v1/orders', sandbox.platform('single').secretKey, { amount: 100, sendLinkConfig: { channels: ['sms'] } });
    assert.equal(missing.status, 400);
  });

  test('delay gives dueDate = creation + minutes; dueDate wins over delay; a past dueDate is refused', async () => {
    const sandbox = new TestSandbox();
    const order = await sandbox.createOrder('single', { amount: 1000, delay: 90 });
    assert.equal(order.dueDate - order.createdAt, 90 * 60_000);
    const explicit = order.createdAt + 10 * 60_000;
    const both = await sandbox.createOrder('single', { amount: 1000, delay: 90, dueDate: explicit });
    assert.equal(both.dueDate, explicit);
    const past = await sandbox.call('POST', '/v1/orders', sandbox.platform('single').secretKey, { amount: 1000, dueDate: 1000 });
    assert.equal(past.status, 400);
  });

  test('openapi.json describes every contract endpoint from the zod schemas', async () => {
    const sandbox = new TestSandbox();
    const answer = await sandbox.call('GET', '/v1/openapi.json', null);
    assert.equal(answer.body.openapi, '3.1.0');
    for (const path of ['/v1/orders', '/v1/orders/{id}', '/v1/orders/{id}/transactions', '/v1/transactions/{id}', '/v1/orders/{id}/cancel', '/v1/orders/{id}/refund', '/v1/transactions/{id}/refund', '/v1/sandbox/platforms', '/v1/sandbox/clock', '/v1/sandbox/webhooks', '/v1/sandbox/outbox', '/v1/sandbox/orders/{id}/viban-transfer', '/v1/sandbox/orders/{id}/pay', '/v1/sandbox/transactions/{id}/ancv-confirm', '/v1/sandbox/reset', '/v1/checkout/{id}', '/v1/orders/{id}/payments']) {
      assert.ok(answer.body.paths[path], `${path} is described`);
    }
    const create = answer.body.paths['/v1/orders'].post.requestBody.content['application/json'].schema;
    assert.deepEqual(create.required, ['amount']);
    // An integer, or a numeric string as integrations written for the real platform send (CONTRACT §2).
    assert.deepEqual(create.properties.amount.anyOf.map((option: { type: string }) => option.type), ['integer', 'string']);
  });
});

describe('persistence', () => {
  test('with a data file, the state survives a restart', async () => {
    const dataFile = join(mkdtempSync(join(tmpdir(), 'sg-sandbox-')), 'sandbox.db');
    const first = createNodeSandbox({ publicUrl: 'http://sandbox.test', dataFile, send: async () => ({ status: 200 }) });
    const key = seededPlatforms()[0]!.secretKey;
    const created = await getResponse(first.handlers, new Request('http://sandbox.test/v1/orders', { method: 'POST', headers: { Authorization: key }, body: JSON.stringify({ amount: 777 }) }));
    const { data: order } = (await created!.json()) as { data: { id: string } };
    const db = new Database(dataFile, { readonly: true });
    assert.equal(db.prepare('SELECT platform_id FROM orders WHERE id = ?').pluck().get(order.id), seededPlatforms()[0]!.id);
    db.close();
    const second = createNodeSandbox({ publicUrl: 'http://sandbox.test', dataFile, send: async () => ({ status: 200 }) });
    const read = await getResponse(second.handlers, new Request(`http://sandbox.test/v1/orders/${order.id}`, { headers: { Authorization: key } }));
    assert.equal(((await read!.json()) as { data: { amount: number } }).data.amount, 777);
  });
});

describe('openapi.json is complete', () => {
  test('every route the sandbox answers is described, and nothing else', async () => {
    const sandbox = new TestSandbox();
    const answer = await sandbox.call('GET', '/v1/openapi.json', null);
    const described = new Set<string>();
    for (const [path, methods] of Object.entries(answer.body.paths as Record<string, Record<string, unknown>>)) {
      for (const method of Object.keys(methods)) described.add(`${method.toUpperCase()} ${path}`);
    }
    const served = new Set(
      sandbox.sandbox.handlers
        // The path guard in front and the JSON 404 behind every endpoint (custom predicates) are not routes.
        .filter((handler) => typeof handler.info.path === 'string')
        .map((handler) => `${String(handler.info.method)} ${String(handler.info.path).replace(/^\*/, '').replace(/:(\w+)/g, '{$1}')}`)
        .filter((route) => !route.endsWith('/v1/openapi.json')),
    );
    assert.deepEqual([...served].filter((route) => !described.has(route)), [], 'served but not described');
    assert.deepEqual([...described].filter((route) => !served.has(route)), [], 'described but not served');
  });
});

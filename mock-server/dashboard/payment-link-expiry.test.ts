import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TestSandbox } from '../testing/sandbox-client.ts';
import { DashboardBrowser } from './testing.ts';

const DAY = 86_400_000;
const card = { number: '4242424242424242', expiryMonth: '12', expiryYear: '2099', cvc: '123', holder: 'Ada Lovelace' };

test('a payment link with an expiry: paid before it, refused after it (API, sandbox pay, send again), the hosted page told', async () => {
  const sandbox = new TestSandbox();
  const single = sandbox.platform('single');
  const browser = new DashboardBrowser(sandbox);
  await browser.signIn('single@sandbox.test');
  const path = `/v1/dashboard/platforms/${single.id}/payment-links`;
  for (const expiresInDays of [0, 366, 1.5, '7']) {
    const refused = await browser.request('POST', path, { amount: 1000, expiresInDays });
    assert.equal(refused.status, 400, JSON.stringify(expiresInDays));
    assert.ok(refused.body.errors.some((error: string) => error.startsWith('expiresInDays: ')), JSON.stringify(refused.body.errors));
  }
  assert.equal((await sandbox.listAll('/v1/orders', single.secretKey)).length, 0, 'a refused expiry creates nothing');

  const before = await sandbox.now();
  const created = await browser.request('POST', path, { amount: 1000, email: 'ada@example.com', sendByEmail: true, expiresInDays: 1 });
  assert.equal(created.status, 200, JSON.stringify(created.body));
  const order = created.body.data;
  const after = await sandbox.now();
  assert.ok(order.linkExpiresAt >= before + DAY && order.linkExpiresAt <= after + DAY, 'a day of sandbox time from creation');
  const [message] = await sandbox.listAll(`/v1/sandbox/outbox?orderId=${order.id}`, single.secretKey);
  assert.match(message.text, new RegExp(`expires on ${new Date(order.linkExpiresAt).toISOString()}`));
  const paidInTime = await browser.request('POST', path, { amount: 2000, expiresInDays: 1 });
  assert.equal((await sandbox.call('POST', `/v1/orders/${paidInTime.body.data.id}/payments`, single.publicKey, { method: 'card', card })).status, 201);

  let hosted = (await sandbox.call('GET', `/v1/hosted/orders/${order.id}`, null)).body.data;
  assert.equal(hosted.linkExpired, false);
  await sandbox.advance(DAY);
  hosted = (await sandbox.call('GET', `/v1/hosted/orders/${order.id}`, null)).body.data;
  assert.deepEqual([hosted.linkExpiresAt, hosted.linkExpired], [order.linkExpiresAt, true]);

  const refused = await sandbox.call('POST', `/v1/orders/${order.id}/payments`, single.publicKey, { method: 'card', card });
  assert.equal(refused.status, 409);
  assert.equal(refused.body.code, 'link_expired');
  assert.match(refused.body.errors[0], /expired/);
  assert.equal((await sandbox.pay('single', order.id)).body.code, 'link_expired');
  assert.deepEqual(await sandbox.transactions('single', order.id), [], 'no transaction was recorded');
  assert.equal((await sandbox.order('single', order.id)).status, 'initiated');

  await browser.signIn('single@sandbox.test');
  const again = await browser.request('POST', `/v1/dashboard/orders/${order.id}/send-link`, { sendByEmail: true });
  assert.equal(again.status, 409);
  assert.equal(again.body.code, 'link_expired');
  const detail = (await browser.request('GET', `/v1/dashboard/orders/${order.id}`)).body.data;
  assert.deepEqual(detail.link, { expiresAt: order.linkExpiresAt, expired: true });
  // A link without expiry never expires.
  const forever = await browser.request('POST', path, { amount: 1000 });
  assert.equal(forever.body.data.linkExpiresAt, undefined);
  assert.equal((await browser.request('GET', `/v1/dashboard/orders/${forever.body.data.id}`)).body.data.link, null);
});

test('an expired payment link opens no Amazon Pay session (no session is opened that no payment could complete)', async () => {
  const sandbox = new TestSandbox();
  const wallets = sandbox.platform('wallets');
  const browser = new DashboardBrowser(sandbox);
  await browser.signIn('admin@sandbox.test');
  const created = await browser.request('POST', `/v1/dashboard/platforms/${wallets.id}/payment-links`, { amount: 1000, expiresInDays: 1 });
  assert.equal(created.status, 200, JSON.stringify(created.body));
  const order = created.body.data;
  const path = `/v1/orders/${order.id}/amazon-pay/sessions`;
  assert.equal((await sandbox.call('POST', path, wallets.publicKey, {})).status, 201, 'a session opens while the link is valid');
  await sandbox.advance(DAY);
  const refused = await sandbox.call('POST', path, wallets.publicKey, {});
  assert.equal(refused.status, 409, JSON.stringify(refused.body));
  assert.equal(refused.body.code, 'link_expired');
});

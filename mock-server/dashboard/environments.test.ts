import assert from 'node:assert/strict';
import { test } from 'node:test';
import { liveKeys } from '../seed.ts';
import { TestSandbox } from '../testing/sandbox-client.ts';
import { DashboardBrowser } from './testing.ts';

test('the environment switch: kept in the session, every page, export and action sees its mode only', async () => {
  const sandbox = new TestSandbox();
  const single = sandbox.platform('single');
  const live = liveKeys(single);
  const sandboxOrder = await sandbox.createOrder('single', { amount: 1500, trackId: 'ENV-SANDBOX' });
  await sandbox.pay('single', sandboxOrder.id);
  const liveOrder = (await sandbox.call('POST', '/v1/orders', live.secretKey, { amount: 2500, trackId: 'ENV-LIVE' })).body.data;

  const browser = new DashboardBrowser(sandbox);
  assert.equal((await browser.signIn('admin@sandbox.test')).body.data.mode, 'sandbox');
  const list = async () => (await browser.request('GET', `/v1/dashboard/platforms/${single.id}/orders`)).body.data.map((order: { id: string }) => order.id);
  assert.deepEqual(await list(), [sandboxOrder.id]);

  for (const mode of ['production', 'LIVE', 1, null]) assert.equal((await browser.request('POST', '/v1/dashboard/session/mode', { mode })).status, 400, String(mode));
  const noToken = await browser.request('POST', '/v1/dashboard/session/mode', { mode: 'live' }, { 'X-CSRF-Token': 'wrong' });
  assert.equal(noToken.status, 403, 'the switch needs the CSRF token');
  assert.equal((await browser.request('GET', '/v1/dashboard/session')).body.data.mode, 'sandbox');

  const switched = await browser.request('POST', '/v1/dashboard/session/mode', { mode: 'live' });
  assert.equal(switched.status, 200);
  assert.equal(switched.body.data.mode, 'live');
  assert.equal((await browser.request('GET', '/v1/dashboard/session')).body.data.mode, 'live', 'kept in the session');
  assert.deepEqual(await list(), [liveOrder.id]);
  assert.equal((await browser.request('GET', `/v1/dashboard/orders/${sandboxOrder.id}`)).status, 404);
  assert.equal((await browser.request('POST', `/v1/dashboard/orders/${sandboxOrder.id}/refund`, {})).status, 404);
  const csv = (await browser.request('GET', `/v1/dashboard/platforms/${single.id}/operations.csv`)).text;
  assert.ok(!csv.includes(sandboxOrder.id), 'the export holds no sandbox operation');
  const balances = (await browser.request('GET', `/v1/dashboard/platforms/${single.id}/withdrawals`)).body.data;
  assert.ok(!JSON.stringify(balances).includes('1500'), `production has no sandbox balance: ${JSON.stringify(balances)}`);

  const settings = (await browser.request('GET', `/v1/dashboard/platforms/${single.id}/settings`)).body.data;
  assert.equal(settings.publicKey, live.publicKey);
  assert.match(settings.secretKey, /^sk_live_••••/);
  assert.equal((await browser.request('POST', `/v1/dashboard/platforms/${single.id}/credentials/reveal`)).body.data.secretKey, live.secretKey);

  // A payment link created in production is a live order: the live key reads it, the sandbox key does not.
  const link = await browser.request('POST', `/v1/dashboard/platforms/${single.id}/payment-links`, { amount: 990, trackId: 'ENV-LINK' });
  assert.equal(link.status, 200);
  assert.equal((await sandbox.call('GET', `/v1/orders/${link.body.data.id}`, live.secretKey)).status, 200);
  assert.equal((await sandbox.call('GET', `/v1/orders/${link.body.data.id}`, single.secretKey)).status, 404);
  assert.equal((await sandbox.call('GET', `/v1/hosted/orders/${link.body.data.id}`, null)).body.data.publicKey, live.publicKey);

  // Another session of the same account keeps its own environment.
  const other = new DashboardBrowser(sandbox, '203.0.113.9');
  await other.signIn('admin@sandbox.test');
  assert.deepEqual((await other.request('GET', `/v1/dashboard/platforms/${single.id}/orders`)).body.data.map((order: { id: string }) => order.id), [sandboxOrder.id]);
  await browser.request('POST', '/v1/dashboard/session/mode', { mode: 'sandbox' });
  assert.deepEqual(await list(), [sandboxOrder.id]);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TestSandbox } from '../testing/sandbox-client.ts';
import { DashboardBrowser } from './testing.ts';

test('withdrawals: balance = captured - refunded - withdrawn, ANCV left out; a withdrawal is an operation of no transaction', async () => {
  const sandbox = new TestSandbox();
  const platform = sandbox.platform('multi-ancv');
  const card = await sandbox.createOrder('multi-ancv', { amount: 5000 });
  const paid = await sandbox.pay('multi-ancv', card.id, { method: 'card', amount: 5000 });
  const ancv = await sandbox.createOrder('multi-ancv', { amount: 3000 });
  const asked = await sandbox.pay('multi-ancv', ancv.id, { method: 'ancv', amount: 3000 });
  await sandbox.call('POST', `/v1/sandbox/transactions/${asked.body.data.id}/ancv-confirm`, platform.secretKey, { amount: 3000 });
  await sandbox.call('POST', `/v1/transactions/${paid.body.data.id}/refund`, platform.secretKey, { amount: 700 });
  const admin = new DashboardBrowser(sandbox);
  await admin.signIn('admin@sandbox.test');
  const path = `/v1/dashboard/platforms/${platform.id}/withdrawals`;
  assert.deepEqual((await admin.request('GET', path)).body.data, { balances: { EUR: 4300 }, withdrawals: [] });
  const above = await admin.request('POST', path, { amount: 4301 });
  assert.equal(above.status, 400);
  assert.match(above.body.errors[0], /^amount: /);
  const first = await admin.request('POST', path, { amount: 300 });
  assert.equal(first.status, 200);
  assert.equal(first.body.data.balances.EUR, 4000);
  const rest = await admin.request('POST', path, {});
  assert.equal(rest.body.data.balances.EUR, 0);
  assert.deepEqual(rest.body.data.withdrawals.map((withdrawal: { amount: number; type: string; transactionId: null }) => [withdrawal.type, withdrawal.amount, withdrawal.transactionId]), [
    ['withdrawal', 4000, null],
    ['withdrawal', 300, null],
  ]);
  assert.equal((await admin.request('POST', path, {})).status, 400, 'nothing left');
  const single = new DashboardBrowser(sandbox);
  await single.signIn('single@sandbox.test');
  assert.equal((await single.request('GET', path)).status, 404, "another platform's wallet");
  assert.equal((await single.request('POST', path, { amount: 1 })).status, 404);
});

test('pay later counts in full at confirmation; refunds after a withdrawal can make the balance negative', async () => {
  const sandbox = new TestSandbox();
  const platform = sandbox.platform('paylater');
  const order = await sandbox.createOrder('paylater', { amount: 8000 });
  await sandbox.pay('paylater', order.id);
  assert.equal((await sandbox.order('paylater', order.id)).status, 'confirmed');
  const admin = new DashboardBrowser(sandbox);
  await admin.signIn('admin@sandbox.test');
  const path = `/v1/dashboard/platforms/${platform.id}/withdrawals`;
  assert.equal((await admin.request('GET', path)).body.data.balances.EUR, 8000);
  await admin.request('POST', path, {});
  await sandbox.call('POST', `/v1/orders/${order.id}/refund`, platform.secretKey, { amount: 1000 });
  assert.equal((await admin.request('GET', path)).body.data.balances.EUR, -1000);
});

test('settings: keys masked until revealed; only an organization admin changes the webhook URL', async () => {
  const sandbox = new TestSandbox();
  const single = sandbox.platform('single');
  const platformAdmin = new DashboardBrowser(sandbox);
  await platformAdmin.signIn('single@sandbox.test');
  const shown = await platformAdmin.request('GET', `/v1/dashboard/platforms/${single.id}/settings`);
  assert.equal(shown.body.data.publicKey, single.publicKey);
  assert.equal(shown.body.data.secretKey, `sk_test_••••${single.secretKey.slice(-4)}`);
  assert.ok(!shown.text.includes(single.secretKey) && !shown.text.includes(single.webhookSecret));
  const revealed = await platformAdmin.request('POST', `/v1/dashboard/platforms/${single.id}/credentials/reveal`);
  assert.deepEqual(revealed.body.data, { secretKey: single.secretKey, webhookSecret: single.webhookSecret });
  const refused = await platformAdmin.request('PATCH', `/v1/dashboard/platforms/${single.id}`, { webhookUrl: 'https://merchant.example/hooks' });
  assert.equal(refused.status, 403);
  const admin = new DashboardBrowser(sandbox);
  await admin.signIn('admin@sandbox.test');
  const bad = await admin.request('PATCH', `/v1/dashboard/platforms/${single.id}`, { webhookUrl: 'not a url' });
  assert.equal(bad.status, 400);
  const changed = await admin.request('PATCH', `/v1/dashboard/platforms/${single.id}`, { webhookUrl: 'https://merchant.example/hooks' });
  assert.equal(changed.status, 200);
  assert.equal((await platformAdmin.request('GET', `/v1/dashboard/platforms/${single.id}/settings`)).body.data.webhookUrl, 'https://merchant.example/hooks');
  assert.equal((await platformAdmin.request('GET', `/v1/dashboard/platforms/${sandbox.platform('viban').id}/settings`)).status, 404);
});

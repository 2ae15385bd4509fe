/**
 * A transaction's refund refused for its amount names the field, as the order's refund does, so that the dashboard's
 * form (which reads "amount: …" at the field) says it there when the page was stale (another tab refunded meanwhile).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TestSandbox } from '../testing/sandbox-client.ts';
import { DashboardBrowser } from './testing.ts';

test('a transaction refund above what is left, sent from a stale page, is refused at the amount field', async () => {
  const sandbox = new TestSandbox();
  const browser = new DashboardBrowser(sandbox);
  await browser.signIn('single@sandbox.test');
  const order = await sandbox.createOrder('single', { amount: 1000 });
  const paid = await sandbox.pay('single', order.id);
  const transactionId = paid.body.data.id;
  assert.equal((await browser.request('POST', `/v1/dashboard/transactions/${transactionId}/refund`, { amount: 600 })).status, 200);
  const stale = await browser.request('POST', `/v1/dashboard/transactions/${transactionId}/refund`, { amount: 600 });
  assert.equal(stale.status, 400);
  assert.deepEqual(stale.body.errors, ['amount: 600 cents is above what is left to refund on this transaction (400 cents)']);
});

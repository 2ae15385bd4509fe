/**
 * The orders list's cursor (`startingAfter`, the last order of the page shown) stays a place in the list when that order
 * no longer matches the filters (refunded or canceled meanwhile): "Next page" goes on after it instead of answering 404.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TestSandbox } from '../testing/sandbox-client.ts';
import { DashboardBrowser } from './testing.ts';

test('the next page follows a cursor whose order left the filter since the page was shown', async () => {
  const sandbox = new TestSandbox();
  const single = sandbox.platform('single');
  const browser = new DashboardBrowser(sandbox);
  await browser.signIn('single@sandbox.test');
  const ids: string[] = [];
  for (const amount of [1000, 2000, 3000, 4000]) {
    const order = await sandbox.createOrder('single', { amount });
    assert.equal((await sandbox.pay('single', order.id)).status, 200);
    ids.push(order.id);
  }
  const list = (query: string) => browser.request('GET', `/v1/dashboard/platforms/${single.id}/orders?status=completed&limit=2&${query}`);
  const first = await list('order=desc');
  assert.deepEqual(first.body.data.map((order: { id: string }) => order.id), [ids[3], ids[2]]);
  // The last order of the page is refunded in another tab: it is no longer "completed".
  assert.equal((await browser.request('POST', `/v1/dashboard/orders/${ids[2]}/refund`, {})).status, 200);
  const next = await list(`order=desc&startingAfter=${ids[2]}`);
  assert.equal(next.status, 200, JSON.stringify(next.body));
  assert.deepEqual(next.body.data.map((order: { id: string }) => order.id), [ids[1], ids[0]]);
  assert.equal(next.body.hasMore, false);
  const ascending = await list(`order=asc&startingAfter=${ids[2]}`);
  assert.deepEqual(ascending.body.data.map((order: { id: string }) => order.id), [ids[3]]);
  // A cursor that is no order of this platform is still a 404 (another platform's order included).
  const other = await sandbox.createOrder('viban', { amount: 1000 });
  assert.equal((await list(`order=desc&startingAfter=${other.id}`)).status, 404);
  assert.equal((await list('order=desc&startingAfter=ord_00000000-0000-4000-8000-000000000000')).status, 404);
});

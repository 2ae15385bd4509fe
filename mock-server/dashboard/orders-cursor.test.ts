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

test('the previous page (endingBefore, the first order of the page shown) is the page just before it, in the same order', async () => {
  const sandbox = new TestSandbox();
  const single = sandbox.platform('single');
  const browser = new DashboardBrowser(sandbox);
  await browser.signIn('single@sandbox.test');
  const ids: string[] = [];
  for (let n = 1; n <= 5; n++) ids.push((await sandbox.createOrder('single', { amount: n * 1000, trackId: `PREV-${n}` })).id);
  const newest = [...ids].reverse();
  const list = async (query: string) => {
    const answer = await browser.request('GET', `/v1/dashboard/platforms/${single.id}/orders?q=PREV-&limit=2&${query}`);
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    return { ids: answer.body.data.map((order: { id: string }) => order.id), hasMore: answer.body.hasMore, hasPrevious: answer.body.hasPrevious };
  };
  // [query, the page, more after it, some before it]
  const CASES: [string, string[], boolean, boolean][] = [
    ['order=desc', newest.slice(0, 2), true, false],
    [`order=desc&startingAfter=${newest[1]}`, newest.slice(2, 4), true, true],
    [`order=desc&endingBefore=${newest[2]}`, newest.slice(0, 2), true, false],
    [`order=desc&endingBefore=${newest[4]}`, newest.slice(2, 4), true, true],
    // Fewer than a page before the cursor: what there is (the first page, shorter), never another page's orders.
    [`order=desc&endingBefore=${newest[1]}`, newest.slice(0, 1), true, false],
    [`order=desc&endingBefore=${newest[0]}`, [], true, false],
    ['order=asc', ids.slice(0, 2), true, false],
    [`order=asc&endingBefore=${ids[3]}`, ids.slice(1, 3), true, true],
  ];
  for (const [query, page, hasMore, hasPrevious] of CASES) {
    assert.deepEqual(await list(query), { ids: page, hasMore, hasPrevious }, query);
  }
  // A cursor that left the filter still says where its page was.
  await sandbox.call('POST', `/v1/orders/${newest[2]}/cancel`, single.secretKey, {});
  const canceled = await browser.request('GET', `/v1/dashboard/platforms/${single.id}/orders?q=PREV-&status=initiated&limit=2&order=desc&endingBefore=${newest[2]}`);
  assert.deepEqual(canceled.body.data.map((order: { id: string }) => order.id), newest.slice(0, 2));
  // Both cursors at once, or a cursor that is no order of this platform, are refused.
  const both = await browser.request('GET', `/v1/dashboard/platforms/${single.id}/orders?startingAfter=${ids[0]}&endingBefore=${ids[1]}`);
  assert.deepEqual([both.status, both.body.errors], [400, ['endingBefore: give startingAfter (the next page) or endingBefore (the previous page), not both']]);
  assert.equal((await browser.request('GET', `/v1/dashboard/platforms/${single.id}/orders?endingBefore=ord_00000000-0000-4000-8000-000000000000`)).status, 404);
});

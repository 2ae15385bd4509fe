/**
 * "+ Create a payment link" with items (issue 13: "module, amount, reference, items, buyer…"; seed 004: "the amount, your
 * reference, and items composing the total amount to pay"): the items are kept on the order, and must compose its
 * amount; what cannot be taken is refused at the field and creates nothing.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TestSandbox } from '../testing/sandbox-client.ts';
import { DashboardBrowser } from './testing.ts';

test('a payment link with items: kept on the order; items that do not compose the amount, or malformed, are refused', async () => {
  const sandbox = new TestSandbox();
  const single = sandbox.platform('single');
  const browser = new DashboardBrowser(sandbox);
  await browser.signIn('single@sandbox.test');
  const path = `/v1/dashboard/platforms/${single.id}/payment-links`;
  const created = await browser.request('POST', path, { amount: 5000, items: [{ name: 'Tent', amount: 2000 }, { name: 'Sleeping bag', amount: 1500, quantity: 2 }] });
  assert.equal(created.status, 200, JSON.stringify(created.body));
  const order = await sandbox.order('single', created.body.data.id);
  assert.deepEqual(order.items.map(({ name, amount, quantity }: any) => [name, amount, quantity]), [['Tent', 2000, 1], ['Sleeping bag', 1500, 2]]);
  assert.ok(order.items.every((item: any) => item.id.startsWith('itm_')));

  const before = (await sandbox.listAll('/v1/orders', single.secretKey)).length;
  for (const [items, message] of [
    [[{ name: 'Tent', amount: 2000 }], /^items: the items add up to 2000 cents, not the amount of 5000 cents$/],
    [[{ name: 'Tent', amount: 0 }], /^items\.0\.amount: /],
    [[{ name: 'Tent', amount: 5000, quantity: 0 }], /^items\.0\.quantity: /],
    [[{ name: 'x'.repeat(201), amount: 5000 }], /^items\.0\.name: /],
    [Array.from({ length: 51 }, () => ({ amount: 98 })), /^items: /],
  ] as const) {
    const refused = await browser.request('POST', path, { amount: 5000, items });
    assert.equal(refused.status, 400, JSON.stringify(items).slice(0, 80));
    assert.ok(refused.body.errors.some((error: string) => message.test(error)), JSON.stringify(refused.body.errors));
  }
  assert.equal((await sandbox.listAll('/v1/orders', single.secretKey)).length, before, 'nothing was created');
});

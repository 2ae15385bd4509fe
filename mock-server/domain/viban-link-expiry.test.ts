/**
 * A bank transfer to a virtual IBAN after the order's payment link expired (issue 13): received (a bank transfer cannot
 * be refused at the door) but not paid to the expired order: returned to the sender in full, the order left pending
 * and unpaid, with its webhook, email and a line in the dashboard's order view. Amounts to the cent.
 */
import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { DashboardBrowser } from '../dashboard/testing.ts';
import { TestSandbox } from '../testing/sandbox-client.ts';

const DAY = 86_400_000;

describe('a transfer to the virtual IBAN of an expired payment link', () => {
  let sandbox: TestSandbox;
  let browser: DashboardBrowser;
  const sk = () => sandbox.platform('viban').secretKey;
  beforeEach(async () => {
    sandbox = new TestSandbox();
    browser = new DashboardBrowser(sandbox);
    await browser.signIn('viban@sandbox.test');
  });

  /** "+ Create a payment link" for 123.45 EUR by transfer, paid within a day. */
  async function expiringLink(): Promise<any> {
    const created = await browser.request('POST', `/v1/dashboard/platforms/${sandbox.platform('viban').id}/payment-links`, { ux: 'viban', amount: 12345, email: 'ada@example.com', locale: 'en', expiresInDays: 1 });
    assert.equal(created.status, 200, JSON.stringify(created.body));
    assert.equal(created.body.data.status, 'pending');
    return created.body.data;
  }
  const transfer = (orderId: string, body: Record<string, unknown>) => sandbox.call('POST', `/v1/sandbox/orders/${orderId}/viban-transfer`, sk(), body);

  test('before the expiry it is credited; after it, returned to the sender whole, the order left pending and unpaid', async () => {
    const order = await expiringLink();
    const early = await transfer(order.id, { amount: 5000, transferId: 'E2E-EARLY' });
    assert.deepEqual([early.body.data.credited, early.body.data.surplus, early.body.data.returned], [5000, 0, undefined]);
    await sandbox.advance(DAY);
    const late = await transfer(order.id, { amount: 7345, transferId: 'E2E-LATE' });
    assert.equal(late.status, 200, JSON.stringify(late.body));
    const { credited, surplus, returned, returnReason, transactionId, replayed } = late.body.data;
    assert.deepEqual({ credited, surplus, returned, returnReason, transactionId, replayed }, { credited: 0, surplus: 0, returned: 7345, returnReason: 'link_expired', transactionId: undefined, replayed: false });
    const after = await sandbox.order('viban', order.id);
    assert.deepEqual([after.status, after.amountConfirmed, after.amountSurplus], ['pending', 5000, undefined]);
    const transactions = await sandbox.transactions('viban', order.id);
    assert.deepEqual(transactions.map((transaction) => [transaction.paymentMethod, transaction.amountCaptured]), [['viban', 5000]], 'no transaction, no operation for the returned transfer');
    assert.deepEqual(await sandbox.events(order.id), ['transaction.captured', 'order.transferReturned']);
    const returnedEmail = (await sandbox.listAll<{ id: string; kind: string; to: string; text: string }>(`/v1/sandbox/outbox?orderId=${order.id}`, sk())).find((message) => message.kind === 'vibanReturned');
    assert.equal(returnedEmail?.to, 'ada@example.com');
    assert.match(returnedEmail?.text ?? '', /We received your transfer of €73\.45/);
    assert.match(returnedEmail?.text ?? '', new RegExp(`expired on ${new Date(order.linkExpiresAt).toISOString()}: it can no longer be paid\\. The whole transfer is returned to you\\.`));

    // The same bank transfer announced twice is returned once.
    const again = await transfer(order.id, { amount: 7345, transferId: 'E2E-LATE' });
    assert.deepEqual([again.body.data.replayed, again.body.data.returned], [true, 7345]);
    assert.deepEqual(await sandbox.events(order.id), ['transaction.captured', 'order.transferReturned']);

    // The merchant sees both transfers in the order view of the dashboard (signed in again: a session lasts 8 h of sandbox time).
    await browser.signIn('viban@sandbox.test');
    const detail = (await browser.request('GET', `/v1/dashboard/orders/${order.id}`)).body.data;
    assert.deepEqual(
      detail.transfers.map((row: any) => [row.transferId, row.amount, row.credited, row.surplus, row.returned, row.returnReason]),
      [
        ['E2E-EARLY', 5000, 5000, 0, 0, null],
        ['E2E-LATE', 7345, 0, 0, 7345, 'link_expired'],
      ],
    );
  });

  test('an order paid in full before the expiry: a later transfer is surplus, as on any completed order', async () => {
    const order = await expiringLink();
    await transfer(order.id, { amount: 12345 });
    await sandbox.advance(2 * DAY);
    const late = await transfer(order.id, { amount: 100 });
    assert.deepEqual([late.body.data.credited, late.body.data.surplus, late.body.data.returned], [0, 100, undefined]);
    const after = await sandbox.order('viban', order.id);
    assert.deepEqual([after.status, after.amountConfirmed, after.amountSurplus], ['completed', 12345, 100]);
  });

  test('an order without an expiry is credited whenever the transfer arrives', async () => {
    const order = await sandbox.createOrder('viban', { amount: 12345, ux: 'viban', email: 'ada@example.com' });
    await sandbox.advance(400 * DAY);
    const late = await transfer(order.id, { amount: 12345 });
    assert.deepEqual([late.body.data.credited, late.body.data.returned], [12345, undefined]);
    assert.equal((await sandbox.order('viban', order.id)).status, 'completed');
  });
});

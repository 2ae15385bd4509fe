/**
 * A payment link's expiry closes the link, that is the order's first payment (the one that confirms it), and nothing
 * else: once the buyer paid in time, the later payments of the order go through links of their own (the recovery link
 * of an unpaid installment, the complete-balance link, a split order's sharing link) and the expired payment link never
 * blocks them. Seed 004: "Pay by link ... your user pays on a secure hosted page" (the first payment); "A payment link is
 * given in the confirmation email if he wants to complete the balance"; recovery "a link to a hosted page targeting the
 * unpaid transaction".
 */
import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import type { PlatformSlug } from '../seed.ts';
import { TestSandbox } from '../testing/sandbox-client.ts';
import { DashboardBrowser } from './testing.ts';

const DAY = 86_400_000;
const card = (number: string) => ({ number, expiryMonth: '12', expiryYear: '2099', cvc: '123', holder: 'Ada Lovelace' });

describe('an expired payment link and the later payments of an order paid in time', () => {
  let sandbox: TestSandbox;
  let browser: DashboardBrowser;
  beforeEach(async () => {
    sandbox = new TestSandbox();
    browser = new DashboardBrowser(sandbox);
    await browser.signIn('admin@sandbox.test');
  });

  /** "+ Create a payment link" valid for one day, on `slug`'s platform. */
  async function link(slug: PlatformSlug, fields: Record<string, unknown>): Promise<any> {
    const created = await browser.request('POST', `/v1/dashboard/platforms/${sandbox.platform(slug).id}/payment-links`, { email: 'ada@example.com', expiresInDays: 1, ...fields });
    assert.equal(created.status, 200, JSON.stringify(created.body));
    return created.body.data;
  }
  const pay = (slug: PlatformSlug, path: string, body: Record<string, unknown>) => sandbox.call('POST', path, sandbox.platform(slug).publicKey, body, { 'Idempotency-Key': crypto.randomUUID() });
  const clockTo = (to: number) => sandbox.call('POST', '/v1/sandbox/clock', sandbox.platform('single').secretKey, { to });

  test('installments: the unpaid installment is recovered, then the balance paid, after the link expired', async () => {
    const created = await link('installments', { amount: 10000 });
    const first = await pay('installments', `/v1/orders/${created.id}/payments`, { method: 'card', card: card('4000000000000341'), installmentsCount: 3 });
    assert.equal(first.status, 201, JSON.stringify(first.body));
    const order = await sandbox.order('installments', created.id);
    assert.equal(order.status, 'confirmed');
    await clockTo(order.installments[1].dueDate);
    assert.ok((await sandbox.now()) >= order.linkExpiresAt, 'the link has expired by then');
    const unpaidId = order.installments[1].transactionId;
    const recovered = await pay('installments', `/v1/transactions/${unpaidId}/recover`, { card: card('4242424242424242') });
    assert.equal(recovered.status, 201, JSON.stringify(recovered.body));
    assert.equal(recovered.body.data.transaction.amountCaptured, 3333);
    const balance = await pay('installments', `/v1/orders/${created.id}/balance`, { card: card('4242424242424242') });
    assert.equal(balance.status, 201, JSON.stringify(balance.body));
    assert.equal(balance.body.data.transaction.amountCaptured, 3333);
    assert.equal((await sandbox.order('installments', created.id)).status, 'completed');
  });

  test('pay later: the balance is paid before the due date, after the link expired', async () => {
    const created = await link('paylater', { amount: 5000 });
    const first = await pay('paylater', `/v1/orders/${created.id}/payments`, { method: 'card', card: card('4242424242424242'), delay: 15 * 24 * 60 });
    assert.equal(first.status, 201, JSON.stringify(first.body));
    await sandbox.advance(2 * DAY);
    const balance = await pay('paylater', `/v1/orders/${created.id}/balance`, { card: card('4242424242424242') });
    assert.equal(balance.status, 201, JSON.stringify(balance.body));
    assert.equal((await sandbox.order('paylater', created.id)).status, 'completed');
  });

  test('Amazon Pay on the balance page opens its session after the link expired', async () => {
    const created = await link('installments-wallets', { amount: 9000 });
    const first = await pay('installments-wallets', `/v1/orders/${created.id}/payments`, { method: 'card', card: card('4242424242424242'), installmentsCount: 3 });
    assert.equal(first.status, 201, JSON.stringify(first.body));
    await sandbox.advance(2 * DAY);
    const session = await pay('installments-wallets', `/v1/orders/${created.id}/amazon-pay/sessions`, { balance: true });
    assert.equal(session.status, 201, JSON.stringify(session.body));
  });

  test('a split order: co-buyers pay their shares on the sharing link after the captain paid in time', async () => {
    const created = await link('split-standard', { amount: 9000 });
    const captain = await pay('split-standard', `/v1/orders/${created.id}/payments`, { method: 'card', card: card('4242424242424242'), amount: 3000 });
    assert.equal(captain.status, 201, JSON.stringify(captain.body));
    await sandbox.advance(DAY + 1000);
    const cobuyer = await pay('split-standard', `/v1/orders/${created.id}/payments`, { method: 'card', card: card('4242424242424242'), amount: 3000, payer: { email: 'bob@example.com' } });
    assert.equal(cobuyer.status, 201, JSON.stringify(cobuyer.body));
  });

  test('the hosted payment page says "expired" only while the order awaits its first payment', async () => {
    const paid = await link('single', { amount: 1000 });
    const unpaid = await link('single', { amount: 1000 });
    assert.equal((await pay('single', `/v1/orders/${paid.id}/payments`, { method: 'card', card: card('4242424242424242') })).status, 201);
    await sandbox.advance(DAY);
    const hosted = async (id: string) => (await sandbox.call('GET', `/v1/hosted/orders/${id}`, null)).body.data.linkExpired;
    assert.deepEqual([await hosted(paid.id), await hosted(unpaid.id)], [false, true]);
    // The first payment stays refused after the expiry, whatever the path.
    const refused = await pay('single', `/v1/orders/${unpaid.id}/payments`, { method: 'card', card: card('4242424242424242') });
    assert.deepEqual([refused.status, refused.body.code], [409, 'link_expired']);
  });
});

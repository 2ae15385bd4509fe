/**
 * The amount on Amazon's page is the amount charged (Amazon's chargeAmount: Complete Checkout Session refuses another
 * amount). Found by the second attack on issue 11: a session opened for 10.00 paid a 100.00 order.
 */
import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { WalletSandbox, type WalletSlug } from '../testing/wallets.ts';

describe('an Amazon Pay payment charges what the Amazon page showed', () => {
  let sandbox: WalletSandbox;
  beforeEach(() => {
    sandbox = new WalletSandbox();
  });
  const answered = (slug: WalletSlug, orderId: string, amount?: number) => sandbox.answeredSession(orderId, amount === undefined ? {} : { amount }, slug);
  const pay = (slug: WalletSlug, orderId: string, sessionId: string, fields: Record<string, unknown> = {}) => sandbox.payAmazon(orderId, sessionId, fields, `k-${sessionId}`, slug);

  test('single: a session opened for 10.00 cannot pay the 100.00 left; 409, nothing created, the session stays open', async () => {
    const order = await sandbox.createOrder('wallets', { amount: 10000 });
    const session = await answered('wallets', order.id, 1000);
    const refused = await pay('wallets', order.id, session);
    assert.deepEqual([refused.status, refused.body.code], [409, 'checkout_session_amount_mismatch'], JSON.stringify(refused.body));
    assert.match(refused.body.errors[0], /10\.00 EUR .*100\.00 EUR/);
    assert.equal((await sandbox.transactions('wallets', order.id)).length, 0);
    assert.equal((await sandbox.session(session)).state, 'open');
    const right = await pay('wallets', order.id, await answered('wallets', order.id, 10000));
    assert.equal(right.status, 201, JSON.stringify(right.body));
    assert.equal(right.body.data.transaction.amount, 10000);
  });

  test('multi: the part typed must be the session amount; the same amount pays', async () => {
    const order = await sandbox.createOrder('multi-wallets', { amount: 10000, ux: 'multi' });
    const session = await answered('multi-wallets', order.id, 3000);
    assert.equal((await pay('multi-wallets', order.id, session, { amount: 7000 })).status, 409);
    const paid = await pay('multi-wallets', order.id, session, { amount: 3000 });
    assert.deepEqual([paid.status, paid.body.data?.transaction.amount, paid.body.data?.transaction.paymentMethod], [201, 3000, 'amazonpay']);
  });

  test("split, direct validation: the captain's share is what Amazon showed, though the whole order is held", async () => {
    const order = await sandbox.createOrder('split-wallets', { amount: 9000 });
    const paid = await pay('split-wallets', order.id, await answered('split-wallets', order.id, 3000), { amount: 3000 });
    assert.equal(paid.status, 201, JSON.stringify(paid.body));
    assert.equal(paid.body.data.transaction.amount, 9000, 'direct validation holds the whole order');
  });

  test('a session without an amount (sandbox pay, older widgets) pays what the UX pays', async () => {
    const order = await sandbox.createOrder('wallets', { amount: 4200 });
    const paid = await pay('wallets', order.id, await answered('wallets', order.id));
    assert.deepEqual([paid.status, paid.body.data?.transaction.amount], [201, 4200]);
  });
});

describe('an Amazon Pay charge refused at 3-D Secure', () => {
  test('the session then reads canceled Declined, not completed (paid); a new session pays', async () => {
    const sandbox = new WalletSandbox();
    const pk = sandbox.pk();
    const order = await sandbox.createOrder('wallets', { amount: 5000, secure3D: true });
    const answered = () => sandbox.answeredSession(order.id, { amount: 5000 });
    const read = (id: string) => sandbox.session(id);
    const first = await answered();
    const held = await sandbox.payAmazon(order.id, first, {}, 'k-first');
    assert.equal(held.body.data.transaction.status, 'pendingAuthorization');
    assert.equal((await read(first)).state, 'completed', 'waiting for 3-D Secure: the charge is under way');
    const refused = await sandbox.call('POST', `/v1/transactions/${held.body.data.transaction.id}/3ds`, pk, { outcome: 'refuse' });
    assert.equal(refused.status, 402);
    const after = await read(first);
    assert.deepEqual([after.state, after.reason], ['canceled', 'Declined']);
    const second = await answered();
    const paid = await sandbox.payAmazon(order.id, second, {}, 'k-second');
    await sandbox.call('POST', `/v1/transactions/${paid.body.data.transaction.id}/3ds`, pk, { outcome: 'approve' });
    assert.deepEqual([(await read(second)).state, (await sandbox.order('wallets', order.id)).status], ['completed', 'completed']);
  });
});

describe('a co-buyer pays with Amazon Pay once the captain paid', () => {
  test('split, direct validation: the order is confirmed (whole amount held), a session opens for the share and pays it', async () => {
    const sandbox = new WalletSandbox();
    const order = await sandbox.createOrder('split-wallets', { amount: 9000, email: 'ada@example.com' });
    assert.equal((await sandbox.pay('split-wallets', order.id, { method: 'card', amount: 4000 })).status, 200);
    assert.equal((await sandbox.order('split-wallets', order.id)).status, 'confirmed');
    const session = await sandbox.answeredSession(order.id, { amount: 2000 }, 'split-wallets');
    const paid = await sandbox.payAmazon(order.id, session, { amount: 2000 }, 'k-cobuyer', 'split-wallets');
    assert.equal(paid.status, 201, JSON.stringify(paid.body));
    assert.deepEqual([paid.body.data.transaction.paymentMethod, paid.body.data.transaction.amount], ['amazonpay', 2000]);
  });

  test('split past its deadline: no session, the sharing-ended reason', async () => {
    const sandbox = new WalletSandbox();
    const order = await sandbox.createOrder('split-wallets', { amount: 9000, email: 'ada@example.com' });
    await sandbox.pay('split-wallets', order.id, { method: 'card', amount: 4000 });
    await sandbox.advance(30 * 24 * 3600 * 1000);
    const refused = await sandbox.openSession(order.id, { amount: 2000 }, 'split-wallets');
    assert.deepEqual([refused.status, refused.body.code], [409, 'order_not_payable']);
  });
});

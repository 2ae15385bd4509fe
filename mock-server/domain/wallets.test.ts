import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { APPLE_DOMAIN_ASSOCIATION_PATH, sandboxWalletToken } from '../../src/core/wallets.ts';
import { WalletSandbox } from '../testing/wallets.ts';

const HOUR = 60 * 60 * 1000;

describe('wallet payments (Apple Pay, Google Pay)', () => {
  let sandbox: WalletSandbox;
  let pk: string;
  let sk: string;
  beforeEach(() => {
    sandbox = new WalletSandbox();
    pk = sandbox.pk();
    sk = sandbox.sk();
  });

  const payWallet = (orderId: string, method: 'applepay' | 'googlepay', token: string, key = 'k-1') => sandbox.payWallet(orderId, method, token, key);

  test('a wallet payment is a card payment: captured, order completed, same webhooks, paymentMethod on every operation', async () => {
    const order = await sandbox.createOrder('wallets', { amount: 2500, email: 'ada@example.com' });
    const answer = await payWallet(order.id, 'applepay', sandboxWalletToken('4242424242424242'));
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    const { transaction } = answer.body.data;
    assert.equal(transaction.paymentMethod, 'applepay');
    assert.equal(transaction.status, 'captured');
    assert.equal(answer.body.data.order.status, 'completed');
    assert.deepEqual(transaction.card, { brand: 'Visa', bin: '424242', last4: '4242', expiryMonth: '12', expiryYear: String(new Date(await sandbox.now()).getUTCFullYear() + 3) });
    const detail = await sandbox.call('GET', `/v1/transactions/${transaction.id}`, sk);
    assert.deepEqual(detail.body.data.operations.map((op: { type: string; paymentMethod: string }) => [op.type, op.paymentMethod]), [
      ['authorization', 'applepay'],
      ['capture', 'applepay'],
    ]);
    assert.deepEqual(await sandbox.events(order.id), ['order.confirmed', 'transaction.captured', 'order.completed']);
  });

  test('the wallet token is never stored, not even in the idempotency record; the card summary is', async () => {
    const order = await sandbox.createOrder('wallets', { amount: 1000 });
    const token = sandboxWalletToken('5555555555554444');
    await payWallet(order.id, 'googlepay', token);
    const stored = JSON.stringify(sandbox.sandbox.runtime.store.snapshot());
    assert.ok(!stored.includes(token));
    assert.ok(!stored.includes('5555555555554444'));
    const [transaction] = await sandbox.transactions('wallets', order.id);
    assert.equal(transaction.paymentMethod, 'googlepay');
    assert.equal(transaction.card.last4, '4444');
    assert.equal(transaction.card.brand, 'Mastercard');
  });

  test('a declining wallet card answers 402 and leaves the order payable; a challenge card asks for 3-D Secure', async () => {
    const order = await sandbox.createOrder('wallets', { amount: 1500 });
    const declined = await payWallet(order.id, 'googlepay', sandboxWalletToken('4000000000000002'), 'k-decline');
    assert.equal(declined.status, 402);
    assert.equal(declined.body.code, 'card_declined');
    assert.equal((await sandbox.order('wallets', order.id)).status, 'initiated');
    const challenged = await payWallet(order.id, 'applepay', sandboxWalletToken('4000000000003220'), 'k-3ds');
    assert.equal(challenged.status, 201);
    assert.equal(challenged.body.data.transaction.status, 'pendingAuthorization');
    assert.equal(challenged.body.data.transaction.threeDS.status, 'required');
    const approved = await sandbox.call('POST', `/v1/transactions/${challenged.body.data.transaction.id}/3ds`, pk, { outcome: 'approve' });
    assert.equal(approved.body.data.transaction.status, 'captured');
    assert.equal(approved.body.data.transaction.paymentMethod, 'applepay');
    assert.equal(approved.body.data.order.status, 'completed');
  });

  test('a wallet payment refunds like a card', async () => {
    const order = await sandbox.createOrder('wallets', { amount: 3000 });
    await payWallet(order.id, 'applepay', sandboxWalletToken('4242424242424242'));
    const refunded = await sandbox.call('POST', `/v1/orders/${order.id}/refund`, sk, { amount: 1000 });
    assert.equal(refunded.status, 200);
    const [transaction] = await sandbox.transactions('wallets', order.id);
    assert.equal(transaction.status, 'refundedPartial');
    assert.equal(transaction.amountRefunded, 1000);
  });

  test('a wallet the platform did not enable: 409 method_not_available that says how to get it, nothing created', async () => {
    const order = await sandbox.createOrder('single', { amount: 1000 });
    const answer = await sandbox.call('POST', `/v1/orders/${order.id}/payments`, sandbox.platform('single').publicKey, {
      method: 'applepay',
      wallet: { token: sandboxWalletToken('4242424242424242') },
    });
    assert.equal(answer.status, 409);
    assert.equal(answer.body.code, 'method_not_available');
    assert.match(answer.body.errors[0], /Apple Pay is not enabled on this platform/);
    assert.equal((await sandbox.transactions('single', order.id)).length, 0);
    const sandboxPay = await sandbox.pay('single', order.id, { method: 'amazonpay' });
    assert.equal(sandboxPay.status, 409);
    assert.match(sandboxPay.body.errors[0], /Amazon Pay is not enabled/);
  });

  test('bad wallet input is a readable 400: no token, a sandbox token of no test card', async () => {
    const order = await sandbox.createOrder('wallets', { amount: 1000 });
    const missing = await sandbox.call('POST', `/v1/orders/${order.id}/payments`, pk, { method: 'applepay' });
    assert.equal(missing.status, 400);
    assert.match(missing.body.errors[0], /wallet/);
    const unknown = await payWallet(order.id, 'applepay', 'sandbox:1234567890123456');
    assert.equal(unknown.status, 400);
    assert.match(unknown.body.errors[0], /sandbox test cards/);
    assert.equal((await sandbox.transactions('wallets', order.id)).length, 0);
  });

  test('sandbox pay with applepay, googlepay and amazonpay runs the same path', async () => {
    for (const method of ['applepay', 'googlepay', 'amazonpay']) {
      const order = await sandbox.createOrder('wallets', { amount: 1200 });
      const answer = await sandbox.pay('wallets', order.id, { method });
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      assert.equal(answer.body.data.paymentMethod, method);
      assert.equal(answer.body.data.orderStatus, 'completed');
    }
    const challenged = await sandbox.createOrder('wallets', { amount: 1200 });
    const refused = await sandbox.pay('wallets', challenged.id, { method: 'googlepay', card: '4000000000003220', threeDS: 'refuse' });
    assert.equal(refused.body.data.status, 'failed');
    assert.equal((await sandbox.order('wallets', challenged.id)).status, 'initiated');
  });
});

describe('Amazon Pay checkout sessions', () => {
  let sandbox: WalletSandbox;
  beforeEach(() => {
    sandbox = new WalletSandbox();
  });

  const open = async (orderId: string) => (await sandbox.openSession(orderId)).body.data;
  const answer = (id: string, value: string) => sandbox.answer(id, value);
  const pay = (orderId: string, sessionId: string, key = 'k-a') => sandbox.payAmazon(orderId, sessionId, {}, key);

  test('success: the buyer chooses 1111 on the Amazon page, the payment completes the order and the session', async () => {
    const order = await sandbox.createOrder('wallets', { amount: 4000 });
    const session = await open(order.id);
    assert.equal(session.state, 'open');
    assert.equal(session.url, `http://sandbox.test/amazon-pay/${session.id}`);
    assert.equal(session.expiresAt - session.createdAt, 24 * HOUR);
    const page = await sandbox.call('GET', `/v1/hosted/amazon-pay/${session.id}`, null);
    assert.equal(page.body.data.amount, 4000);
    assert.equal(page.body.data.merchant, 'Wallets (Apple Pay, Google Pay, Amazon Pay)');
    const early = await pay(order.id, session.id, 'k-early');
    assert.equal(early.status, 409);
    assert.equal(early.body.code, 'checkout_session_not_answered');
    assert.equal((await answer(session.id, '1111')).status, 200);
    const paid = await pay(order.id, session.id);
    assert.equal(paid.status, 201);
    assert.equal(paid.body.data.transaction.paymentMethod, 'amazonpay');
    assert.equal(paid.body.data.transaction.card.last4, '1111');
    assert.equal(paid.body.data.order.status, 'completed');
    const after = (await sandbox.session(session.id));
    assert.equal(after.state, 'completed');
    assert.equal(after.transactionId, paid.body.data.transaction.id);
  });

  test('buyer canceled (Cancel or 3064): the session is canceled, no transaction, the order stays payable', async () => {
    const order = await sandbox.createOrder('wallets', { amount: 4000 });
    for (const value of ['cancel', '3064']) {
      const session = await open(order.id);
      await answer(session.id, value);
      const read = (await sandbox.session(session.id));
      assert.deepEqual([read.state, read.reason], ['canceled', 'BuyerCanceled']);
      const refused = await pay(order.id, session.id, `k-${value}`);
      assert.equal(refused.status, 409);
      assert.equal(refused.body.code, 'checkout_session_closed');
    }
    assert.equal((await sandbox.transactions('wallets', order.id)).length, 0);
    assert.equal((await sandbox.order('wallets', order.id)).status, 'initiated');
  });

  test('declined (3434): a failed amazonpay transaction, the session canceled Declined, the order stays payable', async () => {
    const order = await sandbox.createOrder('wallets', { amount: 4000 });
    const session = await open(order.id);
    await answer(session.id, '3434');
    const declined = await pay(order.id, session.id);
    assert.equal(declined.status, 402);
    assert.equal(declined.body.code, 'card_declined');
    const read = (await sandbox.session(session.id));
    assert.deepEqual([read.state, read.reason], ['canceled', 'Declined']);
    assert.equal((await sandbox.order('wallets', order.id)).status, 'initiated');
  });

  test('a session expires after 24 hours of sandbox clock: canceled Expired, no longer answerable nor payable', async () => {
    const order = await sandbox.createOrder('wallets', { amount: 4000 });
    const kept = await open(order.id);
    const expiring = await open(order.id);
    await sandbox.advance(24 * HOUR - 1000);
    assert.equal((await sandbox.session(kept.id)).state, 'open');
    await answer(kept.id, '1111');
    await sandbox.advance(2000);
    const read = (await sandbox.session(expiring.id));
    assert.deepEqual([read.state, read.reason], ['canceled', 'Expired']);
    assert.equal((await answer(expiring.id, '1111')).status, 409);
    // Answered but not paid within 24 h: expired too.
    const keptRead = (await sandbox.session(kept.id));
    assert.deepEqual([keptRead.state, keptRead.reason], ['canceled', 'Expired']);
    assert.equal((await pay(order.id, kept.id)).status, 409);
  });

  test("another platform's session is a 404; a malformed answer a readable 400", async () => {
    const order = await sandbox.createOrder('wallets', { amount: 4000 });
    const session = await open(order.id);
    assert.equal((await sandbox.call('GET', `/v1/amazon-pay/sessions/${session.id}`, sandbox.platform('single').publicKey)).status, 404);
    const bad = await answer(session.id, 'yes please');
    assert.equal(bad.status, 400);
    assert.ok(bad.body.errors.length > 0);
    assert.equal((await sandbox.session(session.id)).state, 'open');
  });

  test("a session for part of the order: the Amazon page shows that amount; more than the order's is a readable 400", async () => {
    const order = await sandbox.createOrder('multi-wallets', { amount: 10000, ux: 'multi' });
    const session = (await sandbox.openSession(order.id, { amount: 3000 }, 'multi-wallets')).body.data;
    assert.equal((await sandbox.call('GET', `/v1/hosted/amazon-pay/${session.id}`, null)).body.data.amount, 3000);
    for (const amount of [10001, 0, 12.5, 'lots']) {
      const refused = await sandbox.openSession(order.id, { amount }, 'multi-wallets');
      assert.equal(refused.status, 400, String(amount));
      assert.ok(refused.body.errors[0].includes('amount'), JSON.stringify(refused.body));
    }
    assert.equal((await sandbox.call('GET', `/v1/orders/${order.id}/transactions`, sandbox.platform('multi-wallets').secretKey)).body.data.length, 0);
  });
});

describe('wallet merchant domains', () => {
  let sandbox: WalletSandbox;
  let sk: string;
  let pk: string;
  beforeEach(() => {
    sandbox = new WalletSandbox();
    sk = sandbox.sk();
    pk = sandbox.pk();
  });

  const check = async (domain: string) => (await sandbox.call('GET', `/v1/wallet-domains/check?domain=${domain}`, pk)).body.data;

  test('registered per wallet and per exact host; the sandbox origin counts as registered', async () => {
    assert.deepEqual(await check('shop.example.com'), { domain: 'shop.example.com', applepay: false, amazonpay: false });
    const added = await sandbox.call('POST', '/v1/wallet-domains', sk, { method: 'applepay', domain: 'Shop.Example.com' });
    assert.equal(added.status, 201);
    assert.equal(added.body.data.domain, 'shop.example.com');
    assert.deepEqual(await check('shop.example.com'), { domain: 'shop.example.com', applepay: true, amazonpay: false });
    assert.equal((await check('www.example.com')).applepay, false);
    assert.deepEqual(await check('sandbox.test'), { domain: 'sandbox.test', applepay: true, amazonpay: true });
    const listed = await sandbox.call('GET', '/v1/wallet-domains', sk);
    assert.deepEqual(listed.body.data.map((d: { method: string; domain: string }) => [d.method, d.domain]), [['applepay', 'shop.example.com']]);
    assert.equal((await sandbox.call('GET', '/v1/wallet-domains', sandbox.platform('single').secretKey)).body.data.length, 0);
    await sandbox.call('POST', '/v1/wallet-domains/remove', sk, { method: 'applepay', domain: 'shop.example.com' });
    assert.equal((await check('shop.example.com')).applepay, false);
  });

  test('refuses what is not a host name, and the public key', async () => {
    for (const domain of ['https://shop.example.com', 'localhost', '*.example.com', '192.168.0.1', 'shop.example.com:443', 'a..b']) {
      const answer = await sandbox.call('POST', '/v1/wallet-domains', sk, { method: 'amazonpay', domain });
      assert.equal(answer.status, 400, domain);
      assert.match(answer.body.errors[0], /^domain: /);
    }
    assert.equal((await sandbox.call('POST', '/v1/wallet-domains', pk, { method: 'amazonpay', domain: 'shop.example.com' })).status, 403);
    assert.equal((await sandbox.call('GET', '/v1/wallet-domains', sk)).body.data.length, 0);
  });

  test('the Apple Pay verification file: a download per platform, and served by the sandbox for its own pages', async () => {
    const file = await sandbox.sandbox.respond(new Request('http://sandbox.test/v1/wallet-domains/apple-pay-file', { headers: { Authorization: sk } }));
    assert.equal(file?.status, 200);
    assert.match(file?.headers.get('Content-Disposition') ?? '', /attachment; filename="apple-developer-merchantid-domain-association"/);
    const content = await file?.text();
    const other = await sandbox.sandbox.respond(new Request('http://sandbox.test/v1/wallet-domains/apple-pay-file', { headers: { Authorization: sandbox.platform('single').secretKey } }));
    assert.notEqual(await other?.text(), content);
    const served = await sandbox.sandbox.respond(new Request(`http://sandbox.test${APPLE_DOMAIN_ASSOCIATION_PATH}`));
    assert.equal(served?.status, 200);
    assert.match(served?.headers.get('Content-Type') ?? '', /^text\/plain/);
    assert.equal(await served?.text(), content);
    const refused = await sandbox.sandbox.respond(new Request('http://sandbox.test/v1/wallet-domains/apple-pay-file', { headers: { Authorization: pk } }));
    assert.equal(refused?.status, 403);
    // A secret key in the address is refused here as on every keyed endpoint, whether or not a header authenticates.
    for (const headers of [{}, { Authorization: sk }] as Record<string, string>[]) {
      const inAddress = await sandbox.sandbox.respond(new Request(`http://sandbox.test/v1/wallet-domains/apple-pay-file?key=${sk}`, { headers }));
      assert.equal(inAddress?.status, 400);
      assert.match(((await inAddress?.json()) as { errors: string[] }).errors[0] ?? '', /^key: a secret key is never accepted in an address/);
    }
  });
});

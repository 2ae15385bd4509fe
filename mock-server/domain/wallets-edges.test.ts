/** Edge cases of wallets found trying them as a new user would (QA pass on issue 11). */
import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { WalletSandbox } from '../testing/wallets.ts';

describe('Amazon Pay sessions on an order that cannot be paid', () => {
  let sandbox: WalletSandbox;
  let sk: string;
  beforeEach(() => {
    sandbox = new WalletSandbox();
    sk = sandbox.sk();
  });
  const open = (orderId: string) => sandbox.openSession(orderId);
  const sessions = () => sandbox.sessions();

  test('a paid order: 409 order_not_payable, no session opened', async () => {
    const order = await sandbox.createOrder('wallets', { amount: 4000 });
    assert.equal((await sandbox.pay('wallets', order.id, { method: 'card' })).status, 200);
    const before = JSON.stringify(sessions());
    const refused = await open(order.id);
    assert.deepEqual([refused.status, refused.body.code], [409, 'order_not_payable']);
    assert.match(refused.body.errors[0], /already paid/);
    assert.equal(JSON.stringify(sessions()), before);
  });

  test('a canceled order: 409 order_not_payable, no session opened', async () => {
    const order = await sandbox.createOrder('wallets', { amount: 4000 });
    assert.equal((await sandbox.call('POST', `/v1/orders/${order.id}/cancel`, sk)).status, 200);
    const refused = await open(order.id);
    assert.deepEqual([refused.status, refused.body.code], [409, 'order_not_payable']);
    assert.equal(JSON.stringify(sessions()), '[]');
  });
});

describe('wallet merchant domains as a browser names them', () => {
  let sandbox: WalletSandbox;
  let sk: string;
  let pk: string;
  beforeEach(() => {
    sandbox = new WalletSandbox();
    sk = sandbox.sk();
    pk = sandbox.pk();
  });
  const register = (domain: string) => sandbox.call('POST', '/v1/wallet-domains', sk, { method: 'applepay', domain });
  const check = async (domain: string) => (await sandbox.call('GET', `/v1/wallet-domains/check?domain=${encodeURIComponent(domain)}`, pk)).body.data.applepay;

  test('an internationalised domain is registered in the ASCII form that location.hostname gives (IDNA)', async () => {
    const added = await register('Café.example');
    assert.equal(added.status, 201, JSON.stringify(added.body));
    assert.equal(added.body.data.domain, 'xn--caf-dma.example');
    assert.equal(await check('xn--caf-dma.example'), true);
    assert.equal(await check('café.example'), true);
    const again = await register('xn--caf-dma.example');
    assert.equal(again.body.data.createdAt, added.body.data.createdAt);
    assert.equal((await sandbox.call('GET', '/v1/wallet-domains', sk)).body.data.length, 1);
  });

  test('what a browser reads as an IP address or cannot load is refused, nothing registered', async () => {
    for (const domain of ['0x7f.0x1', '127.1', 'shop.example.123']) {
      const answer = await register(domain);
      assert.equal(answer.status, 400, domain);
      assert.match(answer.body.errors[0], /^domain: /);
    }
    assert.equal((await sandbox.call('GET', '/v1/wallet-domains', sk)).body.data.length, 0);
  });
});

describe('Amazon Pay session expiry between two ticks of the sandbox clock', () => {
  test('24 h of real time have passed but the ticker has not run yet: neither answerable nor payable', async () => {
    const sandbox = new WalletSandbox();
    const order = await sandbox.createOrder('wallets', { amount: 4000 });
    const answered = (await sandbox.openSession(order.id)).body.data;
    const unanswered = (await sandbox.openSession(order.id)).body.data;
    assert.equal((await sandbox.answer(answered.id, '1111')).status, 200);
    // Real time moving on, as the wall clock does under the server's 1-second ticker, without the ticker's run.
    await sandbox.sandbox.runtime.store.transact((tx) => {
      tx.clockOffsetMs += 24 * 60 * 60 * 1000;
    });
    const paid = await sandbox.payAmazon(order.id, answered.id, {}, 'late');
    assert.deepEqual([paid.status, paid.body.code], [409, 'checkout_session_closed']);
    const late = await sandbox.answer(unanswered.id, '1111');
    assert.deepEqual([late.status, late.body.code], [409, 'checkout_session_closed']);
    assert.equal((await sandbox.transactions('wallets', order.id)).length, 0);
  });
});

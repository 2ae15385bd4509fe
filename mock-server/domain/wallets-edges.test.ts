/** Edge cases of wallets found trying them as a new user would (QA pass on issue 11). */
import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { TestSandbox } from '../testing/sandbox-client.ts';

describe('Amazon Pay sessions on an order that cannot be paid', () => {
  let sandbox: TestSandbox;
  let pk: string;
  let sk: string;
  beforeEach(() => {
    sandbox = new TestSandbox();
    pk = sandbox.platform('wallets').publicKey;
    sk = sandbox.platform('wallets').secretKey;
  });
  const open = (orderId: string) => sandbox.call('POST', `/v1/orders/${orderId}/amazon-pay/sessions`, pk);
  const sessions = () => sandbox.sandbox.runtime.store.snapshot().records.amazonSessions;

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

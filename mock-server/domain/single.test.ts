import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { TestSandbox } from '../testing/sandbox-client.ts';

const card = (number: string, extra: Record<string, string> = {}) => ({ number, expiryMonth: '12', expiryYear: '2040', cvc: '123', holder: 'Ada Lovelace', ...extra });

describe('single payment', () => {
  let sandbox: TestSandbox;
  let pk: string;
  let sk: string;
  beforeEach(() => {
    sandbox = new TestSandbox();
    pk = sandbox.platform('single').publicKey;
    sk = sandbox.platform('single').secretKey;
  });

  const payWith = (orderId: string, body: unknown, key = 'k-1') =>
    sandbox.call('POST', `/v1/orders/${orderId}/payments`, pk, body, { 'Idempotency-Key': key });

  test('an authorised card is captured at once and completes the order, with an operation per movement', async () => {
    const order = await sandbox.createOrder('single', { amount: 2500, email: 'ada@example.com' });
    assert.equal(order.status, 'initiated');
    const answer = await payWith(order.id, { card: card('4242424242424242') });
    assert.equal(answer.status, 201);
    assert.equal(answer.body.data.transaction.status, 'captured');
    assert.equal(answer.body.data.order.status, 'completed');
    assert.equal(answer.body.data.order.amountConfirmed, 2500);
    const detail = await sandbox.call('GET', `/v1/transactions/${answer.body.data.transaction.id}`, sk);
    assert.deepEqual(detail.body.data.operations.map((op: { type: string; amount: number }) => [op.type, op.amount]), [
      ['authorization', 2500],
      ['capture', 2500],
    ]);
    assert.deepEqual(await sandbox.events(order.id), ['order.confirmed', 'transaction.captured', 'order.completed']);
  });

  test('keeps brand, bin and last 4 digits only, never the number or the code', async () => {
    const order = await sandbox.createOrder('single', { amount: 1000 });
    await payWith(order.id, { card: card('4242424242424242') });
    const stored = JSON.stringify(sandbox.sandbox.runtime.store.snapshot());
    assert.ok(!stored.includes('4242424242424242'));
    assert.ok(!stored.includes('"123"'));
    const [transaction] = await sandbox.transactions('single', order.id);
    assert.deepEqual(transaction.card, { brand: 'Visa', bin: '424242', last4: '4242', expiryMonth: '12', expiryYear: '2040' });
  });

  test('the same Idempotency-Key replays the first answer and never pays twice', async () => {
    const order = await sandbox.createOrder('single', { amount: 1000 });
    const [first, second] = await Promise.all([payWith(order.id, { card: card('4242424242424242') }), payWith(order.id, { card: card('4242424242424242') })]);
    assert.deepEqual(first, second);
    assert.equal((await sandbox.transactions('single', order.id)).length, 1);
  });

  test('a second payment on a paid order is refused', async () => {
    const order = await sandbox.createOrder('single', { amount: 1000 });
    await payWith(order.id, { card: card('4242424242424242') }, 'a');
    const again = await payWith(order.id, { card: card('4242424242424242') }, 'b');
    assert.equal(again.status, 409);
    assert.equal(again.body.code, 'order_not_payable');
  });

  for (const [number, code] of [
    ['4000000000000002', 'card_declined'],
    ['4000000000009995', 'insufficient_funds'],
  ] as const) {
    test(`${number} is declined with ${code}, and a retry with another card pays`, async () => {
      const order = await sandbox.createOrder('single', { amount: 1000 });
      const declined = await payWith(order.id, { card: card(number) }, 'a');
      assert.equal(declined.status, 402);
      assert.equal(declined.body.code, code);
      assert.equal((await sandbox.order('single', order.id)).status, 'initiated');
      const retry = await payWith(order.id, { card: card('4242424242424242') }, 'b');
      assert.equal(retry.body.data.order.status, 'completed');
    });
  }

  test('3-D Secure: the payment waits for the challenge, approval completes, refusal fails', async () => {
    const order = await sandbox.createOrder('single', { amount: 1000 });
    const pending = await payWith(order.id, { card: card('4000000000003220') }, 'a');
    assert.equal(pending.body.data.transaction.status, 'pendingAuthorization');
    assert.deepEqual(pending.body.data.transaction.threeDS, { status: 'required' });
    const refused = await sandbox.call('POST', `/v1/transactions/${pending.body.data.transaction.id}/3ds`, pk, { outcome: 'refuse' });
    assert.equal(refused.status, 402);
    assert.equal(refused.body.code, 'authentication_failed');
    const second = await payWith(order.id, { card: card('4000000000003220') }, 'b');
    const approved = await sandbox.call('POST', `/v1/transactions/${second.body.data.transaction.id}/3ds`, pk, { outcome: 'approve' });
    assert.equal(approved.body.data.order.status, 'completed');
  });

  test('an order created with secure3D challenges every card', async () => {
    const order = await sandbox.createOrder('single', { amount: 1000, secure3D: true });
    const pending = await payWith(order.id, { card: card('4242424242424242') });
    assert.equal(pending.body.data.transaction.status, 'pendingAuthorization');
  });

  test('card checks: Luhn, expiry on the sandbox clock, code length', async () => {
    const order = await sandbox.createOrder('single', { amount: 1000 });
    const answer = await payWith(order.id, { card: card('4242424242424241', { expiryYear: '2020', cvc: '12' }) });
    assert.equal(answer.status, 400);
    assert.deepEqual(answer.body.errors, ['card.cvc: security code must be 3 to 4 digits']);
    const second = await payWith(order.id, { card: card('4242424242424241', { expiryYear: '2020' }) });
    assert.deepEqual(second.body.errors, ['card.number: the card number is not valid', 'card: the card has expired']);
    assert.equal((await sandbox.transactions('single', order.id)).length, 0);
  });

  test('refunds: partial then the rest; the order ends refunded', async () => {
    const order = await sandbox.createOrder('single', { amount: 2500 });
    await payWith(order.id, { card: card('4242424242424242') });
    const partial = await sandbox.call('POST', `/v1/orders/${order.id}/refund`, sk, { amount: 1000 });
    assert.equal(partial.body.data.status, 'completed');
    assert.equal(partial.body.data.amountConfirmed, 1500);
    const tooMuch = await sandbox.call('POST', `/v1/orders/${order.id}/refund`, sk, { amount: 1501 });
    assert.equal(tooMuch.status, 400);
    const rest = await sandbox.call('POST', `/v1/orders/${order.id}/refund`, sk, {});
    assert.equal(rest.body.data.status, 'refunded');
    const [transaction] = await sandbox.transactions('single', order.id);
    assert.equal(transaction.status, 'refunded');
    assert.equal(transaction.amountRefunded, 2500);
  });

  test('cancel voids a payment still waiting for 3-D Secure; a captured order must be refunded', async () => {
    const waiting = await sandbox.createOrder('single', { amount: 1000 });
    await payWith(waiting.id, { card: card('4000000000003220') });
    const canceled = await sandbox.call('POST', `/v1/orders/${waiting.id}/cancel`, sk);
    assert.equal(canceled.body.data.status, 'canceled');
    assert.equal((await sandbox.transactions('single', waiting.id))[0].status, 'voided');
    const paid = await sandbox.createOrder('single', { amount: 1000 });
    const reused = await payWith(paid.id, { card: card('4242424242424242') });
    assert.equal(reused.body.code, 'idempotency_key_reused');
    await payWith(paid.id, { card: card('4242424242424242') }, 'k-2');
    const refused = await sandbox.call('POST', `/v1/orders/${paid.id}/cancel`, sk);
    assert.equal(refused.status, 409);
  });
});

describe('authentication and scopes', () => {
  test('401 for a missing or unknown key, 404 for another platform, 403 for a public key refunding', async () => {
    const sandbox = new TestSandbox();
    const order = await sandbox.createOrder('single', { amount: 1000 });
    assert.deepEqual((await sandbox.call('GET', `/v1/orders/${order.id}`, null)).body, { message: 'Unauthorized' });
    assert.equal((await sandbox.call('GET', `/v1/orders/${order.id}`, 'sk_test_nope')).status, 401);
    const other = await sandbox.call('GET', `/v1/orders/${order.id}`, sandbox.platform('multi').secretKey);
    assert.equal(other.status, 404);
    assert.ok(!JSON.stringify(other.body).includes(String(order.amount)));
    assert.equal((await sandbox.call('GET', `/v1/orders/${order.id}`, sandbox.platform('single').publicKey)).status, 200);
    assert.equal((await sandbox.call('POST', `/v1/orders/${order.id}/refund`, sandbox.platform('single').publicKey, {})).status, 403);
    assert.equal((await sandbox.call('POST', `/v1/orders/${order.id}/cancel`, sandbox.platform('single').publicKey)).status, 403);
  });

  test('a GET takes the public key in its address (no preflight for the widget), never a secret key, and a write never does', async () => {
    const sandbox = new TestSandbox();
    const { publicKey, secretKey } = sandbox.platform('single');
    const order = await sandbox.createOrder('single', { amount: 1000 });
    const checkout = await sandbox.call('GET', `/v1/checkout/${order.id}?key=${publicKey}`, null);
    assert.equal(checkout.status, 200);
    assert.equal(checkout.body.data.order.amount, 1000);
    const live = await sandbox.call('GET', `/v1/orders/${order.id}/live?wait=0&key=${publicKey}`, null);
    assert.equal(live.status, 200);
    assert.equal(live.body.data.status, 'initiated');
    // The header wins over the address: a request is never read with two keys.
    assert.equal((await sandbox.call('GET', `/v1/orders/${order.id}?key=${publicKey}`, 'sk_test_nope')).status, 401);
    for (const path of [`/v1/orders/${order.id}?key=${secretKey}`, `/v1/orders/${order.id}/live?wait=0&key=${secretKey}`]) {
      const refused = await sandbox.call('GET', path, null);
      assert.equal(refused.status, 400, path);
      assert.equal(refused.body.code, 'invalid_request');
      assert.match(refused.body.errors[0], /^key: a secret key is never accepted in an address/);
    }
    assert.deepEqual((await sandbox.call('GET', `/v1/orders/${order.id}?key=pk_test_nope`, null)).body, { message: 'Unauthorized' });
    const write = await sandbox.call('POST', `/v1/orders/${order.id}/payments?key=${publicKey}`, null, { card: card('4242424242424242') }, { 'Idempotency-Key': 'k-q' });
    assert.equal(write.status, 401);
    assert.equal((await sandbox.transactions('single', order.id)).length, 0);
  });

  test('a secret key anywhere in the address is refused, even beside a public key or an Authorization header, and on a write', async () => {
    const sandbox = new TestSandbox();
    const { publicKey, secretKey } = sandbox.platform('single');
    const order = await sandbox.createOrder('single', { amount: 1000 });
    // Logs and proxies keep the address whichever key authenticates: the secret key is out, the caller must hear it.
    const refusals = [
      await sandbox.call('GET', `/v1/checkout/${order.id}?key=${publicKey}&key=${secretKey}`, null),
      await sandbox.call('GET', `/v1/orders/${order.id}/live?wait=0&key=${publicKey}&key=${secretKey}`, null),
      await sandbox.call('GET', `/v1/orders/${order.id}?key=${secretKey}`, publicKey),
      await sandbox.call('GET', `/v1/orders/${order.id}?key=${encodeURIComponent(` ${secretKey}`)}`, secretKey),
      await sandbox.call('POST', `/v1/orders/${order.id}/payments?key=${secretKey}`, publicKey, { card: card('4242424242424242') }, { 'Idempotency-Key': 'k-sk' }),
      await sandbox.call('POST', `/v1/orders?key=${secretKey}`, secretKey, { amount: 500 }),
    ];
    for (const refused of refusals) {
      assert.equal(refused.status, 400, JSON.stringify(refused.body));
      assert.match(refused.body.errors[0], /^key: a secret key is never accepted in an address/);
    }
    assert.equal((await sandbox.transactions('single', order.id)).length, 0);
    assert.equal((await sandbox.listAll('/v1/orders', secretKey)).length, 1);
  });

  test('an answer is never stored by a cache: a read keyed in its address has no Authorization to keep shared caches off it', async () => {
    const sandbox = new TestSandbox();
    const { publicKey } = sandbox.platform('single');
    const order = await sandbox.createOrder('single', { amount: 1000 });
    // RFC 9111 §3.5: a shared cache stores no answer to a request with Authorization; the same read keyed in its address
    // is cacheable by URL, and a cached checkout would show a live change late (the widget reads the same address again).
    for (const path of [`/v1/checkout/${order.id}?key=${publicKey}`, `/v1/orders/${order.id}/live?wait=0&key=${publicKey}`, `/v1/orders/${order.id}?key=pk_test_nope`]) {
      const answer = await sandbox.sandbox.respond(new Request(`http://sandbox.test${path}`));
      assert.equal(answer?.headers.get('Cache-Control'), 'no-store', path);
    }
  });

  test('a key given twice in the address is refused: which one a reader takes (first, last) is not the same everywhere', async () => {
    const sandbox = new TestSandbox();
    const single = sandbox.platform('single');
    const other = sandbox.platform('split-standard');
    const order = await sandbox.createOrder('single', { amount: 1000 });
    for (const path of [`/v1/checkout/${order.id}?key=${single.publicKey}&key=${other.publicKey}`, `/v1/orders/${order.id}/live?wait=0&key=${single.publicKey}&key=${single.publicKey}`, `/v1/orders/${order.id}?key=&key=${single.publicKey}`]) {
      const refused = await sandbox.call('GET', path, null);
      assert.equal(refused.status, 400, path);
      assert.equal(refused.body.code, 'invalid_request');
      assert.match(refused.body.errors[0], /^key: give one key/);
    }
    // The header decides, and the address is not read: the widget's own reads are unaffected.
    assert.equal((await sandbox.call('GET', `/v1/checkout/${order.id}?key=${single.publicKey}`, null)).status, 200);
  });

  test('a malformed body is a 400 with readable errors and creates nothing', async () => {
    const sandbox = new TestSandbox();
    const sk = sandbox.platform('single').secretKey;
    const broken = await sandbox.call('POST', '/v1/orders', sk, '{"amount": 12');
    assert.deepEqual(broken.body, { status: 400, success: false, errors: ['the body is not valid JSON'], code: 'invalid_request' });
    const wrong = await sandbox.call('POST', '/v1/orders', sk, { amount: 10.5, currency: 'euro', ux: 'collect' });
    assert.equal(wrong.status, 400);
    assert.deepEqual(wrong.body.errors, ['amount: must be an integer number of cents, as a number or a numeric string such as "12000"', 'currency: currency must be an ISO 4217 code such as EUR']);
    const wrongUx = await sandbox.call('POST', '/v1/orders', sk, { amount: 100, ux: 'collect' });
    assert.match(wrongUx.body.errors[0], /^ux: this platform/);
    assert.equal(await sandbox.sandbox.runtime.store.read((view) => view.orders.count()), 0);
  });

  test('the public key creates inline orders only with the fields a checkout page knows', async () => {
    const sandbox = new TestSandbox();
    const pk = sandbox.platform('single').publicKey;
    const inline = await sandbox.call('POST', '/v1/orders', pk, { amount: 1500, trackId: 'cart-1', items: [{ name: 'Tent', amount: 1500 }] });
    assert.equal(inline.status, 201);
    assert.equal(inline.body.data.items[0].quantity, 1);
    assert.match(inline.body.data.items[0].id, /^itm_/);
    const sneaky = await sandbox.call('POST', '/v1/orders', pk, { amount: 1500, notifyUrl: 'https://evil.example/hook' });
    assert.equal(sneaky.status, 403);
  });
});

describe('idempotency on every payment endpoint', () => {
  test('the balance link replays its first answer for the same key', async () => {
    const sandbox = new TestSandbox();
    const pk = sandbox.platform('installments').publicKey;
    const order = await sandbox.createOrder('installments', { amount: 9000, installmentsCount: 3 });
    const first = await sandbox.call('POST', `/v1/orders/${order.id}/payments`, pk, { card: card('4242424242424242') }, { 'Idempotency-Key': 'first' });
    assert.equal(first.status, 201);
    const balance = () => sandbox.call('POST', `/v1/orders/${order.id}/balance`, pk, { card: card('4242424242424242') }, { 'Idempotency-Key': 'balance-1' });
    const [one, two] = await Promise.all([balance(), balance()]);
    assert.deepEqual(one, two);
    const balances = (await sandbox.transactions('installments', order.id)).filter((transaction) => transaction.amount === 6000);
    assert.equal(balances.length, 1);
  });
});

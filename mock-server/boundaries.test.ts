/**
 * Issue 8, "Boundaries": who may change what, what a sharing link lets anyone read, how much of a card is kept, the
 * clock's range, and ids that are no ids. Over the handlers, as the browser worker and the HTTP server run them.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TestSandbox } from './testing/sandbox-client.ts';

const card = (number: string) => ({ number, expiryMonth: '12', expiryYear: '2040', cvc: number.length === 15 ? '1234' : '123', holder: 'Grace Hopper' });
const MAX_DATE = 8.64e15;
/** The end of year 9999 UTC: the sandbox clock's latest (cards have 4-digit expiry years; docs/API.md, "Limits"). */
const MAX_CLOCK = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

describe('a secret key changes only its own platform', () => {
  test("another platform's webhook URL answers 404 and stays; its own is set; only http(s) without credentials", async () => {
    const sandbox = new TestSandbox();
    const own = sandbox.platform('single');
    const other = sandbox.platform('multi');
    const webhookUrl = (id: string) =>
      sandbox.call('GET', '/v1/sandbox/platforms', null).then((answer) => answer.body.data.platforms.find((platform: { id: string }) => platform.id === id).webhookUrl);
    const before = await webhookUrl(other.id);
    const stolen = await sandbox.call('PATCH', `/v1/sandbox/platforms/${other.id}`, own.secretKey, { webhookUrl: 'https://attacker.example/hook' });
    assert.equal(stolen.status, 404);
    assert.equal(await webhookUrl(other.id), before);
    assert.equal((await sandbox.call('PATCH', `/v1/sandbox/platforms/${own.id}`, own.secretKey, { webhookUrl: 'https://merchant.example/hook' })).status, 200);
    assert.equal(await webhookUrl(own.id), 'https://merchant.example/hook');
    for (const url of ['data:text/plain,x', 'file:///etc/passwd', 'javascript:alert(1)', 'ftp://merchant.example/', 'https://user:pass@merchant.example/hook']) {
      const refused = await sandbox.call('PATCH', `/v1/sandbox/platforms/${own.id}`, own.secretKey, { webhookUrl: url });
      assert.equal(refused.status, 400, url);
    }
    // A URL that does not parse is not an http URL; it carries no credentials either, so it gets that one error only.
    for (const url of ['http://', 'https://exa mple.com']) {
      const refused = await sandbox.call('PATCH', `/v1/sandbox/platforms/${own.id}`, own.secretKey, { webhookUrl: url });
      assert.deepEqual(refused.body.errors, ['webhookUrl: must be an http or https URL'], url);
    }
    assert.equal(await webhookUrl(own.id), 'https://merchant.example/hook');
    assert.equal((await sandbox.call('PATCH', `/v1/sandbox/platforms/${own.id}`, own.publicKey, { webhookUrl: null })).status, 403);
  });
});

describe("the sandbox's test endpoints act on the key's own platform only", () => {
  test("paying another platform's order (sandbox pay) answers 404 and changes nothing", async () => {
    const sandbox = new TestSandbox();
    const order = await sandbox.createOrder('single', { amount: 5000, email: 'buyer@example.com' });
    const stranger = sandbox.platform('multi').secretKey;
    const paid = await sandbox.call('POST', `/v1/sandbox/orders/${order.id}/pay`, stranger, {});
    assert.equal(paid.status, 404);
    assert.deepEqual(paid.body.errors, ['Order not found']);
    assert.equal(JSON.stringify(paid.body).includes('buyer@example.com'), false);
    assert.equal((await sandbox.order('single', order.id)).status, 'initiated');
    assert.deepEqual(await sandbox.transactions('single', order.id), []);
    assert.equal((await sandbox.call('POST', `/v1/sandbox/orders/${order.id}/pay`, sandbox.platform('single').secretKey, {})).status, 200);
  });

  test("answering another platform's ANCV payment (ancv-confirm) answers 404 and leaves it pending", async () => {
    const sandbox = new TestSandbox();
    const order = await sandbox.createOrder('ancv', { amount: 5000 });
    const started = await sandbox.pay('ancv', order.id, { method: 'ancv' });
    assert.equal(started.status, 200);
    const transactionId = started.body.data.id as string;
    const refused = await sandbox.call('POST', `/v1/sandbox/transactions/${transactionId}/ancv-confirm`, sandbox.platform('single').secretKey, { refuse: true });
    assert.equal(refused.status, 404);
    assert.deepEqual(refused.body.errors, ['Transaction not found']);
    const [transaction] = await sandbox.transactions('ancv', order.id);
    assert.equal(transaction.status, 'pending');
    const own = await sandbox.call('POST', `/v1/sandbox/transactions/${transactionId}/ancv-confirm`, sandbox.platform('ancv').secretKey, { refuse: true });
    assert.equal(own.status, 200);
  });
});

describe('a sharing link shows co-buyers by first name and amount only', () => {
  test('with the public key, nothing of a payer but a first name: no email, last name, card brand, BIN, last 4 or expiry', async () => {
    const sandbox = new TestSandbox();
    const slug = 'split-standard';
    const { publicKey, secretKey } = sandbox.platform(slug);
    const order = await sandbox.createOrder(slug, { amount: 9000, ux: 'collect', email: 'captain@example.com', firstName: 'Ada', lastName: 'Lovelace' });
    let attempt = 0;
    const pay = (body: Record<string, unknown>) =>
      sandbox.call('POST', `/v1/orders/${order.id}/payments`, publicKey, { method: 'card', card: card('5555555555554444'), ...body }, { 'Idempotency-Key': `k${++attempt}` });
    assert.equal((await pay({ role: 'captain', amount: 3000 })).status, 201);
    const cobuyer = await pay({ role: 'cobuyer', amount: 2000, payer: { email: 'grace@example.com', firstName: 'Grace Brewster', lastName: 'Hopper' } });
    assert.equal(cobuyer.status, 201);
    assert.equal(cobuyer.body.data.order.email, undefined, "a co-buyer's payment answer does not show the captain's email");
    // Card values as JSON strings (quoted) and their field names: bare digits also occur in ids and timestamps.
    const secrets = ['captain@example.com', 'Lovelace', 'grace@example.com', 'Hopper', 'Mastercard', '"555555"', '"4444"', '"2040"', '"40"', '"bin"', '"last4"', '"expiryYear"'];
    const hostedKey = (await sandbox.call('GET', `/v1/hosted/orders/${order.id}`, null)).body.data.publicKey;
    assert.equal(hostedKey, publicKey, 'the sharing link gives out the public key');
    const transactionId = cobuyer.body.data.transaction.id as string;
    for (const path of [`/v1/orders/${order.id}`, `/v1/orders/${order.id}/transactions`, `/v1/checkout/${order.id}`, `/v1/orders/${order.id}/sharing`, `/v1/transactions/${transactionId}`]) {
      const answer = await sandbox.call('GET', path, publicKey);
      assert.equal(answer.status, 200, path);
      const text = JSON.stringify(answer.body);
      for (const secret of secrets) assert.ok(!text.includes(secret), `${path} shows ${secret}`);
    }
    const sharing = (await sandbox.call('GET', `/v1/orders/${order.id}/sharing`, publicKey)).body.data;
    assert.deepEqual(sharing.cobuyers, [{ firstName: 'Grace', amount: 2000 }]);
    assert.deepEqual(sharing.captain, { firstName: 'Ada' });
    // The merchant's back end still reads everything.
    const full = JSON.stringify((await sandbox.call('GET', `/v1/orders/${order.id}/transactions`, secretKey)).body);
    for (const secret of ['grace@example.com', 'Hopper', '555555', '4444']) assert.ok(full.includes(secret), secret);
  });
});

describe('card summaries', () => {
  const cases: [string, string, string | undefined, string][] = [
    ['16 digits: BIN 6 + last 4', '4242424242424242', '424242', '4242'],
    ['15 digits (American Express): last 4 only', '378282246310005', undefined, '0005'],
    ['13 digits: last 4 only', '4222222222222', undefined, '2222'],
  ];
  for (const [name, number, bin, last4] of cases) {
    test(name, async () => {
      const sandbox = new TestSandbox();
      const order = await sandbox.createOrder('single', { amount: 1000 });
      const paid = await sandbox.call('POST', `/v1/orders/${order.id}/payments`, sandbox.platform('single').publicKey, { method: 'card', card: card(number) });
      assert.equal(paid.status, 201, JSON.stringify(paid.body));
      const summary = paid.body.data.transaction.card;
      assert.equal(summary.bin, bin);
      assert.equal(summary.last4, last4);
      const shown = `${summary.bin ?? ''}${summary.last4}`;
      assert.ok(shown.length <= (number.length >= 16 ? 10 : 4), `${shown.length} digits of ${number.length} shown`);
    });
  }
});

describe('the sandbox clock and reset', () => {
  test('the clock stays within what a Date represents and never goes back; 403 for a public key, 401 for an unknown one', async () => {
    const sandbox = new TestSandbox();
    const { secretKey, publicKey } = sandbox.platform('single');
    const now = await sandbox.now();
    const refused: [unknown, number][] = [
      [{ to: MAX_DATE + 1 }, 400],
      [{ to: 1e300 }, 400],
      [{ advanceBy: MAX_DATE }, 400],
      [{ advanceBy: -1 }, 400],
      [{ to: now - 60_000 }, 400],
      [{ to: -1 }, 400],
      [{ advanceBy: '1000' }, 400],
      ['{"advanceBy": ', 400],
      [[], 400],
      // Both at once is ambiguous: which one was meant? Before, `advanceBy` won silently.
      [{ advanceBy: 1000, to: now + 30 * 86_400_000 }, 400],
    ];
    for (const [body, status] of refused) {
      const answer = await sandbox.call('POST', '/v1/sandbox/clock', secretKey, body);
      assert.equal(answer.status, status, JSON.stringify(body));
      assert.ok(answer.body.errors.length > 0);
    }
    // Every refused move is years away or backwards: an hour of slack absorbs a loaded machine's wall time.
    assert.ok((await sandbox.now()) - now < 3_600_000, 'no refused move moved the clock');
    assert.equal((await sandbox.call('POST', '/v1/sandbox/clock', publicKey, { advanceBy: 1 })).status, 403);
    assert.equal((await sandbox.call('POST', '/v1/sandbox/clock', 'sk_test_unknown', { advanceBy: 1 })).status, 401);
    assert.equal((await sandbox.call('GET', '/v1/sandbox/clock', publicKey)).status, 403);
    assert.equal((await sandbox.call('POST', '/v1/sandbox/clock', secretKey, { to: MAX_CLOCK + 1 })).status, 400);
    assert.equal((await sandbox.call('POST', '/v1/sandbox/clock', secretKey, { to: MAX_CLOCK - 60_000 })).status, 200, 'up to the end of 9999');
    const order = await sandbox.createOrder('single', { amount: 1000 });
    assert.equal((await sandbox.pay('single', order.id)).body.data.status, 'captured', 'cards still work at the end of time');
  });

  test('at the latest clock, schedules computed from it still work (installments, pay later, split deadlines)', async () => {
    // The clock is wall time plus an offset: set to the very largest Date it drifted past it, and every date computed
    // from "now" (installment due dates, deadlines) became an Invalid Date, answering 500.
    const sandbox = new TestSandbox();
    assert.equal((await sandbox.call('POST', '/v1/sandbox/clock', sandbox.platform('single').secretKey, { to: MAX_CLOCK })).status, 200);
    const installments = await sandbox.createOrder('installments', { amount: 9000, email: 'ada@example.com' });
    const paid = await sandbox.pay('installments', installments.id, { card: '4242424242424242', installmentsCount: 3 });
    assert.equal(paid.status, 200, JSON.stringify(paid.body));
    const paylater = await sandbox.createOrder('paylater', { amount: 9000, email: 'ada@example.com' });
    assert.equal((await sandbox.pay('paylater', paylater.id, { card: '4242424242424242', delay: 43_200 })).status, 200);
    const split = await sandbox.createOrder('split-standard', { amount: 9000, ux: 'collect', email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' });
    assert.equal((await sandbox.pay('split-standard', split.id, { card: '4242424242424242', amount: 3000 })).status, 200);
    assert.equal((await sandbox.call('GET', `/v1/orders/${split.id}/sharing`, sandbox.platform('split-standard').publicKey)).status, 200);
    assert.equal((await sandbox.call('POST', '/v1/sandbox/clock', sandbox.platform('single').secretKey, { advanceBy: 400 * 86_400_000 })).status, 400);
  });

  test('reset needs a well-formed body: a malformed one is a 400 that wipes nothing', async () => {
    const sandbox = new TestSandbox();
    const { secretKey, publicKey } = sandbox.platform('single');
    const order = await sandbox.createOrder('single', { amount: 1000 });
    // An object with options is no `{}` either: reset has none, so a body naming one (a typo, a wish) wipes nothing.
    for (const body of ['{"all": tru', '[1]', '"yes"', '{"all": true}', '{"keep": ["orders"]}']) {
      assert.equal((await sandbox.call('POST', '/v1/sandbox/reset', secretKey, body)).status, 400, body);
    }
    assert.equal((await sandbox.call('POST', '/v1/sandbox/reset', publicKey, {})).status, 403);
    assert.equal((await sandbox.call('POST', '/v1/sandbox/reset', 'sk_test_unknown', {})).status, 401);
    assert.equal((await sandbox.call('GET', `/v1/orders/${order.id}`, secretKey)).status, 200, 'nothing was wiped');
    assert.equal((await sandbox.call('POST', '/v1/sandbox/reset', secretKey, {})).status, 200);
    assert.equal((await sandbox.call('GET', `/v1/orders/${order.id}`, secretKey)).status, 404);
    assert.equal((await sandbox.call('POST', '/v1/sandbox/reset', secretKey)).status, 200, 'no body resets too');
  });
});

describe('ids that are no ids', () => {
  const ids = ['constructor', '__proto__', 'hasOwnProperty', 'toString', 'prototype', `ord_${'a'.repeat(5000)}`, '%ZZ', '%E0%A4%A', 'ord_%00', '%2F'];
  const paths = ['/v1/orders/{id}', '/v1/orders/{id}/transactions', '/v1/transactions/{id}', '/v1/checkout/{id}', '/v1/orders/{id}/sharing', '/v1/hosted/orders/{id}', '/v1/hosted/transactions/{id}'];
  for (const id of ids) {
    test(`${id.slice(0, 20)} answers 400 or 404 on every path, never 500`, async () => {
      const sandbox = new TestSandbox();
      const key = sandbox.platform('single').secretKey;
      for (const path of paths) {
        const answer = await sandbox.call('GET', path.replace('{id}', id), key);
        assert.ok([400, 404].includes(answer.status), `${path} with ${id.slice(0, 20)}: ${answer.status}`);
        assert.equal(answer.body.success, false);
      }
      for (const path of ['/v1/orders/{id}/refund', '/v1/orders/{id}/cancel', '/v1/sandbox/orders/{id}/pay', '/v1/transactions/{id}/refund']) {
        const answer = await sandbox.call('POST', path.replace('{id}', id), key, {});
        assert.ok([400, 404].includes(answer.status), `${path} with ${id.slice(0, 20)}: ${answer.status}`);
      }
    });
  }
});

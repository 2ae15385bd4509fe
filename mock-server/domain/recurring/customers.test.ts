/** Tokenisation, customers and their reuse (seed "Recurring payments"; CONTRACT §2 "Recurring payments"). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TestSandbox } from '../../testing/sandbox-client.ts';

const SLUG = 'single' as const;

async function tokenizedOrder(sandbox: TestSandbox, card: string, fields: Record<string, unknown> = {}) {
  const order = await sandbox.createOrder(SLUG, { amount: 1000, tokenize: true, email: 'c@example.com', firstName: 'Cleo', ...fields });
  const paid = await sandbox.pay(SLUG, order.id, { card });
  assert.equal(paid.status, 200, JSON.stringify(paid.body));
  return sandbox.order(SLUG, order.id);
}

async function customer(sandbox: TestSandbox, id: string) {
  const answer = await sandbox.call('GET', `/v1/customers/${id}`, sandbox.platform(SLUG).secretKey);
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  return answer.body.data;
}

describe('tokenisation', () => {
  test('a paid tokenize order saves the card to a new customer made from the buyer, as the seed shows', async () => {
    const sandbox = new TestSandbox();
    const order = await tokenizedOrder(sandbox, '4242424242424242');
    assert.match(order.customerId, /^cst_[0-9a-f-]{36}$/);
    const saved = await customer(sandbox, order.customerId);
    assert.equal(saved.email, 'c@example.com');
    assert.equal(saved.firstName, 'Cleo');
    assert.equal(saved.methods.length, 1);
    const [method] = saved.methods;
    assert.match(method.id, /^cpm_/);
    assert.match(method.token, /^tok_/);
    assert.equal(method.method, 'card');
    assert.equal(method.default, true);
    assert.deepEqual(Object.keys(method.card).sort(), ['bin', 'expiryMonth', 'expiryYear', 'last4', 'paymentMethod']);
    assert.equal(method.card.bin, '424242');
    assert.equal(method.card.last4, '4242');
    assert.equal(method.card.paymentMethod, 'Visa');
    assert.doesNotMatch(JSON.stringify(saved), /4242424242424242|cardProfile/);
  });

  test('without tokenize nothing is saved; a declined payment saves nothing', async () => {
    const sandbox = new TestSandbox();
    const plain = await sandbox.createOrder(SLUG, { amount: 1000 });
    await sandbox.pay(SLUG, plain.id, { card: '4242424242424242' });
    assert.equal((await sandbox.order(SLUG, plain.id)).customerId, undefined);
    const declined = await sandbox.createOrder(SLUG, { amount: 1000, tokenize: true });
    assert.equal((await sandbox.pay(SLUG, declined.id, { card: '4000000000000002' })).body.data.status, 'failed');
    assert.equal((await sandbox.order(SLUG, declined.id)).customerId, undefined);
    const list = await sandbox.call('GET', '/v1/customers', sandbox.platform(SLUG).secretKey);
    assert.deepEqual(list.body.data, []);
  });

  test('the newest card is the default; the same card twice stays one method', async () => {
    const sandbox = new TestSandbox();
    const first = await tokenizedOrder(sandbox, '4242424242424242');
    await tokenizedOrder(sandbox, '5555555555554444', { customerId: first.customerId });
    let saved = await customer(sandbox, first.customerId);
    assert.deepEqual(saved.methods.map((method: any) => [method.card.last4, method.default]), [['4242', false], ['4444', true]]);
    await tokenizedOrder(sandbox, '4242424242424242', { customerId: first.customerId });
    saved = await customer(sandbox, first.customerId);
    assert.deepEqual(saved.methods.map((method: any) => [method.card.last4, method.default]), [['4242', true], ['4444', false]]);
  });

  test('an unknown or foreign customerId is a 404 and creates nothing', async () => {
    const sandbox = new TestSandbox();
    const order = await tokenizedOrder(sandbox, '4242424242424242');
    const foreign = await sandbox.call('POST', '/v1/orders', sandbox.platform('wallets').secretKey, { amount: 1000, customerId: order.customerId });
    assert.equal(foreign.status, 404);
    const unknown = await sandbox.call('POST', '/v1/orders', sandbox.platform(SLUG).secretKey, { amount: 1000, customerId: 'cst_00000000-0000-4000-8000-000000000000' });
    assert.equal(unknown.status, 404);
    assert.deepEqual(unknown.body.errors, ['Customer not found']);
    assert.equal((await sandbox.call('GET', `/v1/customers/${order.customerId}`, sandbox.platform('wallets').secretKey)).status, 404);
  });
});

describe('reuse: customerId + debitAuto', () => {
  test('debits the default method at once: completed, captured, order.completed', async () => {
    const sandbox = new TestSandbox();
    const first = await tokenizedOrder(sandbox, '4242424242424242');
    await tokenizedOrder(sandbox, '5555555555554444', { customerId: first.customerId });
    const order = await sandbox.createOrder(SLUG, { amount: 2500, customerId: first.customerId, debitAuto: true });
    assert.equal(order.status, 'completed');
    assert.equal(order.debit.status, 'captured');
    assert.equal(order.email, 'c@example.com', 'the customer fills the buyer');
    const [transaction] = await sandbox.transactions(SLUG, order.id);
    assert.equal(transaction.status, 'captured');
    assert.equal(transaction.card.last4, '4444');
    assert.deepEqual(await sandbox.events(order.id), ['order.confirmed', 'transaction.captured', 'order.completed']);
    assert.equal((await customer(sandbox, first.customerId)).methods.length, 2, 'reuse creates no method');
  });

  test('a card whose later debits fail: the order stays payable, with the reason and its redirectUrl', async () => {
    const sandbox = new TestSandbox();
    const first = await tokenizedOrder(sandbox, '4000000000000341');
    const order = await sandbox.createOrder(SLUG, { amount: 2500, customerId: first.customerId, debitAuto: true });
    assert.equal(order.status, 'initiated');
    assert.deepEqual({ status: order.debit.status, reason: order.debit.declineReason }, { status: 'failed', reason: 'card_declined' });
    assert.equal(order.redirectUrl, `http://sandbox.test/pay/${order.id}`);
    const [transaction] = await sandbox.transactions(SLUG, order.id);
    assert.equal(transaction.status, 'failed');
    // The buyer pays at the redirectUrl with another card.
    assert.equal((await sandbox.pay(SLUG, order.id, { card: '4242424242424242' })).status, 200);
    assert.equal((await sandbox.order(SLUG, order.id)).status, 'completed');
  });

  test('debitAuto without a saved method, or without customerId: 400 and nothing created', async () => {
    const sandbox = new TestSandbox();
    const key = sandbox.platform(SLUG).secretKey;
    const empty = await sandbox.call('POST', '/v1/customers', key, { email: 'e@example.com' });
    assert.equal(empty.status, 201);
    const noMethod = await sandbox.call('POST', '/v1/orders', key, { amount: 1000, customerId: empty.body.data.id, debitAuto: true });
    assert.equal(noMethod.status, 400);
    assert.match(noMethod.body.errors[0], /^debitAuto: this customer has no saved method/);
    const noCustomer = await sandbox.call('POST', '/v1/orders', key, { amount: 1000, debitAuto: true });
    assert.equal(noCustomer.status, 400);
    assert.deepEqual((await sandbox.call('GET', '/v1/orders', key)).body.data, []);
  });
});

describe('customers CRUD', () => {
  test('create, read, list, patch (default method), delete a method, delete the customer', async () => {
    const sandbox = new TestSandbox();
    const key = sandbox.platform(SLUG).secretKey;
    const first = await tokenizedOrder(sandbox, '4242424242424242');
    await tokenizedOrder(sandbox, '5555555555554444', { customerId: first.customerId });
    const saved = await customer(sandbox, first.customerId);
    const visa = saved.methods[0].id;
    const patched = await sandbox.call('PATCH', `/v1/customers/${first.customerId}`, key, { lastName: 'Durand', defaultMethodId: visa });
    assert.equal(patched.status, 200, JSON.stringify(patched.body));
    assert.equal(patched.body.data.lastName, 'Durand');
    assert.deepEqual(patched.body.data.methods.map((method: any) => method.default), [true, false]);
    const unknownMethod = await sandbox.call('PATCH', `/v1/customers/${first.customerId}`, key, { defaultMethodId: 'cpm_00000000-0000-4000-8000-000000000000' });
    assert.equal(unknownMethod.status, 404);
    assert.equal((await customer(sandbox, first.customerId)).lastName, 'Durand', 'the refused patch changed nothing');
    const removed = await sandbox.call('DELETE', `/v1/customers/${first.customerId}/methods/${visa}`, key);
    assert.equal(removed.status, 200);
    assert.deepEqual(removed.body.data.methods.map((method: any) => [method.card.last4, method.default]), [['4444', true]]);
    const listed = await sandbox.call('GET', '/v1/customers', key);
    assert.deepEqual(listed.body.data.map((entry: any) => entry.id), [first.customerId]);
    assert.equal((await sandbox.call('DELETE', `/v1/customers/${first.customerId}`, key)).status, 200);
    assert.equal((await sandbox.call('GET', `/v1/customers/${first.customerId}`, key)).status, 404);
  });

  test('bad input: 400 with readable errors', async () => {
    const sandbox = new TestSandbox();
    const key = sandbox.platform(SLUG).secretKey;
    const bad = await sandbox.call('POST', '/v1/customers', key, { email: 'not an email' });
    assert.equal(bad.status, 400);
    assert.match(bad.body.errors[0], /^email/);
    assert.equal((await sandbox.call('POST', '/v1/customers', key, [])).status, 400);
  });
});

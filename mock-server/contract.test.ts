/**
 * CONTRACT §2, "What integrations already in the field send", and the boundaries of issue 8: table-driven, over the very
 * handlers the browser worker and the HTTP server run. Each refusal is checked to change nothing.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { PlatformSlug } from './seed.ts';
import { TestSandbox } from './testing/sandbox-client.ts';


/** What a refused request must leave as it was: every order read here, the webhook log, the outbox and the platforms. */
async function snapshot(sandbox: TestSandbox, orders: [PlatformSlug, string][] = []): Promise<string> {
  const key = sandbox.platform('single').secretKey;
  const parts: unknown[] = [];
  for (const path of ['/v1/sandbox/webhooks', '/v1/sandbox/outbox', '/v1/sandbox/platforms']) parts.push((await sandbox.call('GET', path, key)).body);
  for (const [slug, id] of orders) {
    parts.push((await sandbox.call('GET', `/v1/orders/${id}`, sandbox.platform(slug).secretKey)).body);
    parts.push((await sandbox.call('GET', `/v1/orders/${id}/transactions`, sandbox.platform(slug).secretKey)).body);
  }
  return JSON.stringify(parts);
}

describe('what integrations already in the field send (CONTRACT §2)', () => {
  const accepted: [string, Record<string, unknown>, (order: any) => void][] = [
    ['a numeric-string amount', { amount: '12000' }, (order) => assert.equal(order.amount, 12000)],
    ['numeric-string item amounts', { amount: '3000', items: [{ name: 'Tent', amount: '1000' }, { name: 'Stove', amount: '2000' }] }, (order) => assert.deepEqual(order.items.map((item: { amount: number }) => item.amount), [1000, 2000])],
    ['items with only an amount (quantity defaults to 1)', { amount: 2500, items: [{ amount: 2500 }] }, (order) => {
      assert.equal(order.items[0].quantity, 1);
      assert.equal(order.items[0].name, undefined);
      assert.match(order.items[0].id, /^itm_/);
    }],
    ['items with amount and the optional fields', { amount: 1000, items: [{ amount: '500', quantity: 2, trackId: 'sku-1', description: 'two of them' }] }, (order) => assert.equal(order.items[0].trackId, 'sku-1')],
    ['a flat scoring object', { amount: 1000, scoring: { birthDate: '1990-01-01', score: 7, known: true, phone: null } }, (order) => assert.equal(order.amount, 1000)],
  ];
  for (const [name, body, check] of accepted) {
    test(`accepted: ${name}`, async () => {
      const sandbox = new TestSandbox();
      const answer = await sandbox.call('POST', '/v1/orders', sandbox.platform('single').secretKey, body);
      assert.equal(answer.status, 201, JSON.stringify(answer.body));
      check(answer.body.data);
    });
  }

  const refused: [string, unknown, RegExp | string[]][] = [
    ['no body', undefined, ['should be object']],
    ['an empty body', '', ['should be object']],
    ['an array', [], ['should be object']],
    ['an array of orders', [{ amount: 1000 }], ['should be object']],
    ['a string', '"amount"', ['should be object']],
    ['a number', '12000', ['should be object']],
    ['null', 'null', ['should be object']],
    ['a decimal string amount', { amount: '12.5' }, /^amount: must be an integer number of cents/],
    ['a non-numeric amount', { amount: 'abc' }, /^amount: must be an integer number of cents/],
    ['an empty string amount', { amount: '' }, /^amount: must be an integer number of cents/],
    ['a float amount', { amount: 12.5 }, /^amount: must be an integer number of cents/],
    ['a negative amount', { amount: -100 }, /^amount: Too small/],
    ['a negative string amount', { amount: '-100' }, /^amount: Too small/],
    ['an amount beyond 10^12 cents', { amount: '10000000000001' }, /^amount: Too big/],
    ['a decimal item amount', { amount: 1000, items: [{ amount: '10.5' }] }, /^items\.0\.amount: must be an integer number of cents/],
    ['an item without amount', { amount: 1000, items: [{ name: 'Tent' }] }, /^items\.0\.amount/],
    ['a nested scoring object', { amount: 1000, scoring: { address: { city: 'Paris' } } }, /^scoring\.address: must be a string, number, boolean or null/],
    ['a scoring array', { amount: 1000, scoring: [1, 2] }, /^scoring/],
    ['a data: notifyUrl', { amount: 1000, notifyUrl: 'data:text/plain,hello' }, /^notifyUrl: must be an http or https URL/],
    ['a file: notifyUrl', { amount: 1000, notifyUrl: 'file:///etc/passwd' }, /^notifyUrl: must be an http or https URL/],
    ['a javascript: successUrl', { amount: 1000, successUrl: 'javascript:alert(1)' }, /^successUrl: must be an http or https URL/],
    ['a notifyUrl with credentials', { amount: 1000, notifyUrl: 'https://user:secret@merchant.example/hook' }, /^notifyUrl: must not carry credentials/],
    ['a delay beyond 100 years', { amount: 1000, delay: 9007199254740991 }, /^delay: Too big/],
    ['a dueDate past the year 9999', { amount: 1000, dueDate: 8.64e15 }, /^dueDate: Too big/],
    ['a successUrl with a user', { amount: 1000, successUrl: 'http://user@merchant.example/done' }, /^successUrl: must not carry credentials/],
  ];
  for (const [name, body, expected] of refused) {
    test(`create refused with a readable 400: ${name}`, async () => {
      const sandbox = new TestSandbox();
      const before = await snapshot(sandbox);
      const answer = await sandbox.call('POST', '/v1/orders', sandbox.platform('single').secretKey, body);
      assert.equal(answer.status, 400, JSON.stringify(answer.body));
      assert.equal(answer.body.success, false);
      if (Array.isArray(expected)) assert.deepEqual(answer.body.errors, expected);
      else assert.match(answer.body.errors[0], expected);
      assert.equal(await snapshot(sandbox), before, 'a refused create changes nothing');
    });
  }

  test('refunds take numeric-string amounts; "12.5" and "abc" are 400 and refund nothing', async () => {
    const sandbox = new TestSandbox();
    const key = sandbox.platform('single').secretKey;
    const order = await sandbox.createOrder('single', { amount: 5000 });
    const paid = await sandbox.pay('single', order.id);
    for (const [path, amount] of [[`/v1/orders/${order.id}/refund`, '12.5'], [`/v1/transactions/${paid.body.data.id}/refund`, 'abc']]) {
      const before = await snapshot(sandbox, [['single', order.id]]);
      const answer = await sandbox.call('POST', path as string, key, { amount });
      assert.equal(answer.status, 400);
      assert.match(answer.body.errors[0], /^amount: must be an integer number of cents/);
      assert.equal(await snapshot(sandbox, [['single', order.id]]), before);
    }
    assert.equal((await sandbox.call('POST', `/v1/orders/${order.id}/refund`, key, { amount: '1000' })).body.data.status, 'completed');
    assert.equal((await sandbox.call('POST', `/v1/transactions/${paid.body.data.id}/refund`, key, { amount: '500' })).body.data.amountRefunded, 1500);
  });

  const noOptions: [string, unknown][] = [['no body', undefined], ['{}', {}], ['[]', []], ['an empty string', '']];
  for (const [name, body] of noOptions) {
    test(`cancel and refund with ${name} mean "no options"`, async () => {
      const sandbox = new TestSandbox();
      const key = sandbox.platform('single').secretKey;
      const toCancel = await sandbox.createOrder('single', { amount: 1000 });
      const canceled = await sandbox.call('POST', `/v1/orders/${toCancel.id}/cancel`, key, body);
      assert.equal(canceled.status, 200, JSON.stringify(canceled.body));
      assert.equal(canceled.body.data.status, 'canceled');
      const toRefund = await sandbox.createOrder('single', { amount: 1000 });
      const paid = await sandbox.pay('single', toRefund.id);
      const refunded = await sandbox.call('POST', `/v1/orders/${toRefund.id}/refund`, key, body);
      assert.equal(refunded.status, 200, JSON.stringify(refunded.body));
      assert.equal(refunded.body.data.status, 'refunded');
      const again = await sandbox.createOrder('single', { amount: 800 });
      const transaction = (await sandbox.pay('single', again.id)).body.data;
      const one = await sandbox.call('POST', `/v1/transactions/${transaction.id}/refund`, key, body);
      assert.equal(one.body.data.amountRefunded, 800);
      assert.equal(paid.status, 200);
    });
  }

  const badOptions: [string, unknown][] = [['a non-empty array', [1]], ['a string', '"all"'], ['malformed JSON', '{"amount": '], ['a number', '5']];
  for (const [name, body] of badOptions) {
    test(`refund with ${name} is a 400 that refunds nothing`, async () => {
      const sandbox = new TestSandbox();
      const order = await sandbox.createOrder('single', { amount: 1000 });
      await sandbox.pay('single', order.id);
      const before = await snapshot(sandbox, [['single', order.id]]);
      const answer = await sandbox.call('POST', `/v1/orders/${order.id}/refund`, sandbox.platform('single').secretKey, body);
      assert.equal(answer.status, 400);
      assert.ok(answer.body.errors.length > 0);
      assert.equal(await snapshot(sandbox, [['single', order.id]]), before);
    });
  }

  test('repeated and trailing slashes are ignored, on reads and on writes', async () => {
    const sandbox = new TestSandbox();
    const key = sandbox.platform('single').secretKey;
    const created = await sandbox.call('POST', '/v1/orders///', key, { amount: '700' });
    assert.equal(created.status, 201);
    const id = created.body.data.id as string;
    for (const path of [`/v1/orders/${id}/`, `/v1//orders/${id}`, `//v1/orders//${id}//`]) {
      const read = await sandbox.call('GET', path, key);
      assert.equal(read.status, 200, path);
      assert.equal(read.body.data.id, id);
    }
    assert.equal((await sandbox.call('POST', `/v1/orders/${id}//cancel/`, key, [])).body.data.status, 'canceled');
  });
});

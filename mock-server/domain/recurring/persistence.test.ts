/** Recurring records persist in the SQLite data file like the others, and their due work resumes after a restart. */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { getResponse } from 'msw';
import { createNodeSandbox, type NodeSandbox } from '../../node.ts';
import { seededPlatform } from '../../seed.ts';

const platform = seededPlatform('subscription');
const open = (dataFile: string) => createNodeSandbox({ publicUrl: 'http://sandbox.test', dataFile, send: async () => ({ status: 200 }) });

async function call(sandbox: NodeSandbox, method: string, path: string, body?: unknown): Promise<any> {
  const request = new Request(`http://sandbox.test${path}`, { method, headers: { Authorization: platform.secretKey, 'Content-Type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
  const response = await getResponse(sandbox.handlers, request);
  const json = await response?.json();
  assert.ok(response && response.status < 300, `${method} ${path}: ${JSON.stringify(json)}`);
  return json.data;
}

test('customers, products, subscriptions and invoices come back after a restart, and the next cycle still falls due', async () => {
  const dataFile = join(mkdtempSync(join(tmpdir(), 'sg-recurring-')), 'sandbox.db');
  const first = open(dataFile);
  const order = await call(first, 'POST', '/v1/orders', { amount: 500, tokenize: true, email: 'p@example.com' });
  await call(first, 'POST', `/v1/sandbox/orders/${order.id}/pay`, { card: '4242424242424242' });
  const { customerId } = await call(first, 'GET', `/v1/orders/${order.id}`);
  const product = await call(first, 'POST', '/v1/products', { name: 'Plan', amount: 700, subscription: { period: 'monthly', interval: 1 } });
  const subscription = await call(first, 'POST', '/v1/subscriptions', { amount: 900, customerId, debitAuto: true, items: [{ productId: product.id }], schedule: { period: 'monthly' } });
  await first.runtime.flush();
  const before = first.runtime.store.snapshot();
  first.close();

  const second = open(dataFile);
  assert.deepEqual(second.runtime.store.snapshot(), before);
  assert.equal((await call(second, 'GET', `/v1/customers/${customerId}`)).methods.length, 1);
  assert.equal((await call(second, 'GET', `/v1/products/${product.id}`)).name, 'Plan');
  await call(second, 'POST', '/v1/sandbox/clock', { advanceBy: 32 * 86_400_000 });
  const invoices = await call(second, 'GET', `/v1/invoices?subscriptionId=${subscription.id}`);
  assert.deepEqual(invoices.map((invoice: any) => [invoice.cycleRank, invoice.amount, invoice.status]), [[1, 900, 'paid'], [2, 700, 'paid']]);
  second.close();
});

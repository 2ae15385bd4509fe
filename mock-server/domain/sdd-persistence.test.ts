/** SEPA Direct Debit mandates and pending debits survive a restart on the SQLite data file, and still settle on time. */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { getResponse } from 'msw';
import { createNodeSandbox, type NodeSandbox } from '../node.ts';
import { seededPlatform } from '../seed.ts';

const sdd = seededPlatform('sdd');
const open = (dataFile: string) => createNodeSandbox({ publicUrl: 'http://sandbox.test', dataFile, send: async () => ({ status: 200 }) });

async function call(sandbox: NodeSandbox, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const request = new Request(`http://sandbox.test${path}`, { method, headers: { Authorization: sdd.secretKey, 'Content-Type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
  const response = await getResponse(sandbox.handlers, request);
  return { status: response?.status ?? 0, body: await response?.json() };
}

test('a mandate and its pending debit come back after a restart; the debit settles and the mandate debits again', async () => {
  const dataFile = join(mkdtempSync(join(tmpdir(), 'sg-sdd-')), 'sandbox.db');
  const first = open(dataFile);
  await call(first, 'POST', '/v1/sandbox/clock', { to: Date.parse('2026-12-21T10:00:00Z') });
  const order = (await call(first, 'POST', '/v1/orders', { amount: 2500, ux: 'sdd' })).body.data;
  const paid = await call(first, 'POST', `/v1/sandbox/orders/${order.id}/pay`, { method: 'sdd', iban: 'FR7630006000010000000000152', payer: { firstName: 'Ada', lastName: 'Lovelace' } });
  assert.ok(paid.status < 300 && paid.body.data.status === 'pending', JSON.stringify(paid.body));
  await first.runtime.flush();
  const before = first.runtime.store.snapshot();
  first.close();

  const second = open(dataFile);
  assert.deepEqual(second.runtime.store.snapshot(), before);
  assert.equal(await second.runtime.store.read((view) => view.mandates.count()), 1);
  await call(second, 'POST', '/v1/sandbox/clock', { to: Date.parse('2027-01-06T06:00:00Z') });
  assert.equal((await call(second, 'GET', `/v1/orders/${order.id}`)).body.data.status, 'completed');
  const customerId = (await call(second, 'GET', `/v1/orders/${order.id}`)).body.data.customerId;
  const next = await call(second, 'POST', '/v1/orders', { amount: 1000, ux: 'sdd', customerId, directPayment: true });
  assert.equal(next.body.data.status, 'pending');
  second.close();
});

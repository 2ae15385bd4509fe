/** Virtual IBANs survive a restart on a data file: the IBANs issued (never issued again) and the transfers received. */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { getResponse } from 'msw';
import { createNodeSandbox, type NodeSandbox } from '../node.ts';
import { seededPlatform } from '../seed.ts';

const viban = seededPlatform('viban');
const open = (dataFile: string) => createNodeSandbox({ publicUrl: 'http://sandbox.test', dataFile, send: async () => ({ status: 200 }) });

async function call(sandbox: NodeSandbox, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const request = new Request(`http://sandbox.test${path}`, { method, headers: { Authorization: viban.secretKey, 'Content-Type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
  const response = await getResponse(sandbox.handlers, request);
  return { status: response?.status ?? 0, body: await response?.json() };
}

test('issued IBANs and received transfers come back after a restart; a replayed transferId still credits once', async () => {
  const dataFile = join(mkdtempSync(join(tmpdir(), 'sg-viban-')), 'sandbox.db');
  const first = open(dataFile);
  const order = (await call(first, 'POST', '/v1/orders', { amount: 10000, ux: 'viban' })).body.data;
  await call(first, 'POST', `/v1/sandbox/orders/${order.id}/viban-transfer`, { amount: 4000, transferId: 'E2E-9' });
  await first.runtime.flush();
  const before = first.runtime.store.snapshot();
  first.close();
  const second = open(dataFile);
  assert.deepEqual(second.runtime.store.snapshot(), before);
  assert.deepEqual(second.runtime.store.snapshot().records.vibans?.map((record) => record.id), [order.viban.iban]);
  const replay = await call(second, 'POST', `/v1/sandbox/orders/${order.id}/viban-transfer`, { amount: 4000, transferId: 'E2E-9' });
  assert.equal(replay.body.data.replayed, true);
  assert.equal((await call(second, 'GET', `/v1/orders/${order.id}`)).body.data.amountConfirmed, 4000);
  second.close();
});

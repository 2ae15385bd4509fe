/**
 * Due work runs at its own instant (docs/SANDBOX.md, "Due work"), whatever wall time passes while a clock move runs it:
 * here the wall clock moves on at every read, as it does on a busy machine between reading the time and running.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, mock, test } from 'node:test';
import { TestSandbox } from './testing/sandbox-client.ts';

const at = (iso: string) => Date.parse(iso);

let sandbox: TestSandbox;
beforeEach(() => {
  sandbox = new TestSandbox();
});
afterEach(() => mock.restoreAll());

test('an SDD debit settling on a clock move is captured at its settlement instant, not a millisecond later', async () => {
  const { secretKey: sk, publicKey: pk } = sandbox.platform('sdd');
  assert.equal((await sandbox.call('POST', '/v1/sandbox/clock', sk, { to: at('2026-12-21T10:00:00Z') })).status, 200);
  const order = await sandbox.createOrder('sdd', { amount: 4990, ux: 'sdd', email: 'ada@example.com' });
  const payer = { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' };
  const paid = await sandbox.call('POST', `/v1/orders/${order.id}/payments`, pk, { method: 'sdd', iban: 'FR7630006000010000000000152', payer }, { 'Idempotency-Key': 'due-1' });
  const debit = paid.body.data.transaction;
  assert.equal(debit.sdd.debitDate, at('2027-01-06T06:00:00Z'));
  let wall = Date.now();
  mock.method(Date, 'now', () => (wall += 1));
  assert.equal((await sandbox.call('POST', '/v1/sandbox/clock', sk, { to: at('2027-01-06T06:00:00Z') })).status, 200);
  const settled = (await sandbox.call('GET', `/v1/transactions/${debit.id}`, sk)).body.data;
  assert.equal(settled.status, 'captured');
  assert.equal(settled.operations[1].date, at('2027-01-06T06:00:00Z'));
});

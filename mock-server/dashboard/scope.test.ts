import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TestSandbox } from '../testing/sandbox-client.ts';
import { DashboardBrowser } from './testing.ts';

/** Pays the whole order by ANCV Connect (the buyer confirms in the app) or by card. */
async function payWith(sandbox: TestSandbox, order: { id: string; amount: number }, method: 'ancv' | 'card'): Promise<void> {
  const paid = await sandbox.pay('multi-ancv', order.id, { method, amount: order.amount });
  assert.ok(paid.status < 300, JSON.stringify(paid.body));
  if (method === 'ancv') {
    const key = sandbox.platform('multi-ancv').secretKey;
    const confirmed = await sandbox.call('POST', `/v1/sandbox/transactions/${paid.body.data.id}/ancv-confirm`, key, { amount: paid.body.data.amount });
    assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
  }
}

async function signedIn(sandbox: TestSandbox, email: string): Promise<DashboardBrowser> {
  const browser = new DashboardBrowser(sandbox);
  assert.equal((await browser.signIn(email)).status, 200);
  return browser;
}

test("roles: a platform admin reaches its platform only; another platform's orders, transactions and export are 404s", async () => {
  const sandbox = new TestSandbox();
  const single = sandbox.platform('single');
  const viban = sandbox.platform('viban');
  const order = await sandbox.createOrder('single', { amount: 4200, trackId: 'SCOPE-1', email: 'ada@example.com' });
  const paid = await sandbox.pay('single', order.id);
  const transactionId = paid.body.data.id as string;

  const vibanAdmin = await signedIn(sandbox, 'viban@sandbox.test');
  for (const path of [`/v1/dashboard/platforms/${single.id}/orders`, `/v1/dashboard/platforms/${single.id}/operations.csv`, `/v1/dashboard/orders/${order.id}`, `/v1/dashboard/transactions/${transactionId}`]) {
    const answer = await vibanAdmin.request('GET', path);
    assert.equal(answer.status, 404, path);
    assert.ok(!answer.text.includes('SCOPE-1') && !answer.text.includes('ada@'), `${path} reveals nothing`);
  }
  for (const path of [`/v1/dashboard/orders/${order.id}/refund`, `/v1/dashboard/orders/${order.id}/cancel`, `/v1/dashboard/transactions/${transactionId}/refund`]) {
    assert.equal((await vibanAdmin.request('POST', path, {})).status, 404, path);
  }
  assert.equal((await sandbox.order('single', order.id)).status, 'completed', 'the refused refunds changed nothing');
  assert.equal((await vibanAdmin.request('GET', `/v1/dashboard/platforms/${viban.id}/orders`)).status, 200);

  const singleAdmin = await signedIn(sandbox, 'single@sandbox.test');
  const list = await singleAdmin.request('GET', `/v1/dashboard/platforms/${single.id}/orders`);
  assert.deepEqual(list.body.data.map((shown: { id: string }) => shown.id), [order.id]);
  assert.equal((await singleAdmin.request('GET', `/v1/dashboard/transactions/${transactionId}`)).status, 200);

  const admin = await signedIn(sandbox, 'admin@sandbox.test');
  assert.equal((await admin.request('GET', `/v1/dashboard/orders/${order.id}`)).status, 200);
  assert.equal((await admin.request('GET', `/v1/dashboard/platforms/${viban.id}/orders`)).status, 200);
});

test('orders: search, filters and pages; the totals cover every page', async () => {
  const sandbox = new TestSandbox();
  const wallets = sandbox.platform('multi-ancv');
  const ids: string[] = [];
  for (let index = 0; index < 5; index += 1) {
    const order = await sandbox.createOrder('multi-ancv', { amount: 3000 + index, trackId: `CART-${index}`, email: `buyer${index}@example.com` });
    await payWith(sandbox, order, index % 2 === 0 ? 'ancv' : 'card');
    ids.push(order.id);
  }
  const admin = await signedIn(sandbox, 'admin@sandbox.test');
  const base = `/v1/dashboard/platforms/${wallets.id}/orders`;
  const first = await admin.request('GET', `${base}?order=desc&limit=2`);
  assert.deepEqual(first.body.data.map((order: { id: string }) => order.id), [ids[4], ids[3]]);
  assert.equal(first.body.hasMore, true);
  assert.equal(first.body.totals.orders, 5);
  assert.equal(first.body.totals.amounts.EUR.capture, 3000 + 3001 + 3002 + 3003 + 3004);
  const second = await admin.request('GET', `${base}?order=desc&limit=2&startingAfter=${ids[3]}`);
  assert.deepEqual(second.body.data.map((order: { id: string }) => order.id), [ids[2], ids[1]]);
  const ancv = await admin.request('GET', `${base}?paymentMethod=ancv`);
  assert.deepEqual(ancv.body.data.map((order: { id: string }) => order.id), [ids[0], ids[2], ids[4]]);
  assert.equal(ancv.body.totals.amounts.EUR.capture, 3000 + 3002 + 3004);
  assert.deepEqual((await admin.request('GET', `${base}?q=cart-3`)).body.data.map((order: { id: string }) => order.id), [ids[3]]);
  assert.deepEqual((await admin.request('GET', `${base}?q=BUYER1@`)).body.data.map((order: { id: string }) => order.id), [ids[1]]);
  assert.deepEqual((await admin.request('GET', `${base}?q=${ids[2]}`)).body.data.map((order: { id: string }) => order.id), [ids[2]]);
  const today = new Date(await sandbox.now()).toISOString().slice(0, 10);
  assert.equal((await admin.request('GET', `${base}?from=${today}&to=${today}`)).body.data.length, 5);
  assert.equal((await admin.request('GET', `${base}?from=2000-01-01&to=2000-01-02`)).body.data.length, 0);
  const bad = await admin.request('GET', `${base}?status=paid&from=2024-02-30&paymentMethod=cash`);
  assert.equal(bad.status, 400);
  assert.deepEqual(bad.body.errors.map((error: string) => error.split(':')[0]), ['status', 'paymentMethod', 'from']);
});

test('the export is CSV with a header, one row per selected operation of every page, exact cents and UTC dates', async () => {
  const sandbox = new TestSandbox();
  const wallets = sandbox.platform('multi-ancv');
  for (let index = 0; index < 3; index += 1) {
    const order = await sandbox.createOrder('multi-ancv', { amount: 2000 + index, trackId: `EXP,"${index}"` });
    await payWith(sandbox, order, index === 1 ? 'ancv' : 'card');
  }
  const admin = await signedIn(sandbox, 'admin@sandbox.test');
  const csv = await admin.request('GET', `/v1/dashboard/platforms/${wallets.id}/operations.csv?paymentMethod=card`);
  assert.equal(csv.status, 200);
  assert.equal(csv.headers.get('Content-Type'), 'text/csv; charset=utf-8');
  assert.match(csv.headers.get('Content-Disposition') ?? '', /^attachment; filename="operations-multi-ancv-\d{4}-\d{2}-\d{2}\.csv"$/);
  assert.ok(csv.text.startsWith('\uFEFFoperationId,transactionId,orderId,trackId,type,amount,currency,paymentMethod,date\r\n'));
  const lines = csv.text.slice(1).trim().split('\r\n').slice(1);
  const list = await admin.request('GET', `/v1/dashboard/platforms/${wallets.id}/orders?paymentMethod=card&limit=1`);
  assert.equal(lines.length, list.body.totals.operations, 'every page, not the one shown');
  assert.equal(lines.length, 4, 'authorization and capture of the two card orders');
  assert.ok(lines.every((line) => /,card,\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(line)));
  assert.ok(lines.some((line) => line.includes(',"EXP,""0""",capture,2000,EUR,card,')), 'quoted as RFC 4180 says');
  const formula = await sandbox.createOrder('multi-ancv', { amount: 2100, trackId: '=HYPERLINK("http://evil.example")' });
  await payWith(sandbox, formula, 'card');
  const guarded = await admin.request('GET', `/v1/dashboard/platforms/${wallets.id}/operations.csv?q=HYPERLINK`);
  assert.ok(guarded.text.includes(`,"'=HYPERLINK(""http://evil.example"")",authorization,`), 'a formula is written as text');
  const captured = lines.filter((line) => line.includes(',capture,')).map((line) => Number(line.split(',capture,')[1]?.split(',')[0]));
  assert.equal(captured.reduce((sum, amount) => sum + amount, 0), list.body.totals.amounts.EUR.capture);
});

test('refund and cancel from the dashboard: up to the refundable amount exactly; the role is checked by the server', async () => {
  const sandbox = new TestSandbox();
  const order = await sandbox.createOrder('single', { amount: 5000 });
  const paid = await sandbox.pay('single', order.id);
  const admin = await signedIn(sandbox, 'single@sandbox.test');
  const above = await admin.request('POST', `/v1/dashboard/orders/${order.id}/refund`, { amount: 5001 });
  assert.equal(above.status, 400);
  assert.match(above.body.errors[0], /^amount: /);
  const part = await admin.request('POST', `/v1/dashboard/transactions/${paid.body.data.id}/refund`, { amount: 1234 });
  assert.equal(part.status, 200);
  assert.equal(part.body.data.refundable, 5000 - 1234);
  const rest = await admin.request('POST', `/v1/dashboard/orders/${order.id}/refund`, { amount: 5000 - 1234 });
  assert.equal(rest.status, 200);
  assert.equal(rest.body.data.order.status, 'refunded');
  assert.equal(rest.body.data.refundable, 0);
  const pending = await sandbox.createOrder('single', { amount: 700 });
  const canceled = await admin.request('POST', `/v1/dashboard/orders/${pending.id}/cancel`);
  assert.equal(canceled.body.data.order.status, 'canceled');
  assert.equal(canceled.body.data.cancelable, false);
});

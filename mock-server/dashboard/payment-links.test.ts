import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TestSandbox } from '../testing/sandbox-client.ts';
import { normalisePhone } from './payment-links.ts';
import { DashboardBrowser } from './testing.ts';

test('phones are read as E.164; a French national number as +33', () => {
  assert.equal(normalisePhone('06 12 34 56 78'), '+33612345678');
  assert.equal(normalisePhone('+33 6.12.34.56.78'), '+33612345678');
  assert.equal(normalisePhone('+1 (415) 555-0100'), '+14155550100');
  for (const bad of ['612345678', '+0612345678', '06123', 'phone', '+33 6 12 34 56 78 90 12 34']) assert.equal(normalisePhone(bad), null, bad);
});

test('+ Create a payment link: the order and its messages; bad fields refused at the field, creating nothing; send again reuses the order', async () => {
  const sandbox = new TestSandbox();
  const single = sandbox.platform('single');
  const browser = new DashboardBrowser(sandbox);
  await browser.signIn('single@sandbox.test');
  const path = `/v1/dashboard/platforms/${single.id}/payment-links`;
  const orders = async () => (await sandbox.listAll('/v1/orders', single.secretKey)).length;
  for (const [body, field] of [
    [{ amount: 0 }, 'amount'],
    [{ amount: 4990, sendByEmail: true }, 'email'],
    [{ amount: 4990, email: 'not-an-email' }, 'email'],
    [{ amount: 4990, sendBySms: true, phone: '12' }, 'phone'],
  ] as const) {
    const refused = await browser.request('POST', path, body);
    assert.equal(refused.status, 400, JSON.stringify(body));
    assert.ok(refused.body.errors.some((error: string) => error.startsWith(`${field}: `)), JSON.stringify(refused.body.errors));
  }
  assert.equal(await orders(), 0, 'nothing was created');
  const created = await browser.request('POST', path, { amount: 4990, trackId: 'PBL-1', email: 'p@x.fr', phone: '0612345678', sendByEmail: true, sendBySms: true });
  assert.equal(created.status, 200);
  const order = created.body.data;
  assert.equal(order.trackId, 'PBL-1');
  const outbox = () => sandbox.listAll(`/v1/sandbox/outbox?orderId=${order.id}`, single.secretKey);
  assert.deepEqual((await outbox()).map((message: { channel: string; to: string; links: string[] }) => [message.channel, message.to, message.links]), [
    ['email', 'p@x.fr', [order.redirectUrl]],
    ['sms', '+33612345678', [order.redirectUrl]],
  ]);
  const again = await browser.request('POST', `/v1/dashboard/orders/${order.id}/send-link`, { sendByEmail: true });
  assert.equal(again.status, 200);
  assert.equal((await outbox()).length, 3);
  assert.equal(await orders(), 1, 'send again creates no order');
  const viban = new DashboardBrowser(sandbox);
  await viban.signIn('viban@sandbox.test');
  assert.equal((await viban.request('POST', path, { amount: 100 })).status, 404);
  assert.equal((await viban.request('POST', `/v1/dashboard/orders/${order.id}/send-link`, { sendByEmail: true })).status, 404);
  assert.equal((await outbox()).length, 3);
});

test('+ Create a payment link in another currency: the platform says which per module, amounts are in that currency\'s minor units', async () => {
  const sandbox = new TestSandbox();
  const single = sandbox.platform('single');
  const viban = sandbox.platform('viban');
  const browser = new DashboardBrowser(sandbox);
  await browser.signIn('admin@sandbox.test');
  const settings = async (id: string) => (await browser.request('GET', `/v1/dashboard/platforms/${id}/settings`)).body.data;
  const singleCurrencies: string[] = (await settings(single.id)).currencies.single;
  for (const code of ['EUR', 'USD', 'GBP', 'JPY', 'CHF', 'KWD']) assert.ok(singleCurrencies.includes(code), code);
  assert.ok(singleCurrencies.every((code) => /^[A-Z]{3}$/.test(code)));
  // SEPA modules collect euros only (the order's own check: domain/modules/viban.ts, sdd.ts).
  assert.deepEqual((await settings(viban.id)).currencies, { viban: ['EUR'] });

  // [platform, body, status, the order's currency and amount, or the field refused]
  const CASES: [typeof single, Record<string, unknown>, number, [string, number] | string][] = [
    [single, { amount: 4990, currency: 'JPY' }, 200, ['JPY', 4990]],
    [single, { amount: 4990, currency: 'USD' }, 200, ['USD', 4990]],
    [single, { amount: 12345, currency: 'KWD' }, 200, ['KWD', 12345]],
    [single, { amount: 4990 }, 200, ['EUR', 4990]],
    [single, { amount: 4990, currency: 'XYZ' }, 400, 'currency'],
    [single, { amount: 4990, currency: 'eur' }, 400, 'currency'],
    [viban, { amount: 4990, currency: 'EUR' }, 200, ['EUR', 4990]],
    [viban, { amount: 4990, currency: 'USD' }, 400, 'currency'],
  ];
  for (const [platform, body, status, expected] of CASES) {
    const where = `${platform.slug} ${JSON.stringify(body)}`;
    const answer = await browser.request('POST', `/v1/dashboard/platforms/${platform.id}/payment-links`, body);
    assert.equal(answer.status, status, `${where}: ${JSON.stringify(answer.body)}`);
    if (typeof expected === 'string') assert.ok(answer.body.errors.some((error: string) => error.startsWith(`${expected}: `)), `${where}: ${answer.body.errors}`);
    else assert.deepEqual([answer.body.data.currency, answer.body.data.amount], expected, where);
  }
  // The link's message says the amount in the currency's own units: 4990 yen is ¥4,990, not 49.90.
  const yen = await browser.request('POST', `/v1/dashboard/platforms/${single.id}/payment-links`, { amount: 4990, currency: 'JPY', email: 'y@example.com', sendByEmail: true });
  const [message] = await sandbox.listAll(`/v1/sandbox/outbox?orderId=${yen.body.data.id}`, single.secretKey);
  assert.match(message.text, /^Pay 4990 JPY securely/);
});

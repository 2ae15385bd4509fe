import { createServer, request as forward, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { fillCard } from './support/card.ts';
import { useMerchant } from './support/merchant-fixture.ts';
import { merchantCheckoutHtml } from './support/merchant-page.ts';
import { liveKeys } from '../../mock-server/seed.ts';
import { api, createOrder, SANDBOX_URL, seededPlatform } from './support/sandbox.ts';

/**
 * A buyer's cold checkout crosses origins (the merchant's page, the platform's API). A read that carried the key in
 * `Authorization` waited for an OPTIONS preflight first, and again for each live poll (a preflight is cached per
 * address, and each poll's `since` differs). Every request the page makes goes here through a recording proxy in front
 * of the sandbox, so the preflights the browser sends are counted where they arrive.
 */
const platform = seededPlatform('single');
const { merchant } = useMerchant(platform);

let proxy: Server;
const seen: string[] = [];
test.beforeAll(async () => {
  const target = new URL(SANDBOX_URL);
  proxy = createServer((incoming, outgoing) => {
    seen.push(`${incoming.method} ${incoming.url}`);
    const upstream = forward({ host: target.hostname, port: target.port, method: incoming.method, path: incoming.url, headers: incoming.headers }, (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(outgoing);
    });
    upstream.on('error', () => outgoing.writeHead(502).end());
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve) => proxy.listen(0, resolve));
});
test.afterAll(async () => {
  proxy.closeAllConnections();
  await new Promise<void>((resolve) => proxy.close(() => resolve()));
});

test('a cold checkout and its live poll are read with no preflight; only the payment, a write, has one', async ({ page }) => {
  const order = await createOrder('single', { amount: 4990 });
  const proxyUrl = `http://localhost:${(proxy.address() as AddressInfo).port}`;
  await page.goto(merchant.publish(merchantCheckoutHtml({ publicKey: platform.publicKey, orderId: order.id }).replace(`${SANDBOX_URL}/widget.js`, `${proxyUrl}/widget.js`)));
  await expect(page.getByLabel('Card number')).toBeVisible();
  await expect.poll(() => seen.some((line) => line.startsWith(`GET /v1/orders/${order.id}/live?`))).toBe(true);
  const reads = seen.filter((line) => line.startsWith('GET /v1/'));
  expect(reads.find((line) => line.startsWith(`GET /v1/checkout/${order.id}?`))).toContain(`key=${platform.publicKey}`);
  expect(seen.filter((line) => line.startsWith('OPTIONS'))).toEqual([]);

  await fillCard(page);
  await page.getByRole('button', { name: /^Pay/ }).click();
  await expect(page.locator('#validated')).toContainText(order.id);
  // The payment is a JSON write with its key and idempotency key in headers: the browser asks first, as it must.
  expect(seen.filter((line) => line.startsWith('OPTIONS'))).toEqual([`OPTIONS /v1/orders/${order.id}/payments`]);
});

/**
 * Every UX reads its order, its sharing, its scoring or its IBAN and then polls: none of it may wait for a preflight,
 * from the page's load to its form and the first live poll. A live-mode order (`pk_live_…` in the address) too.
 */
const LOADS: { name: string; slug: Parameters<typeof seededPlatform>[0]; fields: Record<string, unknown>; live?: boolean }[] = [
  { name: 'split (the organiser collects)', slug: 'split-standard', fields: { amount: 9000, ux: 'collect', firstName: 'Ada', email: 'ada@example.com', delay: 60 } },
  { name: 'multi', slug: 'multi-ancv', fields: { amount: 10000, ux: 'multi', email: 'ada@example.com' } },
  { name: 'installments', slug: 'installments-financed', fields: { amount: 9000, installmentsCount: 3, email: 'ada@example.com', scoring: { birthDate: '1990-05-04' } } },
  { name: 'virtual IBAN', slug: 'viban', fields: { amount: 12345, ux: 'viban', trackId: 'CMD-1', email: 'ada@example.com' } },
  { name: 'SEPA direct debit', slug: 'sdd', fields: { amount: 4990, ux: 'sdd', email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' } },
  { name: 'payment initiation', slug: 'pis', fields: { amount: 4990, ux: 'pis', trackId: 'INV-1', email: 'ada@example.com' } },
  { name: 'single in live mode', slug: 'single', fields: { amount: 4990 }, live: true },
];

for (const load of LOADS) {
  test(`${load.name}: every read from load to the form and its first live poll goes with no preflight`, async ({ page }) => {
    const seeded = seededPlatform(load.slug);
    const keys = load.live ? liveKeys(seeded) : seeded;
    const created = await api('POST', '/v1/orders', keys.secretKey, load.fields);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const order = created.body.data as { id: string };
    seen.length = 0;
    const proxyUrl = `http://localhost:${(proxy.address() as AddressInfo).port}`;
    await page.goto(merchant.publish(merchantCheckoutHtml({ publicKey: keys.publicKey, orderId: order.id }).replace(`${SANDBOX_URL}/widget.js`, `${proxyUrl}/widget.js`)));
    await expect.poll(() => page.evaluate(() => (window as unknown as { sgEvents: [string][] }).sgEvents.map(([name]) => name))).toContain('ready');
    await expect(page.locator('#errors')).toBeEmpty();
    await expect.poll(() => seen.some((line) => line.startsWith(`GET /v1/orders/${order.id}/live?`))).toBe(true);
    const reads = seen.filter((line) => line.startsWith('GET /v1/'));
    expect(reads.length).toBeGreaterThan(1);
    for (const read of reads) expect(read).toContain(`key=${keys.publicKey}`);
    expect(seen.filter((line) => line.startsWith('OPTIONS'))).toEqual([]);
  });
}

/** The dashboard's Sandbox / Production switch (CONTRACT §2 "Sandbox and production"): live keys never see sandbox data. */
import { expect, test, type Page } from '@playwright/test';
import { liveKeys } from '../../mock-server/seed.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { signIn } from './support/dashboard.ts';
import { api, createOrder, seededPlatform } from './support/sandbox.ts';

const single = seededPlatform('single');
const live = liveKeys(single);
const SINGLE = 'single@sandbox.test';

async function signedIn(page: Page, email: string): Promise<void> {
  await signIn(page, email);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

test('switching to production shows live data only: no sandbox order, the live order created with sk_live, the live keys', async ({ page }) => {
  const run = Date.now().toString(36);
  const sandboxOrder = await createOrder('single', { amount: 1500, trackId: `SANDBOX-${run}` });
  await signedIn(page, SINGLE);
  const environment = page.getByRole('group', { name: 'Environment' });
  await expect(environment.getByRole('button', { name: 'Sandbox' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('link', { name: 'Single payment' }).click();
  const orders = page.getByRole('table', { name: 'Orders, newest first' });
  await expect(orders).toContainText(`SANDBOX-${run}`);

  // Keyboard: Tab reaches the switch, Enter chooses Production; the list is made again with live data.
  await environment.getByRole('button', { name: 'Sandbox' }).focus();
  await page.keyboard.press('Tab');
  await expect(environment.getByRole('button', { name: 'Production' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(environment.getByRole('button', { name: 'Production' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'Production: live data' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Single payment: orders' })).toBeVisible();
  await expect(orders).not.toContainText(`SANDBOX-${run}`);
  await expectNoAxeViolations(page, 'orders in production');

  const created = await api('POST', '/v1/orders', live.secretKey, { amount: 2500, trackId: `LIVE-${run}` });
  expect(created.status).toBe(201);
  // The environment is the session's: a reload (or any later page) stays in production.
  await page.reload();
  await expect(environment.getByRole('button', { name: 'Production' })).toHaveAttribute('aria-pressed', 'true');
  await expect(orders).toContainText(`LIVE-${run}`);
  await expect(orders).not.toContainText(`SANDBOX-${run}`);
  // Server-enforced: the sandbox order is a 404 in production, pages and API alike; the export has the live order only.
  expect((await page.request.get(`/v1/dashboard/orders/${sandboxOrder.id}`)).status()).toBe(404);
  const csv = await (await page.request.get(`/v1/dashboard/platforms/${single.id}/operations.csv`)).text();
  expect(csv).not.toContain(sandboxOrder.id);
  await page.goto(`/dashboard/orders/${created.body.data.id}`);
  await expect(page.getByText(`LIVE-${run}`).first()).toBeVisible();

  await page.goto(`/dashboard/platforms/${single.id}/settings`);
  await expect(page.getByText(live.publicKey)).toBeVisible();
  await expect(page.getByText(single.publicKey)).toHaveCount(0);
  await expectNoAxeViolations(page, 'settings in production');

  // Back to the sandbox: the live order is gone from the list, the sandbox one back.
  await page.goto(`/dashboard/platforms/${single.id}/orders`);
  await environment.getByRole('button', { name: 'Sandbox' }).click();
  await expect(environment.getByRole('button', { name: 'Sandbox' })).toHaveAttribute('aria-pressed', 'true');
  await expect(orders).toContainText(`SANDBOX-${run}`);
  await expect(orders).not.toContainText(`LIVE-${run}`);
  expect((await page.request.get(`/v1/dashboard/orders/${created.body.data.id}`)).status()).toBe(404);
});

test('a payment link created with a 1-day expiry: shown on the order, then its hosted page says it expired and offers no payment', async ({ page }) => {
  await signedIn(page, SINGLE);
  await page.goto(`/dashboard/platforms/${single.id}/payment-links/new`);
  await expect(page.getByRole('heading', { name: 'Create a payment link' })).toBeVisible();
  await expect(page.getByLabel('Link expires after')).toHaveValue('30');
  await page.getByLabel('Amount (EUR)').fill('12.50');
  await page.getByLabel('Link expires after').selectOption({ label: '1 day' });
  await page.getByRole('button', { name: 'Create the payment link' }).click();
  await expect(page.getByRole('heading', { name: /^Order ord_/ })).toBeVisible();
  await expect(page.getByText(/^Expires /)).toBeVisible();
  const orderId = new URL(page.url()).pathname.split('/').pop() as string;
  const order = (await api('GET', `/v1/orders/${orderId}`, single.secretKey)).body.data;

  expect((await api('POST', '/v1/sandbox/clock', single.secretKey, { advanceBy: 24 * 60 * 60_000 })).status).toBe(200);
  await page.goto(order.redirectUrl);
  await expect(page.getByRole('alert')).toContainText('This payment link expired on');
  await expect(page.getByRole('alert')).toContainText('it can no longer be paid');
  await expect(page.getByLabel('Card number')).toHaveCount(0);
  await expectNoAxeViolations(page, 'expired payment link');
  const refused = await api('POST', `/v1/sandbox/orders/${orderId}/pay`, single.secretKey, { card: '4242424242424242' });
  expect([refused.status, refused.body.code]).toEqual([409, 'link_expired']);
});

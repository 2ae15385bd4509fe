import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { seededAccounts } from '../../mock-server/dashboard/accounts.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { api, createOrder, seededPlatform } from './support/sandbox.ts';

const single = seededPlatform('single');
const viban = seededPlatform('viban');
const ADMIN = 'admin@sandbox.test';
const SINGLE = 'single@sandbox.test';
const VIBAN = 'viban@sandbox.test';

function passwordOf(email: string): string {
  const account = seededAccounts().find((candidate) => candidate.email === email);
  if (!account) throw new Error(`no seeded account ${email}`);
  return account.password;
}

async function signIn(page: Page, email: string, path = '/dashboard'): Promise<void> {
  await page.goto(path);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(passwordOf(email));
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function paidOrder(fields: Record<string, unknown>): Promise<{ id: string; transactionId: string }> {
  const order = await createOrder('single', fields);
  const paid = await api('POST', `/v1/sandbox/orders/${order.id}/pay`, single.secretKey, { card: '4242424242424242' });
  expect(paid.status).toBe(200);
  return { id: order.id, transactionId: paid.body.data.id };
}

test('each role signs in and sees exactly its scope, in pages, API and export', async ({ page }) => {
  const order = await paidOrder({ amount: 1500, trackId: 'SCOPE-E2E' });
  await page.goto('/dashboard');
  await expect(page.getByRole('heading', { name: 'Sign in to the dashboard' })).toBeVisible();
  await expectNoAxeViolations(page, 'sign-in');
  await page.getByLabel('Email').fill(VIBAN);
  await page.getByLabel('Password').fill('wrong password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Email or password is incorrect');
  await page.getByLabel('Password').fill(passwordOf(VIBAN));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Your platform' })).toBeVisible();
  await expect(page.getByRole('table').getByRole('link')).toHaveText(['Virtual IBAN']);
  await expectNoAxeViolations(page, 'platforms (platform admin)');
  // Another platform's order and list: not found, by URL, API and export alike.
  await page.goto(`/dashboard/orders/${order.id}`);
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  await expectNoAxeViolations(page, 'not found');
  await page.goto(`/dashboard/platforms/${single.id}/orders`);
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  expect((await page.request.get(`/v1/dashboard/orders/${order.id}`)).status()).toBe(404);
  expect((await page.request.get(`/v1/dashboard/platforms/${single.id}/operations.csv`)).status()).toBe(404);
  expect((await page.request.get(`/v1/dashboard/platforms/${viban.id}/operations.csv`)).status()).toBe(200);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to the dashboard' })).toBeVisible();
  expect((await page.request.get('/v1/dashboard/session')).status()).toBe(401);

  await signIn(page, SINGLE);
  await expect(page.getByRole('table').getByRole('link')).toHaveText(['Single payment']);
  expect((await page.request.get(`/v1/dashboard/orders/${order.id}`)).status()).toBe(200);
  await page.getByRole('button', { name: 'Sign out' }).click();

  await signIn(page, ADMIN);
  await expect(page.getByRole('heading', { name: 'Platforms of Sandbox organization' })).toBeVisible();
  const listed = await api('GET', '/v1/sandbox/platforms', null);
  await expect(page.getByRole('table').getByRole('link')).toHaveText(listed.body.data.platforms.map((platform: { name: string }) => platform.name));
  await expectNoAxeViolations(page, 'platforms (organization admin)');
});

test('an order is followed from the list to its operations, and refunded up to exactly what is left', async ({ page }) => {
  const order = await paidOrder({ amount: 4321, trackId: 'FOLLOW-E2E', email: 'grace@example.com', items: [{ name: 'Ticket', amount: 4321 }] });
  await signIn(page, SINGLE);
  await page.getByRole('link', { name: 'Single payment' }).click();
  await expect(page.getByRole('heading', { name: 'Single payment: orders' })).toBeVisible();
  await expectNoAxeViolations(page, 'orders');
  await page.setViewportSize({ width: 375, height: 800 });
  await expectNoAxeViolations(page, 'orders at 375 px');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByLabel('Search').fill('follow-e2e');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByRole('table', { name: 'Orders, newest first' }).getByRole('link')).toHaveText([order.id]);
  await page.getByRole('link', { name: order.id }).click();
  await expect(page.getByRole('heading', { name: `Order ${order.id}` })).toBeFocused();
  const operations = page.getByRole('table', { name: `Operations of ${order.transactionId}` });
  await expect(operations.getByRole('row')).toHaveCount(3);
  await expect(operations).toContainText('authorization');
  await expect(operations).toContainText('capture');
  await expectNoAxeViolations(page, 'order');
  await page.setViewportSize({ width: 375, height: 800 });
  await expectNoAxeViolations(page, 'order at 375 px');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole('link', { name: order.transactionId }).first().click();
  await expect(page.getByRole('heading', { name: `Transaction ${order.transactionId}` })).toBeVisible();
  await expect(page.getByText('•••• 4242')).toBeVisible();
  await expectNoAxeViolations(page, 'transaction');
  const amount = page.getByLabel('Amount to refund (EUR)');
  await amount.fill('43.22');
  await page.getByRole('button', { name: 'Refund' }).click();
  await expect(amount).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('At most €43.21 is left to refund')).toBeVisible();
  await amount.fill('0');
  await page.getByRole('button', { name: 'Refund' }).click();
  await expect(page.getByText('The amount must be above zero')).toBeVisible();
  await amount.fill('43.21');
  await page.getByRole('button', { name: 'Refund' }).click();
  await expect(page.getByRole('table', { name: `Operations of ${order.transactionId}` })).toContainText('refund');
  expect((await api('GET', `/v1/orders/${order.id}`, single.secretKey)).body.data.status).toBe('refunded');
  await expectNoAxeViolations(page, 'transaction after refund');
});

test('the export of a filtered list has exactly the rows and sums of every page of that list', async ({ page }) => {
  const completed = [await paidOrder({ amount: 1001, trackId: 'EXPORT-A' }), await paidOrder({ amount: 2002, trackId: 'EXPORT-B' })];
  await createOrder('single', { amount: 3003, trackId: 'EXPORT-C' });
  await signIn(page, SINGLE, `/dashboard/platforms/${single.id}/orders`);
  await page.getByLabel('Search').fill('EXPORT-');
  await page.getByLabel('Status').selectOption('completed');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  const links = page.getByRole('table', { name: 'Orders, newest first' }).getByRole('link');
  await expect(links).toHaveText(completed.map((order) => order.id).reverse());
  const totals = page.getByRole('status').filter({ hasText: 'operations' });
  await expect(totals).toContainText('2 orders · 4 operations');
  const captured = await totals.locator('[data-total="capture"]').textContent();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export CSV' }).click()]);
  const csv = await readFile((await download.path()) as string, 'utf8');
  const [header, ...rows] = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(header).toBe('operationId,transactionId,orderId,trackId,type,amount,currency,paymentMethod,date');
  expect(rows).toHaveLength(4);
  const cells = rows.map((row) => row.split(','));
  expect(new Set(cells.map((cell) => cell[2]))).toEqual(new Set(completed.map((order) => order.id)));
  const capturedCents = cells.filter((cell) => cell[4] === 'capture').reduce((sum, cell) => sum + Number(cell[5]), 0);
  expect(capturedCents).toBe(3003);
  expect(captured).toBe('€30.03');
  expect(cells.every((cell) => cell[6] === 'EUR' && cell[7] === 'card' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(cell[8] ?? ''))).toBe(true);
});

test('a withdrawal is recorded; settings show masked keys, and only an organization admin changes the webhook URL', async ({ page }) => {
  await paidOrder({ amount: 2500, trackId: 'WITHDRAW-E2E' });
  await signIn(page, SINGLE, `/dashboard/platforms/${single.id}/withdrawals`);
  await expect(page.getByRole('heading', { name: 'Single payment: withdrawals' })).toBeVisible();
  const balance = page.locator('[data-balance="EUR"]');
  const text = (await balance.textContent()) ?? '';
  const cents = Math.round(Number(text.replace(/[^0-9.-]/g, '')) * 100);
  expect(cents).toBeGreaterThanOrEqual(2500);
  await expectNoAxeViolations(page, 'withdrawals');
  await page.getByLabel('Amount to withdraw (EUR)').fill('10.00');
  await page.getByRole('button', { name: 'Withdraw EUR' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Withdrew' })).toHaveText('Withdrew €10.00.');
  await expect(balance).toHaveText(`€${((cents - 1000) / 100).toLocaleString('en-GB', { minimumFractionDigits: 2 })}`);
  await expect(page.getByRole('table', { name: 'Withdrawals, newest first' }).getByRole('row')).toHaveCount(2);

  await page.getByRole('navigation', { name: 'Platform' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Single payment: settings' })).toBeVisible();
  await expect(page.getByText(single.publicKey)).toBeVisible();
  await expect(page.getByText(single.secretKey)).toHaveCount(0);
  await page.getByRole('button', { name: 'Reveal the secret key' }).click();
  await expect(page.getByText(single.secretKey)).toBeVisible();
  await expect(page.getByLabel('Webhook URL')).toHaveCount(0);
  await expectNoAxeViolations(page, 'settings (platform admin)');
  await page.getByRole('button', { name: 'Sign out' }).click();

  await signIn(page, ADMIN, `/dashboard/platforms/${single.id}/settings`);
  await page.getByLabel('Webhook URL').fill('not a url');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByLabel('Webhook URL')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Webhook URL').fill('https://merchant.example/hooks');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Webhook URL saved.')).toBeVisible();
  await expectNoAxeViolations(page, 'settings (organization admin)');
  const platforms = await api('GET', '/v1/sandbox/platforms', null);
  expect(platforms.body.data.platforms.find((platform: { id: string }) => platform.id === single.id).webhookUrl).toBe('https://merchant.example/hooks');
  await api('PATCH', `/v1/sandbox/platforms/${single.id}`, single.secretKey, { webhookUrl: null });
});

test('a payment link is created and sent from the dashboard, sent again, and paid on the hosted page', async ({ page }) => {
  await signIn(page, SINGLE, `/dashboard/platforms/${single.id}/orders`);
  await page.getByRole('link', { name: '+ Create a payment link' }).click();
  await expect(page.getByRole('heading', { name: 'Create a payment link' })).toBeVisible();
  await expectNoAxeViolations(page, 'create a payment link');
  await page.getByRole('button', { name: 'Create the payment link' }).click();
  await expect(page.getByLabel('Amount (EUR)')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Amount (EUR)').fill('49.90');
  await page.getByLabel('Reference (trackId)').fill('PBL-E2E');
  await page.getByLabel('Buyer email').fill('p@x.fr');
  await page.getByLabel('Buyer phone').fill('12');
  await page.getByLabel('Send by email').check();
  await page.getByLabel('Send by SMS').check();
  await page.getByRole('button', { name: 'Create the payment link' }).click();
  await expect(page.getByLabel('Buyer phone')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('enter a phone number such as +33612345678')).toBeVisible();
  const refusedCreatedNothing = await api('GET', '/v1/orders?order=desc&limit=1000', single.secretKey);
  expect(refusedCreatedNothing.body.data.filter((order: { trackId?: string }) => order.trackId === 'PBL-E2E')).toEqual([]);
  await page.getByLabel('Buyer phone').fill('06 12 34 56 78');
  await page.getByRole('button', { name: 'Create the payment link' }).click();
  await expect(page.getByRole('heading', { name: /^Order ord_/ })).toBeVisible();
  const orderId = new URL(page.url()).pathname.split('/').pop() as string;
  const messages = page.getByRole('table', { name: /messages$/ });
  await expect(messages.getByRole('row')).toHaveCount(3);
  await expect(messages).toContainText('+33612345678');
  await page.getByRole('button', { name: 'Send the link again by email' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'sent again' })).toBeVisible();
  await expect(messages.getByRole('row')).toHaveCount(4);
  await expectNoAxeViolations(page, 'order with a payment link');
  const outbox = await api('GET', `/v1/sandbox/outbox?orderId=${orderId}`, single.secretKey);
  const order = (await api('GET', `/v1/orders/${orderId}`, single.secretKey)).body.data;
  expect(outbox.body.data.map((message: { links: string[] }) => message.links[0])).toEqual([order.redirectUrl, order.redirectUrl, order.redirectUrl]);
  expect(order.amount).toBe(4990);
  await page.getByRole('link', { name: order.redirectUrl }).click();
  await page.getByLabel('Card number').fill('4242 4242 4242 4242');
  await page.getByLabel('Expiry date').fill('12/34');
  await page.getByLabel('Security code').fill('123');
  await page.getByLabel('Cardholder name').fill('Ada Lovelace');
  await page.getByRole('button', { name: /^Pay/ }).click();
  await expect.poll(async () => (await api('GET', `/v1/orders/${orderId}`, single.secretKey)).body.data.status).toBe('completed');
});

test('an expired session returns to sign-in, then to the page the user was going to', async ({ page }) => {
  const order = await paidOrder({ amount: 999, trackId: 'EXPIRY-E2E' });
  await signIn(page, SINGLE);
  await expect(page.getByRole('heading', { name: 'Your platform' })).toBeVisible();
  await api('POST', '/v1/sandbox/clock', single.secretKey, { advanceBy: 8 * 60 * 60_000 });
  await page.goto(`/dashboard/orders/${order.id}`);
  await expect(page.getByRole('heading', { name: 'Sign in to the dashboard' })).toBeVisible();
  expect(new URL(page.url()).searchParams.get('next')).toBe(`/dashboard/orders/${order.id}`);
  await page.getByLabel('Email').fill(SINGLE);
  await page.getByLabel('Password').fill(passwordOf(SINGLE));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: `Order ${order.id}` })).toBeVisible();
});

/**
 * The dashboard tried as a new user would, at its edges: the size of what a page holds, filters it refuses, a cursor
 * whose order left the filter, and a button pressed twice.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { paidOrder, passwordOf, signIn } from './support/dashboard.ts';
import { api, createOrder, seededPlatform } from './support/sandbox.ts';

const single = seededPlatform('single');
const ADMIN = 'admin@sandbox.test';
// Withdrawals are tried on a platform of their own: other suites count the single platform's withdrawals.
const wallets = seededPlatform('wallets');

test('the refund form takes the room of a form, not of a page (order and transaction views)', async ({ page }) => {
  const order = await paidOrder({ amount: 2500, trackId: 'EDGE-HEIGHT' });
  await signIn(page, ADMIN, `/dashboard/orders/${order.id}`);
  await expect(page.getByRole('heading', { name: /^Order / })).toBeVisible();
  for (const path of [`/dashboard/orders/${order.id}`, `/dashboard/transactions/${order.transactionId}`]) {
    await page.goto(path);
    const form = page.locator('sg-dashboard-refund');
    await expect(form.getByRole('button', { name: 'Refund' })).toBeVisible();
    const box = await form.boundingBox();
    expect(box?.height ?? 0, path).toBeLessThan(250);
  }
});

test('filters the sandbox refuses are said at their fields, and the form stays to correct them', async ({ page }) => {
  const orders = `/dashboard/platforms/${single.id}/orders`;
  await signIn(page, ADMIN, `${orders}?from=2026-12-01&to=2026-11-01`);
  const to = page.getByLabel('Created until');
  await expect(to).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert')).toContainText('on or after');
  await expect(page.getByLabel('Created from')).toHaveValue('2026-12-01');
  await expectNoAxeViolations(page, 'orders with refused filters');
  // Corrected in the form, the list comes back.
  await page.getByLabel('Created from').fill('');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await expect(to).toHaveAttribute('aria-invalid', 'false');

  await page.goto(`${orders}?status=bogus&q=${'x'.repeat(201)}`);
  await expect(page.getByLabel('Status')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Search')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('button', { name: 'Apply filters' })).toBeVisible();
});

test('a button pressed twice while its request runs acts once: payment link, withdrawal', async ({ page }) => {
  const orders = async () => (await api('GET', '/v1/orders?limit=1000', single.secretKey)).body.data.length as number;
  const paid = await createOrder('wallets', { amount: 1200, trackId: 'EDGE-TWICE' });
  expect((await api('POST', `/v1/sandbox/orders/${paid.id}/pay`, wallets.secretKey, { card: '4242424242424242' })).status).toBe(200);
  await signIn(page, ADMIN, `/dashboard/platforms/${single.id}/payment-links/new`);
  await page.getByLabel('Amount (EUR)').fill('12.34');
  // A slow sandbox: the request takes long enough for an impatient second press.
  await page.route('**/v1/dashboard/platforms/*/{payment-links,withdrawals}', async (route) => {
    if (route.request().method() === 'POST') await new Promise((resolve) => setTimeout(resolve, 600));
    await route.continue();
  });
  const before = await orders();
  const create = page.getByRole('button', { name: 'Create the payment link' });
  await create.click();
  // The button says it is busy (aria-disabled, which keeps it focusable): the press still reaches it.
  await create.click({ force: true });
  await expect(page.getByRole('heading', { name: /^Order / })).toBeVisible();
  expect(await orders()).toBe(before + 1);

  await page.goto(`/dashboard/platforms/${wallets.id}/withdrawals`);
  const withdraw = page.getByRole('button', { name: 'Withdraw EUR' });
  await withdraw.click();
  await withdraw.click({ force: true });
  await expect(page.getByRole('status').filter({ hasText: /^Withdrew / })).toBeVisible();
  await expect(page.locator('#withdraw-amount-EUR-error')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Withdrawals' }).getByRole('row')).toHaveCount(2);
});

test('+ Create a payment link with items: refused at the row, then created with them; the order shows them', async ({ page }) => {
  await signIn(page, ADMIN, `/dashboard/platforms/${single.id}/payment-links/new`);
  // By keyboard: a new row takes the focus at its name; removing a row leaves the focus on "Add an item".
  await page.getByRole('button', { name: 'Add an item' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Item 1 name')).toBeFocused();
  await page.getByRole('button', { name: 'Add an item' }).press('Enter');
  await page.getByRole('button', { name: 'Add an item' }).press('Enter');
  await page.getByRole('button', { name: 'Remove item 3' }).press('Enter');
  await expect(page.getByRole('button', { name: 'Add an item' })).toBeFocused();
  await expect(page.getByLabel('Item 3 name')).toHaveCount(0);
  await page.getByLabel('Item 1 name').fill('Tent');
  await page.getByLabel('Item 1 unit amount (EUR)').fill('20');
  await page.getByLabel('Item 2 name').fill('Sleeping bag');
  await page.getByLabel('Item 2 unit amount (EUR)').fill('0');
  await page.getByLabel('Item 2 quantity').fill('2');
  await expectNoAxeViolations(page, 'payment link with items');
  await page.getByRole('button', { name: 'Create the payment link' }).click();
  await expect(page.getByLabel('Item 2 unit amount (EUR)')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Item 2 unit amount (EUR)')).toBeFocused();
  // Items that do not compose the amount are refused by the sandbox, at the items.
  await page.getByLabel('Item 2 unit amount (EUR)').fill('15.00');
  await page.getByLabel('Amount (EUR)', { exact: true }).fill('49.99');
  await page.getByRole('button', { name: 'Create the payment link' }).click();
  await expect(page.locator('#items-error')).toHaveText('the items add up to 5000 cents, not the amount of 4999 cents');
  await expectNoAxeViolations(page, 'payment link with refused items');
  // Without an amount typed, the amount is what the items add up to.
  await page.getByLabel('Amount (EUR)', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Create the payment link' }).click();
  await expect(page.getByRole('heading', { name: /^Order / })).toBeVisible();
  const items = page.getByRole('region', { name: 'Items' });
  await expect(items.getByRole('row')).toHaveCount(3);
  await expect(items.getByRole('row').nth(2)).toContainText('Sleeping bag');
  await expect(page.getByText('€50.00').first()).toBeVisible();
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(`/dashboard/platforms/${single.id}/payment-links/new`);
  await page.getByRole('button', { name: 'Add an item' }).click();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('each currency of the balance is withdrawn on its own: a USD balance beside the EUR one', async ({ page }) => {
  const order = await createOrder('wallets', { amount: 2500, currency: 'USD', trackId: 'EDGE-USD' });
  expect((await api('POST', `/v1/sandbox/orders/${order.id}/pay`, wallets.secretKey, { card: '4242424242424242' })).status).toBe(200);
  await signIn(page, ADMIN, `/dashboard/platforms/${wallets.id}/withdrawals`);
  await expect(page.locator('[data-balance="USD"]')).toHaveText(/^US\$25\.00$|^\$25\.00$/);
  await page.getByLabel('Amount to withdraw (USD)').fill('30');
  await page.getByRole('button', { name: 'Withdraw USD' }).click();
  await expect(page.getByLabel('Amount to withdraw (USD)')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#withdraw-amount-USD-error')).toHaveText(/^At most (US)?\$25\.00 can be withdrawn$/);
  await page.getByLabel('Amount to withdraw (USD)').fill('10.50');
  await page.getByRole('button', { name: 'Withdraw USD' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Withdrew (US)?\$10\.50\.$/ })).toBeVisible();
  await expect(page.locator('[data-balance="USD"]')).toHaveText(/^(US)?\$14\.50$/);
  await expect(page.getByRole('region', { name: 'Withdrawals' }).getByRole('row').nth(1)).toContainText(/\$10\.50/);
  await expectNoAxeViolations(page, 'withdrawals in two currencies');
});

test('an expired payment link is not offered to be sent again; the order says until when it could be paid', async ({ page }) => {
  await signIn(page, ADMIN, `/dashboard/platforms/${single.id}/payment-links/new`);
  await page.getByLabel('Amount (EUR)', { exact: true }).fill('15');
  await page.getByLabel('Buyer email').fill('ada@example.com');
  await page.getByLabel('Link expires after').selectOption('1');
  await page.getByRole('button', { name: 'Create the payment link' }).click();
  await expect(page.getByRole('heading', { name: /^Order / })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Send the link again by email' })).toBeVisible();
  const path = new URL(page.url()).pathname;
  expect((await api('POST', '/v1/sandbox/clock', single.secretKey, { advanceBy: 24 * 60 * 60 * 1000 })).status).toBe(200);
  // A day of sandbox time also ended the session (8 hours): sign in again, back to the order.
  await signIn(page, ADMIN, path);
  await expect(page.getByText(/^Expired .*: it can no longer be paid$/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Send the link again by email' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Cancel the order' })).toBeVisible();
});

test('"Export CSV" after the session ended returns to sign-in (and back to the list), never saving an error as a CSV', async ({ page }) => {
  await paidOrder({ amount: 1500, trackId: 'EDGE-EXPORT' });
  const orders = `/dashboard/platforms/${single.id}/orders?q=EDGE-EXPORT`;
  await signIn(page, ADMIN, orders);
  await expect(page.getByRole('link', { name: 'Export CSV' })).toBeVisible();
  const downloads: string[] = [];
  page.on('download', (download) => void download.path().then((path) => path && readFile(path, 'utf8')).then((text) => text && downloads.push(text)));
  expect((await api('POST', '/v1/sandbox/clock', single.secretKey, { advanceBy: 9 * 60 * 60 * 1000 })).status).toBe(200);
  await page.getByRole('link', { name: 'Export CSV' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to the dashboard' })).toBeVisible();
  expect(new URL(page.url()).searchParams.get('next')).toBe(orders);
  await page.getByLabel('Email').fill('admin@sandbox.test');
  await page.getByLabel('Password').fill(passwordOf(ADMIN));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Single payment: orders' })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^operations-single-\d{4}-\d\d-\d\d\.csv$/);
  const csv = await readFile((await download.path()) as string, 'utf8');
  expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('operationId,transactionId,orderId,trackId,type,amount,currency,paymentMethod,date');
  expect(csv).toContain('EDGE-EXPORT');
  expect(downloads.every((text) => !text.includes('session_expired'))).toBe(true);
});

test('the orders pager goes back a page at a time ("Previous page"), by keyboard too, and keeps the filters', async ({ page }) => {
  const tag = `PAGER-${Date.now()}`;
  const ids: string[] = [];
  for (let n = 1; n <= 45; n++) ids.push((await createOrder('single', { amount: 100 + n, trackId: `${tag}-${n}` })).id);
  const newest = [...ids].reverse();
  const pages = [newest.slice(0, 20), newest.slice(20, 40), newest.slice(40)];
  await signIn(page, ADMIN, `/dashboard/platforms/${single.id}/orders?q=${tag}`);
  const rows = page.getByRole('table', { name: 'Orders, newest first' }).getByRole('link');
  const pager = page.getByRole('navigation', { name: 'Pages' });
  await expect(rows).toHaveText(pages[0] as string[]);
  await expect(pager.getByRole('link', { name: 'Previous page' })).toHaveCount(0);
  await pager.getByRole('link', { name: 'Next page' }).click();
  await expect(rows).toHaveText(pages[1] as string[]);
  await pager.getByRole('link', { name: 'Next page' }).click();
  await expect(rows).toHaveText(pages[2] as string[]);
  await expect(pager.getByRole('link', { name: 'Next page' })).toHaveCount(0);
  // Back by keyboard: the link takes focus and Enter follows it.
  await pager.getByRole('link', { name: 'Previous page' }).focus();
  await page.keyboard.press('Enter');
  await expect(rows).toHaveText(pages[1] as string[]);
  expect(new URL(page.url()).searchParams.get('q')).toBe(tag);
  await expectNoAxeViolations(page, 'orders, a middle page');
  await pager.getByRole('link', { name: 'Previous page' }).click();
  await expect(rows).toHaveText(pages[0] as string[]);
  await expect(pager.getByRole('link', { name: 'Previous page' })).toHaveCount(0);
  await expect(pager.getByRole('link', { name: 'First page' })).toHaveCount(0);
  // The browser's own Back still works: the pages are addresses.
  await page.goBack();
  await expect(rows).toHaveText(pages[1] as string[]);
});

test('+ Create a payment link in yen: the currencies the module takes, the amount in yen (no decimals), the order in JPY', async ({ page }) => {
  await signIn(page, ADMIN, `/dashboard/platforms/${single.id}/payment-links/new`);
  const currency = page.getByLabel('Currency');
  await expect(currency).toHaveValue('EUR');
  await expect(page.getByLabel('Amount (EUR)')).toBeVisible();
  await currency.selectOption('JPY');
  const amount = page.getByLabel('Amount (JPY)');
  await expect(amount).toHaveAttribute('inputmode', 'numeric');
  // Yen have no minor unit: 49.90 is no amount of yen, said at the field.
  await amount.fill('49.90');
  await page.getByLabel('Reference (trackId)').fill('EDGE-YEN');
  await page.getByRole('button', { name: 'Create the payment link' }).click();
  await expect(amount).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('enter an amount such as 4990')).toBeVisible();
  await expectNoAxeViolations(page, 'payment link in yen, refused amount');
  await amount.fill('4990');
  await page.getByRole('button', { name: 'Create the payment link' }).click();
  await expect(page.getByRole('heading', { name: /^Order / })).toBeVisible();
  const id = new URL(page.url()).pathname.split('/').at(-1) as string;
  const order = (await api('GET', `/v1/orders/${id}`, single.secretKey)).body.data;
  expect([order.currency, order.amount, order.trackId]).toEqual(['JPY', 4990, 'EDGE-YEN']);
  await expect(page.getByText('¥4,990').first()).toBeVisible();

  // A virtual IBAN collects euros only: that is all its form offers.
  const viban = seededPlatform('viban');
  await page.goto(`/dashboard/platforms/${viban.id}/payment-links/new`);
  await expect(page.getByLabel('Currency').locator('option')).toHaveText(['EUR · Euro']);
});

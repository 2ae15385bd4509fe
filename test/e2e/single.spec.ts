import { expect, test, type Page } from '@playwright/test';
import { useMerchant } from './support/merchant-fixture.ts';
import { api, createOrder, getOrder, seededPlatform } from './support/sandbox.ts';
import { fillCard } from './support/card.ts';

const platform = seededPlatform('single');
const { merchant, receiver } = useMerchant(platform);

async function newOrderOnMerchantPage(page: Page, amount = 4990): Promise<string> {
  const order = await createOrder('single', { amount, email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace', trackId: 'cart-42', notifyUrl: receiver.url });
  await merchant.openCheckout(page, { publicKey: platform.publicKey, orderId: order.id });
  return order.id;
}

test('a card without challenge pays from a script tag on another origin, and the back end gets signed webhooks', async ({ page }) => {
  const orderId = await newOrderOnMerchantPage(page);
  await fillCard(page);
  await page.getByRole('button', { name: /^Pay/ }).click();
  await expect(page.locator('#validated')).toContainText(orderId);
  const validated = JSON.parse((await page.locator('#validated').textContent()) ?? '{}');
  expect(validated).toMatchObject({ order: orderId, amount: 4990, status: 'completed', email: 'ada@example.com' });
  expect(validated.auth).toMatch(/^auth_/);
  expect((await getOrder('single', orderId)).status).toBe('completed');
  await expect.poll(() => receiver.events([orderId]), { timeout: 10_000 }).toEqual(['order.confirmed', 'order.completed']);
  for (const hook of receiver.received.filter((candidate) => candidate.body.id === orderId)) {
    expect(hook.signatureValid).toBe(true);
    expect(hook.contentType).toBe('application/json');
    expect(Object.keys(hook.body)).toEqual(['event', 'id', 'date']);
  }
});

test('3-D Secure: the simulated bank page approves the payment', async ({ page }) => {
  const orderId = await newOrderOnMerchantPage(page);
  await fillCard(page, { number: '4000 0000 0000 3220' });
  await page.getByRole('button', { name: /^Pay/ }).click();
  const bank = page.getByRole('dialog');
  await expect(bank).toBeVisible();
  await bank.getByRole('button', { name: /approve/i }).click();
  await expect(page.locator('#validated')).toContainText(orderId);
  expect((await getOrder('single', orderId)).status).toBe('completed');
});

test('3-D Secure refused: the buyer is told and can pay again without reloading', async ({ page }) => {
  const orderId = await newOrderOnMerchantPage(page);
  await fillCard(page, { number: '4000 0000 0000 3220' });
  await page.getByRole('button', { name: /^Pay/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: /refuse/i }).click();
  await expect(page.getByText(/3-D Secure refused|authentication/i).first()).toBeVisible();
  await fillCard(page);
  await page.getByRole('button', { name: /^Pay/ }).click();
  await expect(page.locator('#validated')).toContainText(orderId);
});

for (const [number, reason] of [
  ['4000 0000 0000 0002', /declined/i],
  ['4000 0000 0000 9995', /insufficient funds/i],
] as const) {
  test(`${number} is declined with a clear message, then another card pays`, async ({ page }) => {
    const orderId = await newOrderOnMerchantPage(page);
    await fillCard(page, { number });
    await page.getByRole('button', { name: /^Pay/ }).click();
    await expect(page.getByText(reason).first()).toBeVisible();
    expect((await getOrder('single', orderId)).status).toBe('initiated');
    await fillCard(page);
    await page.getByRole('button', { name: /^Pay/ }).click();
    await expect(page.locator('#validated')).toContainText(orderId);
  });
}

test('4000 0000 0000 0341 pays its first payment', async ({ page }) => {
  const orderId = await newOrderOnMerchantPage(page);
  await fillCard(page, { number: '4000 0000 0000 0341' });
  await page.getByRole('button', { name: /^Pay/ }).click();
  await expect(page.locator('#validated')).toContainText(orderId);
});

test('a double click pays once', async ({ page }) => {
  const orderId = await newOrderOnMerchantPage(page);
  await fillCard(page);
  await page.getByRole('button', { name: /^Pay/ }).dblclick();
  await expect(page.locator('#validated')).toContainText(orderId);
  const transactions = await api('GET', `/v1/orders/${orderId}/transactions`, platform.secretKey);
  expect(transactions.body.data).toHaveLength(1);
});

test('an unknown order says so in the page language and never throws into the page', async ({ page }) => {
  const pageErrors: Error[] = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  await merchant.openCheckout(page, { publicKey: platform.publicKey, orderId: 'ord_00000000-0000-4000-8000-000000000000', locale: 'fr' });
  await expect(page.getByRole('alert').first()).toContainText(/commande/i);
  await expect(page.locator('#errors')).toContainText('not_found');
  expect(pageErrors).toEqual([]);
});

test('the front-end integration creates the order inline with the public key', async ({ page }) => {
  await merchant.openCheckout(page, { publicKey: platform.publicKey, order: { amount: 1200, ux: 'single', trackId: 'inline-1', email: 'inline@example.com' } });
  await fillCard(page);
  await page.getByRole('button', { name: /^Pay/ }).click();
  await expect(page.locator('#validated')).toContainText('"amount":1200');
});

import { expect, test } from '@playwright/test';
import { useMerchant } from './support/merchant-fixture.ts';
import { api, createOrder, getOrder, seededPlatform } from './support/sandbox.ts';
import { fillCard } from './support/card.ts';

const platform = seededPlatform('multi-ancv');
const { merchant, receiver } = useMerchant(platform);

test('one order paid by ANCV Connect (confirmed for less than asked) and a card for the rest', async ({ page }) => {
  const order = await createOrder('multi-ancv', { amount: 10000, ux: 'multi', email: 'ada@example.com', notifyUrl: receiver.url });
  await merchant.openCheckout(page, { publicKey: platform.publicKey, orderId: order.id });

  await page.getByRole('radio', { name: /ANCV/ }).check();
  await page.getByLabel('Amount to pay with ANCV').fill('60');
  await expect(page.getByText('After this payment: €40.00 left to pay.')).toBeVisible();
  await page.getByLabel('ANCV login').fill('ada@example.com');
  await page.getByRole('button', { name: 'Pay €60.00 with ANCV' }).click();
  await expect(page.getByRole('heading', { name: 'Confirm in your ANCV app' })).toBeVisible();

  // The buyer answers in the ANCV app, for less than asked.
  const transactions = (await api('GET', `/v1/orders/${order.id}/transactions`, platform.secretKey)).body.data;
  const request = transactions.find((transaction: { paymentMethod: string }) => transaction.paymentMethod === 'ancv');
  expect(request).toMatchObject({ status: 'pending', amount: 6000 });
  const confirmed = await api('POST', `/v1/sandbox/transactions/${request.id}/ancv-confirm`, platform.secretKey, { amount: 4500 });
  expect(confirmed.body.data).toMatchObject({ status: 'authorized', amount: 4500, orderStatus: 'initiated' });

  await expect(page.getByText('ANCV confirmed €45.00 instead of the €60.00 asked. €55.00 is left to pay')).toBeVisible({ timeout: 10_000 });
  await page.getByRole('radio', { name: 'Card' }).check();
  await expect(page.getByLabel('Amount to pay with this card')).toHaveValue('55.00');
  await fillCard(page);
  await page.getByRole('button', { name: 'Pay €55.00' }).click();

  await expect(page.locator('#validated')).toContainText(order.id);
  expect(JSON.parse((await page.locator('#validated').textContent()) ?? '{}')).toMatchObject({ order: order.id, amount: 10000, status: 'completed' });
  await expect(page.getByText('You paid €100.00 in 2 payments.')).toBeVisible();
  expect((await getOrder('multi-ancv', order.id)).status).toBe('completed');
  const paid = (await api('GET', `/v1/orders/${order.id}/transactions`, platform.secretKey)).body.data;
  expect(paid.map((transaction: { paymentMethod: string; amount: number; status: string }) => [transaction.paymentMethod, transaction.amount, transaction.status])).toEqual([
    ['ancv', 4500, 'captured'],
    ['card', 5500, 'captured'],
  ]);
  const ancv = (await api('GET', `/v1/transactions/${request.id}`, platform.secretKey)).body.data;
  expect(ancv.operations.map((operation: { type: string; paymentMethod: string }) => `${operation.type}:${operation.paymentMethod}`)).toEqual([
    'authorization:ancv',
    'capture:ancv',
  ]);
  await expect.poll(() => receiver.events([order.id]), { timeout: 10_000 }).toEqual(['order.confirmed', 'order.completed']);
});

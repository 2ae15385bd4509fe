import { expect, test } from '@playwright/test';
import { isValidIBAN } from 'ibantools';
import { useMerchant } from './support/merchant-fixture.ts';
import { api, createOrder, getOrder, seededPlatform } from './support/sandbox.ts';

const platform = seededPlatform('viban');
const { merchant, receiver } = useMerchant(platform);

const transfer = (orderId: string, amount: number, transferId: string) =>
  api('POST', `/v1/sandbox/orders/${orderId}/viban-transfer`, platform.secretKey, { amount, transferId });

test('a virtual IBAN order: the widget shows where to transfer, the money arrives in two parts, the widget completes, the back end gets signed webhooks', async ({ page }) => {
  const order = await createOrder('viban', { amount: 12345, ux: 'viban', trackId: 'CMD-2027-0042', email: 'ada@example.com', notifyUrl: receiver.url });
  expect(order.status).toBe('pending');
  expect(isValidIBAN(order.viban.iban)).toBe(true);
  await merchant.openCheckout(page, { publicKey: platform.publicKey, orderId: order.id });

  const details = page.locator('dl');
  await expect(details).toContainText('€123.45');
  await expect(details).toContainText(order.viban.iban.replace(/(.{4})(?=.)/g, '$1 '));
  await expect(details).toContainText('CMD-2027-0042');
  await expect(page.getByRole('img', { name: /^QR code of a transfer of €123\.45/ })).toBeVisible();

  // The buyer copies the IBAN, as they would to paste it in their banking app.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy IBAN' }).click();
  await expect(page.getByRole('tooltip')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(order.viban.iban);

  expect((await transfer(order.id, 5000, 'E2E-PART-1')).status).toBe(200);
  await expect(page.getByText('Transfer received: €73.45 left to pay')).toBeVisible();
  expect((await getOrder('viban', order.id)).status).toBe('pending');

  expect((await transfer(order.id, 7345, 'E2E-PART-2')).status).toBe(200);
  await expect(page.getByRole('heading', { name: 'Payment received' })).toBeVisible();
  await expect(page.locator('#validated')).toContainText(order.id);
  const validated = JSON.parse((await page.locator('#validated').textContent()) ?? '{}');
  expect(validated).toMatchObject({ order: order.id, amount: 12345, status: 'completed', email: 'ada@example.com' });
  expect(validated.auth).toMatch(/^auth_/);

  await expect.poll(() => receiver.events([order.id]), { timeout: 10_000 }).toEqual(['order.completed']);
  const transactionIds = (await api('GET', `/v1/orders/${order.id}/transactions`, platform.secretKey)).body.data.map((transaction: { id: string }) => transaction.id);
  await expect.poll(() => receiver.events(transactionIds), { timeout: 10_000 }).toEqual(['transaction.captured', 'transaction.captured']);
  for (const hook of receiver.received.filter((candidate) => [order.id, ...transactionIds].includes(candidate.body.id))) {
    expect(hook.signatureValid).toBe(true);
    expect(Object.keys(hook.body)).toEqual(['event', 'id', 'date']);
  }
});

test('the QA console: a bank transfer arrives on the open virtual IBAN order, in two parts, and the widget follows', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Seeded platform').selectOption('viban');
  await page.getByLabel('Amount (EUR)', { exact: true }).fill('100.00');
  await page.getByRole('button', { name: 'Create order' }).click();
  const panel = page.getByRole('region', { name: 'Bank transfer arrives' });
  await expect(panel).toContainText('€100.00 left to receive');
  await expect(page.getByRole('heading', { name: 'Pay by bank transfer' })).toBeVisible();
  await panel.getByLabel('Transfer amount (EUR)').fill('40.00');
  await panel.getByLabel('Bank transferId (optional)').fill('QA-1');
  await panel.getByRole('button', { name: 'Transfer arrives' }).click();
  await expect(panel.getByRole('status')).toHaveText('Transfer QA-1 of €40.00: €40.00 credited.');
  await expect(page.getByRole('heading', { name: 'Transfer received: €60.00 left to pay', exact: true })).toBeVisible();
  // The field now proposes what is left; the same transfer again (same id, same amount) credits nothing.
  await expect(panel.getByLabel('Transfer amount (EUR)')).toHaveValue('60.00');
  await panel.getByLabel('Transfer amount (EUR)').fill('40.00');
  await panel.getByRole('button', { name: 'Transfer arrives' }).click();
  await expect(panel.getByRole('status')).toHaveText('Transfer QA-1 had already arrived: nothing credited again.');
  await panel.getByLabel('Transfer amount (EUR)').fill('70.00');
  await panel.getByLabel('Bank transferId (optional)').fill('QA-2');
  await panel.getByRole('button', { name: 'Transfer arrives' }).click();
  await expect(panel.getByRole('status')).toHaveText('Transfer QA-2 of €70.00: €60.00 credited, €10.00 surplus.');
  await expect(page.getByRole('heading', { name: 'Payment received' })).toBeVisible();
  await expect(page.locator('pre[aria-live]')).toContainText('"status": "completed"');
  await expect(page.getByRole('region', { name: /Webhooks/ })).toContainText('order.overpaid');
});

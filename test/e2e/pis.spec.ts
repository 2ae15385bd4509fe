import { expect, test } from '@playwright/test';
import { useMerchant } from './support/merchant-fixture.ts';
import { api, createOrder, getOrder, SANDBOX_URL, seededPlatform } from './support/sandbox.ts';

const platform = seededPlatform('pis');
const { merchant, receiver } = useMerchant(platform);

test('bank transfer initiation from a merchant page: choose a bank, confirm on its page, the widget completes once, signed webhooks', async ({ page }) => {
  const order = await createOrder('pis', { amount: 4990, ux: 'pis', trackId: 'INV-77', email: 'ada@example.com', notifyUrl: receiver.url });
  await merchant.openCheckout(page, { publicKey: platform.publicKey, orderId: order.id });
  await page.getByLabel('Search your bank').fill('exemple');
  await page.getByLabel('Banque Exemple').check();
  const [bank] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Continue to Banque Exemple' }).click()]);
  await bank.waitForURL(`${SANDBOX_URL}/bank/**`);
  await expect(bank.locator('#bank-amount')).toHaveText('€49.90');
  await expect(bank.locator('#bank-reference')).toHaveText('INV-77');
  await expect(page.getByRole('heading', { name: 'Waiting for your bank' })).toBeVisible();
  await bank.getByRole('button', { name: /^Confirm/ }).click();
  await expect(page.getByRole('heading', { name: 'Payment successful' })).toBeVisible();
  await expect(page.locator('#validated')).toContainText(order.id);
  expect(JSON.parse((await page.locator('#validated').textContent()) ?? '{}')).toMatchObject({ order: order.id, amount: 4990, status: 'completed' });
  await bank.waitForEvent('close');

  // The bank page opened again (a reload) completes nothing more.
  const again = await page.context().newPage();
  await again.goto(`${SANDBOX_URL}/bank/${(await api('GET', `/v1/orders/${order.id}/transactions`, platform.secretKey)).body.data[0].id}`);
  await expect(again.getByRole('status')).toHaveText(/Transfer confirmed/);
  await expect(again.getByRole('button', { name: /^Confirm/ })).toHaveCount(0);

  const transactions = (await api('GET', `/v1/orders/${order.id}/transactions`, platform.secretKey)).body.data;
  expect(transactions.map((transaction: { status: string; paymentMethod: string }) => [transaction.paymentMethod, transaction.status])).toEqual([['pis', 'captured']]);
  await expect.poll(() => receiver.events([order.id]), { timeout: 10_000 }).toEqual(['order.completed']);
  expect(receiver.received.every((hook) => hook.signatureValid)).toBe(true);
});

test('pay by link: refused at the bank, "Try again", confirmed; the hosted page then goes to successUrl', async ({ page }) => {
  const successUrl = merchant.publish('<!doctype html><html lang="en"><title>Thanks</title><h1>Thank you</h1></html>');
  const order = await createOrder('pis', { amount: 1500, ux: 'pis', trackId: 'INV-78', successUrl });
  await page.goto(order.redirectUrl);
  await page.getByLabel('Sandbox Bank').check();
  let [bank] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Continue to Sandbox Bank' }).click()]);
  await bank.getByRole('button', { name: 'Refuse' }).click();
  await expect(page.getByRole('alert')).toContainText('Your bank refused the transfer');
  // The bank page closes itself once the buyer has read its answer.
  await bank.waitForEvent('close');
  expect((await getOrder('pis', order.id)).status).toBe('initiated');
  await page.getByRole('button', { name: 'Try again' }).click();
  [bank] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Continue to Sandbox Bank' }).click()]);
  await bank.getByRole('button', { name: /^Confirm/ }).click();
  await page.waitForURL((url) => url.href.startsWith(successUrl));
  expect(new URL(page.url()).searchParams.get('status')).toBe('completed');
  expect((await getOrder('pis', order.id)).status).toBe('completed');
});

test('the bank page open in two tabs: the second answer is refused and that tab shows what the first decided, not "the bank could not be reached"', async ({ page, context }) => {
  const order = await createOrder('pis', { amount: 2500, ux: 'pis', trackId: 'INV-79', locale: 'en' });
  const started = await fetch(`${SANDBOX_URL}/v1/orders/${order.id}/payments`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: platform.publicKey, 'Idempotency-Key': `two-tabs-${order.id}` },
    body: JSON.stringify({ method: 'pis', bank: 'sandbox-bank' }),
  });
  const bankUrl = ((await started.json()) as { data: { transaction: { pis: { bankUrl: string } } } }).data.transaction.pis.bankUrl;
  await page.goto(bankUrl);
  const second = await context.newPage();
  await second.goto(bankUrl);
  await page.getByRole('button', { name: /^Confirm/ }).click();
  await expect(page.getByRole('status')).toHaveText(/Transfer confirmed/);
  await second.getByRole('button', { name: 'Refuse' }).click();
  await expect(second.getByRole('status')).toHaveText(/Transfer confirmed/);
  await expect(second.getByRole('alert')).toHaveCount(0);
  await expect(second.getByRole('button', { name: 'Refuse' })).toHaveCount(0);
  expect((await getOrder('pis', order.id)).status).toBe('completed');
});

import { expect, test } from '@playwright/test';
import { useMerchant } from './support/merchant-fixture.ts';
import { api, createOrder, SANDBOX_URL, seededPlatform } from './support/sandbox.ts';
import { fillCard } from './support/card.ts';

/**
 * Over real HTTP: a multi-card buyer's payment request is cut on its way, the platform says nothing ran under its key,
 * the buyer changes the amount and the security code and pays; then the lost request lands after all. The order has
 * room for both amounts, so two keys would be two authorisations (issue 14): one key, one authorisation.
 */
const platform = seededPlatform('multi');
const { merchant } = useMerchant(platform);

test('multi: the lost request lands late, after "nothing ran", an amount edit and a payment: one authorisation', async ({ page }) => {
  const order = await createOrder('multi', { amount: 10000, ux: 'multi', email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' });
  await merchant.openCheckout(page, { publicKey: platform.publicKey, orderId: order.id });
  let late: { key: string; body: string } | undefined;
  await page.route('**/v1/orders/*/payments', async (route) => {
    if (route.request().method() !== 'POST' || late) return route.continue();
    late = { key: (await route.request().allHeaders())['idempotency-key'] ?? '', body: route.request().postData() ?? '' };
    await route.abort('connectionreset');
  });
  await page.getByLabel('Amount to pay with this card').fill('20');
  await fillCard(page);
  await page.getByRole('button', { name: /^Pay/ }).click();
  await expect(page.locator('#sg-payment-notice')).toContainText('you will not be charged twice', { timeout: 10_000 });
  await page.getByLabel('Amount to pay with this card').fill('30');
  await page.getByLabel('Security code').fill('456');
  await page.getByRole('button', { name: /^Pay/ }).click();
  const secured = async () =>
    ((await api('GET', `/v1/orders/${order.id}/transactions`, platform.secretKey)).body.data as { status: string; amount: number }[])
      .filter((transaction) => transaction.status === 'authorized' || transaction.status === 'captured')
      .map((transaction) => transaction.amount);
  await expect.poll(secured).toEqual([3000]);
  // The request cut on its way reaches the platform now: refused, as another request under a used key.
  expect(late?.key).toMatch(/^[0-9a-f]{32}$/);
  const landed = await fetch(`${SANDBOX_URL}/v1/orders/${order.id}/payments`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: platform.publicKey, 'Idempotency-Key': late?.key ?? '' },
    body: late?.body ?? '',
  });
  expect(landed.status).toBe(409);
  expect(await secured()).toEqual([3000]);
});

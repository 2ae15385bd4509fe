/** Live orders against the real HTTP sandbox: what another page does shows on the captain's page within 2 s. */
import { expect, test } from '@playwright/test';
import { useMerchant } from './support/merchant-fixture.ts';
import { api, createOrder, seededPlatform } from './support/sandbox.ts';
import { fillCard } from './support/card.ts';

const platform = seededPlatform('split-standard');
const { merchant } = useMerchant(platform);
const WITHIN_2_S = { timeout: 2_000 };

test('a co-buyer pays in another page: the captain’s page shows it within 2 s, with no reload', async ({ page, browser }) => {
  const order = await createOrder('split-standard', { amount: 9000, ux: 'collect', firstName: 'Ada', email: 'ada@example.com', delay: 60 });
  await merchant.openCheckout(page, { publicKey: platform.publicKey, orderId: order.id });
  await page.getByLabel('Number of participants, you included').fill('3');
  await fillCard(page);
  await page.getByRole('button', { name: 'Pay €30.00' }).click();
  await expect(page.getByText('€30.00 collected of €90.00')).toBeVisible();

  const cobuyerContext = await browser.newContext();
  const cobuyer = await cobuyerContext.newPage();
  await cobuyer.goto(order.sharingLink);
  await cobuyer.getByLabel('Amount you pay').fill('25');
  await fillCard(cobuyer, { holder: 'Bob Martin' });
  await cobuyer.getByRole('button', { name: 'Pay €25.00' }).click();
  await expect(cobuyer.getByRole('heading', { name: 'Thank you!' })).toBeVisible();

  await expect(page.getByText('€55.00 collected of €90.00')).toBeVisible(WITHIN_2_S);
  await cobuyerContext.close();
});

test('the merchant cancels: the captain’s widget stops offering to pay within 2 s and says why', async ({ page }) => {
  const order = await createOrder('split-standard', { amount: 9000, ux: 'collect', firstName: 'Ada', delay: 60 });
  await merchant.openCheckout(page, { publicKey: platform.publicKey, orderId: order.id });
  await expect(page.getByRole('button', { name: /^Pay/ })).toBeVisible();
  expect((await api('POST', `/v1/orders/${order.id}/cancel`, platform.secretKey, {})).status).toBe(200);
  await expect(page.locator('sg-captain [part="closed"]')).toContainText('This order has been canceled. There is nothing to pay.', WITHIN_2_S);
  await expect(page.getByRole('button', { name: /^Pay/ })).toHaveCount(0);
  // The merchant's page is told too (its onError callback).
  await expect(page.locator('#errors')).toContainText('order_not_payable');
});

import { expect, test } from '@playwright/test';
import { useMerchant } from './support/merchant-fixture.ts';
import { api, createOrder, getOrder, seededPlatform } from './support/sandbox.ts';
import { fillCard } from './support/card.ts';

const platform = seededPlatform('split-standard');
const { merchant, receiver } = useMerchant(platform);

test('the captain pays a share on the merchant page, a co-buyer pays the rest through the sharing link in another browser', async ({ page, browser }) => {
  const order = await createOrder('split-standard', { amount: 9000, ux: 'collect', firstName: 'Ada', email: 'ada@example.com', notifyUrl: receiver.url, delay: 60, items: [{ name: 'Cabin for 3 nights', amount: 9000 }] });
  await merchant.openCheckout(page, { publicKey: platform.publicKey, orderId: order.id });
  await page.getByLabel('Number of participants, you included').fill('3');
  await fillCard(page);
  await page.getByRole('button', { name: 'Pay €30.00' }).click();
  await expect(page.locator('#validated')).toContainText(order.id);
  expect(JSON.parse((await page.locator('#validated').textContent()) ?? '{}')).toMatchObject({ order: order.id, amount: 3000, status: 'confirmed' });
  const link = page.getByLabel('Sharing link');
  await expect(link).toHaveValue(order.sharingLink);

  // A co-buyer, in a browser context of their own (no shared storage with the captain).
  const cobuyerContext = await browser.newContext();
  const cobuyer = await cobuyerContext.newPage();
  await cobuyer.goto(order.sharingLink);
  await expect(cobuyer.getByRole('heading', { name: 'Ada invites you to share an order' })).toBeVisible();
  await expect(cobuyer.getByText('Cabin for 3 nights × 1')).toBeVisible();
  await expect(cobuyer.getByText('€30.00 collected of €90.00')).toBeVisible();
  await cobuyer.getByLabel('Amount you pay').fill('70');
  await fillCard(cobuyer, { holder: 'Bob Martin' });
  // Too much: the sharing space refuses before anything is paid, and the button names no amount it cannot pay.
  await cobuyer.getByRole('button', { name: 'Pay', exact: true }).click();
  await expect(cobuyer.getByText('Enter at most €60.00.')).toBeVisible();
  await cobuyer.getByLabel('Amount you pay').fill('60');
  await cobuyer.getByRole('button', { name: 'Pay €60.00' }).click();
  await expect(cobuyer.getByRole('heading', { name: 'Thank you!' })).toBeVisible();
  await expect(cobuyer.getByText('€90.00 collected of €90.00')).toBeVisible();

  expect((await getOrder('split-standard', order.id)).status).toBe('completed');
  await expect.poll(() => receiver.events([order.id]), { timeout: 10_000 }).toEqual(['order.confirmed', 'order.completed']);
  const hooks = receiver.received.filter((hook) => hook.body.id === order.id);
  expect(hooks.every((hook) => hook.signatureValid)).toBe(true);

  // Someone opening the link now is told there is nothing left to pay.
  const late = await cobuyerContext.newPage();
  await late.goto(order.sharingLink);
  await expect(late.getByRole('heading', { name: 'The full amount has been collected' })).toBeVisible();
  await expect(late.getByRole('button', { name: /^Pay/ })).toHaveCount(0);
  await cobuyerContext.close();
});

test('the sharing space follows the group live, and an expired link offers nothing to pay', async ({ page }) => {
  const order = await createOrder('split-standard', { amount: 4000, ux: 'collect', firstName: 'Ada', delay: 30 });
  await page.goto(order.sharingLink);
  await expect(page.getByText('The organiser has not paid their share yet', { exact: false })).toBeVisible();
  const pay = await api('POST', `/v1/sandbox/orders/${order.id}/pay`, platform.secretKey, { amount: 1000 });
  expect(pay.status).toBe(200);
  // No reload: the page follows the order live.
  await expect(page.getByText('€10.00 collected of €40.00')).toBeVisible({ timeout: 10_000 });
  await expect(page.getByLabel('Amount you pay')).toBeVisible();
  await api('POST', '/v1/sandbox/clock', platform.secretKey, { advanceBy: 31 * 60_000 });
  await expect(page.getByRole('heading', { name: 'This sharing has ended' })).toBeVisible({ timeout: 10_000 });
  await expect(page.getByRole('button', { name: /^Pay/ })).toHaveCount(0);
  expect((await getOrder('split-standard', order.id)).status).toBe('canceled');
});

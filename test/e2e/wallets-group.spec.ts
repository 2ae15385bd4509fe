/**
 * Wallets beyond the single UX (issue 11): a co-buyer pays their share of a split order with Google Pay on the hosted
 * sharing space, a multi-card buyer pays one part with Apple Pay and the rest by card, and the hosted payment page
 * offers the wallets too; each order ends `completed` with every transaction's `paymentMethod` right.
 */
import { expect, test } from '@playwright/test';
import { useMerchant } from './support/merchant-fixture.ts';
import { api, createOrder, getOrder, seededPlatform } from './support/sandbox.ts';
import { fillCard } from './support/card.ts';

const split = seededPlatform('split-wallets');
const multi = seededPlatform('multi-wallets');
const { merchant, receiver } = useMerchant(split);

const paidWith = async (secretKey: string, orderId: string) =>
  (await api('GET', `/v1/orders/${orderId}/transactions`, secretKey)).body.data.map((t: { paymentMethod: string; amount: number; status: string }) => [t.paymentMethod, t.amount, t.status]);

test('a co-buyer pays their share of a split order with Google Pay on the sharing space, after a cancel', async ({ page, browser }) => {
  const order = await createOrder('split-wallets', { amount: 9000, ux: 'collect', firstName: 'Ada', email: 'ada@example.com', notifyUrl: receiver.url, delay: 60 });
  // The captain pays their third by card on the merchant's page, where the wallet buttons show too.
  await merchant.openCheckout(page, { publicKey: split.publicKey, orderId: order.id, sandbox: { wallets: true } });
  await page.getByLabel('Number of participants, you included').fill('3');
  await expect(page.getByRole('button', { name: 'Pay with Google Pay' })).toBeVisible();
  await fillCard(page);
  await page.getByRole('button', { name: 'Pay €30.00' }).click();
  await expect(page.locator('#validated')).toContainText(order.id);

  // The co-buyer, in a browser of their own, on the hosted sharing space.
  const cobuyerContext = await browser.newContext();
  const cobuyer = await cobuyerContext.newPage();
  await cobuyer.goto(order.sharingLink);
  await expect(cobuyer.getByText('€30.00 collected of €90.00')).toBeVisible();
  // No button until the share is one: the sheet must show what will be paid.
  await expect(cobuyer.getByRole('button', { name: 'Pay with Google Pay' })).toHaveCount(0);
  await cobuyer.getByLabel('Amount you pay').fill('60');
  await cobuyer.getByLabel('Your first name').fill('Bob');
  const google = cobuyer.getByRole('button', { name: 'Pay with Google Pay' });
  await google.click();
  const sheet = cobuyer.getByRole('dialog', { name: /Google Pay/ });
  await expect(sheet).toContainText('€60.00');
  await expect(sheet).toContainText(split.name);
  await cobuyer.keyboard.press('Escape');
  await expect(google).toBeFocused();
  await google.click();
  await sheet.getByRole('button', { name: 'Pay €60.00' }).click();
  await expect(cobuyer.getByRole('heading', { name: 'Thank you!' })).toBeVisible();
  await expect(cobuyer.getByText('€90.00 collected of €90.00')).toBeVisible();
  await cobuyerContext.close();

  expect((await getOrder('split-wallets', order.id)).status).toBe('completed');
  const transactions = (await api('GET', `/v1/orders/${order.id}/transactions`, split.secretKey)).body.data;
  expect(transactions.map((t: { paymentMethod: string; firstName?: string }) => [t.paymentMethod, t.firstName])).toEqual([
    ['card', 'Ada'],
    ['googlepay', 'Bob'],
  ]);
  await expect.poll(() => receiver.events([order.id]), { timeout: 10_000 }).toEqual(['order.confirmed', 'order.completed']);
});

test('a multi-card buyer pays one part with Apple Pay and the rest by card', async ({ page }) => {
  const order = await createOrder('multi-wallets', { amount: 10000, ux: 'multi', email: 'ada@example.com' });
  await merchant.openCheckout(page, { publicKey: multi.publicKey, orderId: order.id, sandbox: { wallets: true } });
  await page.getByLabel('Amount to pay with this card').fill('30');
  await page.getByRole('button', { name: 'Pay with Apple Pay' }).click();
  const sheet = page.getByRole('dialog', { name: /Apple Pay/ });
  await expect(sheet).toContainText('€30.00');
  await sheet.getByRole('button', { name: 'Pay €30.00' }).click();
  await expect(page.getByLabel('Amount to pay with this card')).toHaveValue('70.00');
  await fillCard(page);
  await page.getByRole('button', { name: 'Pay €70.00' }).click();
  await expect(page.locator('#validated')).toContainText(order.id);
  expect(JSON.parse((await page.locator('#validated').textContent()) ?? '{}')).toMatchObject({ order: order.id, amount: 10000, status: 'completed' });
  expect((await getOrder('multi-wallets', order.id)).status).toBe('completed');
  expect(await paidWith(multi.secretKey, order.id)).toEqual([
    ['applepay', 3000, 'captured'],
    ['card', 7000, 'captured'],
  ]);
});

test('the hosted payment page offers the wallets (sandbox switch with a test key) and pays with one', async ({ page }) => {
  const wallets = seededPlatform('wallets');
  const order = await createOrder('wallets', { amount: 2590, email: 'ada@example.com' });
  await page.goto(order.redirectUrl);
  await page.getByRole('button', { name: 'Pay with Google Pay' }).click();
  await page.getByRole('dialog', { name: /Google Pay/ }).getByRole('button', { name: 'Pay €25.90' }).click();
  await expect(page.getByText('Payment successful')).toBeVisible();
  expect((await getOrder('wallets', order.id)).status).toBe('completed');
  expect(await paidWith(wallets.secretKey, order.id)).toEqual([['googlepay', 2590, 'captured']]);
});

test('Amazon Pay with pop-ups blocked: the buyer opens Amazon’s page from a link, pays there, and the checkout page completes as it was', async ({ page, context }) => {
  const wallets = seededPlatform('wallets');
  const order = await createOrder('wallets', { amount: 3100, email: 'ada@example.com' });
  // A pop-up blocker: window.open answers null, as browsers do for a window they refuse.
  await page.addInitScript(() => {
    window.open = () => null;
  });
  await merchant.openCheckout(page, { publicKey: wallets.publicKey, orderId: order.id, sandbox: { wallets: true } });
  await page.getByLabel('Cardholder name').fill('Ada Lovelace');
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await page.getByRole('button', { name: 'Pay with Amazon Pay' }).click();
  await expect(page.getByText('Your browser blocked the Amazon Pay window')).toBeVisible();
  const link = page.getByRole('link', { name: 'Open Amazon Pay (new tab)' });
  await expect(link).toBeFocused();
  const [amazon] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await amazon.getByRole('radio', { name: /1111/ }).check();
  await amazon.getByRole('button', { name: 'Continue to pay' }).click();
  // Back on the checkout page, which waited (the same document, never reloaded): the order is paid.
  await expect(page.locator('#validated')).toContainText(order.id, { timeout: 10_000 });
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  expect((await getOrder('wallets', order.id)).status).toBe('completed');
  expect(await paidWith(wallets.secretKey, order.id)).toEqual([['amazonpay', 3100, 'captured']]);
});

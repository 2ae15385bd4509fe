import { expect, test } from '@playwright/test';
import { useMerchant } from './support/merchant-fixture.ts';
import { api, createOrder, getOrder, seededPlatform } from './support/sandbox.ts';

const platform = seededPlatform('wallets');
const { merchant, receiver } = useMerchant(platform);

test('a merchant page on another origin pays with a wallet through the simulated sheet; a decline and a cancel leave the order payable; signed webhooks arrive', async ({ page }) => {
  const order = await createOrder('wallets', { amount: 4990, email: 'ada@example.com', notifyUrl: receiver.url });
  await merchant.openCheckout(page, { publicKey: platform.publicKey, orderId: order.id, sandbox: { wallets: true } });
  const transactions = async () => (await api('GET', `/v1/orders/${order.id}/transactions`, platform.secretKey)).body.data;

  // A decline: the sheet's declining card, the widget says why, the card form stays, the order stays payable.
  await page.getByRole('button', { name: 'Pay with Google Pay' }).click();
  const sheet = page.getByRole('dialog', { name: /Google Pay/ });
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText('€49.90');
  await sheet.getByRole('radio', { name: /ending in 0002/ }).check();
  await sheet.getByRole('button', { name: /^Pay/ }).click();
  await expect(page.getByText('Payment declined')).toBeVisible();
  await expect(page.getByLabel('Card number')).toBeEditable();
  expect((await getOrder('wallets', order.id)).status).toBe('initiated');

  // A cancel: nothing created, no error, focus back on the button.
  const apple = page.getByRole('button', { name: 'Pay with Apple Pay' });
  await apple.click();
  await page.getByRole('dialog', { name: /Apple Pay/ }).getByRole('button', { name: 'Cancel' }).click();
  await expect(apple).toBeFocused();
  expect((await transactions()).length).toBe(1);
  expect((await getOrder('wallets', order.id)).status).toBe('initiated');

  // The approved card pays: onValidated, an applepay transaction, the order completed.
  await apple.click();
  await page.getByRole('dialog', { name: /Apple Pay/ }).getByRole('button', { name: /^Pay/ }).click();
  await expect(page.locator('#validated')).toContainText(order.id);
  const validated = JSON.parse((await page.locator('#validated').textContent()) ?? '{}');
  expect(validated).toMatchObject({ order: order.id, amount: 4990, status: 'completed', email: 'ada@example.com' });
  expect((await transactions()).map((t: { paymentMethod: string; status: string }) => [t.paymentMethod, t.status])).toEqual([
    ['googlepay', 'failed'],
    ['applepay', 'captured'],
  ]);
  expect(await page.evaluate(() => (window as unknown as { sgEvents: [string, unknown][] }).sgEvents.filter(([type]) => type === 'error'))).toEqual([]);
  await expect.poll(() => receiver.events([order.id]), { timeout: 10_000 }).toEqual(['order.confirmed', 'order.completed']);
  for (const hook of receiver.received.filter((candidate) => candidate.body.id === order.id)) expect(hook.signatureValid).toBe(true);
});

test('without the sandbox switch in a browser with no wallet: only Amazon Pay where its domain is registered, and onReady says so', async ({ page }) => {
  const order = await createOrder('wallets', { amount: 1200 });
  await merchant.openCheckout(page, { publicKey: platform.publicKey, orderId: order.id });
  await expect(page.getByLabel('Card number')).toBeVisible();
  const ready = await page.waitForFunction(() => (window as unknown as { sgEvents: [string, { availablePaymentMethods?: unknown }][] }).sgEvents.find(([type]) => type === 'ready')?.[1]);
  // The merchant page is on 127.0.0.1, not registered for Amazon Pay on the platform: no wallet at all.
  expect(((await ready.jsonValue()) as { availablePaymentMethods: unknown }).availablePaymentMethods).toEqual({ card: true, applepay: false, googlepay: false, amazonpay: false });
  await expect(page.getByRole('button', { name: /Pay with/ })).toHaveCount(0);
});

test('the QA console wallets page shows each button and the simulated sheet, and registers a merchant domain', async ({ page }) => {
  await page.goto('/wallets');
  const simulated = page.locator('sg-captain[sandbox-wallets]');
  for (const name of ['Pay with Apple Pay', 'Pay with Google Pay', 'Pay with Amazon Pay']) await expect(simulated.getByRole('button', { name })).toBeVisible();
  await simulated.getByRole('button', { name: 'Pay with Apple Pay' }).click();
  const sheet = page.getByRole('dialog', { name: /Apple Pay/ });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('radio')).toHaveCount(5);
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  // The sandbox's own host is registered: the widget without the switch offers Amazon Pay here.
  await expect(page.getByText(/availablePaymentMethods: .*"amazonpay":true/)).toBeVisible();
  await page.getByLabel('Wallet', { exact: true }).selectOption('applepay');
  await page.getByLabel('Domain', { exact: true }).fill('shop.example.com');
  await page.getByRole('button', { name: 'Register the domain' }).click();
  await expect(page.getByRole('button', { name: 'Remove shop.example.com (Apple Pay)' })).toBeVisible();
  const listed = await api('GET', '/v1/wallet-domains', platform.secretKey);
  expect(listed.body.data).toEqual([expect.objectContaining({ method: 'applepay', domain: 'shop.example.com' })]);
  const file = await page.request.get('/.well-known/apple-developer-merchantid-domain-association');
  expect(file.headers()['content-type']).toMatch(/^text\/plain/);
});

test('the QA console wallets page reflows at 320 px (WCAG 2.2 1.4.10): nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/wallets');
  await expect(page.getByText(/availablePaymentMethods: .*"amazonpay":true/)).toBeVisible();
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: document.documentElement.clientWidth }));
  expect(widths.page).toBeLessThanOrEqual(widths.viewport);
});

test('the simulated Amazon page speaks French as French is written: a space before the colon', async ({ page }) => {
  const order = await createOrder('wallets', { amount: 4990, locale: 'fr' });
  const session = (await api('POST', `/v1/orders/${order.id}/amazon-pay/sessions`, platform.publicKey)).body.data;
  await page.goto(new URL(session.url).pathname);
  await expect(page.getByText(/^Montant\s:\s49,90\s€$/)).toBeVisible();
});

import { expect, test } from '@playwright/test';
import { useMerchant } from './support/merchant-fixture.ts';
import { api, createOrder, getOrder, SANDBOX_URL, seededPlatform } from './support/sandbox.ts';
import { fillCard } from './support/card.ts';

const platform = seededPlatform('single');
const { merchant, receiver } = useMerchant(platform);

test('pay by link: the hosted page behind redirectUrl takes the payment, then goes to successUrl', async ({ page }) => {
  const successUrl = merchant.publish('<!doctype html><html lang="en"><title>Thanks</title><h1>Thank you</h1></html>');
  const order = await createOrder('single', { amount: 2000, locale: 'fr', successUrl, sendLinkConfig: { channels: ['email'], email: 'grace@example.com' } });
  const outbox = await api('GET', `/v1/sandbox/outbox?orderId=${order.id}`, platform.secretKey);
  expect(outbox.body.data[0].links).toEqual([order.redirectUrl]);
  await page.goto(order.redirectUrl);
  await expect(page.getByRole('heading', { name: 'Paiement sécurisé' })).toBeVisible();
  await page.getByLabel('Numéro de carte').fill('4242 4242 4242 4242');
  await page.getByLabel('Date d’expiration').fill('12/34');
  await page.getByLabel('Code de sécurité').fill('123');
  await page.getByLabel('Nom du titulaire').fill('Grace Hopper');
  await page.getByRole('button', { name: /^Payer/ }).click();
  await page.waitForURL((url) => url.href.startsWith(successUrl));
  const landed = new URL(page.url());
  expect(landed.searchParams.get('orderId')).toBe(order.id);
  expect(landed.searchParams.get('status')).toBe('completed');
  expect((await getOrder('single', order.id)).status).toBe('completed');
});

test('a hosted page for an unknown order says so', async ({ page }) => {
  await page.goto(`${SANDBOX_URL}/pay/ord_00000000-0000-4000-8000-000000000000`);
  await expect(page.getByRole('alert')).toContainText(/not valid|pas valide/);
});

test('a back end test suite pays without a browser and verifies the signed webhooks', async () => {
  const order = await createOrder('single', { amount: 1500, notifyUrl: receiver.url });
  const paid = await api('POST', `/v1/sandbox/orders/${order.id}/pay`, platform.secretKey, { card: '4000000000003220', threeDS: 'approve' });
  expect(paid.status).toBe(200);
  expect(paid.body.data.status).toBe('captured');
  await expect.poll(() => receiver.events([order.id])).toEqual(['order.confirmed', 'order.completed']);
  expect(receiver.received.every((hook) => hook.signatureValid)).toBe(true);
});

test('the QA console creates an order, pays it in the widget, and shows onValidated, operations and webhooks', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Seeded platform').selectOption('single');
  await page.getByLabel('Amount (EUR)').fill('12.34');
  await page.getByRole('button', { name: 'Create order' }).click();
  await fillCard(page);
  await page.getByRole('button', { name: /^Pay/ }).click();
  await expect(page.locator('pre[aria-live]')).toContainText('"amount": 1234');
  await page.getByRole('button', { name: 'Refresh' }).click();
  const orderPanel = page.getByRole('region', { name: /^Order/ });
  await expect(orderPanel).toContainText('completed');
  await expect(orderPanel).toContainText('authorization €12.34');
  await expect(orderPanel).toContainText('capture €12.34');
  await expect(page.getByRole('region', { name: /Webhooks/ })).toContainText('order.completed');
  await page.getByRole('button', { name: '+1 day' }).click();
  await expect(page.getByRole('region', { name: 'Sandbox clock' })).toContainText('Now:');
});

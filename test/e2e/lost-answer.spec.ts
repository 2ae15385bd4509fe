import { expect, test } from '@playwright/test';
import { useMerchant } from './support/merchant-fixture.ts';
import { api, createOrder, seededPlatform } from './support/sandbox.ts';
import { fillCard } from './support/card.ts';

/**
 * Over real HTTP against the sandbox server: the payment reaches the platform, which runs it, and the connection drops
 * before the answer arrives. Never two authorisations for one intent, and the merchant gets onValidated.
 */
for (const [slug, fields] of [
  ['single', { amount: 2000 }],
  ['multi', { amount: 2000, ux: 'multi' }],
] as const) {
  const platform = seededPlatform(slug);
  const { merchant } = useMerchant(platform);

  test(`${slug}: the answer is lost, the buyer retypes the code and tries again: one authorisation, onValidated once`, async ({ page }) => {
    const order = await createOrder(slug, { ...fields, email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' });
    await merchant.openCheckout(page, { publicKey: platform.publicKey, orderId: order.id });
    let offline = true;
    // The payment runs on the platform, its answer never comes back; asking what became of it fails too, for now.
    await page.route('**/v1/orders/*/payments', async (route) => {
      await route.fetch();
      await route.abort('connectionreset');
    });
    await page.route('**/v1/orders/*/payments/attempts/*', (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
    await fillCard(page);
    await page.getByRole('button', { name: /^Pay/ }).click();
    await expect(page.getByRole('button', { name: 'Check again' })).toBeVisible({ timeout: 10_000 });
    await expect(page.locator('#sg-payment-notice')).toContainText('We could not learn whether your payment went through');
    await page.getByLabel('Security code').fill('456');
    offline = false;
    await page.getByRole('button', { name: 'Check again' }).click();
    await expect(page.locator('#validated')).toContainText(order.id);
    const transactions = (await api('GET', `/v1/orders/${order.id}/transactions`, platform.secretKey)).body.data as { status: string }[];
    expect(transactions.filter((transaction) => transaction.status === 'captured' || transaction.status === 'authorized')).toHaveLength(1);
    expect(await page.evaluate(() => (window as unknown as { sgEvents: [string][] }).sgEvents.filter(([type]) => type === 'validated').length)).toBe(1);
  });
}

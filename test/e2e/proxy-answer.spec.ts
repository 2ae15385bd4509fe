import { expect, test } from '@playwright/test';
import { useMerchant } from './support/merchant-fixture.ts';
import { api, createOrder, seededPlatform } from './support/sandbox.ts';
import { fillCard } from './support/card.ts';

/**
 * The payment reaches the platform, which runs it, but what comes back is not the platform's answer: a proxy or
 * gateway's error page (400, 409, 403) in place of the `201`. Such a page says nothing of the payment, so the widget
 * asks the platform what became of it: the part is paid once, never paid again as if refused.
 */
const platform = seededPlatform('multi');
const { merchant } = useMerchant(platform);

const proxyPages = [
  { status: 400, contentType: 'application/json', body: '{"error":"bad gateway request"}' },
  { status: 409, contentType: 'text/html', body: '<html><body><h1>409 Conflict</h1></body></html>' },
  { status: 403, contentType: 'text/html', body: '' },
];

for (const proxyPage of proxyPages) {
  test(`multi: the platform runs a €20.00 card, a proxy answers ${proxyPage.status}; the part is shown paid, one authorisation, then the rest completes: onValidated once`, async ({ page }) => {
    const order = await createOrder('multi', { amount: 5000, ux: 'multi', email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' });
    await merchant.openCheckout(page, { publicKey: platform.publicKey, orderId: order.id });
    let posts = 0;
    await page.route('**/v1/orders/*/payments', async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      posts++;
      if (posts > 1) return route.continue();
      await route.fetch();
      await route.fulfill({ ...proxyPage, headers: { 'Access-Control-Allow-Origin': '*' } });
    });
    await page.getByLabel('Amount to pay with this card').fill('20');
    await fillCard(page);
    await page.getByRole('button', { name: /^Pay/ }).click();
    // The lookup learns the part went through: it is shown as paid, and the form moves on to what is left.
    await expect(page.getByText('You paid €20.00 by card. €30.00 is left to pay')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Pay €30.00' })).toBeVisible();
    const transactions = (await api('GET', `/v1/orders/${order.id}/transactions`, platform.secretKey)).body.data as { status: string; amount: number }[];
    expect(transactions.map((transaction) => [transaction.status, transaction.amount])).toEqual([['authorized', 2000]]);
    expect(posts).toBe(1);
    // The rest completes the order: onValidated once, for the whole amount, and no sg-error on the way.
    await fillCard(page);
    await page.getByRole('button', { name: 'Pay €30.00' }).click();
    await expect(page.locator('#validated')).toContainText(order.id);
    const events = await page.evaluate(() => (window as unknown as { sgEvents: [string][] }).sgEvents.map(([type]) => type));
    expect(events.filter((type) => type === 'validated')).toHaveLength(1);
    expect(events.filter((type) => type === 'error')).toHaveLength(0);
  });
}

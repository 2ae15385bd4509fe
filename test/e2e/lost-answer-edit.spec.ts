import { expect, test, type Page } from '@playwright/test';
import { useMerchant } from './support/merchant-fixture.ts';
import { api, createOrder, seededPlatform } from './support/sandbox.ts';
import { fillCard } from './support/card.ts';

/**
 * The answer of a split payment is lost, the buyer then edits the amount before "Check again": the attempt that went
 * through was made with the amount sent then, so that is what the widget says was paid and what onValidated carries.
 */
const platform = seededPlatform('split-standard');
const { merchant } = useMerchant(platform);

/** The payment reaches the platform and runs, its answer is lost; asking what became of it fails until `online()`. */
async function loseAnswers(page: Page): Promise<{ online(): void }> {
  let offline = true;
  await page.route('**/v1/orders/*/payments', async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    await route.fetch();
    await route.abort('connectionreset');
  });
  await page.route('**/payments/attempts/*', (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  return { online: () => (offline = false) };
}

async function authorised(orderId: string): Promise<number[]> {
  const transactions = (await api('GET', `/v1/orders/${orderId}/transactions`, platform.secretKey)).body.data as { status: string; amount: number }[];
  return transactions.filter((transaction) => transaction.status === 'authorized').map((transaction) => transaction.amount);
}

test('split captain: €30 sent, answer lost, participants changed to 2, check again: the €30 share is what was paid', async ({ page }) => {
  const order = await createOrder('split-standard', { amount: 9000, ux: 'collect', firstName: 'Ada', email: 'ada@example.com', delay: 60 });
  await merchant.openCheckout(page, { publicKey: platform.publicKey, orderId: order.id });
  const network = await loseAnswers(page);
  await page.getByLabel('Number of participants, you included').fill('3');
  await fillCard(page);
  await page.getByRole('button', { name: 'Pay €30.00' }).click();
  await expect(page.getByRole('button', { name: 'Check again' })).toBeVisible();
  await page.getByLabel('Number of participants, you included').fill('2');
  network.online();
  await page.getByRole('button', { name: 'Check again' }).click();
  await expect(page.locator('#validated')).toContainText(order.id);
  expect(JSON.parse((await page.locator('#validated').textContent()) ?? '{}')).toMatchObject({ amount: 3000 });
  await expect(page.getByText('Your share of €30.00 is on hold')).toBeVisible();
  expect(await authorised(order.id)).toEqual([3000]);
});

test('sharing space: a co-buyer sends €20, the answer is lost, types €25, checks again: "You paid €20.00"', async ({ page }) => {
  const order = await createOrder('split-standard', { amount: 9000, ux: 'collect', firstName: 'Ada', email: 'ada@example.com', delay: 60 });
  await api('POST', `/v1/sandbox/orders/${order.id}/pay`, platform.secretKey, { card: '4242424242424242', amount: 3000 });
  await page.goto(order.sharingLink);
  const network = await loseAnswers(page);
  await page.getByLabel('Amount you pay').fill('20');
  await fillCard(page);
  await page.getByRole('button', { name: 'Pay €20.00' }).click();
  await expect(page.getByRole('button', { name: 'Check again' })).toBeVisible();
  await page.getByLabel('Amount you pay').fill('25');
  network.online();
  await page.getByRole('button', { name: 'Check again' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you!' })).toBeVisible();
  await expect(page.getByText('You paid €20.00.')).toBeVisible();
  expect(await authorised(order.id)).toEqual([3000, 2000]);
});

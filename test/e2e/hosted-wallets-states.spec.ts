/**
 * The hosted recovery and balance pages with wallets, as a buyer meets them (issue 11): at 320 px, axe (every rule) and
 * no sideways scroll in each state of a wallet payment (the page, the simulated sheet, a decline, 3-D Secure, paid);
 * and a page left open in a second tab while the installment or balance was paid in the first: paying there again
 * with a wallet or the card, or opening Amazon Pay, authorises nothing and the page says what the order now says.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { api, createOrder, getOrder, seededPlatform } from './support/sandbox.ts';
import { fillCard } from './support/card.ts';

const slug = 'installments-wallets';
const platform = seededPlatform(slug);
const transactions = async (orderId: string) => (await api('GET', `/v1/orders/${orderId}/transactions`, platform.secretKey)).body.data as { paymentMethod: string; status: string }[];

/** 90.00 EUR in 3 paid by card; with `unpaid` the second installment's debit has failed (the recovery link's case). */
async function confirmedOrder(unpaid: boolean) {
  const order = await createOrder(slug, { amount: 9000, installmentsCount: 3, email: 'ada@example.com' });
  await api('POST', `/v1/sandbox/orders/${order.id}/pay`, platform.secretKey, { card: unpaid ? '4000000000000341' : '4242424242424242' });
  const confirmed = await getOrder(slug, order.id);
  if (unpaid) await api('POST', '/v1/sandbox/clock', platform.secretKey, { to: confirmed.installments[1].dueDate });
  return confirmed;
}

async function checkState(page: Page, where: string): Promise<void> {
  await expectNoAxeViolations(page, where);
  const width = page.viewportSize()?.width ?? 0;
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${where}: no sideways scroll at ${width} px`).toBeLessThanOrEqual(width);
}

test('recovery page at 320 px: axe and no sideways scroll with the sheet open, after a decline, in 3-D Secure and once paid', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  const order = await confirmedOrder(true);
  await page.goto(`/recovery/${order.installments[1].transactionId}`);
  const apple = page.getByRole('button', { name: 'Pay with Apple Pay' });
  await expect(apple).toBeVisible();
  await checkState(page, 'the recovery page');

  await apple.click();
  const sheet = page.getByRole('dialog', { name: /Apple Pay/ });
  await expect(sheet).toContainText('€30.00');
  await checkState(page, 'the sheet open');
  await sheet.getByRole('radio', { name: /ending in 0002/ }).check();
  await sheet.getByRole('button', { name: 'Pay €30.00' }).click();
  await expect(page.getByRole('alert')).toContainText('Payment declined');
  await checkState(page, 'a decline');

  await page.getByRole('button', { name: 'Pay with Google Pay' }).click();
  const google = page.getByRole('dialog', { name: /Google Pay/ });
  await google.getByRole('radio', { name: /ending in 3220/ }).check();
  await google.getByRole('button', { name: 'Pay €30.00' }).click();
  const bank = page.getByRole('dialog', { name: 'Confirm your payment' });
  await expect(bank).toContainText('€30.00');
  await checkState(page, '3-D Secure');
  await bank.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByRole('heading', { name: 'Installment paid' })).toBeFocused();
  await checkState(page, 'paid');
  expect((await transactions(order.id)).filter((transaction) => transaction.paymentMethod !== 'card').map((transaction) => [transaction.paymentMethod, transaction.status])).toEqual([
    ['applepay', 'failed'],
    ['googlepay', 'captured'],
  ]);
});

test('a recovery link open in two tabs: paid with Google Pay in one, the other pays nothing more and says it is paid', async ({ context }) => {
  const order = await confirmedOrder(true);
  const path = `/recovery/${order.installments[1].transactionId}`;
  const [first, second, third] = [await context.newPage(), await context.newPage(), await context.newPage()];
  for (const tab of [first, second, third]) {
    await tab.setViewportSize({ width: 320, height: 800 });
    await tab.goto(path);
    await expect(tab.getByRole('button', { name: 'Pay with Apple Pay' })).toBeVisible();
  }
  await first.getByRole('button', { name: 'Pay with Google Pay' }).click();
  await first.getByRole('dialog', { name: /Google Pay/ }).getByRole('button', { name: 'Pay €30.00' }).click();
  await expect(first.getByRole('heading', { name: 'Installment paid' })).toBeFocused();
  const count = (await transactions(order.id)).length;

  // The second tab, still showing the installment unpaid, pays with Apple Pay.
  await second.getByRole('button', { name: 'Pay with Apple Pay' }).click();
  await second.getByRole('dialog', { name: /Apple Pay/ }).getByRole('button', { name: 'Pay €30.00' }).click();
  // The notice stands for the page's intro, focused: it says what the order now says.
  const notice = second.locator('#sg-payment-notice');
  await expect(notice).toBeFocused();
  await expect(notice).toHaveText(/Installment paid\s*This installment is already paid: there is nothing more to do\./);
  await expect(second.locator('[part="schedule-row"] .status')).toHaveText(['paid', 'paid', 'to come']);
  await expect(second.getByText('can no longer be paid')).toHaveCount(0);
  await expect(second.getByRole('button', { name: /^Pay/ })).toHaveCount(0);
  await checkState(second, 'a tab whose installment was paid elsewhere');

  // The third opens Amazon Pay: no session for a paid installment, the page says so.
  await third.getByRole('button', { name: 'Pay with Amazon Pay' }).click();
  await expect(third.getByText('This installment is already paid: there is nothing more to do.')).toBeFocused();
  await expect(third.getByText('can no longer be paid')).toHaveCount(0);
  expect((await transactions(order.id)).length).toBe(count);
});

test('a balance link open in two tabs: paid in one, the card form of the other pays nothing more and says nothing is left', async ({ context }) => {
  const order = await confirmedOrder(false);
  const [first, second] = [await context.newPage(), await context.newPage()];
  for (const tab of [first, second]) {
    await tab.goto(`/balance/${order.id}`);
    await expect(tab.getByRole('button', { name: 'Pay with Apple Pay' })).toBeVisible();
  }
  await first.getByRole('button', { name: 'Pay with Apple Pay' }).click();
  await first.getByRole('dialog', { name: /Apple Pay/ }).getByRole('button', { name: 'Pay €60.00' }).click();
  await expect(first.getByRole('heading', { name: 'Balance paid' })).toBeFocused();
  const count = (await transactions(order.id)).length;
  await fillCard(second, { expiry: '12/40' });
  await second.getByRole('button', { name: 'Pay the balance: €60.00' }).click();
  const notice = second.locator('#sg-payment-notice');
  await expect(notice).toBeFocused();
  await expect(notice).toHaveText(/Balance paid\s*Nothing is left to pay on this order\./);
  await checkState(second, 'a tab whose balance was paid elsewhere');
  expect((await transactions(order.id)).length).toBe(count);
  expect((await getOrder(slug, order.id)).status).toBe('completed');
});

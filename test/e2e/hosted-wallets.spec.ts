/**
 * Wallets on the hosted recovery and balance pages (issue 11), on the seeded `installments-wallets` platform: the
 * recovery email's link paid with Google Pay through the simulated sheet, the balance link with Amazon Pay through
 * the simulated Amazon page (a decline leaves the balance payable, then a success), each completing on its own page.
 */
import { expect, test } from '@playwright/test';
import { api, createOrder, getOrder, seededPlatform } from './support/sandbox.ts';

const platform = seededPlatform('installments-wallets');
const slug = 'installments-wallets';
const paidWith = async (orderId: string) =>
  (await api('GET', `/v1/orders/${orderId}/transactions`, platform.secretKey)).body.data
    .filter((transaction: any) => transaction.paymentMethod !== 'card')
    .map((transaction: any) => [transaction.paymentMethod, transaction.amount, transaction.status]);

test('recovery link: the unpaid installment is paid with Google Pay through the simulated sheet', async ({ page }) => {
  const order = await createOrder(slug, { amount: 9000, installmentsCount: 3, email: 'ada@example.com' });
  expect((await api('POST', `/v1/sandbox/orders/${order.id}/pay`, platform.secretKey, { card: '4000000000000341' })).status).toBe(200);
  const confirmed = await getOrder(slug, order.id);
  await api('POST', '/v1/sandbox/clock', platform.secretKey, { to: confirmed.installments[1].dueDate });
  const outbox = (await api('GET', `/v1/sandbox/outbox?orderId=${order.id}`, platform.secretKey)).body.data;
  const link = new URL(outbox.find((message: any) => message.kind === 'installmentRecovery').links[0]);
  expect(link.pathname).toBe(`/recovery/${confirmed.installments[1].transactionId}`);

  await page.goto(link.pathname);
  await expect(page.getByRole('heading', { name: 'Settle an unpaid installment', level: 1 })).toBeVisible();
  const google = page.getByRole('button', { name: 'Pay with Google Pay' });
  await google.click();
  const sheet = page.getByRole('dialog', { name: /Google Pay/ });
  await expect(sheet).toContainText('€30.00');
  // Cancel first: nothing created, focus back on the button.
  await sheet.getByRole('button', { name: 'Cancel' }).click();
  await expect(google).toBeFocused();
  expect(await paidWith(order.id)).toEqual([]);
  await google.click();
  await sheet.getByRole('button', { name: 'Pay €30.00' }).click();
  await expect(page.getByRole('heading', { name: 'Installment paid' })).toBeFocused();
  expect(await paidWith(order.id)).toEqual([['googlepay', 3000, 'captured']]);
  const after = await getOrder(slug, order.id);
  expect(after.installments.map((installment: any) => installment.status)).toEqual(['paid', 'paid', 'pending']);
  expect(after.status).toBe('confirmed');
});

test('balance link: Amazon Pay declined leaves the balance payable; then Amazon Pay pays it and the page completes', async ({ page }) => {
  const order = await createOrder(slug, { amount: 9000, installmentsCount: 3, email: 'ada@example.com' });
  await api('POST', `/v1/sandbox/orders/${order.id}/pay`, platform.secretKey, { card: '4242424242424242' });
  const link = new URL((await getOrder(slug, order.id)).redirectUrl);
  expect(link.pathname).toBe(`/balance/${order.id}`);
  await page.goto(link.pathname);
  const amazon = page.getByRole('button', { name: 'Pay with Amazon Pay' });

  const answer = async (method: RegExp) => {
    const [popup] = await Promise.all([page.waitForEvent('popup'), amazon.click()]);
    await expect(popup.getByText(/€60\.00/)).toBeVisible();
    await popup.getByRole('radio', { name: method }).check();
    await popup.getByRole('button', { name: 'Continue to pay' }).click();
  };

  await answer(/3434/);
  await expect(page.getByText('Payment declined')).toBeVisible();
  expect(await paidWith(order.id)).toEqual([['amazonpay', 6000, 'failed']]);
  expect((await getOrder(slug, order.id)).status).toBe('confirmed');
  await expect(page.getByRole('button', { name: /^Pay the balance: €60\.00/ })).toBeVisible();

  await answer(/1111/);
  await expect(page.getByRole('heading', { name: 'Balance paid' })).toBeFocused();
  expect(await paidWith(order.id)).toEqual([
    ['amazonpay', 6000, 'failed'],
    ['amazonpay', 6000, 'captured'],
  ]);
  expect((await getOrder(slug, order.id)).status).toBe('completed');
});

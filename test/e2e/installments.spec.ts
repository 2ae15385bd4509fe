import { expect, test } from '@playwright/test';
import { MerchantSite } from './support/merchant-page.ts';
import { api, createOrder, getOrder, seededPlatform } from './support/sandbox.ts';
import { fillCard } from './support/card.ts';

const installments = seededPlatform('installments-financed');
const paylater = seededPlatform('paylater');
const merchant = new MerchantSite();

test.beforeAll(async () => merchant.start());
test.afterAll(async () => merchant.stop());

const ADULT = { birthDate: '1990-05-04', streetAddress: '1 rue de la Paix', postalCode: '75002', city: 'Paris', phone: '+33 6 12 34 56 78' };

const clockTo = (to: number) => api('POST', '/v1/sandbox/clock', installments.secretKey, { to });

test('installments: the buyer gives the scoring data the order lacks, chooses 4 installments, pays the first, the clock takes the rest', async ({ page }) => {
  // The merchant sent the date of birth; the financed platform still needs the address and phone, asked before the card.
  const order = await createOrder('installments-financed', { amount: 10000, email: 'ada@example.com', scoring: { birthDate: '1990-05-04' } });
  await merchant.openCheckout(page, { publicKey: installments.publicKey, orderId: order.id });
  await expect(page.getByLabel('Card number')).toHaveCount(0);
  await page.getByLabel('Street address').fill('1 rue de la Paix');
  await page.getByLabel('Postal code').fill('75002');
  await page.getByLabel('City').fill('Paris');
  await page.getByLabel('Phone number').fill('+33 6 12 34 56 78');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByLabel('Card number')).toBeVisible();
  await page.getByLabel('4 installments').check();
  await expect(page.getByRole('button', { name: /^Pay €25\.00 today/ })).toBeVisible();
  await fillCard(page, { expiry: '12/39' });
  await page.getByRole('button', { name: /^Pay/ }).click();
  await expect(page.locator('#validated')).toContainText(order.id);
  const paid = await getOrder('installments-financed', order.id);
  expect(paid.status).toBe('confirmed');
  expect(paid.installments.map((installment: any) => installment.status)).toEqual(['paid', 'pending', 'pending', 'pending']);
  await clockTo(paid.installments[3].dueDate);
  const done = await getOrder('installments-financed', order.id);
  expect(done.status).toBe('completed');
  expect(done.amountConfirmed).toBe(10000);
});

test('recovery: a failed installment is paid with another card on the hosted recovery page', async ({ page }) => {
  const order = await createOrder('installments-financed', { amount: 9000, installmentsCount: 3, email: 'ada@example.com', scoring: ADULT });
  const paid = await api('POST', `/v1/sandbox/orders/${order.id}/pay`, installments.secretKey, { card: '4000000000000341' });
  expect(paid.status).toBe(200);
  const confirmed = await getOrder('installments-financed', order.id);
  await clockTo(confirmed.installments[1].dueDate);
  const outbox = (await api('GET', `/v1/sandbox/outbox?orderId=${order.id}`, installments.secretKey)).body.data;
  const recovery = outbox.find((message: any) => message.kind === 'installmentRecovery');
  expect(recovery.links[0]).toContain(`/recovery/${confirmed.installments[1].transactionId}`);
  await page.goto(new URL(recovery.links[0]).pathname);
  await expect(page.getByRole('heading', { name: 'Settle an unpaid installment', level: 1 })).toBeVisible();
  await expect(page.getByText('unpaid', { exact: true })).toBeVisible();
  await fillCard(page, { number: '5555 5555 5555 4444', expiry: '12/39' });
  await page.getByRole('button', { name: 'Pay €30.00 now' }).click();
  await expect(page.getByRole('heading', { name: 'Installment paid' })).toBeFocused();
  const after = await getOrder('installments-financed', order.id);
  expect(after.installments.map((installment: any) => installment.status)).toEqual(['paid', 'paid', 'pending']);
});

test('complete balance: the confirmation email link pays what is left and completes the order', async ({ page }) => {
  const order = await createOrder('installments-financed', { amount: 10000, installmentsCount: 3, email: 'ada@example.com', scoring: ADULT });
  await api('POST', `/v1/sandbox/orders/${order.id}/pay`, installments.secretKey, { card: '4242424242424242' });
  const confirmed = await getOrder('installments-financed', order.id);
  const link = new URL(confirmed.redirectUrl);
  expect(link.pathname).toBe(`/balance/${order.id}`);
  await page.goto(link.pathname);
  await page.getByRole('button', { name: /^Pay the balance: €66\.66/ }).waitFor();
  await fillCard(page, { expiry: '12/39' });
  await page.getByRole('button', { name: /^Pay the balance/ }).click();
  await expect(page.getByRole('heading', { name: 'Balance paid' })).toBeVisible();
  expect((await getOrder('installments-financed', order.id)).status).toBe('completed');
});

test('pay later: the buyer picks 15 days; authorised now, captured on the due date', async ({ page }) => {
  const order = await createOrder('paylater', { amount: 12000, email: 'ada@example.com' });
  await merchant.openCheckout(page, { publicKey: paylater.publicKey, orderId: order.id });
  await page.getByLabel('In 15 days').check();
  await fillCard(page, { expiry: '12/39' });
  await page.getByRole('button', { name: /^Pay €120\.00 on/ }).click();
  await expect(page.locator('#validated')).toContainText(order.id);
  const confirmed = await getOrder('paylater', order.id);
  expect(confirmed.status).toBe('confirmed');
  expect(confirmed.delay).toBe(15 * 24 * 60);
  await api('POST', '/v1/sandbox/clock', paylater.secretKey, { to: confirmed.dueDate });
  expect((await getOrder('paylater', order.id)).status).toBe('completed');
});

import { expect, test } from '@playwright/test';
import { addTarget2BankingDays, atUtcHour, utcDay } from '../../src/core/banking-days.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { useMerchant } from './support/merchant-fixture.ts';
import { api, createOrder, getOrder, seededPlatform } from './support/sandbox.ts';

const platform = seededPlatform('sdd');
const { merchant, receiver } = useMerchant(platform);

test('SEPA Direct Debit: the widget on another origin signs the mandate, the order waits pending, 10 banking days later it is completed and the back end gets signed webhooks', async ({ page }) => {
  const order = await createOrder('sdd', { amount: 4990, ux: 'sdd', email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace', notifyUrl: receiver.url });
  await merchant.openCheckout(page, { publicKey: platform.publicKey, orderId: order.id });
  await expect(page.getByLabel('First name')).toHaveValue('Ada');
  await expect(page.getByText(/you allow Sandbox Shop \(SEPA creditor identifier FR92ZZZ5A4B12\)/)).toBeVisible();
  // An invalid IBAN is refused at the field, before any request.
  await page.getByLabel('IBAN').fill('FR76 3000 6000 0100 0000 0000 153');
  await page.getByRole('button', { name: /^Pay €49\.90 by direct debit/ }).click();
  await expect(page.getByLabel('IBAN')).toHaveAttribute('aria-invalid', 'true');
  // The flow checked the fields (onInvalid) and gave focus back to the IBAN: nothing was sent.
  await expect.poll(() => page.evaluate(() => (window as unknown as { sgEvents: [string, unknown][] }).sgEvents.filter(([name]) => name === 'invalid').length)).toBe(1);
  await expect(page.getByLabel('IBAN')).toBeFocused();
  expect((await api('GET', `/v1/orders/${order.id}/transactions`, platform.secretKey)).body.data).toEqual([]);

  await page.getByLabel('IBAN').fill('fr76 3000 6000 0100 0000 0000 152');
  await page.getByRole('button', { name: /^Pay/ }).click();
  await expect(page.getByRole('heading', { name: 'Direct debit scheduled' })).toBeFocused();
  await expect(page.locator('#validated')).toContainText(order.id);
  const validated = JSON.parse((await page.locator('#validated').textContent()) ?? '{}');
  expect(validated).toMatchObject({ order: order.id, amount: 4990, status: 'pending', firstName: 'Ada', lastName: 'Lovelace' });
  expect((await getOrder('sdd', order.id)).status).toBe('pending');
  const [debit] = (await api('GET', `/v1/orders/${order.id}/transactions`, platform.secretKey)).body.data;
  expect(debit).toMatchObject({ status: 'pending', paymentMethod: 'sdd', sdd: { sequence: 'FRST', ibanLast4: '0152' } });
  // The first debit of a mandate settles at 06:00 UTC on the 10th TARGET2 banking day after the day it was made.
  expect(debit.sdd.debitDate).toBe(atUtcHour(addTarget2BankingDays(utcDay(debit.createdAt), 10), 6));
  const emails = (await api('GET', `/v1/sandbox/outbox?orderId=${order.id}`, platform.secretKey)).body.data;
  expect(emails[0].text).toContain(debit.sdd.mandateReference);
  expect(emails[0].text).toContain('ending 0152');

  // The sandbox clock keeps running in real time between two moves: a minute before, then the settlement instant.
  expect((await api('POST', '/v1/sandbox/clock', platform.secretKey, { to: debit.sdd.debitDate - 60_000 })).status).toBe(200);
  expect((await getOrder('sdd', order.id)).status).toBe('pending');
  expect((await api('POST', '/v1/sandbox/clock', platform.secretKey, { to: debit.sdd.debitDate })).status).toBe(200);
  expect((await getOrder('sdd', order.id)).status).toBe('completed');
  await expect(page.getByRole('heading', { name: 'Direct debit collected' })).toBeVisible();
  await expect.poll(() => receiver.events([order.id, debit.id]), { timeout: 10_000 }).toEqual(['order.pending', 'transaction.captured', 'order.confirmed', 'order.completed']);
  for (const hook of receiver.received.filter((candidate) => [order.id, debit.id].includes(candidate.body.id))) {
    expect(hook.signatureValid).toBe(true);
    expect(Object.keys(hook.body)).toEqual(['event', 'id', 'date']);
  }
});

test('SEPA Direct Debit: on a merchant page with its own h1, the form (mandate included) is axe clean, heading levels too', async ({ page }) => {
  const order = await createOrder('sdd', { amount: 4990, ux: 'sdd', email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' });
  await merchant.openCheckout(page, { publicKey: platform.publicKey, orderId: order.id });
  await expect(page.getByLabel('IBAN')).toBeVisible();
  // The mandate title follows the page's h1 at the widget's own heading level (h2, as "Direct debit scheduled").
  await expect(page.getByRole('heading', { name: 'SEPA Direct Debit mandate', level: 2 })).toBeVisible();
  await expectNoAxeViolations(page, 'the sdd form on a merchant page');
});

test('SEPA Direct Debit: an IBAN pasted with wide separators is kept whole (the field caps letters and digits, not what is pasted)', async ({ page }) => {
  const order = await createOrder('sdd', { amount: 4990, ux: 'sdd', email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' });
  await merchant.openCheckout(page, { publicKey: platform.publicKey, orderId: order.id });
  const iban = page.getByLabel('IBAN');
  for (const pasted of ['FR76 - 3000 - 6000 - 0100 - 0000 - 0000 - 152', 'FR76\t\t3000\t\t6000\t\t0100\t\t0000\t\t0000\t\t152']) {
    await iban.fill('');
    await iban.focus();
    // insertText goes through the browser's editing like a paste, maxlength included (fill() would bypass it).
    await page.keyboard.insertText(pasted);
    await expect(iban).toHaveValue('FR76 3000 6000 0100 0000 0000 152');
  }
  await iban.blur();
  await expect(iban).toHaveAttribute('aria-invalid', 'false');
});

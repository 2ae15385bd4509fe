/**
 * A subscription end to end: created by the merchant's back end, its first invoice paid in a browser through the
 * emailed link, the next cycle failing on the sandbox clock, recovered through the recovery email's link with another
 * card, and the cycle after renewed on that card; every webhook signed with the platform's secret.
 */
import { expect, test, type Page } from '@playwright/test';
import { api, seededPlatform } from './support/sandbox.ts';
import { WebhookReceiver } from './support/webhook-receiver.ts';
import { fillCard } from './support/card.ts';

const platform = seededPlatform('subscription');
const secret = platform.secretKey;
const receiver = new WebhookReceiver(platform.webhookSecret);

test.beforeAll(() => receiver.start());
test.afterAll(() => receiver.stop());

async function emailLink(orderId: string, kind: string): Promise<string> {
  const outbox = (await api('GET', `/v1/sandbox/outbox?orderId=${orderId}`, secret)).body.data as { kind: string; links: string[] }[];
  const message = outbox.find((candidate) => candidate.kind === kind);
  if (!message) throw new Error(`no ${kind} email for ${orderId}`);
  return message.links[0] as string;
}

/** The buyer opens the link and pays; the payment is done once the platform says the invoice's order is completed. */
async function payInBrowser(page: Page, link: string, card: string, amount: string): Promise<void> {
  await page.goto(link);
  await fillCard(page, { number: card });
  await page.getByRole('button', { name: `Pay ${amount}` }).click();
  const orderId = new URL(link).pathname.split('/').at(-1);
  await expect.poll(async () => (await api('GET', `/v1/orders/${orderId}`, secret)).body.data.status).toBe('completed');
}

const invoices = async (id: string) => (await api('GET', `/v1/invoices?subscriptionId=${id}`, secret)).body.data as any[];
const subscription = async (id: string) => (await api('GET', `/v1/subscriptions/${id}`, secret)).body.data;
/** Moves the sandbox clock just past the subscription's next cycle. */
const toNextCycle = async (id: string) => api('POST', '/v1/sandbox/clock', secret, { to: (await subscription(id)).nextCycleAt + 1000 });

test('created by the back end, paid through the emailed link, failed on the clock, recovered with another card, renewed', async ({ page }) => {
  const created = await api('POST', '/v1/subscriptions', secret, {
    amount: 2000,
    email: 'ada@example.com',
    notifyUrl: receiver.url,
    schedule: { period: 'monthly', interval: 1 },
  });
  expect(created.status).toBe(201);
  const { id } = created.body.data;
  const [first] = await invoices(id);
  const link = await emailLink(first.orderId, 'invoicePaymentLink');
  expect(link).toBe(created.body.data.lastInvoicePaymentLink);

  // The first payment succeeds; every later debit on this card fails.
  await payInBrowser(page, link, '4000 0000 0000 0341', '€20.00');
  await expect.poll(async () => (await subscription(id)).status).toBe('active');

  await toNextCycle(id);
  const [, second] = await invoices(id);
  expect([second.status, second.attempts]).toEqual(['unpaid', 1]);
  expect((await subscription(id)).status).toBe('unpaid');
  const recovery = await emailLink(second.orderId, 'invoiceRecovery');
  await payInBrowser(page, recovery, '4242 4242 4242 4242', '€20.00');
  await expect.poll(async () => (await invoices(id))[1].status).toBe('paid');
  expect((await subscription(id)).status).toBe('active');

  // Renewed on the card the recovery saved as the default.
  await toNextCycle(id);
  const third = (await invoices(id))[2];
  expect(third.status).toBe('paid');
  const [debit] = (await api('GET', `/v1/orders/${third.orderId}/transactions`, secret)).body.data;
  expect(debit.card.last4).toBe('4242');

  const ours = (event: string, objectId: string) => receiver.received.filter((hook) => hook.body.event === event && hook.body.id === objectId);
  await expect.poll(() => ours('invoice.paid', third.id).length).toBe(1);
  for (const [event, objectId] of [
    ['invoice.paid', first.id],
    ['subscription.activated', id],
    ['invoice.unpaid', second.id],
    ['subscription.unpaid', id],
    ['invoice.paid', second.id],
  ] as const) {
    await expect.poll(() => ours(event, objectId).length, `${event} ${objectId}`).toBeGreaterThan(0);
  }
  const mine = receiver.received.filter((hook) => [id, first.id, second.id, third.id].includes(hook.body.id));
  expect(mine.every((hook) => hook.signatureValid && Object.keys(hook.body).join() === 'event,id,date')).toBe(true);

  // Leave the shared sandbox without a running subscription for the specs that move the clock after this one.
  expect((await api('POST', `/v1/subscriptions/${id}/cancel`, secret)).body.data.status).toBe('canceled');
});

test('the update-card link opens the hosted page, which saves a new default card', async ({ page }) => {
  const order = (await api('POST', '/v1/orders', secret, { amount: 500, tokenize: true, email: 'grace@example.com' })).body.data;
  await api('POST', `/v1/sandbox/orders/${order.id}/pay`, secret, { card: '4242424242424242' });
  const { customerId } = (await api('GET', `/v1/orders/${order.id}`, secret)).body.data;
  const created = (await api('POST', '/v1/subscriptions', secret, { amount: 1500, customerId, debitAuto: true, schedule: { period: 'monthly' } })).body.data;
  expect(created.status).toBe('active');
  await page.goto(created.updateCardLink);
  await expect(page.getByRole('heading', { level: 1, name: 'Update your card' })).toBeVisible();
  await expect(page.getByText(/debited from your Visa ending in 4242/)).toBeVisible();
  await fillCard(page, { number: '5555 5555 5555 4444', holder: 'Grace Hopper' });
  await page.getByRole('button', { name: 'Save this card' }).click();
  await expect(page.getByRole('heading', { name: 'Card saved' })).toBeFocused();
  const customer = (await api('GET', `/v1/customers/${customerId}`, secret)).body.data;
  expect(customer.methods.map((method: any) => [method.card.last4, method.default])).toEqual([['4242', false], ['4444', true]]);
  await api('POST', `/v1/subscriptions/${created.id}/cancel`, secret);
});

test('the QA console lists and creates subscriptions on the Subscriptions platform', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Seeded platform').selectOption('subscription');
  const panel = page.getByRole('region', { name: 'Recurring payments' });
  await panel.getByLabel('Amount (€)').fill('12.50');
  await panel.getByLabel('Buyer email (the link is emailed)').fill('qa@example.com');
  await panel.getByLabel('Period').selectOption('yearly');
  await panel.getByRole('button', { name: 'Create subscription' }).click();
  await expect.poll(async () => (await api('GET', '/v1/subscriptions?order=desc&limit=1', secret)).body.data[0]?.amount).toBe(1250);
  const latest = (await api('GET', '/v1/subscriptions?order=desc&limit=1', secret)).body.data[0];
  expect(latest.email).toBe('qa@example.com');
  await expect(panel.getByRole('table').first()).toContainText('€12.50 yearly ×1');
  await expect(panel.getByRole('heading', { name: /^Invoices of/ })).toBeVisible();
  await expect(panel.getByRole('table').nth(1)).toContainText('open');
  await api('POST', `/v1/subscriptions/${latest.id}/cancel`, secret);
});

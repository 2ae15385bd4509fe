/**
 * The QA console on a phone (issue 13): at 375 × 800 no page of the console scrolls sideways (wide tables scroll inside
 * their own box), in every state that shows another panel; axe finds nothing there nor at desktop width.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { api, createOrder, seededPlatform } from './support/sandbox.ts';

const PHONE = { width: 375, height: 800 };
const DESKTOP = { width: 1280, height: 900 };

async function paid(slug: 'single' | 'installments', fields: Record<string, unknown>): Promise<string> {
  const order = await createOrder(slug, fields);
  const answer = await api('POST', `/v1/sandbox/orders/${order.id}/pay`, seededPlatform(slug).secretKey, { card: '4242424242424242' });
  expect(answer.status).toBe(200);
  return order.id;
}

/** The page's width against the viewport's, and axe, at both sizes. */
async function expectUsable(page: Page, where: string, ready: () => Promise<void>): Promise<void> {
  for (const size of [PHONE, DESKTOP]) {
    await page.setViewportSize(size);
    await ready();
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll, `${where} at ${size.width} px: scrollWidth ${widths.scroll} > clientWidth ${widths.client}`).toBeLessThanOrEqual(widths.client);
    await expectNoAxeViolations(page, `${where} at ${size.width} px`);
  }
}

test('no order open: the forms, the clock, the sandbox-wide logs with their pages, the test cards and IBANs', async ({ page }) => {
  for (let index = 0; index < 4; index++) await paid('single', { amount: 700 + index, email: 'a.very.long.address.for.a.narrow.screen@example.com' });
  await page.goto('/');
  await expectUsable(page, 'the console with no order', async () => {
    await expect(page.getByRole('navigation', { name: 'Webhook pages' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Test cards' })).toBeVisible();
  });
});

test('a paid order: the widget, the order panel and its transactions, its webhooks and emails', async ({ page }) => {
  const id = await paid('single', { amount: 4990, trackId: 'phone-check' });
  await page.goto(`/?order=${id}`);
  await expectUsable(page, 'a paid single order', async () => {
    await expect(page.getByRole('region', { name: /^Order ord_/ }).getByRole('group', { name: 'Transactions' })).toBeVisible();
  });
});

test('an installments order: the schedule table', async ({ page }) => {
  const id = await paid('installments', { amount: 30000, installmentsCount: 3 });
  await page.goto(`/?order=${id}`);
  await expectUsable(page, 'an installments order', async () => {
    await expect(page.getByRole('group', { name: 'Installments' })).toBeVisible();
  });
});

test('a virtual IBAN order and an ANCV order: their panels', async ({ page }) => {
  const viban = await createOrder('viban', { amount: 10000 });
  await page.goto(`/?order=${viban.id}`);
  await expectUsable(page, 'a virtual IBAN order', async () => {
    await expect(page.getByRole('region', { name: 'Bank transfer arrives' })).toBeVisible();
  });
  const ancv = await createOrder('multi-ancv', { amount: 6000 });
  await page.goto(`/?order=${ancv.id}`);
  await expectUsable(page, 'an ANCV order', async () => {
    await expect(page.getByRole('region', { name: 'ANCV app' })).toContainText('No ANCV request');
  });
});

test('the subscription platform: recurring payments with a subscription and its invoices', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Seeded platform').selectOption('subscription');
  const panel = page.getByRole('region', { name: 'Recurring payments' });
  await panel.getByLabel('Buyer email (the link is emailed)').fill('phone@example.com');
  await panel.getByRole('button', { name: 'Create subscription' }).click();
  await expectUsable(page, 'the subscription platform', async () => {
    await expect(panel.getByRole('group', { name: 'Invoices' })).toBeVisible();
  });
});

test('the wallets page linked from the console', async ({ page }) => {
  await page.goto('/wallets');
  await expectUsable(page, 'the wallets page', async () => {
    await expect(page.getByText(/availablePaymentMethods/)).toBeVisible();
  });
});

/**
 * The QA console's own behaviour (issue 13): an opened order brings its platform along, an action's error reads beside
 * the action, the sandbox-wide webhook log names each order and goes a page at a time, the order's figures are
 * labelled, the ANCV app panel is titled once, and dates carry their time zone.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { api, createOrder, seededPlatform } from './support/sandbox.ts';

const single = seededPlatform('single');
const viban = seededPlatform('viban');

async function paidOrder(amount: number): Promise<string> {
  const order = await createOrder('single', { amount });
  const paid = await api('POST', `/v1/sandbox/orders/${order.id}/pay`, single.secretKey, { card: '4242424242424242' });
  expect(paid.status).toBe(200);
  return order.id;
}

async function openConsole(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('#console')).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByLabel('Seeded platform')).toBeVisible();
}

test('opening another platform\'s order selects that platform and shows its keys', async ({ page }) => {
  const order = await createOrder('viban', { amount: 5000 });
  await openConsole(page);
  await page.getByLabel('Seeded platform').selectOption('single');
  const keys = page.getByRole('region', { name: 'Platform' });
  await expect(keys).toContainText(single.secretKey);
  await page.getByLabel('Or open an existing order by id').fill(order.id);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByRole('heading', { name: `Order ${order.id}` })).toBeVisible();
  await expect(page.getByLabel('Seeded platform')).toHaveValue('viban');
  await expect(keys).toContainText(viban.secretKey);
  await expect(keys).not.toContainText(single.secretKey);
  // Kept across a reload: the order and its platform come back together.
  await page.reload();
  await expect(page.getByRole('heading', { name: `Order ${order.id}` })).toBeVisible();
  await expect(page.getByLabel('Seeded platform')).toHaveValue('viban');
  // Choosing another platform closes the order, which belongs to viban.
  await page.getByLabel('Seeded platform').selectOption('single');
  await expect(keys).toContainText(single.secretKey);
  await expect(page.getByRole('region', { name: 'Order', exact: true })).toContainText('No order yet.');
});

test('an action\'s error reads beside that action, as an alert, and moves no panel', async ({ page }) => {
  await openConsole(page);
  // Where each panel sits: the grid keeps its cells, the panels their columns and order.
  const layout = () => page.locator('#console > *').evaluateAll((cells) => cells.map((cell) => [cell.getAttribute('aria-labelledby') ?? cell.id, Math.round(cell.getBoundingClientRect().x)]));
  const before = await layout();
  const platformBox = await page.getByRole('region', { name: 'Platform' }).boundingBox();
  await page.getByLabel('Or open an existing order by id').fill('ord_00000000-0000-4000-8000-00000000dead');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  const createPanel = page.getByRole('region', { name: 'Create an order' });
  await expect(createPanel.getByRole('alert').filter({ hasText: /./ })).toHaveText('No platform of the sandbox has an order ord_00000000-0000-4000-8000-00000000dead');
  expect(await layout()).toEqual(before);
  expect(await page.getByRole('region', { name: 'Platform' }).boundingBox()).toEqual(platformBox);
  // No alert outside a panel: nothing is added to the page's grid.
  await expect(page.locator('#console > [role="alert"]')).toHaveCount(0);

  // The platform's refusal of a refund reads in the order panel, under its buttons; the next action clears it.
  const order = await createOrder('single', { amount: 1200 });
  await page.getByLabel('Or open an existing order by id').fill(order.id);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(createPanel.getByRole('alert').filter({ hasText: /\S/ })).toHaveCount(0);
  const orderPanel = page.getByRole('region', { name: /^Order ord_/ });
  await orderPanel.getByLabel('Refund amount (empty: everything)').fill('5.00');
  await orderPanel.getByRole('button', { name: 'Refund' }).click();
  await expect(orderPanel.getByRole('alert')).toContainText(/\S/);
  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveCount(1);
  await orderPanel.getByLabel('Refund amount (empty: everything)').fill('abc');
  await orderPanel.getByRole('button', { name: 'Refund' }).click();
  await expect(orderPanel.getByRole('alert')).toContainText('Refund amount: "abc" is not an amount');
  await expectNoAxeViolations(page, 'the console with an error shown');
});

test('the order panel labels its figures: status, amount, confirmed amount', async ({ page }) => {
  const id = await paidOrder(3456);
  await page.goto(`/?order=${id}`);
  const facts = page.getByRole('region', { name: /^Order ord_/ }).locator('dl.facts');
  await expect(facts.locator('div', { has: page.locator('dt', { hasText: /^Confirmed amount$/ }) }).locator('dd')).toHaveText('€34.56');
  await expect(facts.locator('div', { has: page.locator('dt', { hasText: /^Amount$/ }) }).locator('dd')).toHaveText('€34.56');
  await expect(facts.locator('div', { has: page.locator('dt', { hasText: /^Status$/ }) }).locator('dd')).toHaveText('completed');
});

test('the sandbox-wide webhook log names each delivery\'s order, links to it, and goes ten at a time', async ({ page }) => {
  // Four paid orders: twelve deliveries (order.confirmed, transaction.captured, order.completed), newest first.
  const ids: string[] = [];
  for (let index = 0; index < 4; index++) ids.push(await paidOrder(1000 + index));
  await openConsole(page);
  const panel = page.getByRole('region', { name: /^Webhooks/ });
  await expect(panel.getByRole('heading')).toHaveText('Webhooks of every order');
  const rows = panel.locator('tbody tr');
  await expect(rows).toHaveCount(10);
  await expect(panel.getByRole('columnheader', { name: 'Order' })).toBeVisible();
  await expect(rows.first().getByRole('link', { name: ids[3] })).toBeVisible();
  const pages = panel.getByRole('navigation', { name: 'Webhook pages' });
  await expect(pages).toContainText('Page 1');
  await expect(pages.getByRole('button', { name: 'Newer' })).toBeDisabled();
  await pages.getByRole('button', { name: 'Older' }).click();
  await expect(pages).toContainText('Page 2');
  await expect(rows.first().getByRole('link', { name: ids[0] })).toBeVisible();
  await pages.getByRole('button', { name: 'Newer' }).click();
  await expect(pages).toContainText('Page 1');
  // The link opens that order in the console, its webhooks only.
  await rows.first().getByRole('link', { name: ids[3] }).click();
  await expect(page.getByRole('heading', { name: `Order ${ids[3]}` })).toBeVisible();
  await expect(panel.getByRole('heading')).toHaveText('Webhooks of this order');
  await expect(rows).toHaveCount(3);
  await expect(panel.getByRole('columnheader', { name: 'Order' })).toHaveCount(0);
});

test('the ANCV app panel has one heading', async ({ page }) => {
  const order = await createOrder('multi-ancv', { amount: 6000 });
  await page.goto(`/?order=${order.id}`);
  await expect(page.getByRole('region', { name: 'ANCV app' })).toContainText('No ANCV request is waiting on this order.');
  await expect(page.getByRole('heading', { name: 'ANCV app' })).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'ANCV app' })).toHaveCount(1);
});

test.describe('in Paris', () => {
  test.use({ timezoneId: 'Europe/Paris', locale: 'en-GB' });

  test('dates read one way, with the time zone, from the sandbox clock', async ({ page }) => {
    const id = await paidOrder(2222);
    await page.goto(`/?order=${id}`);
    const now = (await api('GET', '/v1/sandbox/clock', single.secretKey)).body.data.now as number;
    const zone = /\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} (CET|CEST|GMT\+[12])/;
    const expected = await page.evaluate((at) => new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' }).format(at), now);
    await expect(page.getByRole('region', { name: 'Sandbox clock' })).toContainText(`Now: ${expected}`);
    await expect(page.getByRole('region', { name: 'Sandbox clock' })).toContainText(zone);
    await expect(page.getByRole('region', { name: /^Order ord_/ }).locator('tbody tr').first()).toContainText(zone);
    await expect(page.getByRole('region', { name: /^Webhooks/ }).locator('tbody tr').first()).toContainText(zone);
  });

  test('a hosted page (the sharing space) writes its deadline in the same format, with the zone', async ({ page }) => {
    const order = await createOrder('split-standard', { amount: 9000, ux: 'collect', firstName: 'Ada', email: 'ada@example.com', delay: 60 });
    await page.goto(new URL(order.sharingLink).pathname);
    await expect(page.getByText(/^Open until /)).toHaveText(/^Open until [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{2}:\d{2} (CET|CEST|GMT\+[12])$/);
  });
});

test('the recurring panel lists subscriptions ten at a time', async ({ page }) => {
  const secret = seededPlatform('subscription').secretKey;
  const created: string[] = [];
  for (let index = 0; index < 11; index++) {
    const answer = await api('POST', '/v1/subscriptions', secret, { amount: 100 + index, email: `pager${index}@example.com`, schedule: { period: 'monthly' } });
    expect(answer.status).toBe(201);
    created.push(answer.body.data.id);
  }
  await openConsole(page);
  await page.getByLabel('Seeded platform').selectOption('subscription');
  const panel = page.getByRole('region', { name: 'Recurring payments' });
  const rows = panel.getByRole('group', { name: 'Subscriptions' }).locator('tbody tr');
  await expect(rows).toHaveCount(10);
  await expect(rows.first()).toContainText(created[10]!.slice(0, 13));
  const pages = panel.getByRole('navigation', { name: 'Subscription pages' });
  await pages.getByRole('button', { name: 'Older' }).click();
  await expect(pages).toContainText('Page 2');
  await expect(rows.first()).toContainText(created[0]!.slice(0, 13));
  for (const id of created) await api('POST', `/v1/subscriptions/${id}/cancel`, secret);
});

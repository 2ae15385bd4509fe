/**
 * The React page (`/react.html`, demo/react/): a React 18 app paying a sandbox order through the widget's React
 * wrappers (`sg-captain/react`), with the test card. Its callbacks are the typed props `onSgReady`, `onSgValidated`,
 * `onSgInvalid`; `ref.current.pay()` is the merchant's own button.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { api, createOrder, getOrder, seededPlatform } from './support/sandbox.ts';
import { fillCard } from './support/card.ts';

const platform = seededPlatform('single');

async function openReactCheckout(page: Page, amount: number): Promise<string> {
  const order = await createOrder('single', { amount, email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace', trackId: 'react-cart' });
  await page.goto(`/react.html?orderId=${order.id}&publicKey=${platform.publicKey}`);
  await expect(page.getByLabel('Card number')).toBeVisible();
  return order.id;
}

/** The callbacks the page logged, in order: `[name, detail]`. */
async function callbacks(page: Page): Promise<[string, any][]> {
  return page.locator('#events li').evaluateAll((items) =>
    items.map((item) => {
      const [name, detail] = [...item.querySelectorAll('code')].map((code) => code.textContent ?? '');
      return [name, JSON.parse(detail as string)] as [string, unknown];
    }),
  );
}

test('a React app pays with the test card through <SgCaptain>, and onSgValidated gets the payment', async ({ page }) => {
  const orderId = await openReactCheckout(page, 4990);
  await expect.poll(async () => (await callbacks(page)).map(([name]) => name)).toEqual(['onSgReady']);
  expect((await callbacks(page))[0]?.[1]).toMatchObject({ order: orderId, amount: 4990, amountRemaining: 4990, currency: 'EUR', status: 'initiated', ux: 'single' });
  await expectNoAxeViolations(page, 'the React page, form shown');

  await fillCard(page);
  await page.getByRole('button', { name: /^Pay/ }).click();
  await expect(page.locator('#validated')).toContainText(orderId);
  const validated = JSON.parse((await page.locator('#validated').textContent()) ?? '{}');
  expect(validated).toEqual({ order: orderId, amount: 4990, auth: expect.stringMatching(/^auth_/), email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace', status: 'completed' });
  expect((await callbacks(page)).map(([name]) => name)).toEqual(['onSgReady', 'onSgValidated']);

  const order = await getOrder('single', orderId);
  expect(order.status).toBe('completed');
  const transactions = (await api('GET', `/v1/orders/${orderId}/transactions`, platform.secretKey)).body.data;
  expect(transactions.map((transaction: { id: string }) => transaction.id)).toEqual([validated.auth]);
  await expectNoAxeViolations(page, 'the React page, paid');
});

test("the merchant's own button submits through the ref: onSgInvalid for an empty form, then it pays", async ({ page }) => {
  const orderId = await openReactCheckout(page, 1250);
  const merchantButton = page.getByRole('button', { name: "Submit with the merchant's own button" });
  await merchantButton.click();
  await expect.poll(async () => (await callbacks(page)).map(([name]) => name)).toEqual(['onSgReady', 'onSgInvalid']);
  expect((await callbacks(page))[1]?.[1]).toMatchObject({ code: 'invalid_fields', fields: expect.arrayContaining(['number']) });
  expect((await getOrder('single', orderId)).status).toBe('initiated');

  await fillCard(page);
  await merchantButton.click();
  await expect(page.locator('#validated')).toContainText(orderId);
  expect(JSON.parse((await page.locator('#validated').textContent()) ?? '{}')).toMatchObject({ order: orderId, amount: 1250, status: 'completed' });
});

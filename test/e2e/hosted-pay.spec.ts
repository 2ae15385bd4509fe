/** The hosted payment page (`/pay/{id}`) agrees with the order: items and reference, and a split captain's sharing link. */
import { expect, test } from '@playwright/test';
import { useMerchant } from './support/merchant-fixture.ts';
import { createOrder, getOrder, seededPlatform } from './support/sandbox.ts';
import { fillCard } from './support/card.ts';

const platform = seededPlatform('split-direct');
const { merchant } = useMerchant(platform);

test('/pay/{id} shows the items and the reference; a split captain sees and copies the sharing link, then continues', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const successUrl = merchant.publish('<!doctype html><html lang="en"><title>Thanks</title><h1>Thank you</h1></html>');
  const order = await createOrder('split-direct', {
    amount: 9000,
    ux: 'collect',
    firstName: 'Ada',
    trackId: 'cart-4242',
    successUrl,
    delay: 60,
    items: [{ name: 'Cabin', amount: 6000 }, { name: 'Breakfast', amount: 1500, quantity: 2 }],
  });
  await page.goto(order.redirectUrl);
  const summary = page.getByRole('region', { name: 'Your order' });
  await expect(summary.getByRole('listitem')).toHaveText([/Cabin × 1\s*€60\.00/, /Breakfast × 2\s*€30\.00/]);
  await expect(summary).toContainText('Reference: cart-4242');

  await page.getByLabel('Number of participants, you included').fill('3');
  await fillCard(page);
  await page.getByRole('button', { name: 'Pay €30.00' }).click();
  const link = page.getByLabel('Sharing link');
  await expect(link).toHaveValue(order.sharingLink);
  await page.getByRole('button', { name: 'Copy link' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(order.sharingLink);
  // No automatic redirect: after longer than the old 1.5 s, the captain is still here, with the link.
  await page.waitForTimeout(2_500);
  expect(page.url()).toBe(order.redirectUrl);
  const onward = page.getByRole('link', { name: `Continue to ${platform.name}` });
  await expect(onward).toBeVisible();
  await onward.click();
  await page.waitForURL((url) => url.href.startsWith(successUrl));
  expect(new URL(page.url()).searchParams.get('status')).toBe('confirmed');
  expect((await getOrder('split-direct', order.id)).status).toBe('confirmed');
});

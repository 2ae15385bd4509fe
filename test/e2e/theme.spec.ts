/**
 * The QA console's theming page (demo/theme.html): editing a token changes the rendered widget at once, the dark theme
 * switches its palette, resets bring the defaults back; the page is axe clean in light and dark.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';

/** The computed background of the widget's pay button (Playwright's CSS locators pierce open shadow roots). */
const payButtonBackground = (page: Page) =>
  page.locator('sg-captain button[part~="pay-button"]').evaluate((button) => getComputedStyle(button).backgroundColor);

test('theming page: a token edited, the dark theme, a reset, each seen in the widget; axe clean', async ({ page }) => {
  await page.goto('/theme');
  await expect(page.locator('sg-captain input[autocomplete="cc-number"]')).toBeVisible();
  expect(await payButtonBackground(page)).toBe('rgb(59, 59, 209)'); // #3b3bd1, the light default
  await expectNoAxeViolations(page, 'the theming page, light');

  const primary = page.getByLabel('--sg-color-primary', { exact: true });
  await primary.fill('#0b6e4f');
  await primary.press('Enter');
  await expect.poll(() => payButtonBackground(page)).toBe('rgb(11, 110, 79)');
  await expect(page.locator('pre')).toContainText('--sg-color-primary: #0b6e4f;');

  await page.getByRole('radio', { name: 'dark' }).check();
  await expect.poll(() => page.locator('sg-captain').evaluate((element) => getComputedStyle(element).colorScheme)).toBe('dark');
  // The page's value wins over the theme's, as a merchant's rule on the element would.
  expect(await payButtonBackground(page)).toBe('rgb(11, 110, 79)');
  await page.getByRole('button', { name: 'Reset --sg-color-primary' }).click();
  await expect.poll(() => payButtonBackground(page)).toBe('rgb(157, 157, 255)'); // #9d9dff, the dark theme's
  await expect(primary).toHaveValue('#9d9dff');
  await expectNoAxeViolations(page, 'the theming page, dark');

  // Keyboard: from a token's field, Tab reaches its colour picker, then (once set) its reset.
  const surface = page.getByLabel('--sg-color-surface', { exact: true });
  await surface.fill('#30384a');
  await surface.press('Tab');
  await expect(page.getByLabel('--sg-color-surface colour')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Reset --sg-color-surface' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(surface).toHaveValue('#232a38');
  await expect(surface).toBeFocused();
});

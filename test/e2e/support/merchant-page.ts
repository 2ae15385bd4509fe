/**
 * A checkout page on another origin (http://merchant.test), written as for the real platform's widget.js: only the
 * script's URL points at the sandbox. Playwright serves it, so the widget really crosses origins (CORS included).
 */
import type { Page } from '@playwright/test';
import { SANDBOX_URL } from './sandbox.ts';

export const MERCHANT_ORIGIN = 'http://merchant.test';

export function merchantCheckoutHtml(config: { publicKey: string; orderId?: string; order?: Record<string, unknown>; locale?: string }): string {
  const init = JSON.stringify({ ...config, locale: config.locale ?? 'en' });
  return `<!doctype html>
<html lang="${config.locale ?? 'en'}">
<head><meta charset="utf-8"><title>Merchant checkout</title></head>
<body>
  <main>
    <h1>Your basket</h1>
    <div id="sharegroop-captain"></div>
    <output id="validated"></output>
    <output id="errors"></output>
  </main>
  <script src="${SANDBOX_URL}/widget.js"></script>
  <script>
    window.sgEvents = [];
    const config = ${init};
    config.events = {
      onReady: (data) => window.sgEvents.push(['ready', data]),
      onValidated: (data) => { window.sgEvents.push(['validated', data]); document.getElementById('validated').textContent = JSON.stringify(data); },
      onInvalid: (data) => window.sgEvents.push(['invalid', data]),
      onError: (data) => { window.sgEvents.push(['error', data]); document.getElementById('errors').textContent = JSON.stringify(data); },
    };
    ShareGroop.initCaptain(config).mount();
  </script>
</body>
</html>`;
}

export async function openMerchantCheckout(page: Page, config: Parameters<typeof merchantCheckoutHtml>[0]): Promise<void> {
  await page.route(`${MERCHANT_ORIGIN}/**`, (route) => route.fulfill({ contentType: 'text/html', body: merchantCheckoutHtml(config) }));
  await page.goto(`${MERCHANT_ORIGIN}/checkout`);
}

/**
 * A checkout page on another origin, written as for the real platform's widget.js: only the script's URL points at the
 * sandbox. It is served by a small HTTP server on 127.0.0.1 while the sandbox is on localhost, so the widget really
 * crosses origins (CORS included); both stay on loopback, as Chromium forbids a public page to call a private address.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { SANDBOX_URL } from './sandbox.ts';

export interface CheckoutConfig {
  publicKey: string;
  orderId?: string;
  order?: Record<string, unknown>;
  locale?: string;
  /** The sandbox switches of `initCaptain` (`{ wallets: true }`: the simulated wallet sheet). */
  sandbox?: { wallets?: boolean };
}

export function merchantCheckoutHtml(config: CheckoutConfig): string {
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

export class MerchantSite {
  #server: Server | null = null;
  #pages = new Map<string, string>();

  get origin(): string {
    return `http://127.0.0.1:${(this.#server?.address() as AddressInfo).port}`;
  }

  async start(): Promise<void> {
    this.#server = createServer((request, response) => {
      const page = this.#pages.get(request.url ?? '');
      response.writeHead(page ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' }).end(page ?? 'Not found');
    });
    await new Promise<void>((resolve) => this.#server?.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.#server?.close(() => resolve()));
  }

  /** Publishes a page and answers its URL. */
  publish(html: string): string {
    const path = `/checkout/${this.#pages.size + 1}`;
    this.#pages.set(path, html);
    return `${this.origin}${path}`;
  }

  async openCheckout(page: Page, config: CheckoutConfig): Promise<void> {
    await page.goto(this.publish(merchantCheckoutHtml(config)));
  }
}

/**
 * Pages written for the real platform's widget.js (CONTRACT §5), served from another origin than the sandbox: a
 * checkout inside a web component's shadow root with its own pay button, a USD shop creating its order in the page, a
 * sharing link and help mounted by themselves, and a strict Content Security Policy with Trusted Types.
 */
import { expect, test, type Page } from '@playwright/test';
import { useMerchant } from './support/merchant-fixture.ts';
import { createOrder, getOrder, SANDBOX_URL, seededPlatform } from './support/sandbox.ts';

const platform = seededPlatform('single');
const { merchant } = useMerchant(platform);

/** A page as an integrator writes it: the script tag, then an inline script using `ShareGroop`. */
function page(body: string, script: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Checkout</title>${head}</head><body>
${body}
<output id="events"></output>
<script src="${SANDBOX_URL}/widget.js"></script>
<script>
  window.sgEvents = [];
  const log = (name) => (data) => { window.sgEvents.push([name, data]); document.getElementById('events').textContent = JSON.stringify(window.sgEvents); };
  const events = { onReady: log('ready'), onValidated: log('validated'), onInvalid: log('invalid'), onError: log('error') };
  ${script}
</script></body></html>`;
}

const sgEvents = (browserPage: Page) => browserPage.evaluate(() => (window as unknown as { sgEvents: [string, Record<string, unknown>][] }).sgEvents);
const firstEvent = async (browserPage: Page, name: string) => {
  await expect.poll(async () => (await sgEvents(browserPage)).some(([event]) => event === name), { timeout: 10_000 }).toBe(true);
  return (await sgEvents(browserPage)).find(([event]) => event === name)?.[1] ?? {};
};

test('a checkout in a shadow root (context), the merchant’s own pay button, and mount() returning the captain', async ({ page: browserPage }) => {
  const order = await createOrder('single', { amount: 3100, email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' });
  await browserPage.goto(
    merchant.publish(
      page(
        `<shop-checkout></shop-checkout><button id="buy" type="button">Place order</button>`,
        `customElements.define('shop-checkout', class extends HTMLElement {
           constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = '<div id="sharegroopPaymentForm"></div>'; }
         });
         const root = document.querySelector('shop-checkout').shadowRoot;
         const captain = ShareGroop.initCaptain({ publicKey: '${platform.publicKey}', orderId: '${order.id}', selector: '#sharegroopPaymentForm', context: root, events }).mount();
         window.mountedTag = captain && captain.tagName;
         document.getElementById('buy').onclick = () => ShareGroop.pay();`,
      ),
    ),
  );
  expect(await browserPage.evaluate(() => (window as unknown as { mountedTag: string }).mountedTag)).toBe('SG-CAPTAIN');
  await firstEvent(browserPage, 'ready');
  await browserPage.getByLabel('Card number').fill('4242 4242 4242 4242');
  await browserPage.getByLabel('Expiry date').fill('01/2030');
  await expect(browserPage.getByLabel('Expiry date')).toHaveValue('01/30');
  await browserPage.getByLabel('Security code').fill('123');
  await browserPage.getByLabel('Cardholder name').fill('Ada Lovelace');
  await browserPage.getByRole('button', { name: 'Place order' }).click();
  expect(await firstEvent(browserPage, 'validated')).toMatchObject({ order: order.id, amount: 3100, status: 'completed' });
});

test('a USD shop creates its order in the page: top-level currency and locale reach the order; the help mounts by itself', async ({ page: browserPage }) => {
  await browserPage.goto(
    merchant.publish(
      page(
        `<div id="sharegroop-captain"></div><div id="sharegroop-help"></div>`,
        `ShareGroop.initCaptain({ publicKey: '${platform.publicKey}', currency: 'USD', locale: 'fr', order: { amount: 4200, ux: 'single', email: 'ada@example.com' }, events });
         ShareGroop.mount();`,
      ),
    ),
  );
  const ready = await firstEvent(browserPage, 'ready');
  expect(ready).toMatchObject({ amount: 4200, currency: 'USD' });
  expect(await getOrder('single', ready.order as string)).toMatchObject({ currency: 'USD', locale: 'fr' });
  await expect(browserPage.getByText(/Payer/).first()).toBeVisible();

  await browserPage.goto(
    merchant.publish(
      page(`<div id="sharegroop-help"></div>`, `ShareGroop.initHelp({ publicKey: '${platform.publicKey}', orderId: '${ready.order}', events });`),
    ),
  );
  await expect(browserPage.getByRole('heading', { name: 'How paying works' })).toBeVisible();
  await expect(browserPage.getByText(/\$42\.00/)).toBeVisible();
});

test('integrator mistakes are named in the console and in onError with a code', async ({ page: browserPage }) => {
  const consoleErrors: string[] = [];
  browserPage.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
  await browserPage.goto(
    merchant.publish(
      page(
        `<div id="sharegroop-captain"></div>`,
        `window.returned = ShareGroop.initCaptain({ publicKey: '${platform.secretKey}', orderId: 'ord_x', events }).mount();
         ShareGroop.initCaptain({ publicKey: '${platform.publicKey}', orderId: 'ord_x', events }).mount('#checkout');`,
      ),
    ),
  );
  const errors = (await sgEvents(browserPage)).filter(([name]) => name === 'error').map(([, data]) => data.code);
  expect(errors).toEqual(['invalid_config', 'container_not_found']);
  expect(consoleErrors.join('\n')).toMatch(/invalid_config: publicKey is a secret key[^]*container_not_found: no element matches "#checkout"/);
});

test.describe('Content Security Policy with Trusted Types', () => {
  const csp = (policy: string) => `<meta http-equiv="Content-Security-Policy" content="${policy}">`;

  test('no policy allowed: onError says csp_blocked with what to allow, not network', async ({ page: browserPage }) => {
    const order = await createOrder('single', { amount: 1500 });
    await browserPage.goto(
      merchant.publish(
        page(
          `<div id="sharegroop-captain"></div>`,
          `ShareGroop.initCaptain({ publicKey: '${platform.publicKey}', orderId: '${order.id}', events }).mount();`,
          csp("require-trusted-types-for 'script'; trusted-types 'none'"),
        ),
      ),
    );
    const error = await firstEvent(browserPage, 'error');
    expect(error).toMatchObject({ code: 'csp_blocked', order: order.id });
    expect(error.message).toContain('lit-html');
  });

  test('the documented policy (trusted-types lit-html) lets the widget work and pay', async ({ page: browserPage }) => {
    const order = await createOrder('single', { amount: 1500 });
    await browserPage.goto(
      merchant.publish(
        page(
          `<div id="sharegroop-captain"></div>`,
          `ShareGroop.initCaptain({ publicKey: '${platform.publicKey}', orderId: '${order.id}', events }).mount();`,
          csp("require-trusted-types-for 'script'; trusted-types lit-html"),
        ),
      ),
    );
    await firstEvent(browserPage, 'ready');
    await browserPage.getByLabel('Card number').fill('4000 0000 0000 3220');
    await browserPage.getByLabel('Expiry date').fill('12/34');
    await browserPage.getByLabel('Security code').fill('123');
    await browserPage.getByLabel('Cardholder name').fill('Ada Lovelace');
    await browserPage.getByRole('button', { name: /^Pay/ }).click();
    await browserPage.getByRole('dialog').getByRole('button', { name: /approve/i }).click();
    expect(await firstEvent(browserPage, 'validated')).toMatchObject({ order: order.id, status: 'completed' });
    expect((await sgEvents(browserPage)).filter(([name]) => name === 'error')).toEqual([]);
  });
});

/**
 * What `mount()` starts while sharegroop.js still downloads (issue 14, time to the form): the order's checkout GET and
 * the browser's number-formatting data. Neither may change what the merchant sees when it fails.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ReadyDetail } from './events/index.ts';
import { createShareGroop, type WidgetElements } from './script-tag.ts';
import { elements } from './standalone.ts';
import { takePrefetched } from './core/prefetch.ts';
import { API_URL, createTestOrder, PUBLIC_KEY, useMockPlatform } from './test-support/mock-platform.ts';

useMockPlatform();

const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/** Runs `during` with `globalThis.fetch` answered by `answer`, recording its calls. */
function withFetch<T>(answer: (url: string) => Promise<Response>, during: () => T): { result: T; urls: string[] } {
  const urls: string[] = [];
  const realFetch = globalThis.fetch;
  globalThis.fetch = ((url: string) => (urls.push(String(url)), answer(String(url)))) as typeof fetch;
  try {
    return { result: during(), urls };
  } finally {
    globalThis.fetch = realFetch;
  }
}

describe('mount() while sharegroop.js downloads', () => {
  it("starts the order's checkout GET before the elements' code has loaded", async () => {
    await fixture(html`<div id="sharegroop-captain"></div>`);
    const never = new Promise<WidgetElements>(() => undefined); // sharegroop.js still on its way
    const { result: captain, urls } = withFetch(
      () => Promise.resolve(new Response('{}')),
      () => createShareGroop(API_URL, () => never).initCaptain({ publicKey: PUBLIC_KEY, orderId: 'ord_early' }).mount(),
    );
    expect(captain?.tagName).to.equal('SG-CAPTAIN');
    expect(urls).to.deep.equal([`${API_URL}/v1/checkout/ord_early`]);
    expect(takePrefetched(`${API_URL}/v1/checkout/ord_early`, PUBLIC_KEY)).to.not.equal(undefined);
  });

  it('loads the number-formatting data in a task of its own, after mount() returned', async () => {
    await fixture(html`<div id="sharegroop-captain"></div>`);
    const realNumberFormat = Intl.NumberFormat;
    let created = 0;
    Intl.NumberFormat = function (...args: ConstructorParameters<typeof Intl.NumberFormat>) {
      created += 1;
      return new realNumberFormat(...args);
    } as typeof Intl.NumberFormat;
    try {
      const never = new Promise<WidgetElements>(() => undefined);
      withFetch(
        () => Promise.resolve(new Response('{}')),
        () => createShareGroop(API_URL, () => never).initCaptain({ publicKey: PUBLIC_KEY, orderId: 'ord_warm' }).mount(),
      );
      expect(created, 'not inside the merchant’s mount() call').to.equal(0);
      await nextTask();
      expect(created).to.equal(1);
    } finally {
      Intl.NumberFormat = realNumberFormat;
    }
    takePrefetched(`${API_URL}/v1/checkout/ord_warm`, PUBLIC_KEY);
  });

  it('a failed early checkout GET never breaks the mount: the captain reads the order itself and is ready', async () => {
    await fixture(html`<div id="sharegroop-captain"></div>`);
    const order = await createTestOrder();
    let ready: ReadyDetail | undefined;
    const { result: captain, urls } = withFetch(
      () => Promise.reject(new TypeError('Failed to fetch')),
      () =>
        createShareGroop(API_URL, async () => elements)
          .initCaptain({ publicKey: PUBLIC_KEY, orderId: order.id, events: { onReady: (detail) => (ready = detail), onError: () => expect.fail('onError') } })
          .mount(),
    );
    expect(urls).to.have.length(1);
    await waitUntil(() => ready, 'never ready', { timeout: 5000 });
    expect(ready).to.include({ order: order.id, ux: 'single' });
    expect(captain?.shadowRoot?.querySelector('sg-single-ux')).to.not.equal(null);
  });
});

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createShareGroop } from './standalone.ts';
import { API_URL, CARDS, createTestOrder, PUBLIC_KEY, useMockPlatform } from './test-support/mock-platform.ts';
import { fillCard } from './test-support/dom.ts';

useMockPlatform();

describe('window.ShareGroop (script-tag API)', () => {
  it('mounts the captain in #sharegroop-captain and calls the merchant’s callbacks', async () => {
    await fixture(html`<div id="sharegroop-captain"></div>`);
    const order = await createTestOrder();
    const calls: { name: string; data: unknown }[] = [];
    const record = (name: string) => (data: unknown) => calls.push({ name, data });
    const ShareGroop = createShareGroop(API_URL);
    ShareGroop.initCaptain({
      publicKey: PUBLIC_KEY,
      orderId: order.id,
      locale: 'en',
      events: { onReady: record('onReady'), onValidated: record('onValidated'), onInvalid: record('onInvalid'), onError: record('onError') },
    }).mount();
    await waitUntil(() => calls.some((call) => call.name === 'onReady'), 'never ready', { timeout: 5000 });
    const captain = document.querySelector('#sharegroop-captain sg-captain');
    expect(captain?.getAttribute('api-url')).to.equal(API_URL);

    await ShareGroop.pay(); // the merchant's own button, before the form is filled
    expect(calls.at(-1)).to.deep.include({ name: 'onInvalid' });

    await fillCard(captain as never, { number: CARDS.success });
    await ShareGroop.pay();
    const validated = calls.find((call) => call.name === 'onValidated');
    expect(validated?.data).to.include({ order: order.id, amount: 2500 });
  });

  it('keeps working when a callback throws', async () => {
    await fixture(html`<div id="pay-here"></div>`);
    const order = await createTestOrder();
    let ready = false;
    createShareGroop(API_URL)
      .initCaptain({
        publicKey: PUBLIC_KEY,
        orderId: order.id,
        events: {
          onReady: () => {
            ready = true;
            throw new Error('merchant bug');
          },
        },
      })
      .mount('#pay-here');
    await waitUntil(() => ready, 'never ready', { timeout: 5000 });
    await waitUntil(() => document.querySelector('#pay-here sg-captain')?.shadowRoot?.querySelector('sg-single-ux'), 'no form');
  });

  it('reports a missing container through onError instead of throwing', async () => {
    const errors: unknown[] = [];
    expect(() =>
      createShareGroop(API_URL)
        .initCaptain({ publicKey: PUBLIC_KEY, orderId: 'ord_x', events: { onError: (error) => errors.push(error) } })
        .mount('#nowhere'),
    ).not.to.throw();
    expect(errors[0]).to.include({ code: 'invalid_request' });
  });

  it('creates the order from the front end when given `order`', async () => {
    await fixture(html`<div id="sharegroop-captain"></div>`);
    let readyDetail: { order: string; amount: number } | undefined;
    createShareGroop(API_URL)
      .initCaptain({ publicKey: PUBLIC_KEY, order: { amount: 4200, ux: 'single' }, events: { onReady: (data) => (readyDetail = data) } })
      .mount();
    await waitUntil(() => readyDetail, 'never ready', { timeout: 5000 });
    expect(readyDetail?.amount).to.equal(4200);
    expect(readyDetail?.order).to.match(/^ord_/);
  });

  it('mounts the sharing link', async () => {
    await fixture(html`<div id="sharegroop-link"></div>`);
    const order = await createTestOrder();
    let ready = false;
    await createShareGroop(API_URL).initLink({ publicKey: PUBLIC_KEY, orderId: order.id, events: { onReady: () => (ready = true) } });
    await waitUntil(() => ready, 'link never ready', { timeout: 5000 });
    const link = document.querySelector('#sharegroop-link sg-link');
    expect(link).to.not.equal(null);
    await expect(link).to.be.accessible();
  });
});

/** The script-tag API (`window.ShareGroop`, CONTRACT §5) as pages written for the real widget.js use it. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ErrorDetail, ReadyDetail } from './events/index.ts';
import { createShareGroop, type CaptainConfig } from './script-tag.ts';
import { elements } from './standalone.ts';
import { fillCard } from './test-support/dom.ts';
import { API_URL, CARDS, createTestOrder, PUBLIC_KEY, SECRET_KEY, useMockPlatform } from './test-support/mock-platform.ts';
import { platformCall } from './test-support/platform-api.ts';

useMockPlatform();

const shareGroop = () => createShareGroop(API_URL, async () => elements);

/** Records every callback of a config, and the console's errors and warnings meanwhile. */
function recorder() {
  const calls: { name: string; data: unknown }[] = [];
  const record = (name: string) => (data: unknown) => calls.push({ name, data });
  const events = { onReady: record('onReady'), onValidated: record('onValidated'), onInvalid: record('onInvalid'), onError: record('onError') };
  const errors = () => calls.filter((call) => call.name === 'onError').map((call) => call.data as ErrorDetail);
  const readyDetail = () => calls.find((call) => call.name === 'onReady')?.data as ReadyDetail | undefined;
  const ready = async () => {
    await waitUntil(readyDetail, 'never ready', { timeout: 5000 });
    return readyDetail() as ReadyDetail;
  };
  return { calls, events, errors, ready };
}

function captureConsole() {
  const lines: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => lines.push(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => lines.push(args.map(String).join(' '));
  return { lines, restore: () => Object.assign(console, { error, warn }) };
}

describe('window.ShareGroop (script-tag API)', () => {
  it('mounts the captain in #sharegroop-captain, returns it, and calls the merchant’s callbacks', async () => {
    await fixture(html`<div id="sharegroop-captain"></div>`);
    const order = await createTestOrder();
    const { calls, events, ready } = recorder();
    const ShareGroop = shareGroop();
    const mounted = ShareGroop.initCaptain({ publicKey: PUBLIC_KEY, orderId: order.id, locale: 'en', events }).mount();
    const captain = document.querySelector('#sharegroop-captain sg-captain');
    expect(mounted).to.equal(captain);
    await mounted?.pay(); // usable at once: nothing to submit yet, and nothing thrown
    await ready();
    expect(captain?.getAttribute('api-url')).to.equal(API_URL);

    await ShareGroop.pay(); // the merchant's own button, before the form is filled
    expect(calls.at(-1)).to.deep.include({ name: 'onInvalid' });

    await fillCard(captain as never, { number: CARDS.success });
    await ShareGroop.pay();
    expect(calls.find((call) => call.name === 'onValidated')?.data).to.include({ order: order.id, amount: 2500 });
  });

  it('keeps working when a callback throws', async () => {
    await fixture(html`<div id="pay-here"></div>`);
    const order = await createTestOrder();
    let ready = false;
    const events = {
      onReady: () => {
        ready = true;
        throw new Error('merchant bug');
      },
    };
    const console_ = captureConsole();
    try {
      shareGroop().initCaptain({ publicKey: PUBLIC_KEY, orderId: order.id, events }).mount('#pay-here');
      await waitUntil(() => ready, 'never ready', { timeout: 5000 });
    } finally {
      console_.restore();
    }
    expect(console_.lines.join('\n')).to.include('onReady callback threw');
    await waitUntil(() => document.querySelector('#pay-here sg-captain')?.shadowRoot?.querySelector('sg-single-ux'), 'no form');
  });

  it('uses the config’s selector when mount() has no argument (#sharegroopPaymentForm)', async () => {
    await fixture(html`<div id="sharegroopPaymentForm"></div>`);
    const order = await createTestOrder();
    const { events, ready } = recorder();
    const captain = shareGroop().initCaptain({ publicKey: PUBLIC_KEY, orderId: order.id, selector: '#sharegroopPaymentForm', events }).mount();
    expect(captain?.parentElement?.id).to.equal('sharegroopPaymentForm');
    await ready();
  });

  it('mounts in a shadow root given as context, and in an Element given to mount(); ShareGroop.pay() reaches a captain there', async () => {
    const host = await fixture(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div id="sharegroop-captain"></div><div id="other"></div>';
    const order = await createTestOrder();
    const { calls, events, ready } = recorder();
    const ShareGroop = shareGroop();
    const captain = ShareGroop.initCaptain({ publicKey: PUBLIC_KEY, orderId: order.id, context: shadow, events }).mount();
    expect(captain?.getRootNode()).to.equal(shadow);
    await ready();
    const moved = ShareGroop.initCaptain({ publicKey: PUBLIC_KEY, orderId: order.id, events }).mount(shadow.getElementById('other') as Element);
    expect(moved?.parentElement?.id).to.equal('other');
    await waitUntil(() => calls.filter((call) => call.name === 'onReady').length === 2, 'the second captain never got ready', { timeout: 5000 });
    await ShareGroop.pay();
    expect(calls.at(-1)).to.deep.include({ name: 'onInvalid' });
  });

  it('ShareGroop.pay() submits an <sg-captain> the page created itself in a shadow root', async () => {
    const host = await fixture(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const order = await createTestOrder();
    const ShareGroop = shareGroop();
    await elements.define('sg-captain');
    const captain = document.createElement('sg-captain');
    const invalid: unknown[] = [];
    captain.addEventListener('sg-invalid', (event) => invalid.push(event.detail));
    const ready = new Promise((resolve) => captain.addEventListener('sg-ready', resolve));
    Object.assign(captain, { orderId: order.id, publicKey: PUBLIC_KEY, apiUrl: API_URL });
    shadow.append(captain);
    await ready;
    await ShareGroop.pay();
    expect(invalid).to.have.length(1);
  });

  it('mount() again moves the captain: one form per initCaptain, not one per call (an SPA re-rendering its checkout)', async () => {
    await fixture(html`<div><div id="sharegroop-captain"></div><div id="drawer"></div></div>`);
    const order = await createTestOrder();
    const { calls, events, ready } = recorder();
    const ShareGroop = shareGroop();
    const handle = ShareGroop.initCaptain({ publicKey: PUBLIC_KEY, orderId: order.id, events });
    handle.mount();
    await ready();
    const moved = handle.mount('#drawer');
    expect(moved?.parentElement?.id).to.equal('drawer');
    expect(document.querySelectorAll('sg-captain')).to.have.length(1);
    expect(ShareGroop.mount('#sharegroop-captain')?.parentElement?.id).to.equal('sharegroop-captain');
    expect(document.querySelectorAll('sg-captain')).to.have.length(1);
    // The captain in the drawer was taken away before it got ready: the first and the last are.
    await waitUntil(() => calls.filter((call) => call.name === 'onReady').length === 2, 'the moved captain never got ready', { timeout: 5000 });
    await ShareGroop.pay();
    expect(calls.filter((call) => call.name === 'onInvalid')).to.have.length(1);
  });

  it('mount() again to a container that is missing keeps the captain where it was, and says why', async () => {
    await fixture(html`<div id="sharegroop-captain"></div>`);
    const order = await createTestOrder();
    const { errors, events } = recorder();
    const handle = shareGroop().initCaptain({ publicKey: PUBLIC_KEY, orderId: order.id, events });
    const first = handle.mount();
    expect(handle.mount('#nowhere')).to.equal(undefined);
    expect(first?.isConnected).to.equal(true);
    expect(document.querySelectorAll('sg-captain')).to.have.length(1);
    expect(errors().map((error) => error.code)).to.deep.equal(['container_not_found']);
  });

  it('initLink mounted by itself and then by the page’s own mount() shows one link', async () => {
    await fixture(html`<div><div id="sharegroop-link"></div><div id="share"></div></div>`);
    const order = await createTestOrder();
    const handle = shareGroop().initLink({ publicKey: PUBLIC_KEY, orderId: order.id });
    await waitUntil(() => document.querySelector('#sharegroop-link sg-link'), 'the link never mounted itself');
    handle.mount('#share');
    expect(document.querySelectorAll('sg-link')).to.have.length(1);
  });

  it('the global mount() mounts the captain configured last', async () => {
    await fixture(html`<div id="sharegroop-captain"></div>`);
    const order = await createTestOrder();
    const { events, ready } = recorder();
    const ShareGroop = shareGroop();
    ShareGroop.initCaptain({ publicKey: PUBLIC_KEY, orderId: order.id, events });
    const captain = ShareGroop.mount();
    expect(captain?.tagName).to.equal('SG-CAPTAIN');
    await ready();
  });

  it('an inline order takes the top-level currency and the config’s locale (a USD shop gets a USD order)', async () => {
    await fixture(html`<div id="sharegroop-captain"></div>`);
    const { events, ready } = recorder();
    shareGroop().initCaptain({ publicKey: PUBLIC_KEY, currency: 'usd', locale: 'fr-FR', order: { amount: 4200, ux: 'single' }, events }).mount();
    const detail = await ready();
    expect(detail).to.include({ amount: 4200, currency: 'USD' });
    const order = await platformCall<{ currency: string; locale: string }>('GET', `/v1/orders/${detail.order}`, SECRET_KEY);
    expect(order).to.include({ currency: 'USD', locale: 'fr-FR' });
  });

  it('the config’s locale reaches an inline order however the integrator writes the tag (it_IT, ES, de_at, zh-Hant-TW)', async () => {
    for (const [locale, expected] of [['it_IT', 'it-IT'], ['ES', 'es'], ['de_at', 'de-AT'], ['zh-Hant-TW', 'zh'], ['x', 'en']]) {
      const container = await fixture(html`<div id="sharegroop-captain"></div>`);
      const { events, ready } = recorder();
      shareGroop().initCaptain({ publicKey: PUBLIC_KEY, locale, order: { amount: 1500, ux: 'single' }, events }).mount();
      const detail = await ready();
      const order = await platformCall<{ locale: string }>('GET', `/v1/orders/${detail.order}`, SECRET_KEY);
      expect(order.locale, locale).to.equal(expected);
      container.remove();
    }
  });

  it('initLink mounts the sharing link by itself; initHelp explains the order’s module', async () => {
    await fixture(html`<div><div id="sharegroop-link"></div><div id="sharegroop-help"></div></div>`);
    const order = await createTestOrder();
    const link = recorder();
    const help = recorder();
    const ShareGroop = shareGroop();
    ShareGroop.initLink({ publicKey: PUBLIC_KEY, orderId: order.id, events: link.events });
    ShareGroop.initHelp({ publicKey: PUBLIC_KEY, orderId: order.id, events: help.events });
    await link.ready();
    await help.ready();
    const linkElement = document.querySelector('#sharegroop-link sg-link');
    const helpElement = document.querySelector('#sharegroop-help sg-help');
    expect(linkElement).to.not.equal(null);
    await waitUntil(() => helpElement?.shadowRoot?.querySelector('h2'), 'no explanation');
    expect(helpElement?.shadowRoot?.textContent).to.match(/How paying works[^]*€25\.00/);
    await expect(linkElement).to.be.accessible();
    await expect(helpElement).to.be.accessible();
  });

  describe('integrator mistakes: named in the console and in onError with a code, never thrown', () => {
    const cases: [string, Partial<CaptainConfig>, string, RegExp, string?][] = [
      ['a container that is not there', {}, 'container_not_found', /no element matches "#nowhere"/, '#nowhere'],
      ['an invalid selector', {}, 'container_not_found', /no element matches "##"/, '##'],
      ['a secret key', { publicKey: 'sk_test_0000' }, 'invalid_config', /secret key/],
      ['no key', { publicKey: '' }, 'invalid_config', /publicKey is missing/],
      ['neither orderId nor order', { orderId: undefined }, 'invalid_config', /orderId or order is missing/],
      ['an amount in units, not cents', { orderId: undefined, order: { amount: 49.9 } }, 'invalid_config', /integer number of cents/],
      ['a currency that is no ISO code', { orderId: undefined, order: { amount: 100 }, currency: 'euro' }, 'invalid_config', /ISO 4217/],
      ['an apiUrl that is no absolute URL', { apiUrl: 'localhost:4010' }, 'invalid_config', /apiUrl "localhost:4010" is not an absolute http\(s\) URL/],
      ['a context that is no node', { context: '#shadow' as never }, 'invalid_config', /context must be a node/],
      ['a callback that is no function', { events: { onReady: 'ready' as never } }, 'invalid_config', /events\.onReady must be a function/],
    ];
    for (const [name, config, code, message, target] of cases) {
      it(name, async () => {
        await fixture(html`<div id="sharegroop-captain"></div>`);
        const { events, errors } = recorder();
        const console_ = captureConsole();
        let mounted: unknown;
        try {
          mounted = shareGroop()
            .initCaptain({ publicKey: PUBLIC_KEY, orderId: 'ord_x', ...config, events: { ...events, ...config.events } })
            .mount(target);
        } finally {
          console_.restore();
        }
        expect(mounted).to.equal(undefined);
        expect(errors()[0]?.code).to.equal(code);
        expect(errors()[0]?.message).to.match(message);
        expect(console_.lines.join('\n')).to.include(code).and.to.match(message);
        expect(document.querySelector('sg-captain')).to.equal(null);
      });
    }

    it('warns about what it ignores: an unknown key, currency beside orderId', async () => {
      await fixture(html`<div id="sharegroop-captain"></div>`);
      const console_ = captureConsole();
      try {
        shareGroop()
          .initCaptain({ publicKey: PUBLIC_KEY, orderId: 'ord_x', currency: 'USD', publickey: 'pk' } as CaptainConfig)
          .mount();
      } finally {
        console_.restore();
      }
      expect(console_.lines.join('\n')).to.include('unknown config key "publickey"').and.to.include('currency are ignored beside orderId');
    });

    it('mounts with a key or an order id of the wrong form, warning: the platform answers them (401, 404)', async () => {
      await fixture(html`<div id="sharegroop-captain"></div>`);
      const { events, errors } = recorder();
      const console_ = captureConsole();
      let mounted: unknown;
      try {
        mounted = shareGroop().initCaptain({ publicKey: PUBLIC_KEY, orderId: '12345', events }).mount();
      } finally {
        console_.restore();
      }
      expect(mounted).to.not.equal(undefined);
      expect(console_.lines.join('\n')).to.include('orderId "12345" is not an order id');
      await waitUntil(() => errors().length === 1, 'no onError', { timeout: 5000 });
      expect(errors()[0]?.code).to.equal('not_found');
    });
  });
});

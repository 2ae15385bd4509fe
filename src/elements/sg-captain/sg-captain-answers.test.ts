/** What `<sg-captain>` does with answers it cannot use: malformed ones, and loads superseded by newer ones. */
import { expect, waitUntil } from '@open-wc/testing';
import { defineSgElements } from '../../define.ts';
import { eventsOf, fillCard, mountCaptain, payButton, spaces } from '../../test-support/dom.ts';
import { API_URL, apiRequests, CARDS, createTestOrder, http, HttpResponse, loseNextPaymentAnswer, mockPlatform, PUBLIC_KEY, useMockPlatform } from '../../test-support/mock-platform.ts';
import { platformCall } from '../../test-support/platform-api.ts';
import { seededPlatform } from '../../../mock-server/seed.ts';

defineSgElements();
useMockPlatform();

/** Errors that escape into the merchant's page. */
function pageErrors(): { errors: unknown[]; stop(): void } {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return { errors, stop: () => (window.removeEventListener('error', onError), window.removeEventListener('unhandledrejection', onRejection)) };
}

describe('<sg-captain> and answers it cannot use', () => {
  it('a malformed checkout becomes the error state in the page’s language and one sg-error, nothing thrown', async () => {
    const order = await createTestOrder();
    mockPlatform.use(http.get('*/v1/checkout/:id', () => HttpResponse.json({ success: true, data: { order: { id: order.id }, settings: {} } })));
    const watch = pageErrors();
    const { captain, events } = await mountCaptain({ 'order-id': order.id, 'public-key': PUBLIC_KEY, 'api-url': API_URL, locale: 'fr' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    watch.stop();
    expect(eventsOf(events, 'sg-error')).to.have.length(1);
    expect(eventsOf(events, 'sg-error')[0]?.detail).to.include({ code: 'invalid_response' });
    expect(spaces(captain.shadowRoot?.querySelector('[part="error"]')?.textContent)).to.match(/Réessayer/);
    expect(watch.errors).to.deep.equal([]);
    await expect(captain).to.be.accessible();
  });

  it('a checkout that lacks what a full UX reads (multi) is refused the same way', async () => {
    const platform = seededPlatform('multi');
    const order = await platformCall<{ id: string }>('POST', '/v1/orders', platform.secretKey, { amount: 5000, ux: 'multi' });
    const real = await platformCall<Record<string, unknown>>('GET', `/v1/checkout/${order.id}`, platform.secretKey);
    mockPlatform.use(http.get('*/v1/checkout/:id', () => HttpResponse.json({ success: true, data: { ...real, transactions: 'none' } })));
    const { captain, events } = await mountCaptain({ 'order-id': order.id, 'public-key': platform.publicKey, 'api-url': API_URL });
    expect(eventsOf(events, 'sg-error').map((event) => event.detail)).to.deep.equal([
      { code: 'invalid_response', message: 'The payment form could not be loaded. Please try again.', order: order.id },
    ]);
    expect(captain.shadowRoot?.querySelector('sg-multi-ux')).to.equal(null);
  });

  it('a load superseded by a newer one aborts its fetch: only the newer order shows, with one sg-ready', async () => {
    const first = await createTestOrder({ amount: 1111 });
    const second = await createTestOrder({ amount: 2222 });
    let release = () => {};
    mockPlatform.use(
      http.get('*/v1/checkout/:id', async ({ params }) => {
        if (params.id === first.id) await new Promise<void>((resolve) => (release = resolve));
        return undefined;
      }),
    );
    // The signals the widget's fetches carry, by URL.
    const signals = new Map<string, AbortSignal>();
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      if (init?.signal) signals.set(String(input), init.signal);
      return realFetch(input, init);
    };
    try {
      const { captain, events } = await mountCaptain({ 'order-id': first.id, 'public-key': PUBLIC_KEY, 'api-url': API_URL }, { wait: false });
      await waitUntil(() => apiRequests.some((request) => request.endsWith(first.id)), 'the first load never started');
      captain.orderId = second.id;
      await waitUntil(() => eventsOf(events, 'sg-ready').length === 1, 'never ready', { timeout: 5000 });
      const firstSignal = [...signals].find(([url]) => new URL(url).pathname.endsWith(`/v1/checkout/${first.id}`))?.[1];
      expect(firstSignal?.aborted).to.equal(true);
      release();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(eventsOf(events, 'sg-ready').map((event) => event.detail)).to.have.length(1);
      expect(eventsOf(events, 'sg-ready')[0]?.detail).to.include({ order: second.id, amount: 2222 });
      expect(eventsOf(events, 'sg-error')).to.deep.equal([]);
    } finally {
      window.fetch = realFetch;
      release();
    }
  });

  it('a lost answer whose lookup is refused stays unknown: Check again, never a second payment', async () => {
    const order = await createTestOrder();
    const { captain, events } = await mountCaptain({ 'order-id': order.id, 'public-key': PUBLIC_KEY, 'api-url': API_URL });
    const root = await fillCard(captain, { number: CARDS.success });
    loseNextPaymentAnswer();
    mockPlatform.use(
      http.get('*/v1/orders/:id/payments/attempts/:key', () =>
        HttpResponse.json({ status: 403, success: false, errors: ['Not allowed'], code: 'forbidden' }, { status: 403 }),
      ),
    );
    payButton(root).click();
    await waitUntil(() => spaces(payButton(root).textContent) === 'Check again', 'no Check again', { timeout: 8000 });
    payButton(root).click();
    await waitUntil(() => apiRequests.filter((request) => request.includes('/attempts/')).length === 2, 'not asked again', { timeout: 8000 });
    await waitUntil(() => spaces(payButton(root).textContent) === 'Check again', 'no Check again after asking again', { timeout: 8000 });
    expect(apiRequests.filter((request) => request.startsWith('POST') && request.endsWith('/payments'))).to.have.length(1);
    expect(eventsOf(events, 'sg-validated')).to.deep.equal([]);
  });
  it('a live update while the outcome of an attempt is unknown leaves it to the lookup: the lost payment ends as one sg-validated', async () => {
    const order = await createTestOrder();
    const { captain, events } = await mountCaptain({ 'order-id': order.id, 'public-key': PUBLIC_KEY, 'api-url': API_URL });
    const root = await fillCard(captain, { number: CARDS.success });
    loseNextPaymentAnswer();
    let refuseLookup = true;
    mockPlatform.use(
      // Refused while `refuseLookup`; then nothing returned, so the platform's own handler answers.
      http.get('*/v1/orders/:id/payments/attempts/:key', () =>
        refuseLookup ? HttpResponse.json({ status: 403, success: false, errors: ['Not allowed'], code: 'forbidden' }, { status: 403 }) : undefined,
      ),
    );
    payButton(root).click();
    await waitUntil(() => spaces(payButton(root).textContent) === 'Check again', 'no Check again', { timeout: 8000 });
    // The lost payment completed the order: the live order sees it and the host reads the checkout again.
    const checkoutReads = () => apiRequests.filter((request) => request.startsWith('GET') && request.includes('/v1/checkout/')).length;
    await waitUntil(() => checkoutReads() >= 2, 'the live update never came', { timeout: 8000 });
    await captain.updateComplete;
    expect(spaces(payButton(root).textContent)).to.equal('Check again');
    expect(eventsOf(events, 'sg-validated')).to.deep.equal([]);
    refuseLookup = false;
    payButton(root).click();
    await waitUntil(() => eventsOf(events, 'sg-validated').length === 1, 'never validated', { timeout: 8000 });
    expect(eventsOf(events, 'sg-validated')[0]?.detail).to.include({ order: order.id, amount: order.amount });
    expect(apiRequests.filter((request) => request.startsWith('POST') && request.endsWith('/payments'))).to.have.length(1);
  });
});

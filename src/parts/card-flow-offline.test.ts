/**
 * The card code (`card-flow.ts`) is fetched on the buyer's first interaction or when paying. This file's page never
 * loads it before the test, so the test can make that fetch fail, as it does offline.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { defineSgElements } from '../define.ts';
import { API_URL, apiRequests, createTestOrder, http, HttpResponse, mockPlatform, PUBLIC_KEY, useMockPlatform } from '../test-support/mock-platform.ts';
import { eventsOf, mountCaptain, payButton, spaces, uxOf } from '../test-support/dom.ts';

defineSgElements();
useMockPlatform();

describe('card code offline', () => {
  it('paying shows the network-error notice, once for a double click, and sends nothing', async () => {
    const order = await createTestOrder();
    const { captain, events } = await mountCaptain({ 'order-id': order.id, 'public-key': PUBLIC_KEY, 'api-url': API_URL });
    mockPlatform.use(http.get('*/parts/card-flow.ts', () => HttpResponse.error()));
    const root = uxOf(captain).shadowRoot;
    // The live look at the order (GET …/live) may come and go meanwhile: what counts is that nothing is paid.
    const sent = () => apiRequests.filter((request) => !request.endsWith('/live'));
    const requestsBefore = sent().length;
    payButton(root).click();
    payButton(root).click();
    await waitUntil(() => eventsOf(events, 'sg-error').length > 0, 'no network error', { timeout: 5000 });
    await uxOf(captain).updateComplete;
    expect(eventsOf(events, 'sg-error')).to.have.length(1);
    expect(eventsOf(events, 'sg-error')[0]?.detail).to.include({ code: 'network' });
    expect(spaces(root.querySelector('#sg-payment-notice')?.textContent)).to.contain('Connection problem');
    expect(sent().length).to.equal(requestsBefore);
    expect(payButton(root).getAttribute('aria-disabled')).to.equal('false');
  });
});

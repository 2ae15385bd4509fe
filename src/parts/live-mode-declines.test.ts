/**
 * Live mode (CONTRACT §2, "Sandbox and production"): the mock platform declines every live payment, sandbox test data
 * with a code of its own. The buyer reads what that means, not "could not be completed", and the page's `onError`
 * gets the platform's code. An expired payment link says so too.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { liveKeys } from '../../mock-server/seed.ts';
import { defineSgElements } from '../define.ts';
import { API_URL, createTestOrder, http, HttpResponse, mockPlatform, PUBLIC_KEY, useMockPlatform } from '../test-support/mock-platform.ts';
import { platformCall } from '../test-support/platform-api.ts';
import { eventsOf, fillCard, mountCaptain, payButton, spaces, uxOf } from '../test-support/dom.ts';

defineSgElements();
useMockPlatform();

const live = liveKeys({ slug: 'single' });

async function payLive(number: string) {
  const order = await platformCall<{ id: string }>('POST', '/v1/orders', live.secretKey, {
    amount: 2500,
    ux: 'single',
    email: 'ada@example.com',
    firstName: 'Ada',
    lastName: 'Lovelace',
  });
  const { captain, events } = await mountCaptain({ 'order-id': order.id, 'public-key': live.publicKey, 'api-url': API_URL });
  const root = await fillCard(captain, { number });
  payButton(root).click();
  await waitUntil(() => eventsOf(events, 'sg-error').length > 0, 'no error reported', { timeout: 8000 });
  await uxOf(captain).updateComplete;
  return { notice: spaces(root.querySelector('#sg-payment-notice')?.textContent), error: eventsOf(events, 'sg-error')[0]?.detail };
}

describe('live-mode declines', () => {
  it('a sandbox test card in live mode: the buyer is told test cards do not work here', async () => {
    const { notice, error } = await payLive('4242424242424242');
    expect(notice).to.contain('Payment declined');
    expect(notice).to.contain('test card');
    expect(notice).not.to.contain('could not be completed');
    expect(error).to.include({ code: 'test_card_in_live_mode' });
  });

  it('a real card in live mode: the buyer is told no live payment can be taken', async () => {
    const { notice, error } = await payLive('4111111111111111');
    expect(notice).to.contain('Payment declined');
    expect(notice).to.contain('no live payment');
    expect(error).to.include({ code: 'live_payments_unavailable' });
  });
});

describe('an expired payment link', () => {
  it('a payment refused 409 link_expired (the link expired while the page was open) says the link expired', async () => {
    const order = await createTestOrder();
    const { captain, events } = await mountCaptain({ 'order-id': order.id, 'public-key': PUBLIC_KEY, 'api-url': API_URL });
    // The dashboard's payment links (mock-server/dashboard/payment-links.ts) need a signed-in session: the refusal is stubbed as it answers.
    const expired = 'This payment link expired on 2026-12-01T15:00:00.000Z: it can no longer be paid; ask the merchant for a new link';
    mockPlatform.use(http.post('*/v1/orders/:id/payments', () => HttpResponse.json({ status: 409, success: false, errors: [expired], code: 'link_expired' }, { status: 409 })));
    const root = await fillCard(captain, { number: '4242424242424242' });
    payButton(root).click();
    await waitUntil(() => eventsOf(events, 'sg-error').length > 0, 'no error reported', { timeout: 8000 });
    await uxOf(captain).updateComplete;
    const notice = spaces(root.querySelector('#sg-payment-notice')?.textContent);
    expect(notice).to.contain('Payment link expired');
    expect(notice).to.contain('Ask the merchant for a new link');
    expect(eventsOf(events, 'sg-error')[0]?.detail).to.include({ code: 'link_expired' });
  });
});

/**
 * Amazon Pay when the platform refuses to open a checkout session (found by the second attack on issue 11): the order
 * was canceled or paid elsewhere while the page was open. The buyer reads why, not a network failure.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { seededPlatform } from '../../../mock-server/seed.ts';
import type { SgCaptain } from '../../elements/sg-captain/sg-captain.ts';
import { eventsOf, mountCaptain, spaces, uxOf } from '../../test-support/dom.ts';
import { API_URL, http, HttpResponse, mockPlatform, useMockPlatform } from '../../test-support/mock-platform.ts';
import { platformCall } from '../../test-support/platform-api.ts';
import { defineSgElements } from '../../define.ts';

useMockPlatform();
defineSgElements();

const wallets = seededPlatform('wallets');
const buttonsOf = (captain: SgCaptain) => uxOf(captain).shadowRoot.querySelector('sg-wallet-buttons')?.shadowRoot ?? null;
const statusOf = (captain: SgCaptain) => spaces(buttonsOf(captain)?.querySelector('[role="status"]')?.textContent);

describe('Amazon Pay on an order that can no longer be paid', () => {
  it('the order canceled meanwhile: "can no longer be paid" (not a network failure), sg-error order_not_payable', async () => {
    const open = window.open;
    window.open = (() => null) as unknown as typeof window.open;
    try {
      const order = await platformCall<{ id: string }>('POST', '/v1/orders', wallets.secretKey, { amount: 2500 });
      const { captain, events } = await mountCaptain({ 'order-id': order.id, 'public-key': wallets.publicKey, 'api-url': API_URL, locale: 'en', 'sandbox-wallets': '' });
      // The order was canceled an instant ago: the platform refuses the session before the page hears of it.
      let sessions = 0;
      mockPlatform.use(
        http.post('*/v1/orders/:id/amazon-pay/sessions', () => {
          sessions += 1;
          return HttpResponse.json({ status: 409, success: false, code: 'order_not_payable', errors: ['This order is canceled'] }, { status: 409 });
        }),
      );
      const amazon = [...(buttonsOf(captain)?.querySelectorAll('button') ?? [])].find((button) => spaces(button.textContent) === 'Pay with Amazon Pay');
      if (!amazon) throw new Error('no Amazon Pay button');
      amazon.click();
      await waitUntil(() => eventsOf(events, 'sg-error').length === 1, 'no sg-error', { timeout: 5000 });
      expect((eventsOf(events, 'sg-error')[0]?.detail as { code: string }).code).to.equal('order_not_payable');
      expect(statusOf(captain)).to.equal('This order can no longer be paid.');
      expect(buttonsOf(captain)?.querySelector('.amazon-page')).to.equal(null);
      expect(sessions).to.equal(1);
      await expect(uxOf(captain)).to.be.accessible();
    } finally {
      window.open = open;
    }
  });
});

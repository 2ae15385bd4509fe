import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defineSgElements } from '../../define.ts';
import { LOADING_SHOWN_AFTER_MS } from './captains.ts';
import {
  API_URL,
  CARDS,
  createTestOrder,
  http,
  HttpResponse,
  mockPlatform,
  payOrderInSandbox,
  PUBLIC_KEY,
  useMockPlatform,
} from '../../test-support/mock-platform.ts';
import {
  deepActiveElement,
  eventsOf,
  fillCard,
  inputByLabel,
  mountCaptain,
  payButton,
  typeInto,
  uxOf,
} from '../../test-support/dom.ts';
import { dialogButton, mountForNewOrder, waitForDialog } from '../../test-support/captain-fixtures.ts';

defineSgElements();
useMockPlatform();


describe('<sg-captain> (keyboard and accessibility)', () => {
  describe('keyboard', () => {
    it('formats as the buyer types and submits with Enter', async () => {
      const { captain, events } = await mountForNewOrder();
      const root = uxOf(captain).shadowRoot;
      await typeInto(inputByLabel(root, 'Card number'), '4242424242424242');
      expect(inputByLabel(root, 'Card number').value).to.equal('4242 4242 4242 4242');
      await typeInto(inputByLabel(root, 'Expiry date'), '1230');
      expect(inputByLabel(root, 'Expiry date').value).to.equal('12/30');
      await typeInto(inputByLabel(root, 'Security code'), '12a3');
      expect(inputByLabel(root, 'Security code').value).to.equal('123');
      await typeInto(inputByLabel(root, 'Cardholder name'), 'Ada Lovelace');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => eventsOf(events, 'sg-validated').length === 1, 'Enter did not pay', { timeout: 5000 });
    });

    it('tabs through the fields in reading order, then the pay button', async () => {
      const { captain } = await mountForNewOrder();
      const root = uxOf(captain).shadowRoot;
      inputByLabel(root, 'Card number').focus();
      const order: string[] = [];
      for (let step = 0; step < 4; step++) {
        await sendKeys({ press: 'Tab' });
        const active = deepActiveElement();
        order.push(active?.id || active?.getAttribute('part') || '');
      }
      expect(order).to.deep.equal(['sg-card-expiry', 'sg-card-cvc', 'sg-card-holder', 'pay-button']);
    });

    it('shows a field’s message when it is left, not while typing', async () => {
      const { captain } = await mountForNewOrder();
      const root = uxOf(captain).shadowRoot;
      await typeInto(inputByLabel(root, 'Expiry date'), '0120');
      await uxOf(captain).updateComplete;
      expect(root.getElementById('sg-card-expiry-error')?.textContent).to.equal('');
      await sendKeys({ press: 'Tab' });
      await uxOf(captain).updateComplete;
      expect(root.getElementById('sg-card-expiry-error')?.textContent).to.equal('This card has expired: use another card.');
      expect(inputByLabel(root, 'Expiry date').getAttribute('aria-invalid')).to.equal('true');
    });

    it('error summary links move focus to their field', async () => {
      const { captain } = await mountForNewOrder();
      const root = uxOf(captain).shadowRoot;
      payButton(root).click();
      await uxOf(captain).updateComplete;
      const links = [...root.querySelectorAll<HTMLAnchorElement>('#sg-error-summary a')];
      expect(links.map((link) => link.textContent)).to.deep.equal([
        'Enter your card number.',
        'Enter the expiry date.',
        'Enter the security code.',
        'Enter the name on the card.',
      ]);
      links[2]?.focus();
      await sendKeys({ press: 'Enter' });
      expect(deepActiveElement()?.id).to.equal('sg-card-cvc');
    });

    it('traps Tab inside the 3-D Secure dialog and treats Escape as Refuse', async () => {
      const { captain, events } = await mountForNewOrder();
      const root = await fillCard(captain, { number: CARDS.challenge });
      payButton(root).click();
      await waitForDialog(captain);
      expect(deepActiveElement()?.textContent?.trim()).to.equal('Approve');
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()?.textContent?.trim()).to.equal('Refuse');
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()?.textContent?.trim()).to.equal('Approve');
      await sendKeys({ press: 'Shift+Tab' });
      expect(deepActiveElement()?.textContent?.trim()).to.equal('Refuse');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => eventsOf(events, 'sg-invalid').length === 1, 'Escape did not refuse', { timeout: 5000 });
      expect(eventsOf(events, 'sg-invalid')[0]?.detail).to.include({ code: 'authentication_failed' });
    });
  });

  describe('accessibility', () => {
    it('draws no loading state for a first load shorter than LOADING_SHOWN_AFTER_MS, then an accessible one', async () => {
      let answer: (response: Response) => void = () => undefined;
      mockPlatform.use(http.get('*/v1/checkout/:id', () => new Promise<Response>((resolve) => (answer = resolve))));
      const connectedAt = performance.now();
      const { captain } = await mountCaptain({ 'order-id': 'ord_slow', 'public-key': PUBLIC_KEY, 'api-url': API_URL }, { wait: false });
      await captain.updateComplete;
      const loading = () => captain.shadowRoot?.querySelector('[part="loading"]');
      expect(loading(), 'a spinner flashing by before a fast answer').to.equal(null);
      await waitUntil(loading, 'no loading state while the answer is late', { timeout: 2000 });
      expect(performance.now() - connectedAt).to.be.at.least(LOADING_SHOWN_AFTER_MS);
      expect(loading()?.textContent).to.include('Loading');
      await expect(captain).to.be.accessible();
      answer(HttpResponse.json({ success: false, errors: [{ code: 'not_found', message: 'No such order' }] }, { status: 404 }));
    });

    it('is accessible when ready', async () => {
      const { captain } = await mountForNewOrder();
      await expect(captain).to.be.accessible();
    });

    it('is accessible with errors shown', async () => {
      const { captain } = await mountForNewOrder();
      const root = uxOf(captain).shadowRoot;
      await typeInto(inputByLabel(root, 'Card number'), '4242 4242 4242 4241');
      payButton(root).click();
      await uxOf(captain).updateComplete;
      await expect(captain).to.be.accessible();
    });

    it('is accessible with the 3-D Secure dialog open', async () => {
      const { captain } = await mountForNewOrder();
      const root = await fillCard(captain, { number: CARDS.challenge });
      payButton(root).click();
      await waitForDialog(captain);
      await expect(captain).to.be.accessible();
      dialogButton(captain, 'Refuse').click();
    });

    it('is accessible after a decline', async () => {
      const { captain, events } = await mountForNewOrder();
      const root = await fillCard(captain, { number: CARDS.declined });
      payButton(root).click();
      await waitUntil(() => eventsOf(events, 'sg-invalid').length === 1, 'no decline');
      await expect(captain).to.be.accessible();
    });

    it('is accessible after success', async () => {
      const { captain, events } = await mountForNewOrder();
      const root = await fillCard(captain, { number: CARDS.success });
      payButton(root).click();
      await waitUntil(() => eventsOf(events, 'sg-validated').length === 1, 'not validated', { timeout: 5000 });
      await expect(captain).to.be.accessible();
    });

    it('is accessible in every error state', async () => {
      const order = await createTestOrder();
      const states: [string, Record<string, string>][] = [
        ['not found', { 'order-id': 'ord_missing', 'public-key': PUBLIC_KEY }],
        ['wrong key', { 'order-id': order.id, 'public-key': 'pk_test_nope' }],
        ['not configured', {}],
      ];
      for (const [name, attributes] of states) {
        const { captain } = await mountCaptain({ ...attributes, 'api-url': API_URL });
        await expect(captain, name).to.be.accessible();
      }
      await payOrderInSandbox(order.id);
      const { captain: paid } = await mountCaptain({ 'order-id': order.id, 'public-key': PUBLIC_KEY, 'api-url': API_URL });
      await expect(paid, 'paid').to.be.accessible();
      mockPlatform.use(http.get('*/v1/checkout/:id', () => HttpResponse.error()));
      const { captain: offline } = await mountCaptain({ 'order-id': order.id, 'public-key': PUBLIC_KEY, 'api-url': API_URL });
      await expect(offline, 'network').to.be.accessible();
    });
  });
});

import { expect, waitUntil } from '@open-wc/testing';
import { defineSgElements } from '../../define.ts';
import {
  API_URL,
  apiRequests,
  cancelOrder,
  CARDS,
  createTestOrder,
  http,
  HttpResponse,
  mockPlatform,
  payOrderInSandbox,
  PUBLIC_KEY,
  refundOrder,
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
import { dialogButton, dialogOf, mountForNewOrder, waitForDialog } from '../../test-support/captain-fixtures.ts';
import type { SgCaptain } from './sg-captain.ts';
import { UX_VALUES } from '../../core/contract/shapes.ts';
import { isUxAvailable } from '../../ux/registry.ts';

defineSgElements();
useMockPlatform();

const nbspToSpace = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

const stateText = (captain: SgCaptain) => nbspToSpace(captain.shadowRoot?.textContent);

describe('<sg-captain>', () => {
  describe('rendering', () => {
    it('shows the card form with exact accessible names and autofill hints', async () => {
      const { captain } = await mountForNewOrder();
      const root = uxOf(captain).shadowRoot;
      const expected = [
        ['Card number', 'cc-number', 'numeric'],
        ['Expiry date', 'cc-exp', 'numeric'],
        ['Security code', 'cc-csc', 'numeric'],
        ['Cardholder name', 'cc-name', null],
      ] as const;
      for (const [label, autocomplete, inputmode] of expected) {
        const input = inputByLabel(root, label);
        expect(input.getAttribute('autocomplete'), label).to.equal(autocomplete);
        expect(input.getAttribute('inputmode'), label).to.equal(inputmode);
      }
      expect(nbspToSpace(payButton(root).textContent)).to.equal('Pay €25.00');
    });

    it('speaks French when asked', async () => {
      const { captain } = await mountForNewOrder({}, 'fr');
      const root = uxOf(captain).shadowRoot;
      for (const label of ['Numéro de carte', 'Date d’expiration', 'Code de sécurité', 'Nom du titulaire']) inputByLabel(root, label);
      expect(nbspToSpace(payButton(root).textContent)).to.equal('Payer 25,00 €');
    });

    it('shows the brand as the number is typed', async () => {
      const { captain } = await mountForNewOrder();
      const root = uxOf(captain).shadowRoot;
      await typeInto(inputByLabel(root, 'Card number'), '3782');
      await captain.updateComplete;
      expect(root.querySelector('[part="brand"]')?.textContent).to.equal('American Express');
      expect(root.getElementById('sg-card-number-hint')?.textContent).to.equal('Card brand: American Express');
    });

    it('creates the order from an inline `order` (front-end integration)', async () => {
      const { captain, events } = await mountCaptain(
        { 'public-key': PUBLIC_KEY, 'api-url': API_URL },
        { order: { amount: 1999, ux: 'single', trackId: 'cart-42' } },
      );
      expect(eventsOf(events, 'sg-ready')).to.have.length(1);
      expect(nbspToSpace(payButton(uxOf(captain).shadowRoot).textContent)).to.equal('Pay €19.99');
      expect(apiRequests[0]).to.equal('POST /v1/orders');
    });

    it('says when the order is not found', async () => {
      const { captain, events } = await mountCaptain({ 'order-id': 'ord_00000000-0000-4000-8000-000000000000', 'public-key': PUBLIC_KEY, 'api-url': API_URL });
      expect(stateText(captain)).to.contain('Order not found');
      expect(eventsOf(events, 'sg-error')[0]?.detail).to.include({ code: 'not_found' });
    });

    it('says when the public key is refused', async () => {
      const order = await createTestOrder();
      const { captain, events } = await mountCaptain({ 'order-id': order.id, 'public-key': 'pk_test_wrong', 'api-url': API_URL });
      expect(stateText(captain)).to.contain('its public key was refused');
      expect(eventsOf(events, 'sg-error')[0]?.detail).to.include({ code: 'unauthorized' });
    });

    it('says what is missing when it is not configured', async () => {
      const { captain, events } = await mountCaptain({ 'api-url': API_URL });
      expect(stateText(captain)).to.contain('needs a public key and an order');
      expect(eventsOf(events, 'sg-error')[0]?.detail).to.include({ code: 'invalid_request' });
    });

    for (const [name, close, text] of [
      ['paid', payOrderInSandbox, 'already been paid'],
      ['canceled', cancelOrder, 'has been canceled'],
      ['refunded', async (id: string) => (await payOrderInSandbox(id), refundOrder(id)), 'has been refunded'],
    ] as const) {
      it(`offers nothing to pay on a ${name} order`, async () => {
        const order = await createTestOrder();
        await close(order.id);
        const { captain, events } = await mountCaptain({ 'order-id': order.id, 'public-key': PUBLIC_KEY, 'api-url': API_URL });
        expect(stateText(captain)).to.contain(text);
        expect(captain.shadowRoot?.querySelector('form, button')).to.equal(null);
        expect(eventsOf(events, 'sg-error')[0]?.detail).to.include({ code: 'order_not_payable' });
      });
    }

    it('every experience the contract names has a UX to load (none is "not available yet" any more)', () => {
      const missing = UX_VALUES.filter((ux) => !isUxAvailable(ux));
      expect(missing).to.deep.equal([]);
    });

    it('shows a network failure with a Retry that recovers', async () => {
      const order = await createTestOrder();
      mockPlatform.use(http.get('*/v1/checkout/:id', () => HttpResponse.error()));
      const { captain, events } = await mountCaptain({ 'order-id': order.id, 'public-key': PUBLIC_KEY, 'api-url': API_URL });
      expect(stateText(captain)).to.contain('Connection problem');
      expect(eventsOf(events, 'sg-error')[0]?.detail).to.include({ code: 'network' });
      const retry = captain.shadowRoot?.querySelector<HTMLButtonElement>('[part="retry-button"]');
      expect(retry?.textContent?.trim()).to.equal('Retry');
      mockPlatform.restore();
      retry?.focus();
      retry?.click();
      await waitUntil(() => eventsOf(events, 'sg-ready').length === 1, 'never recovered', { timeout: 5000 });
      await captain.updateComplete;
      inputByLabel(uxOf(captain).shadowRoot, 'Card number');
      expect(deepActiveElement()?.id, 'focus stays in the widget').to.equal('sg-card-number');
    });
  });

  describe('events', () => {
    it('fires sg-ready with the order', async () => {
      const { events, orderId } = await mountForNewOrder();
      expect(eventsOf(events, 'sg-ready')[0]?.detail).to.deep.equal({
        order: orderId,
        amount: 2500,
        amountRemaining: 2500,
        currency: 'EUR',
        status: 'initiated',
        ux: 'single',
        availablePaymentMethods: { card: true },
      });
    });

    it('pays with 4242… and fires sg-validated with the contract’s detail', async () => {
      const { captain, events, orderId } = await mountForNewOrder();
      const root = await fillCard(captain, { number: CARDS.success });
      payButton(root).click();
      await waitUntil(() => eventsOf(events, 'sg-validated').length === 1, 'not validated', { timeout: 5000 });
      const detail = eventsOf(events, 'sg-validated')[0]?.detail as Record<string, unknown>;
      expect(detail).to.include({ order: orderId, amount: 2500, email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' });
      expect(detail.auth).to.match(/^auth_/);
      expect(['confirmed', 'completed']).to.include(detail.status);
      await uxOf(captain).updateComplete;
      expect(nbspToSpace(root.textContent)).to.contain('You paid €25.00.');
      expect(deepActiveElement()?.id, 'focus on the success heading').to.equal('sg-success-title');
    });

    it('events bubble and cross the shadow boundary', async () => {
      const seen: string[] = [];
      const listener = (event: Event) => seen.push(event.type);
      document.addEventListener('sg-ready', listener);
      try {
        await mountForNewOrder();
      } finally {
        document.removeEventListener('sg-ready', listener);
      }
      expect(seen).to.deep.equal(['sg-ready']);
    });

    it('fires sg-invalid and shows every message when the form is submitted incomplete', async () => {
      const { captain, events } = await mountForNewOrder();
      const root = uxOf(captain).shadowRoot;
      await typeInto(inputByLabel(root, 'Card number'), '4242 4242');
      payButton(root).click();
      await waitUntil(() => eventsOf(events, 'sg-invalid').length === 1, 'no sg-invalid');
      expect(eventsOf(events, 'sg-invalid')[0]?.detail).to.deep.include({ code: 'invalid_fields', fields: ['number', 'expiry', 'cvc', 'holder'] });
      const number = inputByLabel(root, 'Card number');
      expect(number.getAttribute('aria-invalid')).to.equal('true');
      const describedBy = (number.getAttribute('aria-describedby') ?? '').split(' ').map((id) => root.getElementById(id)?.textContent);
      expect(describedBy).to.include('Your card number is incomplete: enter every digit.');
      expect(deepActiveElement()?.id, 'the summary takes focus').to.equal('sg-error-summary');
      expect(apiRequests.filter((request) => request.includes('/payments'))).to.have.length(0);
    });

    it('shows a decline with its reason, keeps the card, clears the code, and lets the buyer retry', async () => {
      const { captain, events } = await mountForNewOrder();
      const root = await fillCard(captain, { number: CARDS.declined });
      payButton(root).click();
      await waitUntil(() => eventsOf(events, 'sg-invalid').length === 1, 'no decline');
      expect(eventsOf(events, 'sg-invalid')[0]?.detail).to.include({ code: 'card_declined' });
      await uxOf(captain).updateComplete;
      expect(nbspToSpace(root.textContent)).to.contain('Your bank declined the card.');
      expect(deepActiveElement()?.id).to.equal('sg-payment-notice');
      expect(inputByLabel(root, 'Card number').value).to.equal('4000 0000 0000 0002');
      expect(inputByLabel(root, 'Cardholder name').value).to.equal('Ada Lovelace');
      expect(inputByLabel(root, 'Security code').value).to.equal('');

      const number = inputByLabel(root, 'Card number');
      number.select();
      await typeInto(number, CARDS.success);
      await typeInto(inputByLabel(root, 'Security code'), '123');
      payButton(root).click();
      await waitUntil(() => eventsOf(events, 'sg-validated').length === 1, 'retry did not pay', { timeout: 5000 });
    });

    it('says so when funds are insufficient', async () => {
      const { captain, events } = await mountForNewOrder();
      const root = await fillCard(captain, { number: CARDS.insufficientFunds });
      payButton(root).click();
      await waitUntil(() => eventsOf(events, 'sg-invalid').length === 1, 'no decline');
      expect(eventsOf(events, 'sg-invalid')[0]?.detail).to.include({ code: 'insufficient_funds' });
      await uxOf(captain).updateComplete;
      expect(nbspToSpace(root.textContent)).to.contain('insufficient funds');
    });

    it('runs the 3-D Secure challenge: Approve pays', async () => {
      const { captain, events } = await mountForNewOrder();
      const root = await fillCard(captain, { number: CARDS.challenge });
      payButton(root).click();
      await waitForDialog(captain);
      expect(nbspToSpace(dialogOf(captain).root.textContent)).to.contain('a payment of €25.00 with your card ending in 3220');
      expect(payButton(root).getAttribute('aria-disabled')).to.equal('true');
      dialogButton(captain, 'Approve').click();
      await waitUntil(() => eventsOf(events, 'sg-validated').length === 1, 'not validated', { timeout: 5000 });
      await uxOf(captain).updateComplete;
      expect(uxOf(captain).shadowRoot.querySelector('sg-three-ds-dialog'), 'the bank page is gone').to.equal(null);
    });

    it('runs the 3-D Secure challenge: Refuse declines', async () => {
      const { captain, events } = await mountForNewOrder();
      const root = await fillCard(captain, { number: CARDS.challenge });
      payButton(root).click();
      await waitForDialog(captain);
      dialogButton(captain, 'Refuse').click();
      await waitUntil(() => eventsOf(events, 'sg-invalid').length === 1, 'no decline', { timeout: 5000 });
      expect(eventsOf(events, 'sg-invalid')[0]?.detail).to.include({ code: 'authentication_failed' });
    });

    it('never pays twice on a double click or repeated pay()', async () => {
      const { captain, events } = await mountForNewOrder();
      const root = await fillCard(captain, { number: CARDS.success });
      payButton(root).click();
      payButton(root).click();
      void captain.pay();
      await captain.pay();
      await waitUntil(() => eventsOf(events, 'sg-validated').length >= 1, 'not validated', { timeout: 5000 });
      expect(apiRequests.filter((request) => request.endsWith('/payments'))).to.have.length(1);
      expect(eventsOf(events, 'sg-validated')).to.have.length(1);
    });

    it('announces processing and marks the form busy while paying', async () => {
      let release: () => void = () => {};
      const gate = new Promise<void>((resolve) => (release = resolve));
      mockPlatform.use(
        http.post('*/v1/orders/:id/payments', async () => {
          await gate;
          return undefined; // falls through to the real platform
        }),
      );
      const { captain, events } = await mountForNewOrder();
      const root = await fillCard(captain, { number: CARDS.success });
      payButton(root).click();
      await uxOf(captain).updateComplete;
      expect(root.querySelector('form')?.getAttribute('aria-busy')).to.equal('true');
      expect(payButton(root).getAttribute('aria-disabled')).to.equal('true');
      expect(root.querySelector('[role="status"]')?.textContent).to.equal('Processing payment…');
      release();
      await waitUntil(() => eventsOf(events, 'sg-validated').length === 1, 'not validated', { timeout: 5000 });
    });

    it('keeps the idempotency key after a network failure, so paying again cannot charge twice', async () => {
      const keys: (string | null)[] = [];
      let failNext = true;
      mockPlatform.use(
        http.post('*/v1/orders/:id/payments', ({ request }) => {
          keys.push(request.headers.get('Idempotency-Key'));
          if (failNext) {
            failNext = false;
            return HttpResponse.error();
          }
          return undefined;
        }),
      );
      const { captain, events } = await mountForNewOrder();
      const root = await fillCard(captain, { number: CARDS.success });
      payButton(root).click();
      await waitUntil(() => eventsOf(events, 'sg-error').length === 1, 'no network error', { timeout: 5000 });
      expect(eventsOf(events, 'sg-error')[0]?.detail).to.include({ code: 'network' });
      await uxOf(captain).updateComplete;
      expect(nbspToSpace(root.textContent)).to.contain('you will not be charged twice');
      payButton(root).click();
      await waitUntil(() => eventsOf(events, 'sg-validated').length === 1, 'not validated', { timeout: 5000 });
      expect(keys).to.have.length(2);
      expect(keys[0]).to.be.a('string').and.equal(keys[1]);
    });

    it('explains a payment the platform refuses for another reason, in payment words', async () => {
      mockPlatform.use(
        http.post('*/v1/orders/:id/payments', () =>
          HttpResponse.json({ status: 409, success: false, errors: ['Already paid'], code: 'order_not_payable' }, { status: 409 }),
        ),
      );
      const { captain, events } = await mountForNewOrder();
      const root = await fillCard(captain, { number: CARDS.success });
      payButton(root).click();
      await waitUntil(() => eventsOf(events, 'sg-error').length === 1, 'no error', { timeout: 5000 });
      expect(eventsOf(events, 'sg-error')[0]?.detail).to.include({ code: 'order_not_payable', message: 'This order can no longer be paid.' });
      await uxOf(captain).updateComplete;
      expect(deepActiveElement()?.id).to.equal('sg-payment-notice');
    });

    it('pay() submits the form from the merchant’s own button', async () => {
      const { captain, events } = await mountForNewOrder();
      await fillCard(captain, { number: CARDS.success });
      await captain.pay();
      expect(eventsOf(events, 'sg-validated')).to.have.length(1);
    });
  });

});

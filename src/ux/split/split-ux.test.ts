import { expect, waitUntil } from '@open-wc/testing';
import { seededPlatform } from '../../../mock-server/seed.ts';
import { defineSgElements } from '../../define.ts';
import type { SgCaptain } from '../../elements/sg-captain/sg-captain.ts';
import { eventsOf, inputByLabel, mountCaptain, mountCaptainUx, payButton, spaces, typeCard, typeInto } from '../../test-support/dom.ts';
import { API_URL, apiRequests, CARDS, useMockPlatform } from '../../test-support/mock-platform.ts';
import { platformCall, type SplitAnswer } from '../../test-support/platform-api.ts';
import type { SplitUx } from './split-ux.ts';

defineSgElements();
useMockPlatform();

type Slug = 'split-direct' | 'split-standard' | 'split-single';

const call = <T = SplitAnswer>(method: string, path: string, key: string, body?: unknown) => platformCall<T>(method, path, key, body);

const basket = [
  { name: 'Tent', amount: 6000 },
  { name: 'Stove', amount: 2000, quantity: 2 },
];

async function mountSplit(slug: Slug, fields: Record<string, unknown> = {}, locale = 'en') {
  const platform = seededPlatform(slug);
  const order = await call('POST', '/v1/orders', platform.secretKey, { amount: 10000, ux: 'collect', firstName: 'Ada', email: 'ada@example.com', ...fields });
  const mounted = await mountCaptainUx<SplitUx>('sg-split-ux', { 'order-id': order.id, 'public-key': platform.publicKey, 'api-url': API_URL, locale });
  return { ...mounted, order, platform };
}

const fillCard = (root: ShadowRoot, number: string = CARDS.success) => typeCard(root, { number });

async function replaceText(input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  input.select();
  await typeInto(input, text);
}

const linkOf = (ux: SplitUx) => ux.shadowRoot?.querySelector('sg-link');
const waitForLink = (ux: SplitUx) =>
  waitUntil(() => linkOf(ux)?.shadowRoot?.querySelector('input'), 'the sharing link never appeared', { timeout: 5000 });
const validated = (events: { type: string; detail: unknown }[]) =>
  waitUntil(() => eventsOf(events, 'sg-validated').length === 1, 'not validated', { timeout: 5000 });

describe('split UX (captain)', () => {
  describe('collect', () => {
    it('splits evenly between participants, the captain taking the extra cent, and pays that share', async () => {
      const { root, ux, events, order, platform, captain } = await mountSplit('split-direct');
      expect(spaces(root.querySelector('[part="amount"]')?.textContent)).to.equal('Order total €100.00');
      expect(spaces(root.querySelector('[part="share-summary"]')?.textContent)).to.equal('You pay €50.00 of €100.00.');
      await replaceText(inputByLabel(root, 'Number of participants, you included'), '3');
      expect(spaces(root.querySelector('[part="share-summary"]')?.textContent)).to.equal('You pay €33.34 of €100.00.');
      expect(spaces(payButton(root).textContent)).to.equal('Pay €33.34');
      await fillCard(root);
      payButton(root).click();
      await validated(events);
      expect(eventsOf(events, 'sg-validated')[0]?.detail).to.include({ order: order.id, amount: 3334, status: 'confirmed', firstName: 'Ada' });
      expect(spaces(root.querySelector('#sg-success-title')?.textContent)).to.equal('Your share is paid');
      expect(root.activeElement?.id).to.equal('sg-success-title');
      expect(spaces(root.textContent)).to.include('The whole order (€100.00) is guaranteed on your card');
      await waitForLink(ux);
      expect(linkOf(ux)?.shadowRoot?.querySelector('input')?.value).to.equal(`${API_URL}/share/${order.id}`);
      const [transaction] = await call<SplitAnswer[]>('GET', `/v1/orders/${order.id}/transactions`, platform.secretKey);
      expect([transaction?.amount, transaction?.status]).to.deep.equal([10000, 'authorized']);
      await expect(captain).to.be.accessible();
    });

    it('standard mode: an amount of the captain’s choice, only that share held', async () => {
      const { root, ux, events, order, platform } = await mountSplit('split-standard');
      inputByLabel(root, 'Choose my amount').click();
      await ux.updateComplete;
      await typeInto(inputByLabel(root, 'Amount you pay'), '12,50');
      expect(spaces(payButton(root).textContent)).to.equal('Pay €12.50');
      await fillCard(root);
      payButton(root).click();
      await validated(events);
      expect(spaces(root.textContent)).to.include('Your share of €12.50 is on hold');
      expect(spaces(root.textContent)).to.include('€87.50');
      const sharing = await call('GET', `/v1/orders/${order.id}/sharing`, platform.publicKey);
      expect([sharing.collected, sharing.left]).to.deep.equal([1250, 8750]);
    });

    it('refuses a share it cannot pay, focuses the field and pays nothing', async () => {
      const { root, ux, events, captain } = await mountSplit('split-direct');
      inputByLabel(root, 'Choose my amount').click();
      await ux.updateComplete;
      const amount = inputByLabel(root, 'Amount you pay');
      await typeInto(amount, '100,01');
      await fillCard(root);
      payButton(root).click();
      await waitUntil(() => eventsOf(events, 'sg-invalid').length === 1, 'no sg-invalid');
      expect(eventsOf(events, 'sg-invalid')[0]?.detail).to.deep.include({ code: 'invalid_fields', fields: ['amount'] });
      expect(root.activeElement).to.equal(amount);
      expect(amount.getAttribute('aria-invalid')).to.equal('true');
      expect(spaces(root.querySelector('#sg-share-amount-error')?.textContent)).to.equal('Enter at most €100.00.');
      await expect(captain).to.be.accessible();
      await replaceText(amount, '0');
      payButton(root).click();
      await waitUntil(() => eventsOf(events, 'sg-invalid').length === 2, 'no second sg-invalid');
      expect(spaces(root.querySelector('#sg-share-amount-error')?.textContent)).to.equal('Enter an amount above zero.');
      expect(apiRequests.filter((request) => request.endsWith('/payments'))).to.deep.equal([]);
    });

    it('3-D Secure: the bank page shows the amount held, approving confirms the order', async () => {
      const { root, events } = await mountSplit('split-direct');
      await fillCard(root, CARDS.challenge);
      payButton(root).click();
      await waitUntil(() => root.querySelector('sg-three-ds-dialog')?.shadowRoot?.querySelector('dialog')?.open, 'no 3-D Secure dialog', { timeout: 5000 });
      const dialog = root.querySelector('sg-three-ds-dialog')?.shadowRoot as ShadowRoot;
      expect(spaces(dialog.textContent)).to.include('€100.00');
      [...dialog.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Approve')?.click();
      await validated(events);
      expect((eventsOf(events, 'sg-validated')[0]?.detail as { amount: number }).amount).to.equal(5000);
    });

    it('a declined card says so and keeps the share', async () => {
      const { root, events } = await mountSplit('split-standard');
      await fillCard(root, CARDS.declined);
      payButton(root).click();
      await waitUntil(() => eventsOf(events, 'sg-invalid').length === 1, 'no sg-invalid', { timeout: 5000 });
      expect(eventsOf(events, 'sg-invalid')[0]?.detail).to.include({ code: 'card_declined' });
      expect(root.activeElement?.id).to.equal('sg-payment-notice');
      expect(spaces(payButton(root).textContent)).to.equal('Pay €50.00');
    });

    it('speaks French, with French money and dates', async () => {
      const { root } = await mountSplit('split-direct', {}, 'fr');
      inputByLabel(root, 'Nombre de participants, vous compris');
      expect(spaces(payButton(root).textContent)).to.equal('Payer 50,00 €');
      expect(spaces(root.querySelector('[part="share-summary"]')?.textContent)).to.equal('Vous payez 50,00 € sur 100,00 €.');
    });
  });

  describe('picking', () => {
    it('the share is the sum of the chosen items; none chosen is an error', async () => {
      const { root, ux, events, order, platform } = await mountSplit('split-standard', { ux: 'picking', items: basket });
      payButton(root).click();
      await waitUntil(() => eventsOf(events, 'sg-invalid').length === 1, 'no sg-invalid');
      // The share's field first, then the card fields left empty.
      expect(eventsOf(events, 'sg-invalid')[0]?.detail).to.deep.include({ fields: ['items', 'number', 'expiry', 'cvc', 'holder'] });
      expect(root.activeElement?.id).to.equal('sg-share-items');
      expect(spaces(root.querySelector('#sg-share-items-error')?.textContent)).to.equal('Choose at least one item.');
      inputByLabel(root, 'Stove × 2, €40.00').click();
      await ux.updateComplete;
      expect(spaces(payButton(root).textContent)).to.equal('Pay €40.00');
      await fillCard(root);
      payButton(root).click();
      await validated(events);
      const sharing = await call('GET', `/v1/orders/${order.id}/sharing`, platform.publicKey);
      expect(sharing.items.map((item: { paid: boolean }) => item.paid)).to.deep.equal([false, true]);
    });
  });

  describe('single + split', () => {
    it('paying alone pays the whole order as a single payment', async () => {
      const { root, ux, events, order, platform, captain } = await mountSplit('split-single');
      await expect(captain).to.be.accessible();
      inputByLabel(root, 'Pay the whole amount myself').click();
      await ux.updateComplete;
      expect(root.querySelector('[part="share"]')).to.equal(null);
      expect(spaces(payButton(root).textContent)).to.equal('Pay €100.00');
      await fillCard(root);
      payButton(root).click();
      await validated(events);
      expect(eventsOf(events, 'sg-validated')[0]?.detail).to.include({ amount: 10000, status: 'completed' });
      expect(linkOf(ux)).to.equal(null);
      const updated = await call('GET', `/v1/orders/${order.id}`, platform.secretKey);
      expect([updated.ux, updated.singleSplit]).to.deep.equal(['single', true]);
    });

    it('sharing records the chosen ux and shows the link', async () => {
      const { root, ux, events, order, platform } = await mountSplit('split-single');
      await fillCard(root);
      payButton(root).click();
      await validated(events);
      await waitForLink(ux);
      const updated = await call('GET', `/v1/orders/${order.id}`, platform.secretKey);
      expect([updated.ux, updated.singleSplit, updated.status]).to.deep.equal(['collect', true, 'confirmed']);
    });
  });
});

describe('split UX (captain coming back)', () => {
  it('after paying, the captain sees the group’s progress and the link instead of a closed order', async () => {
    const platform = seededPlatform('split-standard');
    const order = await call('POST', '/v1/orders', platform.secretKey, { amount: 9000, ux: 'collect', firstName: 'Ada' });
    await call('POST', `/v1/sandbox/orders/${order.id}/pay`, platform.secretKey, { amount: 3000 });
    await call('POST', `/v1/sandbox/orders/${order.id}/pay`, platform.secretKey, { amount: 1500 });
    const { captain, events } = await mountCaptain({ 'order-id': order.id, 'public-key': platform.publicKey, 'api-url': API_URL });
    expect(eventsOf(events, 'sg-error')).to.deep.equal([]);
    const ux = captain.shadowRoot?.querySelector('sg-split-ux') as SplitUx;
    await waitUntil(() => spaces(ux.shadowRoot?.textContent).includes('€45.00 collected of €90.00'), 'no progress', { timeout: 5000 });
    expect(spaces(ux.shadowRoot?.querySelector('#sg-underway-title')?.textContent)).to.equal('Your group is paying');
    expect(ux.shadowRoot?.querySelector('button[type="submit"]')).to.equal(null);
    await waitForLink(ux);
    await expect(captain).to.be.accessible();
  });

  it('the sharing link inside the captain’s widget tells the page nothing of its own: one sg-ready, the captain’s', async () => {
    const platform = seededPlatform('split-standard');
    const order = await call('POST', '/v1/orders', platform.secretKey, { amount: 9000, ux: 'collect', firstName: 'Ada' });
    await call('POST', `/v1/sandbox/orders/${order.id}/pay`, platform.secretKey, { amount: 3000 });
    const { captain, events } = await mountCaptain({ 'order-id': order.id, 'public-key': platform.publicKey, 'api-url': API_URL });
    const ux = captain.shadowRoot?.querySelector('sg-split-ux') as SplitUx;
    await waitForLink(ux);
    await new Promise((resolve) => setTimeout(resolve, 200));
    // The merchant's onReady describes the captain (with its payment methods), once; the inner link's is its own.
    expect(eventsOf(events, 'sg-ready')).to.have.length(1);
    expect(eventsOf(events, 'sg-ready')[0]?.detail).to.have.property('availablePaymentMethods');
  });
});

describe('<sg-link>', () => {
  async function mountLink(withShareSheet: boolean) {
    const platform = seededPlatform('split-direct');
    const order = await call('POST', '/v1/orders', platform.secretKey, { amount: 5000, ux: 'collect' });
    const shared: ShareData[] = [];
    const copied: string[] = [];
    Object.defineProperty(navigator, 'share', { configurable: true, value: withShareSheet ? async (data: ShareData) => void shared.push(data) : undefined });
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void copied.push(text) } });
    const link = document.createElement('sg-link');
    link.setAttribute('order-id', order.id);
    link.setAttribute('public-key', platform.publicKey);
    link.setAttribute('api-url', API_URL);
    document.body.append(link);
    await waitUntil(() => link.shadowRoot?.querySelector('input'), 'the link never loaded', { timeout: 5000 });
    return { link, root: link.shadowRoot as ShadowRoot, order, shared, copied };
  }

  afterEach(() => {
    document.querySelectorAll('sg-link').forEach((link) => link.remove());
  });

  it('copies the link and announces it, every time', async () => {
    const { link, root, order, copied } = await mountLink(false);
    expect(root.querySelector('[part="share-button"]')).to.equal(null);
    const status = root.querySelector('[role="status"]') as HTMLElement;
    (root.querySelector('[part="copy-button"]') as HTMLButtonElement).click();
    await waitUntil(() => status.textContent === 'Link copied.', 'not announced');
    (root.querySelector('[part="copy-button"]') as HTMLButtonElement).click();
    await waitUntil(() => copied.length === 2 && status.textContent === 'Link copied.', 'second copy not announced');
    expect(copied).to.deep.equal([`${API_URL}/share/${order.id}`, `${API_URL}/share/${order.id}`]);
    await expect(link).to.be.accessible();
  });

  it('offers the share sheet where the browser has one', async () => {
    const { link, root, order, shared } = await mountLink(true);
    const button = root.querySelector<HTMLButtonElement>('[part="share-button"]');
    expect(button?.textContent?.trim()).to.equal('Share…');
    button?.click();
    await waitUntil(() => shared.length === 1, 'share sheet not opened');
    expect(shared[0]?.url).to.equal(`${API_URL}/share/${order.id}`);
    await expect(link).to.be.accessible();
  });
});

export type { SgCaptain };

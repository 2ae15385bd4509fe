import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { seededPlatform } from '../../../mock-server/seed.ts';
import type { SgCaptain } from '../../elements/sg-captain/sg-captain.ts';
import { deepActiveElement, eventsOf, mountCaptain, spaces, uxOf, waitForText, type RecordedEvent } from '../../test-support/dom.ts';
import { API_URL, http, HttpResponse, mockPlatform, useMockPlatform } from '../../test-support/mock-platform.ts';
import { platformCall } from '../../test-support/platform-api.ts';
import { defineSgElements } from '../../define.ts';

useMockPlatform();
defineSgElements();

const wallets = seededPlatform('wallets');

async function mountWallets(options: { sandbox?: boolean; locale?: string } = {}) {
  const order = await platformCall<{ id: string }>('POST', '/v1/orders', wallets.secretKey, { amount: 2500, email: 'ada@example.com' });
  const attributes: Record<string, string> = { 'order-id': order.id, 'public-key': wallets.publicKey, 'api-url': API_URL, locale: options.locale ?? 'en' };
  if (options.sandbox !== false) attributes['sandbox-wallets'] = '';
  const mounted = await mountCaptain(attributes);
  return { ...mounted, orderId: order.id };
}

const buttonsOf = (captain: SgCaptain) => {
  const host = uxOf(captain).shadowRoot.querySelector('sg-wallet-buttons');
  return host?.shadowRoot ?? null;
};
const walletButton = (captain: SgCaptain, name: string) => {
  const button = [...(buttonsOf(captain)?.querySelectorAll('button') ?? [])].find((candidate) => spaces(candidate.textContent) === name);
  if (!button) throw new Error(`no "${name}" button`);
  return button;
};
const sheetOf = (captain: SgCaptain) => {
  const root = buttonsOf(captain)?.querySelector('sg-wallet-sheet')?.shadowRoot;
  const dialog = root?.querySelector('dialog');
  if (!root || !dialog) throw new Error('no wallet sheet');
  return { root, dialog };
};
const sheetButton = (captain: SgCaptain, name: string) => {
  const button = [...sheetOf(captain).root.querySelectorAll('button')].find((candidate) => spaces(candidate.textContent).startsWith(name));
  if (!button) throw new Error(`no "${name}" button in the sheet`);
  return button;
};
const chooseCard = async (captain: SgCaptain, last4: string) => {
  const label = [...sheetOf(captain).root.querySelectorAll('label')].find((candidate) => candidate.textContent?.includes(last4));
  label?.querySelector('input')?.click();
  await buttonsOf(captain)?.querySelector('sg-wallet-sheet')?.updateComplete;
};
const transactionsOf = async (orderId: string) => ({
  data: await platformCall<{ paymentMethod: string; status: string }[]>('GET', `/v1/orders/${orderId}/transactions`, wallets.secretKey),
});
const orderStatus = async (orderId: string) => (await platformCall<{ status: string }>('GET', `/v1/orders/${orderId}`, wallets.secretKey)).status;
const noErrors = (events: RecordedEvent[]) => expect(eventsOf(events, 'sg-error').concat(eventsOf(events, 'sg-invalid'))).to.deep.equal([]);

describe('wallet buttons', () => {
  describe('availability', () => {
    it('without a wallet in the browser: no Apple Pay or Google Pay button; Amazon Pay on a registered domain; sg-ready says so', async () => {
      const { captain, events } = await mountWallets({ sandbox: false });
      const [ready] = eventsOf(events, 'sg-ready');
      expect((ready?.detail as { availablePaymentMethods: unknown }).availablePaymentMethods).to.deep.equal({ card: true, applepay: false, googlepay: false, amazonpay: true });
      const names = [...(buttonsOf(captain)?.querySelectorAll('button') ?? [])].map((button) => spaces(button.textContent));
      expect(names).to.deep.equal(['Pay with Amazon Pay']);
      await expect(uxOf(captain)).to.be.accessible();
    });

    it('Apple Pay JS on an unregistered domain: no button, and a console message naming the fix', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      (globalThis as { ApplePaySession?: unknown }).ApplePaySession = { canMakePayments: () => true };
      mockPlatform.use(http.get('*/v1/wallet-domains/check', () => HttpResponse.json({ success: true, data: { domain: location.hostname, applepay: false, amazonpay: false } })));
      try {
        const { captain, events } = await mountWallets({ sandbox: false });
        const [ready] = eventsOf(events, 'sg-ready');
        expect((ready?.detail as { availablePaymentMethods: Record<string, boolean> }).availablePaymentMethods.applepay).to.equal(false);
        expect(buttonsOf(captain)).to.equal(null);
        const message = warnings.find((text) => text.includes('Apple Pay is unavailable'));
        expect(message).to.include(`POST /v1/wallet-domains {"method": "applepay", "domain": "${location.hostname}"}`);
        expect(message).to.include('/.well-known/apple-developer-merchantid-domain-association');
      } finally {
        console.warn = warn;
        delete (globalThis as { ApplePaySession?: unknown }).ApplePaySession;
      }
    });

    it('the sandbox switch shows every enabled wallet: real buttons, 44 px high at least, reachable by Tab before the card form', async () => {
      const { captain, events } = await mountWallets();
      const [ready] = eventsOf(events, 'sg-ready');
      expect((ready?.detail as { availablePaymentMethods: unknown }).availablePaymentMethods).to.deep.equal({ card: true, applepay: true, googlepay: true, amazonpay: true });
      for (const name of ['Pay with Apple Pay', 'Pay with Google Pay', 'Pay with Amazon Pay']) {
        const button = walletButton(captain, name);
        expect(button.type).to.equal('button');
        expect(button.getBoundingClientRect().height).to.be.at.least(44);
      }
      walletButton(captain, 'Pay with Apple Pay').focus();
      const reached: string[] = [];
      for (let step = 0; step < 4; step++) {
        reached.push(spaces(deepActiveElement()?.textContent) || (deepActiveElement() as HTMLInputElement | null)?.autocomplete || '');
        await sendKeys({ press: 'Tab' });
      }
      expect(reached).to.deep.equal(['Pay with Apple Pay', 'Pay with Google Pay', 'Pay with Amazon Pay', 'cc-number']);
      await sendKeys({ press: 'Shift+Tab' });
      await sendKeys({ press: 'Shift+Tab' });
      expect(spaces(deepActiveElement()?.textContent)).to.equal('Pay with Amazon Pay');
      await expect(uxOf(captain)).to.be.accessible();
    });

    it('speaks French', async () => {
      const { captain } = await mountWallets({ locale: 'fr' });
      expect(walletButton(captain, 'Payer avec Apple Pay')).to.be.instanceOf(HTMLButtonElement);
      expect(spaces(buttonsOf(captain)?.textContent)).to.include('Ou payer par carte');
      walletButton(captain, 'Payer avec Google Pay').click();
      await waitUntil(() => sheetOf(captain).dialog.open, 'no sheet');
      expect(spaces(sheetOf(captain).root.textContent)).to.include('Google Pay · feuille de paiement simulée');
      expect(sheetButton(captain, 'Payer 25,00 €')).to.be.instanceOf(HTMLButtonElement);
      await expect(sheetOf(captain).root.querySelector('dialog')).to.be.accessible();
      await sendKeys({ press: 'Escape' });
    });
  });

  describe('simulated sheet', () => {
    it('shows merchant and amount; Tab stays inside; Escape cancels: nothing created, no event, focus back on the button', async () => {
      const { captain, events, orderId } = await mountWallets();
      const apple = walletButton(captain, 'Pay with Apple Pay');
      apple.focus();
      apple.click();
      await waitUntil(() => sheetOf(captain).dialog.open, 'no sheet');
      const { root, dialog } = sheetOf(captain);
      expect(spaces(root.textContent)).to.include('Wallets (Apple Pay, Google Pay, Amazon Pay)');
      expect(spaces(root.textContent)).to.include('€25.00');
      expect(dialog.getAttribute('aria-labelledby')).to.equal('sg-sheet-title');
      await expect(dialog).to.be.accessible();
      for (let step = 0; step < 5; step++) await sendKeys({ press: 'Tab' });
      expect(root.contains(deepActiveElement())).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open, 'the sheet stayed open');
      await waitUntil(() => deepActiveElement() === apple, 'focus did not return to the wallet button');
      expect((await transactionsOf(orderId)).data).to.deep.equal([]);
      noErrors(events);
      expect(eventsOf(events, 'sg-validated')).to.deep.equal([]);
    });

    it('Cancel does the same as Escape', async () => {
      const { captain, events, orderId } = await mountWallets();
      const google = walletButton(captain, 'Pay with Google Pay');
      google.click();
      await waitUntil(() => sheetOf(captain).dialog.open, 'no sheet');
      sheetButton(captain, 'Cancel').click();
      await waitUntil(() => deepActiveElement() === google, 'focus did not return to the wallet button');
      expect((await transactionsOf(orderId)).data).to.deep.equal([]);
      noErrors(events);
    });

    it('pays with the approved card: sg-validated once, a googlepay transaction, the order completed', async () => {
      const { captain, events, orderId } = await mountWallets();
      walletButton(captain, 'Pay with Google Pay').click();
      await waitUntil(() => sheetOf(captain).dialog.open, 'no sheet');
      sheetButton(captain, 'Pay €25.00').click();
      await waitUntil(() => eventsOf(events, 'sg-validated').length === 1, 'not validated', { timeout: 5000 });
      const [validated] = eventsOf(events, 'sg-validated');
      expect((validated?.detail as { status: string; amount: number }).status).to.equal('completed');
      expect((await transactionsOf(orderId)).data.map((t) => [t.paymentMethod, t.status])).to.deep.equal([['googlepay', 'captured']]);
      await waitForText(uxOf(captain).shadowRoot, 'Payment successful');
      await expect(uxOf(captain)).to.be.accessible();
    });

    it('a declined card says why, keeps the card form usable and the order payable', async () => {
      const { captain, events, orderId } = await mountWallets();
      walletButton(captain, 'Pay with Apple Pay').click();
      await waitUntil(() => sheetOf(captain).dialog.open, 'no sheet');
      await chooseCard(captain, '0002');
      sheetButton(captain, 'Pay').click();
      await waitUntil(() => eventsOf(events, 'sg-invalid').length === 1, 'no decline', { timeout: 5000 });
      expect((eventsOf(events, 'sg-invalid')[0]?.detail as { code: string }).code).to.equal('card_declined');
      const root = uxOf(captain).shadowRoot;
      await waitForText(root, 'Payment declined');
      expect(root.querySelector<HTMLInputElement>('input[autocomplete="cc-number"]')?.readOnly).to.equal(false);
      expect(await orderStatus(orderId)).to.equal('initiated');
      await expect(uxOf(captain)).to.be.accessible();
    });

    it('a card that needs 3-D Secure goes through the bank page, then pays as applepay', async () => {
      const { captain, events, orderId } = await mountWallets();
      walletButton(captain, 'Pay with Apple Pay').click();
      await waitUntil(() => sheetOf(captain).dialog.open, 'no sheet');
      await chooseCard(captain, '3220');
      sheetButton(captain, 'Pay').click();
      const bank = () => uxOf(captain).shadowRoot.querySelector('sg-three-ds-dialog')?.shadowRoot;
      await waitUntil(() => bank()?.querySelector('dialog')?.open, 'no 3-D Secure page', { timeout: 5000 });
      expect(spaces(bank()?.textContent)).to.include('ending in 3220');
      bank()?.querySelector<HTMLButtonElement>('[data-outcome="approve"]')?.click();
      await waitUntil(() => eventsOf(events, 'sg-validated').length === 1, 'not validated', { timeout: 5000 });
      expect((await transactionsOf(orderId)).data.map((t) => [t.paymentMethod, t.status])).to.deep.equal([['applepay', 'captured']]);
    });
  });

  describe('Amazon Pay', () => {
    const fakePopup = () => {
      const popup = { closed: false, location: { href: '' }, close: () => void (popup.closed = true) };
      const open = window.open;
      window.open = (() => popup) as unknown as typeof window.open;
      return { popup, restore: () => void (window.open = open) };
    };

    it('opens the Amazon page; the buyer chooses 1111: an amazonpay payment validates the order', async () => {
      const { popup, restore } = fakePopup();
      try {
        const { captain, events, orderId } = await mountWallets();
        walletButton(captain, 'Pay with Amazon Pay').click();
        await waitUntil(() => popup.location.href.includes('/amazon-pay/amzs_'), 'the Amazon page never opened', { timeout: 5000 });
        await waitForText(buttonsOf(captain) as ShadowRoot, 'Finish in the Amazon Pay window');
        const sessionId = popup.location.href.split('/').at(-1) ?? '';
        await platformCall('POST', `/v1/hosted/amazon-pay/${sessionId}/answer`, '', { answer: '1111' });
        await waitUntil(() => eventsOf(events, 'sg-validated').length === 1, 'not validated', { timeout: 5000 });
        expect(popup.closed).to.equal(true);
        expect((await transactionsOf(orderId)).data.map((t) => [t.paymentMethod, t.status])).to.deep.equal([['amazonpay', 'captured']]);
      } finally {
        restore();
      }
    });

    it('the buyer cancels on Amazon: nothing created, no event, focus back on the button', async () => {
      const { popup, restore } = fakePopup();
      try {
        const { captain, events, orderId } = await mountWallets();
        const amazon = walletButton(captain, 'Pay with Amazon Pay');
        amazon.focus();
        amazon.click();
        await waitUntil(() => popup.location.href.includes('/amazon-pay/amzs_'), 'the Amazon page never opened', { timeout: 5000 });
        const sessionId = popup.location.href.split('/').at(-1) ?? '';
        await platformCall('POST', `/v1/hosted/amazon-pay/${sessionId}/answer`, '', { answer: 'cancel' });
        await waitUntil(() => deepActiveElement() === amazon, 'focus did not return', { timeout: 5000 });
        await waitForText(buttonsOf(captain) as ShadowRoot, 'Payment canceled');
        expect((await transactionsOf(orderId)).data).to.deep.equal([]);
        noErrors(events);
        await expect(uxOf(captain)).to.be.accessible();
      } finally {
        restore();
      }
    });
      const blockPopups = () => {
      const open = window.open;
      window.open = (() => null) as unknown as typeof window.open;
      return () => void (window.open = open);
    };
    const amazonLink = (captain: SgCaptain) => buttonsOf(captain)?.querySelector<HTMLAnchorElement>('.amazon-page a') ?? null;

    it('a blocked window: a link to Amazon’s page (focused, new tab), the page waits; 1111 there pays, the order as it was', async () => {
      const restore = blockPopups();
      try {
        const { captain, events, orderId } = await mountWallets();
        walletButton(captain, 'Pay with Amazon Pay').click();
        await waitUntil(() => amazonLink(captain), 'no link to Amazon’s page', { timeout: 5000 });
        const link = amazonLink(captain) as HTMLAnchorElement;
        expect(spaces(link.textContent)).to.equal('Open Amazon Pay (new tab)');
        expect([link.target, link.rel]).to.deep.equal(['_blank', 'noopener']);
        expect(new URL(link.href).pathname).to.match(/^\/amazon-pay\/amzs_/);
        await waitUntil(() => deepActiveElement() === link, 'the link did not take focus');
        await waitForText(buttonsOf(captain) as ShadowRoot, 'Your browser blocked the Amazon Pay window');
        await expect(uxOf(captain)).to.be.accessible();
        await platformCall('POST', `/v1/hosted/amazon-pay/${link.href.split('/').at(-1)}/answer`, '', { answer: '1111' });
        await waitUntil(() => eventsOf(events, 'sg-validated').length === 1, 'not validated', { timeout: 5000 });
        expect(amazonLink(captain)).to.equal(null);
        expect((await transactionsOf(orderId)).data.map((t) => [t.paymentMethod, t.status])).to.deep.equal([['amazonpay', 'captured']]);
      } finally {
        restore();
      }
    });

    it('a blocked window, then Cancel beside the link: nothing created, no event, focus back on the button', async () => {
      const restore = blockPopups();
      try {
        const { captain, events, orderId } = await mountWallets();
        const amazon = walletButton(captain, 'Pay with Amazon Pay');
        amazon.click();
        await waitUntil(() => amazonLink(captain), 'no link to Amazon’s page', { timeout: 5000 });
        const cancel = buttonsOf(captain)?.querySelector<HTMLButtonElement>('.amazon-page button');
        expect(spaces(cancel?.textContent)).to.equal('Cancel');
        cancel?.click();
        await waitUntil(() => deepActiveElement() === amazon, 'focus did not return', { timeout: 5000 });
        await waitForText(buttonsOf(captain) as ShadowRoot, 'Payment canceled');
        expect(amazonLink(captain)).to.equal(null);
        expect((await transactionsOf(orderId)).data).to.deep.equal([]);
        noErrors(events);
        await expect(uxOf(captain)).to.be.accessible();
      } finally {
        restore();
      }
    });
  });
});

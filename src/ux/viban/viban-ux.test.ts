import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { seededPlatform } from '../../../mock-server/seed.ts';
import type { Order, Viban } from '../../core/contract/index.ts';
import { defineSgElements } from '../../define.ts';
import { eventsOf, mountCaptainUx, spaces } from '../../test-support/dom.ts';
import { API_URL, useMockPlatform } from '../../test-support/mock-platform.ts';
import { platformCall } from '../../test-support/platform-api.ts';
import type { VibanUx } from './viban-ux.ts';

defineSgElements();
useMockPlatform();

const platform = seededPlatform('viban');

/** An order of `ux: "viban"`, which always carries its transfer details. */
type VibanOrder = Order & { viban: Viban };

async function mountViban(locale = 'en', fields: Record<string, unknown> = {}) {
  const order = await platformCall<VibanOrder>('POST', '/v1/orders', platform.secretKey, { amount: 12345, ux: 'viban', trackId: 'CMD-2027-0042', email: 'ada@example.com', ...fields });
  const mounted = await mountCaptainUx<VibanUx>('sg-viban-ux', { 'order-id': order.id, 'public-key': platform.publicKey, 'api-url': API_URL, locale });
  await waitUntil(() => mounted.root.querySelector('svg[role="img"]'), 'the QR code never showed', { timeout: 5000 });
  return { ...mounted, order };
}

const transfer = (orderId: string, amount: number, transferId?: string) =>
  platformCall('POST', `/v1/sandbox/orders/${orderId}/viban-transfer`, platform.secretKey, { amount, ...(transferId ? { transferId } : {}) });

const rowValue = (root: ShadowRoot, key: string) => spaces(root.querySelector(`#sg-value-${key}`)?.textContent);
const copyButtons = (root: ShadowRoot) => [...root.querySelectorAll<HTMLButtonElement>('button[part="copy-button"]')];
const copyButton = (root: ShadowRoot, name: string) => {
  const button = copyButtons(root).find((candidate) => spaces(candidate.textContent) === name);
  if (!button) throw new Error(`no button named ${name}`);
  return button;
};
const tooltip = (root: ShadowRoot) => root.querySelector<HTMLElement>('[role="tooltip"]') as HTMLElement;
const statusTexts = (root: ShadowRoot) => [...root.querySelectorAll('[role="status"]')].map((region) => spaces(region.textContent));
const grouped = (iban: string) => iban.replace(/(.{4})(?=.)/g, '$1 ');

/** Stubs the clipboard: what the page writes is kept in `written`; `fail` makes writing refused (no permission). */
function stubClipboard(fail = false) {
  const written: string[] = [];
  const clipboard = navigator.clipboard as Clipboard & { writeText: (text: string) => Promise<void> };
  Object.defineProperty(clipboard, 'writeText', {
    configurable: true,
    value: async (text: string) => {
      if (fail) throw new DOMException('Write permission denied.', 'NotAllowedError');
      written.push(text);
    },
  });
  return { written, restore: () => delete (clipboard as { writeText?: unknown }).writeText };
}

describe('virtual IBAN UX', () => {
  let clipboard: ReturnType<typeof stubClipboard> | undefined;
  afterEach(() => clipboard?.restore());

  describe('rendering', () => {
    it('shows the amount, beneficiary, IBAN grouped by 4, BIC and reference, the steps and a named QR code, accessible', async () => {
      const { root, captain, order, events } = await mountViban();
      expect(spaces(root.querySelector('h2')?.textContent)).to.equal('Pay by bank transfer');
      expect(rowValue(root, 'amount')).to.equal('€123.45');
      expect(rowValue(root, 'beneficiary')).to.equal('Virtual IBAN');
      expect(rowValue(root, 'iban')).to.equal(grouped(order.viban.iban));
      expect(rowValue(root, 'bic')).to.equal('SGCPFRP0XXX');
      expect(rowValue(root, 'reference')).to.equal('CMD-2027-0042');
      expect(copyButtons(root).map((button) => spaces(button.textContent))).to.deep.equal([
        'Copy Amount to transfer', 'Copy Beneficiary', 'Copy IBAN', 'Copy BIC', 'Copy Reference',
      ]);
      expect([...root.querySelectorAll('.steps li')].map((step) => spaces(step.textContent))[1]).to.equal('Make a transfer of exactly €123.45 to it, in euros.');
      const qr = root.querySelector('svg[role="img"]') as SVGSVGElement;
      expect(qr.getAttribute('aria-label')).to.equal(`QR code of a transfer of €123.45 to Virtual IBAN (IBAN ${grouped(order.viban.iban)})`);
      expect(qr.querySelector('path')?.getAttribute('d')).to.match(/^M\d+ \d+h1v1h-1z/);
      expect(eventsOf(events, 'sg-ready')[0]?.detail).to.include({ status: 'pending', ux: 'viban' });
      await expect(captain).to.be.accessible();
    });

    it('in French: words, money and the same raw values', async () => {
      const { root, captain, order } = await mountViban('fr');
      expect(spaces(root.querySelector('h2')?.textContent)).to.equal('Payer par virement bancaire');
      expect(rowValue(root, 'amount')).to.equal('123,45 €');
      expect(rowValue(root, 'iban')).to.equal(grouped(order.viban.iban));
      expect(spaces(copyButtons(root)[2]?.textContent)).to.equal('Copier IBAN');
      expect(spaces(root.querySelector('svg[role="img"]')?.getAttribute('aria-label'))).to.equal(`QR code d’un virement de 123,45 € à Virtual IBAN (IBAN ${grouped(order.viban.iban)})`);
      await expect(captain).to.be.accessible();
    });

    it('at 320 px, the amount and the BIC are each on one line (never cut inside a number or a code) and nothing overflows', async () => {
      await setViewport({ width: 320, height: 700 });
      try {
        const { root, captain } = await mountViban('fr', { amount: 123456789 });
        const lines = (key: string) => {
          const range = document.createRange();
          range.selectNodeContents(root.querySelector(`#sg-value-${key}`) as Node);
          return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
        };
        expect(rowValue(root, 'amount')).to.equal('1 234 567,89 €');
        expect(lines('amount'), 'amount').to.equal(1);
        expect(lines('bic'), 'BIC').to.equal(1);
        // The IBAN may wrap, but only between its groups of 4.
        const iban = root.querySelector('#sg-value-iban') as HTMLElement;
        expect(lines('iban')).to.be.below(4);
        expect(iban.scrollWidth).to.be.at.most(iban.clientWidth + 1);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        await expect(captain).to.be.accessible();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

  });

  describe('copy buttons', () => {
    it('copy the raw value, show "Copied" next to the button, announce it, and Escape hides it', async () => {
      clipboard = stubClipboard();
      const { root, ux, captain, order } = await mountViban();
      const ibanButton = copyButton(root, 'Copy IBAN');
      ibanButton.click();
      await waitUntil(() => !tooltip(root).hidden, 'no tooltip', { timeout: 3000 });
      expect(clipboard.written).to.deep.equal([order.viban.iban]);
      expect(spaces(tooltip(root).textContent)).to.equal('Copied');
      expect(ibanButton.getAttribute('aria-describedby')).to.equal(tooltip(root).id);
      await waitUntil(() => statusTexts(root).includes('IBAN copied'), 'not announced');
      // Placed by floating-ui just above its button.
      await waitUntil(() => tooltip(root).style.top !== '', 'never placed');
      const [tip, button] = [tooltip(root).getBoundingClientRect(), ibanButton.getBoundingClientRect()];
      expect(tip.bottom).to.be.within(button.top - 12, button.top + 1);
      expect(tip.left + tip.width / 2).to.be.closeTo(button.left + button.width / 2, 2);
      await expect(captain).to.be.accessible();
      ibanButton.focus();
      await sendKeys({ press: 'Escape' });
      await ux.updateComplete;
      expect(tooltip(root).hidden).to.equal(true);
      expect(ibanButton.hasAttribute('aria-describedby')).to.equal(false);

      copyButton(root, 'Copy Amount to transfer').click();
      await waitUntil(() => clipboard?.written.length === 2, 'amount not copied');
      expect(clipboard.written[1]).to.equal('123.45');
    });

    it('keyboard: Tab reaches the buttons in reading order, Enter and Space copy', async () => {
      clipboard = stubClipboard();
      const { root, order } = await mountViban();
      copyButton(root, 'Copy Amount to transfer').focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(root.activeElement).to.equal(copyButton(root, 'Copy IBAN'));
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      await waitUntil(() => clipboard?.written.length === 2, 'not copied by keyboard');
      expect(clipboard.written).to.deep.equal([order.viban.iban, 'SGCPFRP0XXX']);
    });

    it('a refused clipboard says to select the text instead', async () => {
      clipboard = stubClipboard(true);
      const { root, captain } = await mountViban();
      copyButton(root, 'Copy BIC').click();
      await waitUntil(() => !tooltip(root).hidden, 'no tooltip', { timeout: 3000 });
      expect(spaces(tooltip(root).textContent)).to.equal('Could not copy: select the text instead');
      await expect(captain).to.be.accessible();
    });

    it('a copy said in English is not kept once the page switches to French: the tooltip says "Copié", the next copy is announced in French', async () => {
      clipboard = stubClipboard();
      const { root, ux, captain } = await mountViban();
      copyButton(root, 'Copy IBAN').click();
      await waitUntil(() => statusTexts(root).includes('IBAN copied'), 'not announced');
      captain.setAttribute('locale', 'fr');
      await waitUntil(() => copyButtons(root).some((button) => spaces(button.textContent) === 'Copier IBAN'), 'never switched to French');
      await ux.updateComplete;
      expect(statusTexts(root), 'the English announcement stays').to.deep.equal(['', '']);
      expect(spaces(tooltip(root).textContent)).to.equal('Copié');
      copyButton(root, 'Copier BIC').click();
      await waitUntil(() => statusTexts(root).includes('BIC copié'), 'the next copy is not announced in French');
    });
  });

  describe('live order', () => {
    it('a partial transfer shows and announces what is left, and the QR code asks for it; the rest completes it, once', async () => {
      const { root, captain, order, events } = await mountViban();
      await transfer(order.id, 5000, 'E2E-1');
      await waitUntil(() => rowValue(root, 'amount') === '€73.45', 'the partial transfer never showed', { timeout: 3000 });
      expect(spaces(root.querySelector('#sg-payment-notice')?.textContent)).to.equal(
        'Transfer received: €73.45 left to pay We received €50.00 of €123.45. Transfer the remaining €73.45 to the same IBAN, with the same reference.',
      );
      expect(statusTexts(root)).to.include('Transfer received: €50.00 of €123.45. €73.45 left to transfer.');
      await waitUntil(() => /€73\.45/.test(root.querySelector('svg[role="img"]')?.getAttribute('aria-label') ?? ''), 'the QR code still asks the whole amount');
      await expect(captain).to.be.accessible();

      await transfer(order.id, 7345, 'E2E-2');
      await waitUntil(() => root.querySelector('#sg-success-title'), 'never completed', { timeout: 3000 });
      expect(spaces(root.querySelector('[part="success"]')?.textContent)).to.equal('Payment received We received your transfer of €123.45. Your order is paid. Reference: CMD-2027-0042');
      await waitUntil(() => eventsOf(events, 'sg-validated').length === 1, 'no sg-validated');
      const transactions = await platformCall<{ id: string }[]>('GET', `/v1/orders/${order.id}/transactions`, platform.secretKey);
      expect(eventsOf(events, 'sg-validated')[0]?.detail).to.deep.equal({
        order: order.id, amount: 12345, auth: transactions[1]?.id, email: 'ada@example.com', firstName: undefined, lastName: undefined, status: 'completed',
      });
      await expect(captain).to.be.accessible();
      // A transfer after completion is a surplus: the success stays, nothing fires again.
      await transfer(order.id, 100);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(root.querySelector('#sg-success-title')).to.not.equal(null);
      expect(eventsOf(events, 'sg-validated')).to.have.length(1);
    });

    it('in French, the partial transfer and the success', async () => {
      const { root, captain, order } = await mountViban('fr');
      await transfer(order.id, 5000);
      await waitUntil(() => rowValue(root, 'amount') === '73,45 €', 'the partial transfer never showed', { timeout: 3000 });
      expect(spaces(root.querySelector('#sg-payment-notice h3')?.textContent)).to.equal('Virement reçu : il reste 73,45 € à payer');
      await expect(captain).to.be.accessible();
      await transfer(order.id, 7345);
      await waitUntil(() => spaces(root.querySelector('#sg-success-title')?.textContent) === 'Paiement reçu', 'never completed', { timeout: 3000 });
      await expect(captain).to.be.accessible();
    });

    it('the completion is announced in the live region the partial transfer used, and what was left is no longer said', async () => {
      const { root, order } = await mountViban();
      await transfer(order.id, 5000);
      await waitUntil(() => statusTexts(root).includes('Transfer received: €50.00 of €123.45. €73.45 left to transfer.'), 'partial not announced', { timeout: 3000 });
      const region = [...root.querySelectorAll('[role="status"]')].find((candidate) => /left to transfer/.test(candidate.textContent ?? ''));
      await transfer(order.id, 7345);
      await waitUntil(() => root.querySelector('#sg-success-title'), 'never completed', { timeout: 3000 });
      expect(statusTexts(root).some((text) => /left to transfer/.test(text))).to.equal(false);
      expect(statusTexts(root)).to.include('Payment received. We received your transfer of €123.45. Your order is paid.');
      // The same node: a live region inserted together with its text is not read out.
      expect(region?.isConnected).to.equal(true);
    });

    it('focus on a copy button moves to the success title when the order completes', async () => {
      const { root, order } = await mountViban();
      copyButton(root, 'Copy Reference').focus();
      await transfer(order.id, 12345);
      await waitUntil(() => root.activeElement?.id === 'sg-success-title', 'focus was lost', { timeout: 3000 });
    });
  });
});

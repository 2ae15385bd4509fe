import { expect, waitUntil } from '@open-wc/testing';
import { seededPlatform, type PlatformSlug } from '../../../mock-server/seed.ts';
import { defineSgElements } from '../../define.ts';
import type { SgCaptain } from '../../elements/sg-captain/sg-captain.ts';
import { eventsOf, inputByLabel, mountCaptainUx, spaces, typeInto } from '../../test-support/dom.ts';
import { API_URL, http, HttpResponse, mockPlatform, useMockPlatform } from '../../test-support/mock-platform.ts';
import { platformCall } from '../../test-support/platform-api.ts';
import type { MountedUx } from '../ux-contract.ts';
import type { WalletMethod } from '../../core/wallet-methods.ts';

defineSgElements();
useMockPlatform();

/**
 * Every UX that takes a card shows the wallet buttons the host offers, above its card form, with what that UX pays now
 * on the sheet. (No seeded split or installments platform enables a wallet: the host's offer is made by hand here.)
 */
async function mountOffered(slug: PlatformSlug, tag: string, fields: Record<string, unknown>, methods: WalletMethod[] = ['applepay', 'googlepay']) {
  const platform = seededPlatform(slug);
  const order = await platformCall<{ id: string }>('POST', '/v1/orders', platform.secretKey, { amount: 10000, email: 'ada@example.com', firstName: 'Ada', ...fields });
  const mounted = await mountCaptainUx<HTMLElement & { updateComplete: Promise<unknown> }>(tag, { 'order-id': order.id, 'public-key': platform.publicKey, 'api-url': API_URL });
  await import('./index.ts');
  (mounted.captain as SgCaptain & { state: { ux: MountedUx } }).state.ux.offerWallets({ methods, simulated: true });
  await mounted.ux.updateComplete;
  return mounted;
}

const walletsIn = (root: ShadowRoot) => root.querySelector('sg-wallet-buttons')?.shadowRoot ?? null;

async function sheetAmountFor(root: ShadowRoot): Promise<string> {
  await (root.host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  const buttons = walletsIn(root);
  const google = [...(buttons?.querySelectorAll('button') ?? [])].find((button) => spaces(button.textContent) === 'Pay with Google Pay');
  google?.click();
  const sheet = () => buttons?.querySelector('sg-wallet-sheet')?.shadowRoot;
  await waitUntil(() => sheet()?.querySelector('dialog')?.open, 'no sheet');
  const amount = spaces(sheet()?.querySelector('.amount')?.textContent);
  [...(sheet()?.querySelectorAll('button') ?? [])].find((button) => spaces(button.textContent) === 'Cancel')?.click();
  // Cancel gives focus back to the wallet button: wait for it, or the next keys would go there.
  await waitUntil(() => buttons?.activeElement === google, 'focus did not return to the wallet button');
  return amount;
}

describe('wallet buttons in the card UXs', () => {
  it('installments: above the card form, the first installment on the sheet', async () => {
    const { root } = await mountOffered('installments', 'sg-installments-ux', { ux: 'installment', installmentsCount: 4 });
    const buttons = walletsIn(root);
    expect([...(buttons?.querySelectorAll('button') ?? [])].map((button) => spaces(button.textContent))).to.deep.equal(['Pay with Apple Pay', 'Pay with Google Pay']);
    const wallets = root.querySelector('sg-wallet-buttons') as Element;
    const cardNumber = inputByLabel(root, 'Card number');
    expect(wallets.compareDocumentPosition(cardNumber) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    const firstRow = spaces(root.querySelector('[part="schedule-row"]')?.textContent);
    const amount = await sheetAmountFor(root);
    expect(amount).to.match(/^€\d+\.\d{2}$/);
    expect(firstRow).to.include(amount);
    await expect(root.host).to.be.accessible();
  });

  it('split: shown once the share is valid, the captain’s share on the sheet', async () => {
    const { root } = await mountOffered('split-direct', 'sg-split-ux', { ux: 'collect' });
    expect(walletsIn(root)).to.not.equal(null);
    const participants = inputByLabel(root, 'Number of participants, you included');
    participants.focus();
    participants.select();
    await typeInto(participants, '3');
    expect(await sheetAmountFor(root)).to.equal('€33.34');
    await expect(root.host).to.be.accessible();
  });

  it('multi: a wallet pays one card’s part, the amount typed; no button while the amount is not one', async () => {
    const { root } = await mountOffered('multi-wallets', 'sg-multi-ux', { ux: 'multi' }, ['applepay', 'googlepay', 'amazonpay']);
    expect(await sheetAmountFor(root)).to.equal('€100.00');
    const amount = inputByLabel(root, 'Amount to pay with this card');
    amount.focus();
    amount.select();
    await typeInto(amount, '30');
    expect(await sheetAmountFor(root)).to.equal('€30.00');
    // Amazon Pay's page shows that part too (its window blocked here: the link names the session).
    const open = window.open;
    window.open = (() => null) as unknown as typeof window.open;
    try {
      const amazon = [...(walletsIn(root)?.querySelectorAll('button') ?? [])].find((button) => spaces(button.textContent) === 'Pay with Amazon Pay');
      amazon?.click();
      const link = () => walletsIn(root)?.querySelector<HTMLAnchorElement>('.amazon-page a');
      await waitUntil(link, 'no link to Amazon’s page', { timeout: 5000 });
      const page = await platformCall<{ amount: number }>('GET', `/v1/hosted/amazon-pay/${link()?.href.split('/').at(-1)}`, '');
      expect(page.amount).to.equal(3000);
      walletsIn(root)?.querySelector<HTMLButtonElement>('.amazon-page button')?.click();
      await waitUntil(() => walletsIn(root)?.activeElement === amazon, 'focus did not return to Amazon Pay', { timeout: 5000 });
    } finally {
      window.open = open;
    }
    amount.focus();
    amount.select();
    await typeInto(amount, '300');
    await (root.host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(walletsIn(root)).to.equal(null);
    await expect(root.host).to.be.accessible();
  });

  it('a UX that takes no card (a bank transfer initiation): no button, and sg-ready says no wallet can pay there', async () => {
    // No seeded platform offers a wallet beside a transfer: the checkout is the platform's own, with Apple Pay added.
    const platform = seededPlatform('pis');
    const order = await platformCall<{ id: string }>('POST', '/v1/orders', platform.secretKey, { amount: 4000, ux: 'pis', email: 'ada@example.com' });
    const checkout = await platformCall<{ settings: { paymentMethods: string[] } }>('GET', `/v1/checkout/${order.id}`, platform.publicKey);
    checkout.settings.paymentMethods = ['pis', 'applepay'];
    mockPlatform.use(http.get('*/v1/checkout/:id', () => HttpResponse.json({ success: true, data: checkout }), { once: true }));
    const { root, events } = await mountCaptainUx<HTMLElement>('sg-pis-ux', { 'order-id': order.id, 'public-key': platform.publicKey, 'api-url': API_URL, 'sandbox-wallets': '' });
    await waitUntil(() => eventsOf(events, 'sg-ready').length === 1, 'not ready');
    expect((eventsOf(events, 'sg-ready')[0]?.detail as { availablePaymentMethods: unknown }).availablePaymentMethods).to.deep.equal({ pis: true, applepay: false });
    expect(walletsIn(root)).to.equal(null);
  });
});

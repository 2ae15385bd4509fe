/**
 * Live orders in the captain's widget and the sharing link: changes made elsewhere (co-buyers, the merchant, the
 * deadline, the sandbox clock) show within 2 s, and an order that can no longer be paid stops offering to pay.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { seededPlatform, type PlatformSlug } from '../../../mock-server/seed.ts';
import { addMonths, DAY_MS } from '../../core/schedule.ts';
import { defineSgElements } from '../../define.ts';
import { eventsOf, inputByLabel, mountCaptain, spaces, typeCard, typeInto } from '../../test-support/dom.ts';
import { API_URL, CARDS, useMockPlatform } from '../../test-support/mock-platform.ts';
import { platformCall } from '../../test-support/platform-api.ts';
import type { SgCaptain } from './sg-captain.ts';

defineSgElements();
useMockPlatform();

const call = (method: string, path: string, key: string, body?: unknown) => platformCall<any>(method, path, key, body);
const LIVE = { timeout: 2000, interval: 50 };

async function mount(slug: PlatformSlug, fields: Record<string, unknown>, locale = 'en') {
  const platform = seededPlatform(slug);
  const order = await call('POST', '/v1/orders', platform.secretKey, { amount: 9000, firstName: 'Ada', email: 'ada@example.com', ...fields });
  const mounted = await mountCaptain({ 'order-id': order.id, 'public-key': platform.publicKey, 'api-url': API_URL, locale });
  return { ...mounted, order, platform };
}

const uxRoot = (captain: SgCaptain) => captain.shadowRoot?.querySelector('[part="base"] > *')?.shadowRoot ?? null;
const allText = (captain: SgCaptain) => spaces(`${captain.shadowRoot?.textContent ?? ''} ${uxRoot(captain)?.textContent ?? ''}`);
const payButtons = (captain: SgCaptain) => [...(uxRoot(captain)?.querySelectorAll('button') ?? [])].filter((button) => /^Pay|^Payer/.test(spaces(button.textContent)));
const closedText = (captain: SgCaptain) => spaces(captain.shadowRoot?.querySelector('[part="closed"]')?.textContent);

describe('live orders', () => {
  it('the merchant cancels a single order: the form gives way to why, within 2 s, and the page is told', async () => {
    const { captain, events, order, platform } = await mount('single', { amount: 2500 });
    expect(payButtons(captain).length).to.equal(1);
    await call('POST', `/v1/orders/${order.id}/cancel`, platform.secretKey);
    await waitUntil(() => closedText(captain).includes('This order has been canceled. There is nothing to pay.'), 'still offering to pay', LIVE);
    expect(payButtons(captain)).to.deep.equal([]);
    expect(captain.shadowRoot?.querySelector('[part="closed"]')?.getAttribute('role')).to.equal('status');
    expect(eventsOf(events, 'sg-error').map((event) => (event.detail as { code: string }).code)).to.deep.equal(['order_not_payable']);
    await expect(captain).to.be.accessible();
  });

  it('a multi order canceled by the merchant stops offering "Pay €70.00", in French too', async () => {
    const { captain, order, platform } = await mount('multi', { amount: 7000, ux: 'multi' }, 'fr');
    expect(payButtons(captain).length).to.be.greaterThan(0);
    await call('POST', `/v1/orders/${order.id}/cancel`, platform.secretKey);
    await waitUntil(() => closedText(captain).includes('Cette commande a été annulée.'), 'still offering to pay', LIVE);
    expect(allText(captain)).not.to.include('Payer');
  });

  it('paying a multi order at the moment the merchant cancels it ends on why, not on "Something went wrong" with the form', async () => {
    const { captain, events, order, platform } = await mount('multi', { amount: 7000, ux: 'multi' });
    const root = uxRoot(captain) as ShadowRoot;
    await typeCard(root, { number: CARDS.success });
    await call('POST', `/v1/orders/${order.id}/cancel`, platform.secretKey);
    payButtons(captain)[0]?.click();
    await waitUntil(() => closedText(captain).includes('This order has been canceled.'), 'the form stayed after the refusal', LIVE);
    expect(payButtons(captain)).to.deep.equal([]);
    expect(eventsOf(events, 'sg-validated')).to.deep.equal([]);
    // One refusal, one event: the closed state that follows it does not tell the page a second time (atk14c).
    expect(eventsOf(events, 'sg-error').map((event) => (event.detail as { code: string }).code)).to.deep.equal(['order_not_payable']);
    const transactions = await call('GET', `/v1/orders/${order.id}/transactions`, platform.secretKey);
    expect(transactions).to.deep.equal([]);
  });

  it('the deadline passes (sandbox clock): the captain is told the deadline has passed', async () => {
    const { captain, order, platform } = await mount('split-standard', { ux: 'collect', delay: 60 });
    expect(payButtons(captain).length).to.equal(1);
    await call('POST', '/v1/sandbox/clock', platform.secretKey, { advanceBy: 2 * 60 * 60_000 });
    expect((await call('GET', `/v1/orders/${order.id}`, platform.secretKey)).status).to.equal('canceled');
    await waitUntil(() => closedText(captain).includes('has passed, so it has been canceled'), 'still offering to pay', LIVE);
    const deadline = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date(order.dueDate));
    expect(closedText(captain)).to.include(`The deadline to pay this order (${deadline})`);
  });

  it('co-buyers pay after the captain: the captain’s progress follows within 2 s', async () => {
    const { captain, events, order, platform } = await mount('split-standard', { ux: 'collect' });
    await call('POST', `/v1/sandbox/orders/${order.id}/pay`, platform.secretKey, { amount: 3000 });
    // This page's captain is another tab's: it learns the captain paid (confirmed) and shows the group's progress.
    await waitUntil(() => allText(captain).includes('€30.00 collected of €90.00'), 'the captain’s payment never showed', LIVE);
    await call('POST', `/v1/sandbox/orders/${order.id}/pay`, platform.secretKey, { amount: 2000 });
    await waitUntil(() => allText(captain).includes('€50.00 collected of €90.00'), 'still "€30 of €90"', LIVE);
    expect(eventsOf(events, 'sg-error')).to.deep.equal([]);
    await expect(captain).to.be.accessible();
  });

  it('the captain pays in this widget, then co-buyers pay: the success screen’s progress follows', async () => {
    const { captain, events, order, platform } = await mount('split-standard', { ux: 'collect' });
    const root = uxRoot(captain) as ShadowRoot;
    inputByLabel(root, 'Choose my amount').click();
    await captain.updateComplete;
    await typeInto(inputByLabel(root, 'Amount you pay'), '30');
    await typeCard(root, { number: CARDS.success });
    payButtons(captain)[0]?.click();
    await waitUntil(() => eventsOf(events, 'sg-validated').length === 1, 'not validated', { timeout: 5000 });
    expect(allText(captain)).to.include('€30.00 collected of €90.00');
    await call('POST', `/v1/sandbox/orders/${order.id}/pay`, platform.secretKey, { amount: 1000 });
    await waitUntil(() => allText(captain).includes('€40.00 collected of €90.00'), 'the success screen stayed stale', LIVE);
    expect(uxRoot(captain)?.querySelector('#sg-success-title')).not.to.equal(null);
    expect(eventsOf(events, 'sg-error')).to.deep.equal([]);
  });

  it('the captain came back to a confirmed split order, then the merchant refunds it (nothing captured: canceled): it says so within 2 s', async () => {
    const platform = seededPlatform('split-standard');
    const order = await call('POST', '/v1/orders', platform.secretKey, { amount: 9000, ux: 'collect', firstName: 'Ada' });
    await call('POST', `/v1/sandbox/orders/${order.id}/pay`, platform.secretKey, { amount: 3000 });
    const { captain, events } = await mountCaptain({ 'order-id': order.id, 'public-key': platform.publicKey, 'api-url': API_URL });
    await waitUntil(() => allText(captain).includes('€30.00 collected of €90.00'), 'no progress', { timeout: 5000 });
    await call('POST', `/v1/orders/${order.id}/refund`, platform.secretKey, {});
    await waitUntil(() => closedText(captain).includes('This order has been canceled. There is nothing to pay.'), 'still showing the group paying', LIVE);
    expect(eventsOf(events, 'sg-error').map((event) => (event.detail as { code: string }).code)).to.deep.equal(['order_not_payable']);
  });

  it('the captain paid here, then the merchant cancels: the success screen gives way to why', async () => {
    const { captain, events, order, platform } = await mount('split-standard', { ux: 'collect' });
    const root = uxRoot(captain) as ShadowRoot;
    inputByLabel(root, 'Choose my amount').click();
    await captain.updateComplete;
    await typeInto(inputByLabel(root, 'Amount you pay'), '30');
    await typeCard(root, { number: CARDS.success });
    payButtons(captain)[0]?.click();
    await waitUntil(() => eventsOf(events, 'sg-validated').length === 1, 'not validated', { timeout: 5000 });
    await call('POST', `/v1/orders/${order.id}/cancel`, platform.secretKey);
    await waitUntil(() => closedText(captain).includes('This order has been canceled.'), 'the success screen still invites the group', LIVE);
  });

  it('moving the sandbox clock moves the installment preview and the card check', async () => {
    const scoring = { birthDate: '1990-05-04', streetAddress: '1 rue de la Paix', postalCode: '75002', city: 'Paris', phone: '+33 6 12 34 56 78' };
    const { captain, platform } = await mount('installments-financed', { amount: 10000, scoring });
    const rowDates = () => [...(uxRoot(captain)?.querySelectorAll('[part="schedule-row"]') ?? [])].map((row) => spaces(row.textContent));
    const longDate = (ms: number) => new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date(ms));
    const moved = await call('POST', '/v1/sandbox/clock', platform.secretKey, { advanceBy: 49 * DAY_MS });
    await waitUntil(() => rowDates()[1]?.startsWith(longDate(addMonths(moved.now, 1))), `preview still on the device clock: ${rowDates().join(' | ')}`, LIVE);
    // A card valid through this month on the device's clock has expired on the platform's, 49 days later.
    const deviceMonth = new Date();
    const mm = String(deviceMonth.getUTCMonth() + 1).padStart(2, '0');
    const yy = String(deviceMonth.getUTCFullYear() % 100).padStart(2, '0');
    const root = uxRoot(captain) as ShadowRoot;
    await typeCard(root, { number: CARDS.success, expiry: `${mm}${yy}` });
    payButtons(captain)[0]?.click();
    await waitUntil(() => spaces(root.querySelector('#sg-card-expiry-error')?.textContent) !== '', 'the card was not judged on the platform clock', { timeout: 5000 });
  });

  it('<sg-link> stops inviting once the merchant cancels, and says so politely', async () => {
    const platform = seededPlatform('split-direct');
    const order = await call('POST', '/v1/orders', platform.secretKey, { amount: 5000, ux: 'collect' });
    const link = document.createElement('sg-link');
    for (const [name, value] of Object.entries({ 'order-id': order.id, 'public-key': platform.publicKey, 'api-url': API_URL, locale: 'fr' })) link.setAttribute(name, value);
    document.body.append(link);
    try {
      await waitUntil(() => link.shadowRoot?.querySelector('input'), 'the link never loaded', { timeout: 5000 });
      await call('POST', `/v1/orders/${order.id}/cancel`, platform.secretKey);
      const closed = 'Cette commande a été annulée : le lien de partage n’accepte plus de paiement.';
      await waitUntil(() => spaces(link.shadowRoot?.querySelector('[part="closed"]')?.textContent) === closed, 'the link still invites', LIVE);
      expect(link.shadowRoot?.querySelector('input')).to.equal(null);
      expect(spaces(link.shadowRoot?.querySelector('[role="status"]')?.textContent)).to.equal(closed);
      await expect(link).to.be.accessible();
    } finally {
      link.remove();
    }
  });

  it('the single UX judges a card\'s expiry on the platform clock too', async () => {
    const platform = seededPlatform('single');
    await call('POST', '/v1/sandbox/clock', platform.secretKey, { advanceBy: 40 * DAY_MS });
    const { captain } = await mount('single', { amount: 2500 });
    const device = new Date();
    const expiry = `${String(device.getUTCMonth() + 1).padStart(2, '0')}${String(device.getUTCFullYear() % 100).padStart(2, '0')}`;
    const root = uxRoot(captain) as ShadowRoot;
    await typeCard(root, { number: CARDS.success, expiry });
    payButtons(captain)[0]?.click();
    await waitUntil(() => spaces(root.querySelector('#sg-card-expiry-error')?.textContent) !== '', 'a card expired on the platform clock was accepted', { timeout: 5000 });
    const transactions = await call('GET', `/v1/orders/${captain.orderId}/transactions`, platform.secretKey);
    expect(transactions).to.deep.equal([]);
  });
});

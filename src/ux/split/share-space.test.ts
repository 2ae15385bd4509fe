import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { seededPlatform } from '../../../mock-server/seed.ts';
import { defineElement } from '../../define-element.ts';
import { ThreeDSDialog } from '../../parts/three-ds-dialog.ts';
import { inputByLabel, spaces, typeCard, typeInto } from '../../test-support/dom.ts';
import { API_URL, CARDS, useMockPlatform } from '../../test-support/mock-platform.ts';
import { platformCall, type SplitAnswer } from '../../test-support/platform-api.ts';
import { ShareSpace } from './share-space.ts';

defineElement('sg-three-ds-dialog', ThreeDSDialog);
defineElement('sg-share-space', ShareSpace);
useMockPlatform();

type Slug = 'split-direct' | 'split-standard';

const call = <T = SplitAnswer>(method: string, path: string, key: string, body?: unknown) => platformCall<T>(method, path, key, body);

async function newOrder(slug: Slug, fields: Record<string, unknown>, captainPays?: Record<string, unknown>) {
  const platform = seededPlatform(slug);
  const order = await call('POST', '/v1/orders', platform.secretKey, { amount: 9000, ux: 'collect', firstName: 'Ada', ...fields });
  if (captainPays) await call('POST', `/v1/sandbox/orders/${order.id}/pay`, platform.secretKey, captainPays);
  return { order, platform };
}

async function mountSpace(orderId: string, slug: Slug, { locale = 'en' } = {}) {
  const space = await fixture<ShareSpace>(
    html`<sg-share-space order-id=${orderId} public-key=${seededPlatform(slug).publicKey} api-url=${API_URL} locale=${locale}></sg-share-space>`,
  );
  await waitUntil(() => space.load.kind !== 'loading', 'never loaded', { timeout: 5000 });
  await space.updateComplete;
  return { space, root: space.shadowRoot as ShadowRoot };
}

const fillCard = (root: ShadowRoot, number: string = CARDS.success) => typeCard(root, { number, holder: 'Bob Martin' });

const payButton = (root: ShadowRoot) => root.querySelector<HTMLButtonElement>('button[type="submit"]');

describe('<sg-share-space>', () => {
  it('shows the captain, basket, deadline, platform and progress; a co-buyer pays a share', async () => {
    const { order, platform } = await newOrder('split-standard', { items: [{ name: 'Cabin', amount: 9000 }] }, { amount: 3000 });
    const { space, root } = await mountSpace(order.id, 'split-standard');
    const text = spaces(root.textContent);
    expect(text).to.include('Ada invites you to share an order');
    expect(text).to.include('Sold by Split payment (standard validation)');
    expect(text).to.include('Cabin × 1');
    // The deadline is an instant: date, 24-hour time and the zone it is written in (src/core/date-format.ts).
    expect(text).to.match(/Open until [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{2}:\d{2} (UTC|GMT[+-]\d{1,2}(:\d{2})?|[A-Z]{3,5})\b/);
    expect(text).to.include('€30.00 collected of €90.00');
    expect(text).to.include('€60.00 left to collect');
    await expect(space).to.be.accessible();
    await typeInto(inputByLabel(root, 'Amount you pay'), '25');
    await typeInto(inputByLabel(root, 'Your first name (optional)'), 'Bob');
    await fillCard(root);
    expect(spaces(payButton(root)?.textContent)).to.equal('Pay €25.00');
    payButton(root)?.click();
    await waitUntil(() => root.activeElement?.id === 'sg-thanks-title', 'the thanks heading never got focus', { timeout: 5000 });
    expect(spaces(root.textContent)).to.include('You paid €25.00.');
    await waitUntil(() => spaces(root.textContent).includes('€55.00 collected of €90.00'), 'progress not refreshed', { timeout: 5000 });
    const [, cobuyer] = await call<SplitAnswer[]>('GET', `/v1/orders/${order.id}/transactions`, platform.secretKey);
    expect([cobuyer?.amount, cobuyer?.status, cobuyer?.firstName]).to.deep.equal([2500, 'authorized', 'Bob']);
    await expect(space).to.be.accessible();
  });

  it('refuses an amount above what is left before paying, with the error tied to the field', async () => {
    const { order } = await newOrder('split-direct', {}, { amount: 3000 });
    const { space, root } = await mountSpace(order.id, 'split-direct');
    const amount = inputByLabel(root, 'Amount you pay');
    await typeInto(amount, '60,01');
    await fillCard(root);
    payButton(root)?.click();
    await waitUntil(() => amount.getAttribute('aria-invalid') === 'true', 'no error');
    expect(root.activeElement).to.equal(amount);
    expect(spaces(root.querySelector('#sg-share-error')?.textContent)).to.equal('Enter at most €60.00.');
    await expect(space).to.be.accessible();
  });

  it('someone paid in the meantime: the platform refuses, the page says what is left and shows it', async () => {
    const { order, platform } = await newOrder('split-standard', {}, { amount: 3000 });
    const { root } = await mountSpace(order.id, 'split-standard');
    await typeInto(inputByLabel(root, 'Amount you pay'), '50');
    await fillCard(root);
    // Pays at once after the other co-buyer, before the live update can show it: the platform is the one to refuse.
    await call('POST', `/v1/sandbox/orders/${order.id}/pay`, platform.secretKey, { amount: 4000 });
    payButton(root)?.click();
    await waitUntil(() => root.querySelector('#sg-payment-notice'), 'no notice', { timeout: 5000 });
    expect(spaces(root.querySelector('#sg-payment-notice')?.textContent)).to.include('Someone paid in the meantime: only €20.00 is left to pay.');
    expect(root.activeElement?.id).to.equal('sg-payment-notice');
    expect(spaces(root.textContent)).to.include('€70.00 collected of €90.00');
  });

  it('picking: paid items cannot be chosen; the share is the chosen items', async () => {
    const items = [{ name: 'Tent', amount: 5000 }, { name: 'Stove', amount: 2000, quantity: 2 }];
    const platform = seededPlatform('split-direct');
    const order = await call('POST', '/v1/orders', platform.secretKey, { amount: 9000, ux: 'picking', firstName: 'Ada', items });
    await call('POST', `/v1/sandbox/orders/${order.id}/pay`, platform.secretKey, { itemIds: [order.items[0]?.id] });
    const { space, root } = await mountSpace(order.id, 'split-direct');
    const tent = inputByLabel(root, 'Tent × 1, €50.00 (already paid)');
    expect(tent.disabled).to.equal(true);
    inputByLabel(root, 'Stove × 2, €40.00').click();
    await space.updateComplete;
    expect(spaces(payButton(root)?.textContent)).to.equal('Pay €40.00');
    await expect(space).to.be.accessible();
    await fillCard(root);
    payButton(root)?.click();
    await waitUntil(() => root.querySelector('#sg-thanks-title'), 'no thanks', { timeout: 5000 });
    expect((await call('GET', `/v1/orders/${order.id}`, platform.secretKey)).status).to.equal('completed');
  });

  it('follows the group live: the captain paying opens the form, and the change is announced', async () => {
    const { order, platform } = await newOrder('split-standard', {});
    const { space, root } = await mountSpace(order.id, 'split-standard');
    expect(spaces(root.textContent)).to.include('The organiser has not paid their share yet');
    expect(payButton(root)).to.equal(null);
    await expect(space).to.be.accessible();
    await call('POST', `/v1/sandbox/orders/${order.id}/pay`, platform.secretKey, { amount: 1500 });
    // Within 2 s: the live controller hears of the change, no fixed polling interval.
    await waitUntil(() => payButton(root), 'the form never opened', { timeout: 2000 });
    const statuses = [...root.querySelectorAll('[role="status"]')].map((region) => spaces(region.textContent));
    expect(statuses).to.include('€15.00 collected, €75.00 left.');
  });

  for (const [label, setUp, title] of [
    ['completed', async (orderId: string, sk: string) => call('POST', `/v1/sandbox/orders/${orderId}/pay`, sk, { amount: 6000 }), 'The full amount has been collected'],
    ['expired', async (_orderId: string, sk: string) => call('POST', '/v1/sandbox/clock', sk, { advanceBy: 2 * 60 * 60_000 }), 'This sharing has ended'],
  ] as const) {
    it(`a ${label} sharing says so and offers nothing to pay`, async () => {
      const { order, platform } = await newOrder('split-standard', { delay: 60 }, { amount: 3000 });
      await setUp(order.id, platform.secretKey);
      const { space, root } = await mountSpace(order.id, 'split-standard');
      expect(spaces(root.querySelector('#sg-closed-title')?.textContent)).to.equal(title);
      expect(payButton(root)).to.equal(null);
      expect(root.querySelector('input')).to.equal(null);
      await expect(space).to.be.accessible();
    });
  }

  it('an unknown order says the link is not valid', async () => {
    const { space, root } = await mountSpace('ord_unknown', 'split-direct');
    expect(spaces(root.textContent)).to.include('Sharing link not valid');
    await expect(space).to.be.accessible();
  });

  it('a malformed answer says something went wrong, not that the connection failed', async () => {
    const { order } = await newOrder('split-standard', {});
    const realFetch = window.fetch;
    window.fetch = (input, init) =>
      String(input instanceof Request ? input.url : input).includes('/sharing')
        ? Promise.resolve(new Response('{"data": {"id": ', { status: 200, headers: { 'Content-Type': 'application/json' } }))
        : realFetch(input, init);
    try {
      const { space, root } = await mountSpace(order.id, 'split-standard');
      expect(spaces(root.textContent)).to.include('Something went wrong');
      expect(spaces(root.textContent)).not.to.include('Check your connection');
      await expect(space).to.be.accessible();
    } finally {
      window.fetch = realFetch;
    }
  });

  it('speaks French, with French money and dates', async () => {
    const { order } = await newOrder('split-direct', {}, { amount: 3000 });
    const { root } = await mountSpace(order.id, 'split-direct', { locale: 'fr' });
    const text = spaces(root.textContent);
    expect(text).to.include('Ada vous invite à partager une commande');
    expect(text).to.include('30,00 € collectés sur 90,00 €');
    expect(text).to.match(/Ouvert jusqu’au \d+ \p{L}+\.? \d{4}, \d{2}:\d{2} (UTC|UTC[+−-]\d{1,2}|[A-Z]{3,5})(?=\s)/u);
    inputByLabel(root, 'Montant que vous payez');
  });
});

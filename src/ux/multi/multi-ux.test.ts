import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { seededPlatform } from '../../../mock-server/seed.ts';
import { defineSgElements } from '../../define.ts';
import type { SgCaptain } from '../../elements/sg-captain/sg-captain.ts';
import { deepActiveElement, eventsOf, inputByLabel, mountCaptain, mountCaptainUx, typeCard, typeInto } from '../../test-support/dom.ts';
import { platformCall } from '../../test-support/platform-api.ts';
import { API_URL, apiRequests, useMockPlatform } from '../../test-support/mock-platform.ts';
import type { MultiUx } from './multi-ux.ts';

defineSgElements();
useMockPlatform();

type Slug = 'multi' | 'multi-ancv' | 'ancv';
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

const sandboxCall = <T = Record<string, unknown>>(slug: Slug, method: string, path: string, body?: unknown) =>
  platformCall<T>(method, path, seededPlatform(slug).secretKey, body);

async function mountOrder(slug: Slug, amount: number, locale = 'en') {
  const order = await sandboxCall<{ id: string }>(slug, 'POST', '/v1/orders', {
    amount,
    ...(slug === 'ancv' ? {} : { ux: 'multi' }),
    email: 'ada@example.com',
    firstName: 'Ada',
    lastName: 'Lovelace',
  });
  const mounted = await mountCaptainUx<MultiUx>('sg-multi-ux', { 'order-id': order.id, 'public-key': seededPlatform(slug).publicKey, 'api-url': API_URL, locale });
  mounted.ux.pollIntervalMs = 40;
  await mounted.ux.updateComplete;
  return { ...mounted, orderId: order.id };
}

const liveRegion = (root: ShadowRoot) => root.querySelector('[role="status"]') as HTMLElement;
const payButton = (root: ShadowRoot) => root.querySelector<HTMLButtonElement>('button[type="submit"]') as HTMLButtonElement;
const progressText = (root: ShadowRoot) =>
  [...(root.querySelector('[part="progress"]')?.querySelectorAll('dt, dd') ?? [])].map((node) => text(node)).join(' ');
const noticeText = (root: ShadowRoot) => text(root.querySelector('#sg-payment-notice'));
const amountInput = (root: ShadowRoot, label = 'Amount to pay with this card') => inputByLabel(root, label);

async function replaceAmount(root: ShadowRoot, value: string, label?: string) {
  const input = amountInput(root, label);
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: value });
}

/** The holder's name stays in the form after a part is paid: typed only when empty. */
const fillCard = (root: ShadowRoot, number: string) => typeCard(root, { number, holder: null });

const waitForText = (root: ShadowRoot, wanted: string, what = wanted) =>
  waitUntil(() => text(root).includes(wanted), `"${what}" never appeared; saw: ${text(root).slice(0, 400)}`, { timeout: 6000 });

const dialogButton = async (ux: MultiUx, name: string) => {
  await waitUntil(() => ux.shadowRoot?.querySelector('sg-three-ds-dialog')?.shadowRoot?.querySelector('dialog')?.open, 'no 3-D Secure dialog', { timeout: 5000 });
  const root = ux.shadowRoot?.querySelector('sg-three-ds-dialog')?.shadowRoot as ShadowRoot;
  return [...root.querySelectorAll('button')].find((button) => text(button) === name) as HTMLButtonElement;
};

const pendingAncv = async (slug: Slug, orderId: string) =>
  (await sandboxCall<{ id: string; status: string; paymentMethod: string; amount: number }[]>(slug, 'GET', `/v1/orders/${orderId}/transactions`)).filter(
    (transaction) => transaction.paymentMethod === 'ancv' && transaction.status === 'pending',
  );

describe('multi UX (card only)', () => {
  it('shows what is paid and left, updates it as the buyer types, and announces it politely', async () => {
    const { root, ux } = await mountOrder('multi', 10000);
    expect(progressText(root)).to.equal('Order total €100.00 Paid €0.00 Left to pay €100.00');
    expect(amountInput(root).value).to.equal('100.00');
    expect(text(root.querySelector('[part="after-payment"]'))).to.equal('This payment completes the order.');
    await expect(ux).to.be.accessible();
    await replaceAmount(root, '60');
    expect(text(root.querySelector('[part="after-payment"]'))).to.equal('After this payment: €40.00 left to pay.');
    expect(text(payButton(root))).to.equal('Pay €60.00');
    const region = liveRegion(root);
    expect(region.getAttribute('aria-live')).to.equal('polite');
    await waitUntil(() => text(region) === 'After this payment: €40.00 left to pay.', 'the rest was never announced', { timeout: 3000 });
  });

  it('pays in two cards, the second with 3-D Secure, then validates the whole order', async () => {
    const { root, ux, captain, events, orderId } = await mountOrder('multi', 10000);
    await replaceAmount(root, '60');
    await fillCard(root, '4242424242424242');
    await sendKeys({ press: 'Enter' });
    await waitForText(root, 'You paid €60.00 by card. €40.00 is left to pay');
    expect(deepActiveElement()?.id).to.equal('sg-payment-notice');
    expect(progressText(root)).to.equal('Order total €100.00 Paid €60.00 Left to pay €40.00');
    expect(amountInput(root).value).to.equal('40.00');
    expect(inputByLabel(root, 'Card number').value, 'a new card for the next part').to.equal('');
    expect(eventsOf(events, 'sg-validated')).to.have.length(0);
    await expect(ux).to.be.accessible();

    await fillCard(root, '4000000000003220');
    payButton(root).click();
    (await dialogButton(ux, 'Approve')).click();
    await waitForText(root, 'Payment complete');
    expect(text(root)).to.include('You paid €100.00 in 2 payments.');
    expect(text(root)).to.include('Card •••• 4242: €60.00');
    expect(deepActiveElement()?.id).to.equal('sg-complete-title');
    const [validated] = eventsOf(events, 'sg-validated');
    expect(validated?.detail).to.include({ order: orderId, amount: 10000, status: 'completed', email: 'ada@example.com' });
    const order = await sandboxCall('multi', 'GET', `/v1/orders/${orderId}`);
    expect(order.status).to.equal('completed');
    await expect(captain).to.be.accessible();
  });

  it('refuses 0 and amounts above what is left next to the field, before any request', async () => {
    const { root, ux } = await mountOrder('multi', 5000);
    await fillCard(root, '4242424242424242');
    await replaceAmount(root, '0');
    await sendKeys({ press: 'Enter' });
    const input = amountInput(root);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(text(root.querySelector('#sg-multi-amount-error'))).to.equal('The amount must be more than zero.');
    expect(deepActiveElement()).to.equal(input);
    await expect(ux).to.be.accessible();
    await replaceAmount(root, '50.01');
    payButton(root).click();
    await ux.updateComplete;
    expect(text(root.querySelector('#sg-multi-amount-error'))).to.equal('At most €50.00 can be paid now.');
    expect(apiRequests.filter((request) => request.endsWith('/payments'))).to.deep.equal([]);
  });

  it('a declined card keeps what was paid and lets the buyer try another card', async () => {
    const { root, ux, events } = await mountOrder('multi', 5000);
    await replaceAmount(root, '30');
    await fillCard(root, '4242424242424242');
    payButton(root).click();
    await waitForText(root, 'You paid €30.00 by card');
    await fillCard(root, '4000000000000002');
    payButton(root).click();
    await waitForText(root, 'Your bank declined the card. Check your details or try another card. What you already paid is kept.');
    expect(progressText(root)).to.equal('Order total €50.00 Paid €30.00 Left to pay €20.00');
    expect(eventsOf(events, 'sg-invalid').at(-1)?.detail).to.include({ code: 'card_declined' });
    await expect(ux).to.be.accessible();
  });
});

describe('multi UX with ANCV Connect', () => {
  it('ANCV beside the card: arrow keys choose it, the login is checked before any request', async () => {
    const { root, ux } = await mountOrder('multi-ancv', 10000);
    const [cardRadio, ancvRadio] = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(text(root.querySelector('legend'))).to.equal('Pay the next part with');
    expect(cardRadio?.checked).to.equal(true);
    cardRadio?.focus();
    await sendKeys({ press: 'ArrowRight' });
    await ux.updateComplete;
    expect(ancvRadio?.checked).to.equal(true);
    const login = inputByLabel(root, 'ANCV login');
    expect(root.querySelector('#sg-card-number')).to.equal(null);
    await replaceAmount(root, '19', 'Amount to pay with ANCV');
    await typeInto(login, '1234');
    await sendKeys({ press: 'Enter' });
    await ux.updateComplete;
    expect(text(root.querySelector('#sg-multi-amount-error'))).to.equal('An ANCV payment is at least €20.00, or exactly the €100.00 left.');
    expect(text(root.querySelector('#sg-ancv-login-error'))).to.equal('Enter the email of your ANCV account or your ANCV ID of 8 to 12 digits.');
    expect(apiRequests.filter((request) => request.endsWith('/payments'))).to.deep.equal([]);
    await expect(ux).to.be.accessible();
    await replaceAmount(root, '85', 'Amount to pay with ANCV');
    expect(text(root.querySelector('[part="after-payment"]'))).to.include(
      'After this payment: €15.00 left to pay. That is less than the ANCV minimum of €20.00: pay it by card, or in one last ANCV payment of exactly that amount.',
    );
  });

  it('waits visibly for the app; confirmed for less, the rest is paid by card', async () => {
    const { root, ux, events, orderId } = await mountOrder('multi-ancv', 10000);
    root.querySelectorAll<HTMLInputElement>('input[type="radio"]')[1]?.click();
    await ux.updateComplete;
    await replaceAmount(root, '60', 'Amount to pay with ANCV');
    await typeInto(inputByLabel(root, 'ANCV login'), 'ada@example.com');
    expect(text(payButton(root))).to.equal('Pay €60.00 with ANCV');
    payButton(root).click();
    await waitForText(root, 'Confirm in your ANCV app');
    const waiting = root.querySelector('[part="ancv-waiting"]') as HTMLElement;
    expect(waiting.getAttribute('aria-busy')).to.equal('true');
    expect(text(waiting)).to.include('We sent a request for €60.00 to your ANCV account (ada@example.com)');
    expect(deepActiveElement()?.id).to.match(/^sg-waiting-auth_/);
    expect(text(liveRegion(root))).to.equal('Waiting for your confirmation of €60.00 in the ANCV app.');
    expect(progressText(root)).to.equal('Order total €100.00 Paid €0.00 Awaiting ANCV confirmation €60.00 Left to pay €100.00');
    expect(amountInput(root, 'Amount to pay with ANCV').value, 'what is not reserved may still be paid').to.equal('40.00');
    expect(text(root.querySelector('[part="after-payment"]'))).to.equal('With what awaits ANCV confirmation, this payment covers the order.');
    await replaceAmount(root, '20', 'Amount to pay with ANCV');
    expect(text(root.querySelector('[part="after-payment"]'))).to.equal('After this payment, once ANCV confirms what awaits: €20.00 left to pay.');
    await expect(ux).to.be.accessible();

    const [request] = await pendingAncv('multi-ancv', orderId);
    await sandboxCall('multi-ancv', 'POST', `/v1/sandbox/transactions/${request?.id}/ancv-confirm`, { amount: 4500 });
    await waitForText(root, 'ANCV confirmed €45.00 instead of the €60.00 asked. €55.00 is left to pay');
    expect(root.querySelector('[part="ancv-waiting"]')).to.equal(null);
    expect(progressText(root)).to.equal('Order total €100.00 Paid €45.00 Left to pay €55.00');
    await expect(ux).to.be.accessible();

    root.querySelectorAll<HTMLInputElement>('input[type="radio"]')[0]?.click();
    await ux.updateComplete;
    expect(amountInput(root).value).to.equal('55.00');
    await fillCard(root, '4242424242424242');
    payButton(root).click();
    await waitForText(root, 'Payment complete');
    expect(text(root)).to.include('ANCV: €45.00');
    expect(eventsOf(events, 'sg-validated')).to.have.length(1);
  });

  it('a refusal in the app says so and lets the buyer pay another way; Cancel withdraws a request', async () => {
    const { root, ux, orderId } = await mountOrder('multi-ancv', 5000);
    root.querySelectorAll<HTMLInputElement>('input[type="radio"]')[1]?.click();
    await ux.updateComplete;
    await typeInto(inputByLabel(root, 'ANCV login'), '1234567890');
    payButton(root).click();
    await waitForText(root, 'Confirm in your ANCV app');
    const [request] = await pendingAncv('multi-ancv', orderId);
    await sandboxCall('multi-ancv', 'POST', `/v1/sandbox/transactions/${request?.id}/ancv-confirm`, { refuse: true });
    await waitForText(root, 'ANCV payment refused');
    expect(noticeText(root)).to.include('Nothing was taken; what you already paid is kept. Choose another way to pay.');
    expect(deepActiveElement()?.id).to.equal('sg-payment-notice');
    await expect(ux).to.be.accessible();

    payButton(root).click();
    await waitForText(root, 'Confirm in your ANCV app');
    const cancel = root.querySelector<HTMLButtonElement>('[part="ancv-cancel-button"]') as HTMLButtonElement;
    expect(text(cancel)).to.equal('Cancel the ANCV request of €50.00');
    cancel.focus();
    await sendKeys({ press: 'Enter' });
    await waitForText(root, 'You canceled the ANCV request for €50.00');
    expect(await pendingAncv('multi-ancv', orderId)).to.deep.equal([]);
    expect(progressText(root)).to.equal('Order total €50.00 Paid €0.00 Left to pay €50.00');
  });

  it('a request that times out on the sandbox clock frees its amount again', async () => {
    const { root, ux } = await mountOrder('multi-ancv', 5000);
    root.querySelectorAll<HTMLInputElement>('input[type="radio"]')[1]?.click();
    await ux.updateComplete;
    await typeInto(inputByLabel(root, 'ANCV login'), '1234567890');
    payButton(root).click();
    await waitForText(root, 'Confirm in your ANCV app');
    await sandboxCall('multi-ancv', 'POST', '/v1/sandbox/clock', { advanceBy: 15 * 60_000 });
    await waitForText(root, 'ANCV request expired');
    expect(amountInput(root, 'Amount to pay with ANCV').value).to.equal('50.00');
  });
});

describe('stand-alone ANCV (platform ancv, single orders)', () => {
  it('shows ANCV alone, in French, and pays the rest after a confirmation for less', async () => {
    const { root, ux, orderId, events } = await mountOrder('ancv', 6000, 'fr');
    expect(root.querySelector('input[type="radio"]')).to.equal(null);
    expect(progressText(root)).to.equal('Total de la commande 60,00 € Déjà payé 0,00 € Reste à payer 60,00 €');
    expect(amountInput(root, 'Montant à payer avec ANCV').value).to.equal('60,00');
    await typeInto(inputByLabel(root, 'Identifiant ANCV'), 'ada@example.com');
    expect(text(payButton(root))).to.equal('Payer 60,00 € avec ANCV');
    await expect(ux).to.be.accessible();
    payButton(root).click();
    await waitForText(root, 'Confirmez dans votre application ANCV');
    expect(root.querySelector('form'), 'nothing is left to ask while the whole amount waits').to.equal(null);
    await expect(ux).to.be.accessible();
    const [request] = await pendingAncv('ancv', orderId);
    await sandboxCall('ancv', 'POST', `/v1/sandbox/transactions/${request?.id}/ancv-confirm`, { amount: 4500 });
    await waitForText(root, 'ANCV a confirmé 45,00 € au lieu des 60,00 € demandés. Reste 15,00 € à payer');
    expect(text(root.querySelector('#sg-multi-amount-hint'))).to.equal(
      'Exactement 15,00 € : le minimum ANCV est de 20,00 €, ANCV ne peut donc payer que la totalité du reste.',
    );
    payButton(root).click();
    await waitForText(root, 'Confirmez dans votre application ANCV');
    const [second] = await pendingAncv('ancv', orderId);
    await sandboxCall('ancv', 'POST', `/v1/sandbox/transactions/${second?.id}/ancv-confirm`, { amount: 1500 });
    await waitForText(root, 'Paiement terminé');
    expect(eventsOf(events, 'sg-validated')[0]?.detail).to.include({ amount: 6000, status: 'completed' });
    await expect(ux).to.be.accessible();
  });

  it('resumes waiting for a request made before a reload', async () => {
    const order = await sandboxCall<{ id: string }>('ancv', 'POST', '/v1/orders', { amount: 3000 });
    await sandboxCall('ancv', 'POST', `/v1/sandbox/orders/${order.id}/pay`, { method: 'ancv' });
    const { captain } = await mountCaptain({ 'order-id': order.id, 'public-key': seededPlatform('ancv').publicKey, 'api-url': API_URL });
    const root = (captain as SgCaptain).shadowRoot?.querySelector('sg-multi-ux')?.shadowRoot as ShadowRoot;
    await waitForText(root, 'Confirm in your ANCV app');
    expect(text(root)).to.include('We sent a request for €30.00 to your ANCV account (1234567890)');
  });
});

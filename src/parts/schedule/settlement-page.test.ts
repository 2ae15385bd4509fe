import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { seededPlatform } from '../../../mock-server/seed.ts';
import { inputByLabel, spaces, typeInto } from '../../test-support/dom.ts';
import { API_URL, useMockPlatform } from '../../test-support/mock-platform.ts';
import { platformCall, type ScheduleAnswer } from '../../test-support/platform-api.ts';
import { defineScheduleSettlement, type ScheduleSettlement } from './settlement-page.ts';

useMockPlatform();
before(() => defineScheduleSettlement());

const platform = seededPlatform('installments');

const call = <T = ScheduleAnswer>(method: string, path: string, body?: unknown) => platformCall<T>(method, path, platform.secretKey, body);

async function confirmedOrder(card: string) {
  const order = await call('POST', '/v1/orders', { amount: 9000, installmentsCount: 3, email: 'ada@example.com' });
  await call('POST', `/v1/sandbox/orders/${order.id}/pay`, { card });
  return call('GET', `/v1/orders/${order.id}`);
}

async function mount(attributes: { mode: string; orderId: string; transactionId?: string; installmentId?: string; locale?: string }) {
  const page = await fixture<ScheduleSettlement>(
    html`<sg-schedule-settlement
      mode=${attributes.mode}
      order-id=${attributes.orderId}
      transaction-id=${attributes.transactionId ?? ''}
      installment-id=${attributes.installmentId ?? ''}
      public-key=${platform.publicKey}
      api-url=${API_URL}
      locale=${attributes.locale ?? 'en'}
    ></sg-schedule-settlement>`,
  );
  await waitUntil(() => page.shadowRoot?.querySelector('[part="schedule"]'), 'the schedule never showed', { timeout: 5000 });
  return { page, root: page.shadowRoot as ShadowRoot };
}

async function pay(root: ShadowRoot, number = '4242424242424242') {
  await typeInto(inputByLabel(root, 'Card number'), number);
  await typeInto(inputByLabel(root, 'Expiry date'), '1239');
  await typeInto(inputByLabel(root, 'Security code'), '123');
  await typeInto(inputByLabel(root, 'Cardholder name'), 'Ada Lovelace');
  root.querySelector<HTMLButtonElement>('[part="pay-button"]')?.click();
}

describe('hosted settlement pages', () => {
  it('recovery: shows the unpaid installment in the schedule and pays it with another card', async () => {
    const order = await confirmedOrder('4000000000000341');
    await call('POST', '/v1/sandbox/clock', { to: order.installments[1]!.dueDate });
    const { page, root } = await mount({ mode: 'recovery', orderId: order.id, transactionId: order.installments[1]!.transactionId });
    expect(spaces(root.querySelector('[part="intro"]')?.textContent)).to.match(/^The installment of €30\.00 due on .+ could not be debited\. Pay it now with another card\.$/);
    expect([...root.querySelectorAll('[part="schedule-row"] .status')].map((status) => status.textContent)).to.deep.equal(['paid', 'unpaid', 'to come']);
    await expect(page).to.be.accessible();
    await pay(root);
    await waitUntil(() => root.querySelector('#sg-success-title'), 'not paid', { timeout: 5000 });
    expect(spaces(root.querySelector('#sg-success-title')?.textContent)).to.equal('Installment paid');
    expect(root.activeElement?.id).to.equal('sg-success-title');
    expect([...root.querySelectorAll('[part="schedule-row"] .status')].map((status) => status.textContent)).to.deep.equal(['paid', 'paid', 'to come']);
    await expect(page).to.be.accessible();
  });

  it('recovery: a declined card is announced and focused; the installment stays unpaid', async () => {
    const order = await confirmedOrder('4000000000000341');
    await call('POST', '/v1/sandbox/clock', { to: order.installments[1]!.dueDate });
    const { page, root } = await mount({ mode: 'recovery', orderId: order.id, transactionId: order.installments[1]!.transactionId });
    await pay(root, '4000000000000002');
    await waitUntil(() => root.querySelector('#sg-payment-notice'), 'no notice', { timeout: 5000 });
    expect(root.activeElement?.id).to.equal('sg-payment-notice');
    await expect(page).to.be.accessible();
    expect((await call('GET', `/v1/orders/${order.id}`)).installments[1]!.status).to.equal('unpaid');
  });

  it('balance: pays what is left at once, in French', async () => {
    const order = await confirmedOrder('4242424242424242');
    const { page, root } = await mount({ mode: 'balance', orderId: order.id, locale: 'fr' });
    expect(spaces(root.querySelector('[part="intro"]')?.textContent)).to.equal('Vous pouvez payer le solde restant de 60,00 € en une fois.');
    expect(spaces(root.querySelector('[part="pay-button"]')?.textContent)).to.equal('Payer le solde : 60,00 €');
    await expect(page).to.be.accessible();
    await typeInto(inputByLabel(root, 'Numéro de carte'), '4242424242424242');
    await typeInto(inputByLabel(root, 'Date d’expiration'), '1239');
    await typeInto(inputByLabel(root, 'Code de sécurité'), '123');
    await typeInto(inputByLabel(root, 'Nom du titulaire'), 'Ada Lovelace');
    root.querySelector<HTMLButtonElement>('[part="pay-button"]')?.click();
    await waitUntil(() => root.querySelector('#sg-success-title'), 'not paid', { timeout: 5000 });
    expect(spaces(root.querySelector('#sg-success-title')?.textContent)).to.equal('Solde réglé');
    expect((await call('GET', `/v1/orders/${order.id}`)).status).to.equal('completed');
    // What is paid and what is scheduled agree: the installments the balance replaced are not "to come" any more.
    expect(spaces(root.querySelector('[part="success"]')?.textContent)).to.include('Plus rien ne sera débité : votre commande est entièrement réglée.');
    const statuses = [...root.querySelectorAll('[part="schedule-row"] .status')].map((status) => status.textContent);
    expect(statuses).to.deep.equal(['payée', 'réglée avec le solde', 'réglée avec le solde']);
    await expect(page).to.be.accessible();
  });

  it('recovery link opened again after paying: says the installment is already paid, as its schedule shows', async () => {
    const order = await confirmedOrder('4000000000000341');
    await call('POST', '/v1/sandbox/clock', { to: order.installments[1]!.dueDate });
    const transactionId = order.installments[1]!.transactionId as string;
    const first = await mount({ mode: 'recovery', orderId: order.id, transactionId });
    await pay(first.root);
    await waitUntil(() => first.root.querySelector('#sg-success-title'), 'not paid', { timeout: 5000 });
    first.page.remove();
    const hosted = await platformCall<{ installmentId: string }>('GET', `/v1/hosted/transactions/${transactionId}`, '');
    expect(hosted.installmentId).to.equal(order.installments[1]!.id);
    const { page, root } = await mount({ mode: 'recovery', orderId: order.id, transactionId, installmentId: hosted.installmentId });
    expect(spaces(root.querySelector('[part="intro"]')?.textContent)).to.equal('This installment is already paid: there is nothing more to do.');
    expect([...root.querySelectorAll('[part="schedule-row"] .status')].map((status) => status.textContent)).to.deep.equal(['paid', 'paid', 'to come']);
    expect(root.querySelector('form')).to.equal(null);
    await expect(page).to.be.accessible();
  });

  it('balance paid while an installment is unpaid: the balance page says nothing more is debited, the recovery link offers nothing to pay', async () => {
    const order = await confirmedOrder('4000000000000341');
    await call('POST', '/v1/sandbox/clock', { to: order.installments[1]!.dueDate });
    const transactionId = order.installments[1]!.transactionId as string;
    const balance = await mount({ mode: 'balance', orderId: order.id });
    expect(spaces(balance.root.querySelector('[part="intro"]')?.textContent)).to.equal('You can pay the remaining balance of €60.00 at once.');
    await pay(balance.root);
    await waitUntil(() => balance.root.querySelector('#sg-success-title'), 'not paid', { timeout: 5000 });
    // The balance took the unpaid installment too (its payment voided, as the seed keeps it): nothing is left to debit.
    expect(spaces(balance.root.querySelector('[part="success"]')?.textContent)).to.include('Nothing more will be debited: your order is fully paid.');
    expect([...balance.root.querySelectorAll('[part="schedule-row"] .status')].map((status) => status.textContent)).to.deep.equal(['paid', 'paid with the balance', 'paid with the balance']);
    balance.page.remove();
    const { page, root } = await mount({ mode: 'recovery', orderId: order.id, transactionId });
    expect(spaces(root.querySelector('[part="intro"]')?.textContent)).to.equal('This installment is already paid: there is nothing more to do.');
    expect(root.querySelector('form')).to.equal(null);
    await expect(page).to.be.accessible();
  });

  it('balance: nothing left to pay on a completed order, no form', async () => {
    const order = await confirmedOrder('4242424242424242');
    await call('POST', `/v1/orders/${order.id}/refund`, { amount: 6000 });
    const { root } = await mount({ mode: 'balance', orderId: order.id });
    expect(spaces(root.querySelector('[part="intro"]')?.textContent)).to.equal('Nothing is left to pay on this order.');
    expect(root.querySelector('form')).to.equal(null);
  });
});

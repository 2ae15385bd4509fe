/**
 * The hosted recovery and balance pages with wallets (issue 11): the platform's wallets above the card form, paying the
 * page's payment through the page's flow (keyboard, focus return on cancel, axe in each state), on the seeded
 * `installments-wallets` platform with the simulated sheet.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { seededPlatform } from '../../../mock-server/seed.ts';
import { deepActiveElement, inputByLabel, spaces } from '../../test-support/dom.ts';
import { API_URL, useMockPlatform } from '../../test-support/mock-platform.ts';
import { platformCall, type ScheduleAnswer } from '../../test-support/platform-api.ts';
import { defineScheduleSettlement, type ScheduleSettlement } from './settlement-page.ts';

useMockPlatform();
before(() => defineScheduleSettlement());

const platform = seededPlatform('installments-wallets');
const call = <T = ScheduleAnswer>(method: string, path: string, body?: unknown) => platformCall<T>(method, path, platform.secretKey, body);
const transactions = (orderId: string) => call<{ id: string; paymentMethod: string; status: string; amountCaptured: number }[]>('GET', `/v1/orders/${orderId}/transactions`);

/** 90.00 EUR in 3 installments of 30.00 paid by card; with 0341 the second one is unpaid once the clock reaches it. */
async function confirmedOrder(unpaid: boolean) {
  const order = await call('POST', '/v1/orders', { amount: 9000, installmentsCount: 3, email: 'ada@example.com' });
  await call('POST', `/v1/sandbox/orders/${order.id}/pay`, { card: unpaid ? '4000000000000341' : '4242424242424242' });
  const paid = await call('GET', `/v1/orders/${order.id}`);
  if (unpaid) await call('POST', '/v1/sandbox/clock', { to: paid.installments[1]!.dueDate });
  return paid;
}

async function mount(mode: 'recovery' | 'balance', order: ScheduleAnswer) {
  const page = await fixture<ScheduleSettlement>(
    html`<sg-schedule-settlement
      mode=${mode}
      order-id=${order.id}
      transaction-id=${mode === 'recovery' ? (order.installments[1]!.transactionId ?? '') : ''}
      public-key=${platform.publicKey}
      api-url=${API_URL}
      locale="en"
      sandbox-wallets
    ></sg-schedule-settlement>`,
  );
  const root = page.shadowRoot as ShadowRoot;
  await waitUntil(() => root.querySelector('sg-wallet-buttons')?.shadowRoot?.querySelector('button'), 'no wallet buttons', { timeout: 5000 });
  const buttons = root.querySelector('sg-wallet-buttons')?.shadowRoot as ShadowRoot;
  const button = (name: string) => {
    const found = [...buttons.querySelectorAll('button')].find((candidate) => spaces(candidate.textContent) === name);
    if (!found) throw new Error(`no "${name}" button`);
    return found;
  };
  const sheetRoot = () => buttons.querySelector('sg-wallet-sheet')?.shadowRoot;
  const sheetButton = (name: string) => [...(sheetRoot()?.querySelectorAll('button') ?? [])].find((candidate) => spaces(candidate.textContent).startsWith(name));
  const chooseCard = async (last4: string) => {
    [...(sheetRoot()?.querySelectorAll('label') ?? [])].find((label) => label.textContent?.includes(last4))?.querySelector('input')?.click();
    await buttons.querySelector('sg-wallet-sheet')?.updateComplete;
  };
  const sheetOpen = () => waitUntil(() => sheetRoot()?.querySelector('dialog')?.open, 'no sheet', { timeout: 5000 });
  return { page, root, buttons, button, sheetRoot, sheetButton, chooseCard, sheetOpen };
}

describe('hosted settlement pages with wallets', () => {
  it('recovery: the wallets above the card form, reached by Tab; Google Pay by keyboard, Escape first, then pays the installment', async () => {
    const order = await confirmedOrder(true);
    const { page, root, buttons, button, sheetRoot, sheetButton, sheetOpen } = await mount('recovery', order);
    expect([...buttons.querySelectorAll('button')].map((candidate) => spaces(candidate.textContent))).to.deep.equal(['Pay with Apple Pay', 'Pay with Google Pay', 'Pay with Amazon Pay']);
    const cardNumber = inputByLabel(root, 'Card number');
    expect((root.querySelector('sg-wallet-buttons') as Element).compareDocumentPosition(cardNumber) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    await expect(page).to.be.accessible();
    // Keyboard: from Apple Pay, Tab reaches Google Pay, Amazon Pay, then the card number.
    button('Pay with Apple Pay').focus();
    const reached: string[] = [];
    for (let step = 0; step < 4; step++) {
      reached.push(spaces(deepActiveElement()?.textContent) || (deepActiveElement() as HTMLInputElement | null)?.autocomplete || '');
      await sendKeys({ press: 'Tab' });
    }
    expect(reached).to.deep.equal(['Pay with Apple Pay', 'Pay with Google Pay', 'Pay with Amazon Pay', 'cc-number']);
    const google = button('Pay with Google Pay');
    google.focus();
    await sendKeys({ press: 'Enter' });
    await sheetOpen();
    expect(spaces(sheetRoot()?.querySelector('.amount')?.textContent)).to.equal('€30.00');
    expect(spaces(sheetRoot()?.textContent)).to.include('Installments with wallets');
    await expect(sheetRoot()?.querySelector('dialog')).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => deepActiveElement() === google, 'focus did not return to Google Pay');
    expect((await transactions(order.id)).length).to.equal(3, 'a cancel creates nothing');
    await expect(page).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await sheetOpen();
    sheetButton('Pay €30.00')?.click();
    await waitUntil(() => root.querySelector('#sg-success-title'), 'not paid', { timeout: 5000 });
    expect(spaces(root.querySelector('#sg-success-title')?.textContent)).to.equal('Installment paid');
    expect(root.activeElement?.id).to.equal('sg-success-title');
    expect([...root.querySelectorAll('[part="schedule-row"] .status')].map((status) => status.textContent)).to.deep.equal(['paid', 'paid', 'to come']);
    const paid = (await transactions(order.id)).find((transaction) => transaction.paymentMethod === 'googlepay');
    expect([paid?.status, paid?.amountCaptured]).to.deep.equal(['captured', 3000]);
    await expect(page).to.be.accessible();
  });

  it('recovery: a declined Apple Pay card is announced and focused; the installment stays unpaid, the card form usable', async () => {
    const order = await confirmedOrder(true);
    const { page, root, button, sheetButton, chooseCard, sheetOpen } = await mount('recovery', order);
    button('Pay with Apple Pay').click();
    await sheetOpen();
    await chooseCard('0002');
    sheetButton('Pay €30.00')?.click();
    await waitUntil(() => root.querySelector('#sg-payment-notice'), 'no notice', { timeout: 5000 });
    expect(root.activeElement?.id).to.equal('sg-payment-notice');
    expect(spaces(root.querySelector('#sg-payment-notice')?.textContent)).to.match(/declined/i);
    expect((await call('GET', `/v1/orders/${order.id}`)).installments[1]!.status).to.equal('unpaid');
    expect(inputByLabel(root, 'Card number').readOnly).to.equal(false);
    await expect(page).to.be.accessible();
  });

  it('recovery: a wallet card that needs 3-D Secure opens the challenge; approved, the installment is paid', async () => {
    const order = await confirmedOrder(true);
    const { root, button, sheetButton, chooseCard, sheetOpen } = await mount('recovery', order);
    button('Pay with Google Pay').click();
    await sheetOpen();
    await chooseCard('3220');
    sheetButton('Pay €30.00')?.click();
    const dialog = () => root.querySelector('sg-three-ds-dialog')?.shadowRoot;
    await waitUntil(() => dialog()?.querySelector('dialog')?.open, 'no 3-D Secure dialog', { timeout: 5000 });
    await expect(dialog()?.querySelector('dialog')).to.be.accessible();
    [...(dialog()?.querySelectorAll('button') ?? [])].find((candidate) => candidate.textContent?.trim() === 'Approve')?.click();
    await waitUntil(() => root.querySelector('#sg-success-title'), 'not paid', { timeout: 5000 });
    expect((await call('GET', `/v1/orders/${order.id}`)).installments[1]!.status).to.equal('paid');
  });

  it('balance: Amazon Pay opens its page for the balance; canceled there, focus returns; chosen, the balance is paid', async () => {
    const popup = { closed: false, location: { href: '' }, close: () => void (popup.closed = true) };
    const open = window.open;
    window.open = (() => popup) as unknown as typeof window.open;
    try {
      const order = await confirmedOrder(false);
      const { page, root, buttons, button } = await mount('balance', order);
      const amazon = button('Pay with Amazon Pay');
      amazon.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => popup.location.href.includes('/amazon-pay/amzs_'), 'the Amazon page never opened', { timeout: 5000 });
      // The buyer is in Amazon's window now, not on the button.
      amazon.blur();
      const canceled = popup.location.href.split('/').at(-1) ?? '';
      expect((await platformCall<{ amount: number }>('GET', `/v1/hosted/amazon-pay/${canceled}`, '')).amount).to.equal(6000);
      await platformCall('POST', `/v1/hosted/amazon-pay/${canceled}/answer`, '', { answer: 'cancel' });
      await waitUntil(() => deepActiveElement() === amazon, 'focus did not return to Amazon Pay', { timeout: 5000 });
      expect(spaces(buttons.querySelector('[role="status"]')?.textContent)).to.equal('Payment canceled: nothing was charged.');
      expect((await transactions(order.id)).length).to.equal(3, 'a cancel creates nothing');
      await expect(page).to.be.accessible();
      popup.closed = false;
      popup.location.href = '';
      amazon.click();
      await waitUntil(() => popup.location.href.includes('/amazon-pay/amzs_'), 'the Amazon page never opened', { timeout: 5000 });
      await platformCall('POST', `/v1/hosted/amazon-pay/${popup.location.href.split('/').at(-1)}/answer`, '', { answer: '1111' });
      await waitUntil(() => root.querySelector('#sg-success-title'), 'not paid', { timeout: 8000 });
      expect(spaces(root.querySelector('#sg-success-title')?.textContent)).to.equal('Balance paid');
      expect(root.activeElement?.id).to.equal('sg-success-title');
      const paid = (await transactions(order.id)).find((transaction) => transaction.paymentMethod === 'amazonpay');
      expect([paid?.status, paid?.amountCaptured]).to.deep.equal(['captured', 6000]);
      expect((await call('GET', `/v1/orders/${order.id}`)).status).to.equal('completed');
      await expect(page).to.be.accessible();
    } finally {
      window.open = open;
    }
  });

  it('a platform without wallets: no wallet button, the card form alone', async () => {
    const card = seededPlatform('installments');
    const order = await platformCall<ScheduleAnswer>('POST', '/v1/orders', card.secretKey, { amount: 9000, installmentsCount: 3 });
    await platformCall('POST', `/v1/sandbox/orders/${order.id}/pay`, card.secretKey, { card: '4242424242424242' });
    const page = await fixture<ScheduleSettlement>(
      html`<sg-schedule-settlement mode="balance" order-id=${order.id} public-key=${card.publicKey} api-url=${API_URL} sandbox-wallets></sg-schedule-settlement>`,
    );
    const root = page.shadowRoot as ShadowRoot;
    await waitUntil(() => root.querySelector('[part="pay-button"]'), 'no form', { timeout: 5000 });
    expect(root.querySelector('sg-wallet-buttons')).to.equal(null);
  });
});

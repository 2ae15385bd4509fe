import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { seededPlatform } from '../../../mock-server/seed.ts';
import { defineSgElements } from '../../define.ts';
import { eventsOf, inputByLabel, mountCaptainUx, payButton, spaces, typeCard } from '../../test-support/dom.ts';
import { API_URL, CARDS, useMockPlatform } from '../../test-support/mock-platform.ts';
import { platformCall, type ScheduleAnswer } from '../../test-support/platform-api.ts';
import type { PaylaterUx } from './paylater-ux.ts';

defineSgElements();
useMockPlatform();

const DAY = 86_400_000;
const platform = seededPlatform('paylater');
const longDate = (ms: number, locale = 'en') => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(ms));

const call = <T = ScheduleAnswer>(method: string, path: string, key: string, body?: unknown) => platformCall<T>(method, path, key, body);

async function mountPaylater(fields: Record<string, unknown> = {}, locale = 'en') {
  const order = await call('POST', '/v1/orders', platform.secretKey, { amount: 12000, email: 'ada@example.com', ...fields });
  const mounted = await mountCaptainUx<PaylaterUx>('sg-paylater-ux', { 'order-id': order.id, 'public-key': platform.publicKey, 'api-url': API_URL, locale });
  return { ...mounted, order };
}

/** Cards valid until 12/39, after every due date these tests plan. */
const fillCard = (root: ShadowRoot, number: string = CARDS.success, expiry = '1239') => typeCard(root, { number, expiry });

const debitText = (root: ShadowRoot) => spaces(root.querySelector('[part="debit-date"]')?.textContent);

describe('pay-later UX', () => {
  it('shows the debit date first; the buyer picks 15 or 30 days and the date follows, announced', async () => {
    const { root, ux, captain } = await mountPaylater();
    expect(spaces(root.querySelector('[part="date-choice"] legend')?.textContent)).to.equal('When do you want to be debited?');
    expect(inputByLabel(root, 'In 30 days').checked).to.equal(true);
    expect(debitText(root)).to.equal(`Debited on ${longDate(Date.now() + 30 * DAY)}`);
    expect(spaces(payButton(root).textContent)).to.equal(`Pay €120.00 on ${longDate(Date.now() + 30 * DAY)}`);
    await expect(captain).to.be.accessible();
    inputByLabel(root, 'In 30 days').focus();
    await sendKeys({ press: 'ArrowUp' });
    await ux.updateComplete;
    expect(inputByLabel(root, 'In 15 days').checked).to.equal(true);
    expect(debitText(root)).to.equal(`Debited on ${longDate(Date.now() + 15 * DAY)}`);
    expect(spaces(root.querySelector('[role="status"]')?.textContent)).to.equal(`Debit date: ${longDate(Date.now() + 15 * DAY)}.`);
  });

  it('a date fixed by the merchant is shown without a choice', async () => {
    const dueDate = Date.now() + 10 * DAY;
    const { root, captain } = await mountPaylater({ dueDate });
    expect(root.querySelector('[part="date-choice"]')).to.equal(null);
    expect(debitText(root)).to.equal(`Debited on ${longDate(dueDate)}`);
    await expect(captain).to.be.accessible();
  });

  it('authorises the card now for the chosen date; the order is confirmed and the capture waits', async () => {
    const { root, captain, events, order } = await mountPaylater();
    inputByLabel(root, 'In 15 days').click();
    await fillCard(root);
    payButton(root).click();
    await waitUntil(() => eventsOf(events, 'sg-validated').length === 1, 'not validated', { timeout: 5000 });
    expect(eventsOf(events, 'sg-validated')[0]?.detail).to.include({ order: order.id, amount: 12000, status: 'confirmed' });
    expect(spaces(root.querySelector('#sg-success-title')?.textContent)).to.equal('You’re all set');
    expect(spaces(root.textContent)).to.include(`€120.00 will be debited from your card on ${longDate(Date.now() + 15 * DAY)}.`);
    const [transaction] = await call<ScheduleAnswer[]>('GET', `/v1/orders/${order.id}/transactions`, platform.secretKey);
    expect([transaction?.status, transaction?.amount]).to.deep.equal(['authorized', 12000]);
    const stored = await call('GET', `/v1/orders/${order.id}`, platform.secretKey);
    expect(stored.delay).to.equal(21600);
    await expect(captain).to.be.accessible();
  });

  it('after a refusal offers another date or paying in full', async () => {
    const { root, captain, events } = await mountPaylater();
    await fillCard(root, CARDS.insufficientFunds);
    payButton(root).click();
    await waitUntil(() => eventsOf(events, 'sg-invalid').length === 1, 'no sg-invalid', { timeout: 5000 });
    const notice = root.querySelector('#sg-payment-notice');
    expect(spaces(notice?.textContent)).to.include('Choose another date above and try again.');
    expect(spaces(notice?.querySelector('[part="pay-in-full-button"]')?.textContent)).to.equal('Pay the full amount now: €120.00');
    expect(root.activeElement).to.equal(notice);
    await expect(captain).to.be.accessible();
  });

  it('in French', async () => {
    const { root } = await mountPaylater({}, 'fr');
    expect(debitText(root)).to.equal(`Débité le ${longDate(Date.now() + 30 * DAY, 'fr')}`);
    expect(spaces(payButton(root).textContent)).to.equal(`Payer 120,00 € le ${longDate(Date.now() + 30 * DAY, 'fr')}`);
  });
});

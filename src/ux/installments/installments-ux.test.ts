import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { seededPlatform } from '../../../mock-server/seed.ts';
import { addMonths } from '../../core/schedule.ts';
import { defineSgElements } from '../../define.ts';
import { eventsOf, inputByLabel, mountCaptainUx, payButton, spaces, typeCard, typeInto } from '../../test-support/dom.ts';
import { API_URL, CARDS, useMockPlatform } from '../../test-support/mock-platform.ts';
import { platformCall, type ScheduleAnswer } from '../../test-support/platform-api.ts';
import type { InstallmentsUx } from './installments-ux.ts';

defineSgElements();
useMockPlatform();

type Slug = 'installments' | 'installments-financed';
const longDate = (ms: number, locale = 'en') => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(ms));

export const COMPLETE_SCORING = { birthDate: '1990-05-04', streetAddress: '1 rue de la Paix', postalCode: '75002', city: 'Paris', phone: '+33 6 12 34 56 78' };

const call = <T = ScheduleAnswer>(method: string, path: string, key: string, body?: unknown) => platformCall<T>(method, path, key, body);

async function mountInstallments(slug: Slug, fields: Record<string, unknown> = {}, locale = 'en') {
  const platform = seededPlatform(slug);
  // A financed platform asks for what the order lacks before the card (parts/scoring.test.ts): these orders have it all.
  const scoring = slug === 'installments-financed' ? { scoring: COMPLETE_SCORING } : {};
  const order = await call('POST', '/v1/orders', platform.secretKey, { amount: 10000, email: 'ada@example.com', firstName: 'Ada', ...scoring, ...fields });
  const mounted = await mountCaptainUx<InstallmentsUx>('sg-installments-ux', { 'order-id': order.id, 'public-key': platform.publicKey, 'api-url': API_URL, locale });
  return { ...mounted, order, platform };
}

/** Cards valid until 12/39, after every due date these tests plan. */
const fillCard = (root: ShadowRoot, number: string = CARDS.success, expiry = '1239') => typeCard(root, { number, expiry });

const rowsText = (root: ShadowRoot) => [...root.querySelectorAll('[part="schedule-row"]')].map((row) => spaces(row.textContent));
const liveText = (root: ShadowRoot) => spaces(root.querySelector('[role="status"]')?.textContent);

describe('installments UX', () => {
  describe('rendering and choice', () => {
    it('lets the buyer choose the count with a live preview of dates and amounts, announced politely', async () => {
      const { root, captain } = await mountInstallments('installments-financed');
      const legend = root.querySelector('[part="count-choice"] legend');
      expect(spaces(legend?.textContent)).to.equal('In how many installments?');
      expect(inputByLabel(root, '3 installments').checked).to.equal(true);
      const rows = rowsText(root);
      expect(rows[0]).to.equal('Today €33.34');
      expect(rows).to.have.length(3);
      expect(rows[2]).to.equal(`${longDate(addMonths(Date.now(), 2))} €33.33`);
      expect(spaces(payButton(root).textContent)).to.equal('Pay €33.34 today');
      await expect(captain).to.be.accessible();

      inputByLabel(root, '10 installments').click();
      await captain.updateComplete;
      await (root.host as InstallmentsUx).updateComplete;
      expect(rowsText(root)).to.have.length(10);
      expect(rowsText(root)[0]).to.equal('Today €10.00');
      expect(spaces(payButton(root).textContent)).to.equal('Pay €10.00 today');
      expect(liveText(root)).to.match(/^10 installments: €10\.00 today, then €10\.00 monthly until /);
      expect(spaces(root.querySelector('[part="card-validity"]')?.textContent)).to.equal(`Your card must be valid until ${longDate(addMonths(Date.now(), 9))}, the last due date.`);
    });

    it('the preview said in English is not kept once the page switches to French; the next one is said in French', async () => {
      const { root, captain } = await mountInstallments('installments');
      inputByLabel(root, '10 installments').click();
      await (root.host as InstallmentsUx).updateComplete;
      expect(liveText(root)).to.match(/^10 installments: /);
      captain.setAttribute('locale', 'fr');
      await waitUntil(() => captain.shadowRoot?.querySelector('.captain')?.getAttribute('lang') === 'fr', 'never switched to French');
      await (root.host as InstallmentsUx).updateComplete;
      expect(liveText(root)).to.equal('');
      captain.setAttribute('locale', 'en');
      await waitUntil(() => captain.shadowRoot?.querySelector('.captain')?.getAttribute('lang') === 'en', 'never switched back');
      await (root.host as InstallmentsUx).updateComplete;
      expect(liveText(root), 'said again after switching back').to.equal('');
      captain.setAttribute('locale', 'fr');
      await waitUntil(() => captain.shadowRoot?.querySelector('.captain')?.getAttribute('lang') === 'fr', 'never switched to French again');
      inputByLabel(root, '4 fois').click();
      await (root.host as InstallmentsUx).updateComplete;
      expect(liveText(root)).to.match(/^4 échéances : /);
    });

    it('the options are native radios: arrow keys move the choice', async () => {
      const { root, ux } = await mountInstallments('installments-financed');
      inputByLabel(root, '3 installments').focus();
      await sendKeys({ press: 'ArrowDown' });
      await ux.updateComplete;
      expect(inputByLabel(root, '4 installments').checked).to.equal(true);
      expect(rowsText(root)).to.have.length(4);
      expect(rowsText(root)[0]).to.equal('Today €25.00');
    });

    it('shows a schedule fixed by the merchant without a choice, deferred first payment included', async () => {
      const now = Date.now();
      const schedule = [
        { amount: 6000, dueDate: now + 10 * 86_400_000 },
        { amount: 4000, dueDate: now + 40 * 86_400_000 },
      ];
      const { root, captain } = await mountInstallments('installments', { installments: schedule });
      expect(root.querySelector('[part="count-choice"]')).to.equal(null);
      expect(rowsText(root)).to.deep.equal([`${longDate(schedule[0]!.dueDate)} €60.00`, `${longDate(schedule[1]!.dueDate)} €40.00`]);
      expect(spaces(payButton(root).textContent)).to.equal('Pay in 2 installments');
      await expect(captain).to.be.accessible();
    });

    it('renders in French with French money and dates', async () => {
      const { root } = await mountInstallments('installments-financed', {}, 'fr');
      expect(spaces(root.querySelector('[part="count-choice"] legend')?.textContent)).to.equal('En combien de fois ?');
      expect(rowsText(root)[0]).to.equal('Aujourd’hui 33,34 €');
      expect(rowsText(root)[1]).to.equal(`${longDate(addMonths(Date.now(), 1), 'fr')} 33,33 €`);
      expect(spaces(payButton(root).textContent)).to.equal('Payer 33,34 € aujourd’hui');
    });
  });

  describe('paying', () => {
    it('pays the first installment today; the success view shows the real schedule and fires sg-validated', async () => {
      const { root, captain, events, order, platform } = await mountInstallments('installments-financed');
      inputByLabel(root, '4 installments').click();
      await fillCard(root);
      payButton(root).click();
      await waitUntil(() => eventsOf(events, 'sg-validated').length === 1, 'not validated', { timeout: 5000 });
      expect(eventsOf(events, 'sg-validated')[0]?.detail).to.include({ order: order.id, amount: 2500, status: 'confirmed', email: 'ada@example.com' });
      expect(spaces(root.querySelector('#sg-success-title')?.textContent)).to.equal('Your payment plan is confirmed');
      expect(root.activeElement?.id).to.equal('sg-success-title');
      expect(rowsText(root).map((row) => /€[\d.]+ (paid|to come)$/.exec(row)?.[0])).to.deep.equal(['€25.00 paid', '€25.00 to come', '€25.00 to come', '€25.00 to come']);
      const stored = await call('GET', `/v1/orders/${order.id}`, platform.secretKey);
      expect(stored.installmentsCount).to.equal(4);
      expect(stored.installments.map((installment) => installment.status)).to.deep.equal(['paid', 'pending', 'pending', 'pending']);
      await expect(captain).to.be.accessible();
    });

    it('3-D Secure: the bank page asks for the first installment', async () => {
      const { root, events } = await mountInstallments('installments-financed');
      await fillCard(root, CARDS.challenge);
      payButton(root).click();
      const dialog = root.querySelector('sg-three-ds-dialog');
      await waitUntil(() => dialog?.shadowRoot?.querySelector('dialog[open]'), 'no 3-D Secure dialog', { timeout: 5000 });
      expect(spaces(dialog?.shadowRoot?.textContent)).to.include('€33.34');
      const approve = [...(dialog?.shadowRoot?.querySelectorAll('button') ?? [])].find((button) => /approve/i.test(button.textContent ?? ''));
      approve?.click();
      await waitUntil(() => eventsOf(events, 'sg-validated').length === 1, 'not validated', { timeout: 5000 });
    });

    it('refuses a card expiring before the last due date, next to the schedule, without calling the platform', async () => {
      const { root, captain, events, order, platform } = await mountInstallments('installments-financed');
      inputByLabel(root, '10 installments').click();
      const soon = new Date();
      soon.setUTCMonth(soon.getUTCMonth() + 3);
      await fillCard(root, CARDS.success, `${String(soon.getUTCMonth() + 1).padStart(2, '0')}${String(soon.getUTCFullYear()).slice(-2)}`);
      payButton(root).click();
      await waitUntil(() => eventsOf(events, 'sg-invalid').length === 1, 'no sg-invalid', { timeout: 5000 });
      const notice = root.querySelector('#sg-payment-notice');
      expect(spaces(notice?.querySelector('h3')?.textContent)).to.equal('This card expires too soon');
      expect(root.activeElement).to.equal(notice);
      expect((await call<ScheduleAnswer[]>('GET', `/v1/orders/${order.id}/transactions`, platform.secretKey)).length).to.equal(0);
      await expect(captain).to.be.accessible();
    });

    it('after a refusal offers fewer installments or paying in full, and paying in full works', async () => {
      const { root, captain, events, order } = await mountInstallments('installments-financed');
      await fillCard(root, CARDS.declined);
      payButton(root).click();
      await waitUntil(() => eventsOf(events, 'sg-invalid').length === 1, 'no sg-invalid', { timeout: 5000 });
      const notice = root.querySelector('#sg-payment-notice');
      expect(spaces(notice?.textContent)).to.include('Choose fewer installments above and try again.');
      expect(root.activeElement).to.equal(notice);
      await expect(captain).to.be.accessible();
      await typeInto(inputByLabel(root, 'Card number'), '');
      const number = inputByLabel(root, 'Card number');
      number.select();
      await typeInto(number, CARDS.success);
      await typeInto(inputByLabel(root, 'Security code'), '123');
      const inFull = root.querySelector<HTMLButtonElement>('[part="pay-in-full-button"]');
      expect(spaces(inFull?.textContent)).to.equal('Pay the full amount now: €100.00');
      inFull?.click();
      await waitUntil(() => eventsOf(events, 'sg-validated').length === 1, 'not validated', { timeout: 5000 });
      expect(eventsOf(events, 'sg-validated')[0]?.detail).to.include({ order: order.id, amount: 10000, status: 'completed' });
      expect(spaces(root.querySelector('#sg-success-title')?.textContent)).to.equal('Payment successful');
    });
  });
});

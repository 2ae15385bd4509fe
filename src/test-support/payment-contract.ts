/**
 * The contract every UX and hosted page that takes a payment keeps, as one suite each of them runs
 * (`runPaymentContract(subject)` in its own `*.contract.test.ts`): rendering, keyboard, accessibility in every state,
 * decline then retry, double submit, lost answers (never two authorisations for one intent, and a payment that went
 * through ends as paid), and the sandbox clock moved. Test-only.
 *
 * Extension point: `contractCases` is the list of cases; a feature that every payment page must honour (live order
 * updates…) adds its case there, and every subject runs it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { seededPlatform, type PlatformSlug } from '../../mock-server/seed.ts';
import { eventsOf, inputByLabel, mountCaptainUx, spaces, typeCard, typeInto, type RecordedEvent } from './dom.ts';
import { API_URL, apiRequests, attemptsUnreachable, CARDS, loseNextPaymentAnswer, mockPlatform } from './mock-platform.ts';
import { platformCall } from './platform-api.ts';
import { expectWcag22 } from './axe-wcag22.ts';

/** A UX or hosted page mounted on a fresh order, ready for a card. */
export interface MountedSubject {
  /** The element that fires the `sg-*` events (and is checked with axe). */
  element: HTMLElement;
  /** The shadow root holding the form. */
  root: ShadowRoot;
  events: RecordedEvent[];
  orderId: string;
  /** The platform's secret key, to read the order's transactions as the merchant would. */
  secretKey: string;
  /** UXs fire `sg-validated`; hosted pages show their success state only. */
  firesValidated: boolean;
  /** Fills what the page asks besides the card (a share, an amount); nothing when omitted. */
  prepare?(): Promise<void>;
  /**
   * The page follows its order live (`LiveOrderController`: `<sg-captain>`, the sharing space): a change made elsewhere
   * shows without the buyer acting. Pages that do not learn it when the buyer pays.
   */
  followsLive?: boolean;
}

export interface ContractSubject {
  name: string;
  mount(): Promise<MountedSubject>;
}

export interface ContractCase {
  name: string;
  run(subject: MountedSubject): Promise<void>;
}

/** Records the `sg-*` events `element` fires from now on. */
export function recordEvents(element: HTMLElement): RecordedEvent[] {
  const events: RecordedEvent[] = [];
  for (const type of ['sg-ready', 'sg-validated', 'sg-invalid', 'sg-error']) {
    element.addEventListener(type, (event) => events.push({ type, detail: (event as CustomEvent).detail }));
  }
  return events;
}

/** A UX mounted by `<sg-captain>` on an order created on the seeded platform `slug`. */
export async function captainSubject(slug: PlatformSlug, tag: string, order: Record<string, unknown>): Promise<MountedSubject> {
  const platform = seededPlatform(slug);
  const created = await platformCall<{ id: string }>('POST', '/v1/orders', platform.secretKey, { email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace', ...order });
  const { captain, ux, root, events } = await mountCaptainUx<HTMLElement>(tag, { 'order-id': created.id, 'public-key': platform.publicKey, 'api-url': API_URL });
  await (ux as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return { element: captain, root, events, orderId: created.id, secretKey: platform.secretKey, firesValidated: true, followsLive: true };
}

const SUCCESS = '#sg-success-title, #sg-thanks-title, #sg-complete-title';

export const payButtonOf = (root: ShadowRoot) => root.querySelector<HTMLButtonElement>('button[type="submit"]') as HTMLButtonElement;
const paymentPosts = () => apiRequests.filter((request) => /^POST .*\/(payments|balance|recover)$/.test(request)).length;
const noticeText = (root: ShadowRoot) => spaces(root.querySelector('#sg-payment-notice')?.textContent);

/** Types a card valid until 12/39 (after every due date these orders plan). */
export const fillCard = (root: ShadowRoot, number: string = CARDS.success) => typeCard(root, { number, expiry: '1239', holder: null });

async function retypeSecurityCode(root: ShadowRoot): Promise<void> {
  const cvc = inputByLabel(root, 'Security code');
  cvc.focus();
  cvc.select();
  await sendKeys({ press: 'Backspace' });
  await typeInto(cvc, '456');
}

/** The transactions the platform authorised (or captured) for the order, by id. */
async function securedIds({ orderId, secretKey }: MountedSubject): Promise<Set<string>> {
  const transactions = await platformCall<{ id: string; status: string }[]>('GET', `/v1/orders/${orderId}/transactions`, secretKey);
  return new Set(transactions.filter((transaction) => transaction.status === 'authorized' || transaction.status === 'captured').map((transaction) => transaction.id));
}

/** Runs `act` and answers how many authorisations it added on the platform. */
async function newAuthorisations(subject: MountedSubject, act: () => Promise<void>): Promise<number> {
  const before = await securedIds(subject);
  await act();
  const after = await securedIds(subject);
  return [...after].filter((id) => !before.has(id)).length;
}

async function paid(subject: MountedSubject, what = 'not paid'): Promise<void> {
  await waitUntil(() => subject.root.querySelector(SUCCESS), what, { timeout: 8000 });
  if (subject.firesValidated) await waitUntil(() => eventsOf(subject.events, 'sg-validated').length > 0, 'no sg-validated', { timeout: 3000 });
}

/** Exactly one `sg-validated` (UXs) and the success state. */
function expectPaidOnce(subject: MountedSubject): void {
  expect(subject.root.querySelector(SUCCESS), 'success state').to.not.equal(null);
  if (subject.firesValidated) expect(eventsOf(subject.events, 'sg-validated')).to.have.length(1);
}

export const contractCases: ContractCase[] = [
  {
    name: 'renders the form with a pay button named "Pay…", accessible',
    async run({ root, element }) {
      expect(spaces(payButtonOf(root).textContent)).to.match(/^Pay/);
      for (const label of ['Card number', 'Expiry date', 'Security code', 'Cardholder name']) expect(inputByLabel(root, label).type).to.equal('text');
      await expect(element).to.be.accessible();
      await expectWcag22(element);
    },
  },
  {
    name: 'an empty form: every field in error, focus on the first, one sg-invalid, nothing sent, accessible',
    async run({ root, element, events }) {
      payButtonOf(root).click();
      await waitUntil(() => eventsOf(events, 'sg-invalid').length === 1, 'no sg-invalid', { timeout: 5000 });
      expect(eventsOf(events, 'sg-invalid')[0]?.detail).to.deep.include({ code: 'invalid_fields' });
      expect((eventsOf(events, 'sg-invalid')[0]?.detail as { fields: string[] }).fields).to.include.members(['number', 'expiry', 'cvc', 'holder']);
      expect(root.activeElement, 'focus moved to the first error').to.not.equal(null);
      expect(paymentPosts()).to.equal(0);
      await expect(element).to.be.accessible();
      // WCAG 2.2 too: the error summary's links are 24 px targets (2.5.8), which axe checks only when asked.
      await expectWcag22(element);
    },
  },
  {
    name: 'buyers’ input (issue 9): MM/YYYY expiry, a card pasted over an Amex, numbers left to right, required fields, a field left invalid announced',
    async run(subject) {
      const { root } = subject;
      await subject.prepare?.();
      const number = inputByLabel(root, 'Card number');
      await typeInto(number, '378282246310005');
      number.select();
      document.execCommand('insertText', false, '4242 4242 4242 4242'); // a paste: one insertion, under the field's limits
      expect(number.value).to.equal('4242 4242 4242 4242');
      const expiry = inputByLabel(root, 'Expiry date');
      await typeInto(expiry, '01/2030');
      expect(expiry.value).to.equal('01/30');
      for (const label of ['Card number', 'Expiry date', 'Security code']) expect(inputByLabel(root, label).dir, label).to.equal('ltr');
      for (const label of ['Card number', 'Expiry date', 'Security code', 'Cardholder name']) expect(inputByLabel(root, label).required, label).to.equal(true);
      const cvc = inputByLabel(root, 'Security code');
      await typeInto(cvc, '12');
      await sendKeys({ press: 'Tab' });
      await waitUntil(() => cvc.getAttribute('aria-invalid') === 'true', 'the code left incomplete shows no error');
      const description = (cvc.getAttribute('aria-describedby') ?? '').split(' ').map((id) => spaces(root.getElementById(id)?.textContent)).join(' ');
      const announced = spaces(root.querySelector('#sg-card-announcement')?.textContent);
      expect(announced, 'nothing announced').to.not.equal('');
      expect(description).to.include(announced);
    },
  },
  {
    name: 'keyboard: Enter in the last field pays, once, and the success state takes focus',
    async run(subject) {
      await subject.prepare?.();
      await fillCard(subject.root);
      const added = await newAuthorisations(subject, async () => {
        inputByLabel(subject.root, 'Cardholder name').focus();
        await sendKeys({ press: 'Enter' });
        await paid(subject);
      });
      expect(added).to.equal(1);
      expectPaidOnce(subject);
      expect(subject.root.activeElement?.matches(SUCCESS)).to.equal(true);
      await expect(subject.element).to.be.accessible();
    },
  },
  {
    name: 'a decline says so, focused and accessible; another card then pays once',
    async run(subject) {
      const { root } = subject;
      await subject.prepare?.();
      await fillCard(root, CARDS.declined);
      payButtonOf(root).click();
      await waitUntil(() => noticeText(root).includes('declined'), 'no decline notice', { timeout: 5000 });
      expect(root.activeElement?.id).to.equal('sg-payment-notice');
      expect(eventsOf(subject.events, 'sg-invalid').at(-1)?.detail).to.include({ code: 'card_declined' });
      expect(root.activeElement?.getAttribute('role'), 'the decline is an alert').to.equal('alert');
      await expect(subject.element).to.be.accessible();
      const number = inputByLabel(root, 'Card number');
      number.select();
      await typeInto(number, CARDS.success);
      await typeInto(inputByLabel(root, 'Security code'), '123');
      const added = await newAuthorisations(subject, async () => {
        payButtonOf(root).click();
        await paid(subject);
      });
      expect(added).to.equal(1);
      expectPaidOnce(subject);
    },
  },
  {
    name: 'a double click and a repeated submit pay once',
    async run(subject) {
      await subject.prepare?.();
      await fillCard(subject.root);
      const added = await newAuthorisations(subject, async () => {
        payButtonOf(subject.root).click();
        payButtonOf(subject.root).click();
        payButtonOf(subject.root).click();
        await paid(subject);
      });
      expect(added).to.equal(1);
      expect(paymentPosts()).to.equal(1);
      expectPaidOnce(subject);
    },
  },
  {
    name: 'the answer is lost after the platform paid: the flow learns it, pays nothing more, and ends as paid',
    async run(subject) {
      await subject.prepare?.();
      await fillCard(subject.root);
      loseNextPaymentAnswer();
      const added = await newAuthorisations(subject, async () => {
        payButtonOf(subject.root).click();
        await paid(subject, 'the lost payment never showed as paid');
      });
      expect(added).to.equal(1);
      expect(paymentPosts()).to.equal(1);
      expectPaidOnce(subject);
    },
  },
  {
    name: 'a gateway error (502) after the platform paid: the flow learns it, pays nothing more, and ends as paid',
    async run(subject) {
      await subject.prepare?.();
      await fillCard(subject.root);
      loseNextPaymentAnswer({ status: 502 });
      const added = await newAuthorisations(subject, async () => {
        payButtonOf(subject.root).click();
        await paid(subject, 'the payment behind the 502 never showed as paid');
      });
      expect(added).to.equal(1);
      expect(paymentPosts()).to.equal(1);
      expectPaidOnce(subject);
    },
  },
  {
    name: 'the answer is lost and the platform unreachable: "Check again" (never Pay); after an edit, checking ends as paid, one authorisation',
    async run(subject) {
      const { root } = subject;
      await subject.prepare?.();
      await fillCard(root);
      loseNextPaymentAnswer();
      attemptsUnreachable();
      const added = await newAuthorisations(subject, async () => {
        payButtonOf(root).click();
        await waitUntil(() => spaces(payButtonOf(root).textContent) === 'Check again', 'no Check again', { timeout: 8000 });
        expect(noticeText(root)).to.include('We could not learn whether your payment went through');
        expect(root.activeElement?.id).to.equal('sg-payment-notice');
        expect(eventsOf(subject.events, 'sg-error').at(-1)?.detail).to.include({ code: 'network' });
        await expect(subject.element).to.be.accessible();
        // The buyer retypes the security code and tries again once the connection is back.
        await retypeSecurityCode(root);
        expect(spaces(payButtonOf(root).textContent)).to.equal('Check again');
        mockPlatform.restore();
        payButtonOf(root).click();
        await paid(subject, 'checking again never showed the payment');
      });
      expect(added).to.equal(1);
      expect(paymentPosts()).to.equal(1);
      expectPaidOnce(subject);
    },
  },
  {
    name: 'the request never reached the platform: after an edit, paying again pays once',
    async run(subject) {
      const { root } = subject;
      await subject.prepare?.();
      await fillCard(root);
      loseNextPaymentAnswer({ ran: false });
      const added = await newAuthorisations(subject, async () => {
        payButtonOf(root).click();
        await waitUntil(() => noticeText(root).includes('you will not be charged twice'), 'no network notice', { timeout: 8000 });
        expect(spaces(payButtonOf(root).textContent)).to.match(/^Pay/);
        await retypeSecurityCode(root);
        payButtonOf(root).click();
        await paid(subject);
      });
      expect(added).to.equal(1);
      expectPaidOnce(subject);
    },
  },
  {
    // The live-update case: a page that follows its order shows the change by itself; any other learns it when paying.
    name: 'live update: the merchant cancels while the form shows, and nothing more is paid',
    async run(subject) {
      await subject.prepare?.();
      await fillCard(subject.root);
      const added = await newAuthorisations(subject, async () => {
        await platformCall('POST', `/v1/orders/${subject.orderId}/cancel`, subject.secretKey, {});
        if (subject.followsLive) {
          const closed = () => subject.element.shadowRoot?.querySelector('[part="closed"]');
          await waitUntil(closed, 'the cancel never showed', { timeout: 3000 });
          expect(spaces(closed()?.textContent)).to.match(/cancel/i);
          // The form is gone: its host left the page (`<sg-captain>` shows the closed state instead), or it has no pay button.
          expect(subject.root.host.isConnected && subject.root.querySelector('button[type="submit"]') !== null, 'a pay button still shows').to.equal(false);
          await expect(subject.element).to.be.accessible();
        } else {
          payButtonOf(subject.root).click();
          await waitUntil(() => noticeText(subject.root), 'no notice after paying a canceled order', { timeout: 5000 });
        }
      });
      expect(added).to.equal(0);
      expect(eventsOf(subject.events, 'sg-validated')).to.have.length(0);
    },
  },
  {
    name: 'the sandbox clock moved: paying still works, dated by the platform',
    async run(subject) {
      const { now } = await platformCall<{ now: number }>('POST', '/v1/sandbox/clock', subject.secretKey, { advanceBy: 5 * 60_000 });
      await subject.prepare?.();
      await fillCard(subject.root);
      payButtonOf(subject.root).click();
      await paid(subject);
      const transactions = await platformCall<{ status: string; createdAt: number }[]>('GET', `/v1/orders/${subject.orderId}/transactions`, subject.secretKey);
      expect(transactions.some((transaction) => transaction.status !== 'failed' && transaction.createdAt >= now)).to.equal(true);
      expectPaidOnce(subject);
    },
  },
];

/** The whole contract for one UX or hosted page. */
export function runPaymentContract(subject: ContractSubject): void {
  describe(`payment contract: ${subject.name}`, () => {
    for (const contractCase of contractCases) {
      it(contractCase.name, async () => contractCase.run(await subject.mount()));
    }
  });
}

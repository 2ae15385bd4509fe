/**
 * What the payment contract's cases act on (`payment-contract.ts`): the subjects (a UX or hosted page mounted on a fresh
 * order), their payment methods (the card form by default, an IBAN form, a bank of their own, payments made outside),
 * and the helpers the cases share to pay, count authorisations and wait for the outcome. Test-only.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { seededPlatform, type PlatformSlug } from '../../mock-server/seed.ts';
import { eventsOf, inputByLabel, mountCaptainUx, spaces, typeCard, typeInto, type RecordedEvent } from './dom.ts';
import { API_URL, apiRequests, CARDS } from './mock-platform.ts';
import { platformCall } from './platform-api.ts';
import { expectStateIn, rendered } from './language-checks.ts';
import { LOCALE_TAGS, say, words } from './words.ts';
import type { SupportedLocale } from '../core/i18n/languages.ts';

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
  /** How the page takes its payment method: the card form unless given (an IBAN, a bank choice…). */
  method?: MethodFixture;
  /**
   * The page has no card form: the buyer pays outside it (a bank transfer to a virtual IBAN), and this makes such a
   * payment of `amount` cents arrive (`transferId`: the bank's id, the same id arriving twice is one payment). The
   * cases about typing a card do not apply; the cases `needs: 'paidOutside'` run instead.
   */
  paidOutside?(amount: number, transferId?: string): Promise<void>;
  /** What the order asks, in cents (for `paidOutside` subjects). */
  amount?: number;
  /**
   * The payment ends elsewhere once submitted (a bank transfer initiation: the buyer confirms on their bank's page):
   * this confirms there the attempt the page started, once each. `paid` calls it before waiting for the success.
   */
  settle?(): Promise<void>;
  /**
   * Switches the page to `locale` live, as a page changing its language does (`<sg-captain locale>`), resolving once
   * everything shows in it. Given, the English run checks every state in all six languages (`expectStateIn`).
   */
  relocalize?(locale: SupportedLocale): Promise<void>;
}

/**
 * What the cases need of a payment method: the card form's by default (`cardFixture`). A non-card UX gives its own, so
 * that every case runs for it with the method's own inputs and refusal, never skipped.
 */
export interface MethodFixture {
  /** The labels of the method's text inputs, in form order. */
  labels: string[];
  /** The fields `sg-invalid` lists for an empty form. */
  requiredFields: string[];
  /** The input in which Enter pays. */
  lastLabel: string;
  /** The English text of the submit button, as a pattern: `^Pay` unless given (a bank chooser's "Continue to {bank}"). */
  submitText?: RegExp;
  /** Fills what the platform accepts. */
  fill(root: ShadowRoot): Promise<void>;
  /** The buyer edits what they typed (a card's security code typed again), the same means of payment. */
  edit(root: ShadowRoot): Promise<void>;
  /** Statuses of a payment this method has secured once the buyer paid (card: authorised or captured; debit: pending). */
  secured: string[];
  /**
   * The method is refused (a declined card, an IBAN the rule refuses): asserts what the buyer is told (focused, with its
   * event) and that nothing was secured, then fills what pays.
   */
  refuse(subject: MountedSubject): Promise<void>;
}

export interface ContractSubject {
  name: string;
  /** Mounts the subject on a fresh order, in the language of the BCP 47 tag `locale` (English when none). */
  mount(locale?: string): Promise<MountedSubject>;
  /** `false`: paid with another method's form (an IBAN): the cases about typing a card do not apply. */
  cardForm?: boolean;
  /** Paid outside the page (see `MountedSubject.paidOutside`): selects the cases that apply. */
  paidOutside?: boolean;
}

export interface ContractCase {
  name: string;
  /** What the subject must offer for the case to apply: a card form (the default), payments made outside, a method of its own; `any`: all. */
  needs?: 'cardForm' | 'paidOutside' | 'any';
  /** A case about the card form's own inputs (what buyers type, paste and autofill): not for other methods' forms. */
  cardOnly?: true;
  run(subject: MountedSubject): Promise<void>;
}

export const applies = (contractCase: ContractCase, subject: ContractSubject) =>
  !(contractCase.cardOnly && subject.cardForm === false) &&
  (contractCase.needs === 'any' || (contractCase.needs ?? 'cardForm') === (subject.paidOutside ? 'paidOutside' : 'cardForm'));

/** Pays the whole order the subject's way: a card typed and the pay button, or a payment arriving from outside. */
export async function payWhole(subject: MountedSubject): Promise<void> {
  if (subject.paidOutside) return subject.paidOutside(subject.amount ?? 0);
  await subject.prepare?.();
  await methodOf(subject).fill(subject.root);
  payButtonOf(subject.root).click();
}

/** Records the `sg-*` events `element` fires from now on. */
export function recordEvents(element: HTMLElement): RecordedEvent[] {
  const events: RecordedEvent[] = [];
  for (const type of ['sg-ready', 'sg-validated', 'sg-invalid', 'sg-error']) {
    element.addEventListener(type, (event) => events.push({ type, detail: (event as CustomEvent).detail }));
  }
  return events;
}

/**
 * A UX mounted by `<sg-captain>` on an order created on the seeded platform `slug`; `attributes` adds to the element's
 * (one left undefined is not set: `{ locale }` with no locale mounts in English).
 */
export async function captainSubject(slug: PlatformSlug, tag: string, order: Record<string, unknown>, given: Record<string, string | undefined> = {}): Promise<MountedSubject> {
  const attributes = Object.fromEntries(Object.entries(given).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const platform = seededPlatform(slug);
  const created = await platformCall<{ id: string }>('POST', '/v1/orders', platform.secretKey, { email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace', ...order });
  const { captain, ux, root, events } = await mountCaptainUx<HTMLElement>(tag, { 'order-id': created.id, 'public-key': platform.publicKey, 'api-url': API_URL, ...attributes });
  await (ux as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return { element: captain, root, events, orderId: created.id, secretKey: platform.secretKey, firesValidated: true, followsLive: true, relocalize: (locale) => relocalizeBy(captain, locale) };
}

/** Sets `element`'s `locale` to `locale`'s tag (a region: `fr-CH`) and waits until it shows that language, rendered. */
export async function relocalizeBy(element: HTMLElement & { locale?: string | undefined }, locale: SupportedLocale, marked = '.captain'): Promise<void> {
  element.locale = LOCALE_TAGS[locale];
  const root = element.shadowRoot as ShadowRoot;
  await waitUntil(() => root.querySelector(marked)?.getAttribute('lang') === locale, `never switched to ${locale}`, { timeout: 5000 });
  await rendered(element);
}

export const SUCCESS = '#sg-success-title, #sg-thanks-title, #sg-complete-title';

export const payButtonOf = (root: ShadowRoot) => root.querySelector<HTMLButtonElement>('button[type="submit"]') as HTMLButtonElement;
export const paymentPosts = () => apiRequests.filter((request) => /^POST .*\/(payments|balance|recover)$/.test(request)).length;
export const noticeText = (root: ShadowRoot) => spaces(root.querySelector('#sg-payment-notice')?.textContent);

/** Types a card valid until 12/39 (after every due date these orders plan). */
export const fillCard = (root: ShadowRoot, number: string = CARDS.success) => typeCard(root, { number, expiry: '1239', holder: null });

/** The card form: every subject's method unless it gives its own. */
export const cardFixture: MethodFixture = {
  labels: ['Card number', 'Expiry date', 'Security code', 'Cardholder name'],
  requiredFields: ['number', 'expiry', 'cvc', 'holder'],
  lastLabel: 'Cardholder name',
  fill: (root) => fillCard(root),
  edit: (root) => retypeSecurityCode(root),
  secured: ['authorized', 'captured'],
  async refuse(subject) {
    const { root } = subject;
    await fillCard(root, CARDS.declined);
    payButtonOf(root).click();
    await waitUntil(() => words().saysOneOf(noticeText(root), /declined/), 'no decline notice', { timeout: 5000 });
    expect(root.activeElement?.id).to.equal('sg-payment-notice');
    expect(eventsOf(subject.events, 'sg-invalid').at(-1)?.detail).to.include({ code: 'card_declined' });
    expect(root.activeElement?.getAttribute('role'), 'the decline is an alert').to.equal('alert');
    await expectStateIn(subject.element);
    const number = inputByLabel(root, say('Card number'));
    number.select();
    await typeInto(number, CARDS.success);
    await typeInto(inputByLabel(root, say('Security code')), '123');
  },
};

export const methodOf = (subject: MountedSubject) => subject.method ?? cardFixture;

/** Whether `text` is the subject's submit button's, in the case's language. */
export const isSubmitText = (subject: MountedSubject, text: string) => words().saysOneOf(text, methodOf(subject).submitText ?? /^Pay/);

export async function retypeSecurityCode(root: ShadowRoot): Promise<void> {
  const cvc = inputByLabel(root, say('Security code'));
  cvc.focus();
  cvc.select();
  await sendKeys({ press: 'Backspace' });
  await typeInto(cvc, '456');
}

/** The transactions the platform secured for the order (card: authorised or captured; debit: pending), by id. */
export async function securedIds(subject: MountedSubject): Promise<Set<string>> {
  const transactions = await platformCall<{ id: string; status: string }[]>('GET', `/v1/orders/${subject.orderId}/transactions`, subject.secretKey);
  const secured = methodOf(subject).secured;
  return new Set(transactions.filter((transaction) => secured.includes(transaction.status)).map((transaction) => transaction.id));
}

/** Runs `act` and answers how many authorisations it added on the platform. */
export async function newAuthorisations(subject: MountedSubject, act: () => Promise<void>): Promise<number> {
  const before = await securedIds(subject);
  await act();
  const after = await securedIds(subject);
  return [...after].filter((id) => !before.has(id)).length;
}

export async function paid(subject: MountedSubject, what = 'not paid'): Promise<void> {
  await subject.settle?.();
  await waitUntil(() => subject.root.querySelector(SUCCESS), what, { timeout: 8000 });
  if (subject.firesValidated) await waitUntil(() => eventsOf(subject.events, 'sg-validated').length > 0, 'no sg-validated', { timeout: 3000 });
}

/** Exactly one `sg-validated` (UXs) and the success state. */
export function expectPaidOnce(subject: MountedSubject): void {
  expect(subject.root.querySelector(SUCCESS), 'success state').to.not.equal(null);
  if (subject.firesValidated) expect(eventsOf(subject.events, 'sg-validated')).to.have.length(1);
}

/**
 * `<sg-schedule-settlement>`: the body of the two hosted pages of installments and pay later.
 * - `mode="recovery"` (`/recovery/{transactionId}`): the buyer sees the schedule and pays the unpaid installment with
 *   another card (`POST /v1/transactions/{id}/recover`).
 * - `mode="balance"` (`/balance/{orderId}`, the link of the confirmation email and `order.redirectUrl`): the buyer follows
 *   the installments and may pay the remaining balance at once (`POST /v1/orders/{id}/balance`).
 * On a platform that enables wallets, their buttons show above the card form (issue 11) and pay the same payment through
 * the same flow; `sandbox-wallets` opens the simulated wallet sheet (test keys only), as on `<sg-captain>`.
 */
import { html, LitElement, nothing } from 'lit';
import { getCheckout, type ApiConfig } from '../../core/api.ts';
import type { CaptainError } from '../../core/errors.ts';
import type { I18n } from '../../core/i18n/index.ts';
import type { Checkout, PaymentResult } from '../../core/contract/index.ts';
import { balancePath, recoverPath } from '../../core/payments-api.ts';
import { renderLiveRegion } from '../live-region.ts';
import { LocaleController } from '../locale-controller.ts';
import { NOTICE_ID, PaymentFlow } from '../payment-flow.ts';
import { deviceClock, platformClock, type PlatformClock } from '../../core/platform-clock.ts';
import { walletsOf } from '../../core/wallet-methods.ts';
import type { FlowNotice, MethodPart } from '../payment-types.ts';
import type { WalletOffer } from '../wallet-offer.ts';
import { scheduleText, type ScheduleMessageKey } from './schedule-i18n.ts';
import { renderScheduleList, type ScheduleRow } from './schedule-list.ts';
import { settlementRows, stillScheduled } from './settlement-rows.ts';
import { scheduleUxStyles } from './schedule-ux.styles.ts';

type Mode = 'recovery' | 'balance';

const STATUS_WORDS: Record<string, ScheduleMessageKey> = {
  paid: 'scheduleStatusPaid',
  pending: 'scheduleStatusPending',
  canceled: 'scheduleStatusCanceled',
  unpaid: 'scheduleStatusUnpaid',
};

export class ScheduleSettlement extends LitElement {
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = scheduleUxStyles;
  static override properties = {
    mode: { type: String },
    apiUrl: { type: String, attribute: 'api-url' },
    publicKey: { type: String, attribute: 'public-key' },
    orderId: { type: String, attribute: 'order-id' },
    transactionId: { type: String, attribute: 'transaction-id' },
    installmentId: { type: String, attribute: 'installment-id' },
    locale: { type: String },
    sandboxWallets: { attribute: 'sandbox-wallets', type: Boolean },
    checkout: { state: true },
    wallets: { state: true },
    failure: { state: true },
    paid: { state: true },
  };

  declare mode: Mode;
  declare apiUrl: string;
  declare publicKey: string;
  declare orderId: string;
  declare transactionId: string;
  /** Recovery: the installment the link was sent for (`/v1/hosted/transactions/{id}`), found again once another card paid it. */
  declare installmentId: string;
  declare locale: string;
  /** The sandbox switch: the wallet buttons open the simulated wallet sheet (honoured with a test key only). */
  declare sandboxWallets: boolean;
  declare checkout: Checkout | undefined;
  /** The wallets this page can pay with, once the wallet chunk said so; none on a platform without wallets. */
  declare wallets: WalletOffer | undefined;
  /** Why the page shows no order (the link is unknown), said in the page's language when it renders. */
  declare failure: ScheduleMessageKey | undefined;
  declare paid: PaymentResult | undefined;

  /** The page's words, switched live when `locale` changes (issue 9). */
  private readonly words = new LocaleController(this);
  /** The platform's time, from the checkout's `now`. */
  private clock: PlatformClock = deviceClock;
  private readonly payment = new PaymentFlow(this);

  constructor() {
    super();
    this.mode = 'balance';
    this.apiUrl = '';
    this.publicKey = '';
    this.orderId = '';
    this.transactionId = '';
    this.installmentId = '';
    this.locale = 'en';
    this.sandboxWallets = false;
    this.checkout = undefined;
    this.wallets = undefined;
    this.failure = undefined;
    this.paid = undefined;
  }

  private get api(): ApiConfig {
    return { apiUrl: this.apiUrl || location.origin, key: this.publicKey };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private get i18n(): I18n {
    return this.words.i18n;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // The page changed its language while it shows: its words, amounts and dates follow (`load` asks for the first).
    if (changed.has('locale') && changed.get('locale') !== undefined) void this.words.ask(this.locale);
  }

  async load(): Promise<void> {
    await this.words.ask(this.locale);
    try {
      const checkout = await getCheckout(this.api, this.orderId);
      this.clock = platformClock(checkout.now);
      this.checkout = checkout;
      void this.offerWallets(checkout);
    } catch {
      this.failure = 'linkUnknown';
    }
  }

  /** Asks the wallet chunk which of the platform's wallets this page can pay with; without it the card form still works. */
  private async offerWallets(checkout: Checkout): Promise<void> {
    const methods = walletsOf(checkout.settings.paymentMethods);
    if (!methods.length) return;
    const code = await import('../wallets/index.ts').catch(() => undefined);
    this.wallets = await code?.walletOffer({ methods, simulated: this.sandboxWallets, api: this.api }).catch(() => undefined);
  }

  private text(key: ScheduleMessageKey, params: Record<string, string | number> = {}): string {
    return scheduleText(this.i18n, key, params);
  }

  private money(cents: number): string {
    return this.i18n.money(cents, this.checkout?.order.currency ?? 'EUR');
  }

  /** The installment this page settles (recovery), or every installment still waiting (balance). */
  private get target(): { amount: number; rows: ScheduleRow[]; unpaid?: ScheduleRow & { index: number } } {
    const installments = this.checkout?.order.installments ?? [];
    const rows: ScheduleRow[] = this.checkout ? settlementRows(this.checkout) : [];
    if (this.mode === 'recovery') {
      // Once another card paid it, the installment points at that payment: the link's installment id still finds it.
      const index = installments.findIndex((installment) => installment.transactionId === this.transactionId || (this.installmentId !== '' && installment.id === this.installmentId));
      const row = rows[index];
      return { amount: row?.status === 'unpaid' ? row.amount : 0, rows, ...(row ? { unpaid: { ...row, index } } : {}) };
    }
    const waiting = this.checkout?.order.status === 'confirmed' ? installments.filter((installment) => installment.status === 'pending' || installment.status === 'unpaid') : [];
    return { amount: waiting.reduce((sum, installment) => sum + installment.amount, 0), rows };
  }

  /** What the page asks for: the installment or the balance to pay, or why nothing is to pay here. */
  private introText(): string {
    const { amount, unpaid } = this.target;
    if (amount > 0) {
      return this.mode === 'recovery' && unpaid ? this.text('recoveryIntro', { amount: this.money(amount), date: this.i18n.date(unpaid.dueDate) }) : this.text('balanceIntro', { amount: this.money(amount) });
    }
    if (this.mode !== 'recovery') return this.text('balanceNothing');
    const status = unpaid?.status ?? 'canceled';
    if (status === 'paid' || status === 'paidEarly') return this.text('recoveryAlreadyPaid');
    return this.text('recoveryNothing', { status: this.text(STATUS_WORDS[status] ?? 'scheduleStatusCanceled') });
  }

  /**
   * Pays what the link settles, through the one payment flow (keyed: a lost answer is looked up, never paid twice), with
   * the card form or, from a wallet button (`PaymentFlow.payWith`), with the wallet.
   */
  submit(): Promise<void> {
    return this.pay();
  }

  private async pay(): Promise<void> {
    const checkout = this.checkout;
    if (!checkout) return;
    const { order } = checkout;
    const outcome = await this.payment.submit(() => ({
      api: this.api,
      i18n: this.i18n,
      orderId: order.id,
      merchant: checkout.settings.platformName,
      currency: order.currency,
      // The balance page's payment is a payment of its order; the recovery page's, one of the unpaid transaction.
      path: this.mode === 'recovery' ? recoverPath(this.transactionId) : balancePath(order.id),
      body: { payer: { email: order.email, firstName: order.firstName, lastName: order.lastName } },
      explain: (error) => this.explainRefusal(error),
    }));
    if (outcome.kind !== 'paid') return;
    // The whole checkout again: the payments the balance replaced are voided now, and the schedule says so.
    const fresh = await getCheckout(this.api, order.id).catch(() => undefined);
    if (fresh) this.clock = platformClock(fresh.now);
    this.checkout = fresh ?? { ...checkout, order: outcome.result.order };
    this.paid = outcome.result;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#sg-success-title')?.focus();
  }

  /**
   * A 409 on these links means the page is stale: the installment or the balance was paid meanwhile (another tab, the
   * schedule's own debit). The order is read again, so that the page says what it now says ("already paid", nothing
   * left, or the new balance) instead of "this order can no longer be paid" above a form that still offers to pay.
   */
  private async explainRefusal(error: CaptainError): Promise<FlowNotice | undefined> {
    if (error.code !== 'order_not_payable' || !(await this.refresh())) return undefined;
    const { amount, unpaid } = this.target;
    const paid = amount === 0 && (this.mode === 'recovery' ? unpaid?.status === 'paid' || unpaid?.status === 'paidEarly' : this.checkout?.order.status === 'completed');
    return this.stateNotice(paid);
  }

  /** What the page now says about its payment, in its language at render time (it may change while the notice shows). */
  private stateNotice(paid: boolean): FlowNotice {
    const title = paid ? this.text(this.mode === 'recovery' ? 'recoveryDoneTitle' : 'balanceDoneTitle') : this.i18n.t('errorUnknownTitle');
    return { tone: paid ? 'success' : 'danger', title, message: this.introText(), in: () => this.stateNotice(paid) };
  }

  /** Reads the order again; false when it cannot be read (the page stays as it was). */
  private async refresh(): Promise<boolean> {
    const fresh = await getCheckout(this.api, this.orderId).catch(() => undefined);
    if (!fresh) return false;
    this.clock = platformClock(fresh.now);
    this.checkout = fresh;
    return true;
  }

  /**
   * Amazon Pay's session refused with a 409: the payment was made meanwhile; the page reads the order again and, with
   * nothing left to pay, focuses the words that say so (an earlier decline's notice would no longer be true).
   */
  private readonly onWalletError = async (event: CustomEvent<{ code: string }>): Promise<void> => {
    if (event.detail.code !== 'order_not_payable' || !(await this.refresh()) || this.target.amount > 0) return;
    await this.payment.showNotice(undefined);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#sg-settlement-intro')?.focus();
  };

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.pay();
  };

  /**
   * The wallet buttons above the card form, for `amount` (cents, shown on the wallet's sheet and Amazon's page). Amazon
   * Pay's session says what it settles, so that it opens on the confirmed order for this payment.
   */
  private renderWallets(amount: number) {
    const { wallets: offer, checkout } = this;
    if (!offer?.methods.length || !checkout) return nothing;
    const settles = this.mode === 'recovery' ? { recoverTransactionId: this.transactionId } : { balance: true };
    const payment = { merchant: checkout.settings.platformName, amount, currency: checkout.order.currency, api: this.api, orderId: checkout.order.id, settles };
    return html`<sg-wallet-buttons
      part="wallets"
      .offer=${offer}
      .i18n=${this.i18n}
      .payment=${payment}
      .busy=${this.payment.busy}
      .pay=${(part: MethodPart) => this.payment.payWith(part, () => this.pay())}
      @sg-error=${this.onWalletError}
    ></sg-wallet-buttons>`;
  }

  /** Marked with its language for screen readers (WCAG 3.1.2), whatever the hosting page's `lang`. */
  protected override render() {
    return html`<div lang=${this.i18n.locale}>${this.renderState()}</div>`;
  }

  private renderState() {
    if (this.failure) return html`<p class="notice danger" role="alert">${this.text(this.failure)}</p>`;
    const checkout = this.checkout;
    if (!checkout) return html`<p aria-busy="true">…</p>`;
    const { order } = checkout;
    const { amount, rows, unpaid } = this.target;
    const list = renderScheduleList(rows, { i18n: this.i18n, currency: order.currency, now: this.clock.now(), titleId: 'sg-schedule-title', headingLevel: 2, ...(unpaid ? { highlight: unpaid.index } : {}) });
    const paidSoFar = checkout.transactions.reduce((sum, transaction) => sum + transaction.amountCaptured - transaction.amountRefunded, 0);
    const totals = html`<p class="amount" part="amount"><span>${this.text('orderTotal')}</span> <strong>${this.money(order.amount)}</strong></p>
      <p class="debit"><span>${this.text('amountPaid')}</span> <strong>${this.money(paidSoFar)}</strong></p>`;
    if (this.paid) {
      const key = this.mode === 'recovery' ? 'recoveryDoneBody' : 'balanceDoneBody';
      // Says what is paid and what is still scheduled, as the schedule below shows it: never "fully paid" above rows to come.
      const scheduled = stillScheduled(rows);
      const after = this.mode === 'recovery' ? nothing : html`<p>${scheduled > 0 ? this.text('balanceDoneScheduled', { amount: this.money(scheduled) }) : this.text('balanceDoneComplete')}</p>`;
      return html`<section class="notice success" part="success" aria-labelledby="sg-success-title">
          <h2 id="sg-success-title" tabindex="-1">${this.text(this.mode === 'recovery' ? 'recoveryDoneTitle' : 'balanceDoneTitle')}</h2>
          <p>${this.text(key, { amount: this.money(this.paid.transaction.amountCaptured) })}</p>
          ${after}
        </section>
        ${list} ${renderLiveRegion('')}`;
    }
    const busy = this.payment.busy;
    // A payment refused because the page was stale leaves nothing to pay: its notice, saying so, stands for the intro.
    const stale = amount === 0 ? this.payment.notice?.in(this.i18n) : undefined;
    // Under the page's h1 (the flow's own notice, inside the form, is an h3 under the schedule's h2).
    const intro = stale
      ? html`<div class="notice ${stale.tone}" id=${NOTICE_ID} tabindex="-1" part="notice" role=${stale.tone === 'danger' ? 'alert' : nothing}>
          <h2 part="heading">${stale.title}</h2>
          <p>${stale.message}</p>
        </div>`
      : html`<p part="intro" id="sg-settlement-intro" tabindex="-1">${this.introText()}</p>`;
    return html`<div class="page">
        ${intro}
        ${totals} ${list}
        ${amount > 0
          ? html`<form novalidate part="form" aria-busy=${busy ? 'true' : 'false'} @submit=${this.onSubmit}>
              ${this.renderWallets(amount)} ${this.payment.renderNotice(this.i18n)} ${this.payment.cardForm.renderErrorSummary(this.i18n)} ${this.payment.cardForm.renderFields(this.i18n)}
              ${this.payment.renderSubmit(this.text(this.mode === 'recovery' ? 'recoveryPay' : 'balancePay', { amount: this.money(amount) }), this.i18n)}
            </form>`
          : nothing}
      </div>
      ${renderLiveRegion(this.payment.announcement)}
      <sg-three-ds-dialog .i18n=${this.i18n}></sg-three-ds-dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-schedule-settlement': ScheduleSettlement;
  }
}

/** Defines the hosted pages' element and the 3-D Secure dialog it uses. */
export async function defineScheduleSettlement(): Promise<void> {
  const [{ defineElement }, { ThreeDSDialog }] = await Promise.all([import('../../define-element.ts'), import('../three-ds-dialog.ts')]);
  defineElement('sg-three-ds-dialog', ThreeDSDialog);
  defineElement('sg-schedule-settlement', ScheduleSettlement);
}

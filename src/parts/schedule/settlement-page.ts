/**
 * `<sg-schedule-settlement>`: the body of the two hosted pages of installments and pay later.
 * - `mode="recovery"` (`/recovery/{transactionId}`): the buyer sees the schedule and pays the unpaid installment with
 *   another card (`POST /v1/transactions/{id}/recover`).
 * - `mode="balance"` (`/balance/{orderId}`, the link of the confirmation email and `order.redirectUrl`): the buyer follows
 *   the installments and may pay the remaining balance at once (`POST /v1/orders/{id}/balance`).
 */
import { html, LitElement, nothing } from 'lit';
import { getCheckout, type ApiConfig } from '../../core/api.ts';
import { englishI18n, loadI18n, type I18n } from '../../core/i18n/index.ts';
import type { Checkout, PaymentResult } from '../../core/contract/index.ts';
import { balancePath, recoverPath } from '../../core/payments-api.ts';
import { renderLiveRegion } from '../live-region.ts';
import { PaymentFlow } from '../payment-flow.ts';
import { scheduleText, type ScheduleMessageKey } from './schedule-i18n.ts';
import { renderScheduleList, type ScheduleRow } from './schedule-list.ts';
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
    locale: { type: String },
    checkout: { state: true },
    failure: { state: true },
    paid: { state: true },
  };

  declare mode: Mode;
  declare apiUrl: string;
  declare publicKey: string;
  declare orderId: string;
  declare transactionId: string;
  declare locale: string;
  declare checkout: Checkout | undefined;
  declare failure: string | undefined;
  declare paid: PaymentResult | undefined;

  private i18n: I18n = englishI18n;
  private readonly payment = new PaymentFlow(this);

  constructor() {
    super();
    this.mode = 'balance';
    this.apiUrl = '';
    this.publicKey = '';
    this.orderId = '';
    this.transactionId = '';
    this.locale = 'en';
    this.checkout = undefined;
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

  async load(): Promise<void> {
    this.i18n = await loadI18n(this.locale);
    try {
      this.checkout = await getCheckout(this.api, this.orderId);
    } catch {
      this.failure = this.text('linkUnknown');
    }
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
    const rows: ScheduleRow[] = installments.map(({ amount, dueDate, status }) => ({ amount, dueDate, status }));
    if (this.mode === 'recovery') {
      const index = installments.findIndex((installment) => installment.transactionId === this.transactionId);
      const row = rows[index];
      return { amount: row?.status === 'unpaid' ? row.amount : 0, rows, ...(row ? { unpaid: { ...row, index } } : {}) };
    }
    const waiting = this.checkout?.order.status === 'confirmed' ? installments.filter((installment) => installment.status === 'pending' || installment.status === 'unpaid') : [];
    return { amount: waiting.reduce((sum, installment) => sum + installment.amount, 0), rows };
  }

  /** Pays what the link settles, through the one payment flow (keyed: a lost answer is looked up, never paid twice). */
  private async pay(event: SubmitEvent): Promise<void> {
    event.preventDefault();
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
    }));
    if (outcome.kind !== 'paid') return;
    this.paid = outcome.result;
    this.checkout = { ...checkout, order: outcome.result.order };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#sg-success-title')?.focus();
  }

  protected override render() {
    if (this.failure) return html`<p class="notice danger" role="alert">${this.failure}</p>`;
    const checkout = this.checkout;
    if (!checkout) return html`<p aria-busy="true">…</p>`;
    const { order } = checkout;
    const { amount, rows, unpaid } = this.target;
    const list = renderScheduleList(rows, { i18n: this.i18n, currency: order.currency, now: Date.now(), titleId: 'sg-schedule-title', ...(unpaid ? { highlight: unpaid.index } : {}) });
    const paidSoFar = checkout.transactions.reduce((sum, transaction) => sum + transaction.amountCaptured - transaction.amountRefunded, 0);
    const totals = html`<p class="amount" part="amount"><span>${this.text('orderTotal')}</span> <strong>${this.money(order.amount)}</strong></p>
      <p class="debit"><span>${this.text('amountPaid')}</span> <strong>${this.money(paidSoFar)}</strong></p>`;
    if (this.paid) {
      const key = this.mode === 'recovery' ? 'recoveryDoneBody' : 'balanceDoneBody';
      return html`<section class="notice success" part="success" aria-labelledby="sg-success-title">
          <h2 id="sg-success-title" tabindex="-1">${this.text(this.mode === 'recovery' ? 'recoveryDoneTitle' : 'balanceDoneTitle')}</h2>
          <p>${this.text(key, { amount: this.money(this.paid.transaction.amountCaptured) })}</p>
        </section>
        ${list} ${renderLiveRegion('')}`;
    }
    let intro: string;
    if (amount === 0) {
      intro = this.mode === 'recovery' ? this.text('recoveryNothing', { status: this.text(STATUS_WORDS[unpaid?.status ?? 'canceled'] ?? 'scheduleStatusCanceled') }) : this.text('balanceNothing');
    } else {
      intro = this.mode === 'recovery' && unpaid ? this.text('recoveryIntro', { amount: this.money(amount), date: this.i18n.date(unpaid.dueDate) }) : this.text('balanceIntro', { amount: this.money(amount) });
    }
    const busy = this.payment.busy;
    return html`<div class="page">
        <p part="intro">${intro}</p>
        ${totals} ${list}
        ${amount > 0
          ? html`<form novalidate part="form" aria-busy=${busy ? 'true' : 'false'} @submit=${(event: SubmitEvent) => void this.pay(event)}>
              ${this.payment.renderNotice()} ${this.payment.cardForm.renderErrorSummary(this.i18n)} ${this.payment.cardForm.renderFields(this.i18n)}
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

/**
 * What the installments and pay-later UXs share: a choice (count or date) with a live preview of the schedule, the card
 * form, 3-D Secure, the card-expiry check against the last due date, the alternatives after a refusal (another choice, or
 * paying in full), and the success view. Each UX supplies its choice, its preview and its words through a few hooks.
 */
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { answerThreeDS } from '../../core/api.ts';
import type { CardDetails } from '../../core/card.ts';
import type { CaptainError } from '../../core/errors.ts';
import type { MessageKey } from '../../core/i18n/index.ts';
import type { PaymentResult } from '../../core/schemas.ts';
import { SgErrorEvent, SgInvalidEvent, SgValidatedEvent, type InvalidDetail } from '../../events/index.ts';
import { CardPaymentController } from '../../parts/card-payment-controller.ts';
import { DECLINE_MESSAGES, validatedDetail } from '../../parts/card-flow.ts';
import { renderLiveRegion } from '../../parts/live-region.ts';
import { ScoringController } from '../../parts/scoring.ts';
import type { UxContext, UxElement } from '../types.ts';
import { paySchedule, type SchedulePayment } from './schedule-api.ts';
import { scheduleText, type ScheduleMessageKey } from './schedule-i18n.ts';
import { renderScheduleList, type ScheduleRow } from './schedule-list.ts';
import { cardUsableUntil } from './card-expiry.ts';

export interface Notice {
  title: string;
  message: string;
  /** After a refusal: offer another choice and paying in full. */
  alternatives?: boolean;
}

export abstract class ScheduleUxBase extends LitElement implements UxElement {
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override properties = {
    context: { attribute: false },
    notice: { state: true },
    receipt: { state: true },
    announcement: { state: true },
  };

  declare context: UxContext | undefined;
  declare notice: Notice | undefined;
  declare receipt: PaymentResult | undefined;
  /** Polite announcements of the UX itself (the preview changed); the payment's own come from the controller. */
  declare announcement: string;

  protected readonly payment: CardPaymentController;
  /** Financed platforms: what the order lacks for scoring is asked before the card, and the answer decides the plan. */
  protected readonly scoring = new ScoringController(this, () => {
    const context = this.context;
    if (!context) return undefined;
    const { checkout, api, i18n, clock } = context;
    const financed = checkout.settings.financing === true && checkout.order.status === 'initiated';
    return { api, orderId: checkout.order.id, i18n, clock, platformName: checkout.settings.platformName, financed, decision: checkout.financing };
  });

  constructor() {
    super();
    this.context = undefined;
    this.notice = undefined;
    this.receipt = undefined;
    this.announcement = '';
    this.payment = new CardPaymentController(this);
  }

  // Hooks --------------------------------------------------------------------------------------------------------------

  /** The payments the buyer will make with the current choice. */
  protected abstract plannedRows(now: number): ScheduleRow[];
  /** The choice (count or date) to send with the card; empty when the merchant fixed it. */
  protected abstract choiceFields(): Pick<SchedulePayment, 'installmentsCount' | 'delay'>;
  /** The fieldset of choices, or nothing when the merchant fixed the schedule. */
  protected abstract renderChoice(): TemplateResult | typeof nothing;
  /** The summary above the card form (debit date, schedule list). */
  protected abstract renderPlan(rows: ScheduleRow[], now: number): TemplateResult;
  protected abstract payLabel(rows: ScheduleRow[], now: number): string;
  protected abstract renderSuccess(result: PaymentResult): TemplateResult;
  /** Says why the card is refused when it expires before `lastDueDate`. */
  protected abstract expiryMessage(lastDueDate: number): string;
  /** After a refusal, how to choose differently (fewer installments, another date). */
  protected abstract readonly alternativesHint: ScheduleMessageKey;
  /** Whether the buyer chooses (count or date), or the merchant fixed it. */
  protected abstract get hasChoice(): boolean;

  // Shared behaviour ---------------------------------------------------------------------------------------------------

  protected text(key: ScheduleMessageKey, params: Record<string, string | number> = {}): string {
    return scheduleText((this.context as UxContext).i18n, key, params);
  }

  protected money(cents: number): string {
    const { checkout, i18n } = this.context as UxContext;
    return i18n.money(cents, checkout.order.currency);
  }

  /** The platform's time (the checkout's `now` plus the time since); the platform re-checks every date when the buyer pays. */
  protected now(): number {
    return this.context?.clock ? this.context.clock.now() : Date.now();
  }

  protected override willUpdate(): void {
    // The card's expiry is judged on the platform's clock too.
    this.payment.cardForm.clock = this.context?.clock;
  }

  /** The buyer changed the choice: a new attempt, and the new schedule is announced. */
  protected choiceChanged(announcement: string): void {
    this.payment.forgetAttempt();
    this.notice = undefined;
    this.announcement = announcement;
  }

  submit(): Promise<void> {
    if (this.scoring.blocking) return Promise.resolve();
    // Financing refused: the only plan left is paying in full.
    return this.run(this.scoring.refused ? { payInFull: true } : {});
  }

  private run(extra: Pick<SchedulePayment, 'payInFull'>): Promise<void> {
    return this.payment.run(() => (!this.context || this.receipt ? undefined : this.attemptPayment(extra)));
  }

  private async attemptPayment(extra: Pick<SchedulePayment, 'payInFull'>): Promise<void> {
    const { checkout, api, i18n } = this.context as UxContext;
    const { order } = checkout;
    const rows = this.plannedRows(this.now());
    const lastDueDate = rows.at(-1)?.dueDate;
    const usableUntil = cardUsableUntil(this.payment.cardForm.values.expiry);
    if (!extra.payInFull && lastDueDate !== undefined && usableUntil !== null && usableUntil < lastDueDate && this.payment.cardForm.validate().length === 0) {
      await this.showNotice({ title: this.text('cardExpiresTooSoonTitle'), message: this.expiryMessage(lastDueDate) });
      this.emit(new SgInvalidEvent({ code: 'invalid_fields', message: this.expiryMessage(lastDueDate), fields: ['expiry'] }));
      return;
    }
    this.notice = undefined;
    this.announcement = '';
    const payer = { email: order.email, firstName: order.firstName, lastName: order.lastName };
    const fields = extra.payInFull ? { payInFull: true } : this.choiceFields();
    const outcome = await this.payment.attempt({
      api,
      i18n,
      merchant: checkout.settings.platformName,
      currency: order.currency,
      pay: (card: CardDetails, key: string) => paySchedule(api, order.id, { card, payer, ...fields }, key),
      answerThreeDS,
    });
    switch (outcome.kind) {
      case 'invalidFields':
        await this.updateComplete;
        this.payment.cardForm.focusSummary();
        this.emit(new SgInvalidEvent({ code: 'invalid_fields', message: i18n.t('errorSummaryTitle'), fields: outcome.fields }));
        return;
      case 'declined':
        return this.declined(outcome.code);
      case 'error':
        return this.failed(outcome.error, lastDueDate);
      case 'paid':
        return this.succeeded(outcome.result);
    }
  }

  private async succeeded(result: PaymentResult): Promise<void> {
    const { order, transaction } = result;
    this.receipt = result;
    this.announcement = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#sg-success-title')?.focus();
    this.emit(new SgValidatedEvent(validatedDetail(transaction, order)));
  }

  private async declined(code: InvalidDetail['code']): Promise<void> {
    const { i18n } = this.context as UxContext;
    const message = i18n.t(DECLINE_MESSAGES[code]);
    await this.showNotice({ title: i18n.t('declinedTitle'), message, alternatives: true });
    this.emit(new SgInvalidEvent({ code, message, fields: [] }));
  }

  private async failed(error: CaptainError, lastDueDate: number | undefined): Promise<void> {
    const { checkout, i18n } = this.context as UxContext;
    // The platform checks the card's expiry on its own clock too: its 400 names the field.
    if (error.code === 'invalid_request' && lastDueDate !== undefined && error.details.some((detail) => detail.startsWith('card: the card expires'))) {
      await this.showNotice({ title: this.text('cardExpiresTooSoonTitle'), message: this.expiryMessage(lastDueDate) });
      this.emit(new SgInvalidEvent({ code: 'invalid_fields', message: this.expiryMessage(lastDueDate), fields: ['expiry'] }));
      return;
    }
    const key: MessageKey = error.code === 'network' ? 'payNetworkError' : error.code === 'order_not_payable' ? 'orderNotPayable' : 'errorUnknown';
    await this.showNotice({ title: i18n.t(error.code === 'network' ? 'errorNetworkTitle' : 'errorUnknownTitle'), message: i18n.t(key) });
    this.emit(new SgErrorEvent({ code: error.code, message: i18n.t(key), order: checkout.order.id }));
  }

  private async showNotice(notice: Notice): Promise<void> {
    this.notice = notice;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#sg-payment-notice')?.focus();
  }

  protected emit(event: Event): void {
    this.dispatchEvent(event);
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.submit();
  }

  private renderNotice(): TemplateResult | typeof nothing {
    const notice = this.notice;
    if (!notice) return nothing;
    const { checkout } = this.context as UxContext;
    return html`<div class="notice danger" id="sg-payment-notice" tabindex="-1" part="notice">
      <h3>${notice.title}</h3>
      <p>${notice.message}</p>
      ${notice.alternatives
        ? html`<h4>${this.text('alternativesTitle')}</h4>
            ${this.hasChoice ? html`<p>${this.text(this.alternativesHint)}</p>` : nothing}
            <button class="button secondary" type="button" part="pay-in-full-button" @click=${() => void this.run({ payInFull: true })}>
              ${this.text('payInFull', { amount: this.money(checkout.order.amount) })}
            </button>`
        : nothing}
    </div>`;
  }

  protected override render() {
    const context = this.context;
    if (!context) return nothing;
    const { i18n, checkout } = context;
    if (this.receipt) {
      return html`${this.renderSuccess(this.receipt)} ${renderLiveRegion(this.announcement)}`;
    }
    const now = this.now();
    const rows = this.plannedRows(now);
    const busy = this.payment.busy;
    const amount = html`<p class="amount" part="amount"><span>${this.text('orderTotal')}</span> <strong>${this.money(checkout.order.amount)}</strong></p>`;
    if (this.scoring.blocking) {
      return html`${amount} ${this.renderChoice()} ${this.renderPlan(rows, now)} ${this.scoring.render()} ${renderLiveRegion(this.scoring.announcement)}`;
    }
    const refused = this.scoring.refused;
    return html`<form novalidate part="form" aria-busy=${busy ? 'true' : 'false'} @submit=${this.onSubmit}>
        ${amount} ${refused ? this.scoring.render() : html`${this.renderChoice()} ${this.renderPlan(rows, now)}`} ${this.renderNotice()}
        ${this.payment.cardForm.renderErrorSummary(i18n)} ${this.payment.cardForm.renderFields(i18n)}
        <button class="button pay" part="pay-button" type="submit" aria-disabled=${busy ? 'true' : 'false'}>
          ${busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${refused ? this.text('payInFull', { amount: this.money(checkout.order.amount) }) : this.payLabel(rows, now)}
        </button>
      </form>
      ${renderLiveRegion(this.payment.announcement || this.announcement || this.scoring.announcement)}
      <sg-three-ds-dialog .i18n=${i18n} exportparts="dialog: three-ds-dialog, approve-button, refuse-button"></sg-three-ds-dialog>`;
  }

  protected renderScheduleList(rows: ScheduleRow[], now: number, titleId = 'sg-schedule-title') {
    const { checkout, i18n } = this.context as UxContext;
    return renderScheduleList(rows, { i18n, currency: checkout.order.currency, now, titleId });
  }

  /** Radio options of a choice, native so that arrows, Space and Tab work as everywhere. */
  protected renderOption(name: string, value: number, checked: boolean, label: string, hint: string, onChoose: () => void) {
    const id = `sg-${name}-${value}`;
    return html`<div class="choice">
      <input type="radio" id=${id} name=${`sg-${name}`} .value=${String(value)} .checked=${checked} aria-describedby=${`${id}-hint`} ?disabled=${this.payment.busy} @change=${onChoose} />
      <label for=${id}>${label}</label>
      <span class="hint" id=${`${id}-hint`}>${hint}</span>
    </div>`;
  }
}

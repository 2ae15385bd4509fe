/**
 * What the installments and pay-later UXs share: a choice (count or date) with a live preview of the schedule, the
 * card-expiry check against the last due date, the alternatives after a refusal (another choice, or paying in full),
 * and the success view; paying itself is the shared payment flow. Each UX supplies its choice, its preview and its
 * words through a few hooks, each handed the UX's context.
 */
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import type { CaptainError } from '../../core/errors.ts';
import type { PaymentResult } from '../../core/contract/index.ts';
import { SgValidatedEvent } from '../../events/index.ts';
import { Announcement } from '../announcement.ts';
import { renderLiveRegion } from '../live-region.ts';
import { PAY_PARTS, PaymentFlow, payerOf, paymentOf, type FlowNotice } from '../payment-flow.ts';
import { ScoringController } from '../scoring.ts';
import type { UxContext, UxElement } from '../ux-contract.ts';
import { cardUsableUntil } from './card-expiry.ts';
import { scheduleText, type ScheduleMessageKey } from './schedule-i18n.ts';
import { renderScheduleList, type ScheduleRow } from './schedule-list.ts';

/** The parts installments and pay later export (docs/THEMING.md): the card payment's, the plan, its choices and scoring. */
export const SCHEDULE_PARTS = `${PAY_PARTS},schedule,schedule-row,pay-in-full-button,count-choice,card-validity,date-choice,debit-date,scoring-refused,scoring-failed,scoring-checking,scoring-form,scoring-submit`;

export abstract class ScheduleUxBase extends LitElement implements UxElement {
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override properties = {
    context: { attribute: false },
    receipt: { state: true },
    alternatives: { state: true },
  };

  declare context: UxContext | undefined;
  declare receipt: PaymentResult | undefined;
  /** After a refusal: offer another choice and paying in full. */
  declare alternatives: boolean;

  protected readonly payment = new PaymentFlow(this);
  /** Financed platforms: what the order lacks for scoring is asked before the card, and the answer decides the plan. */
  /** Polite announcements of the UX itself (the preview changed), in their language; the payment's own come from the flow. */
  private readonly said = new Announcement(this);
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
    this.receipt = undefined;
    this.alternatives = false;
  }

  // Hooks --------------------------------------------------------------------------------------------------------------

  /** The payments the buyer will make with the current choice. */
  protected abstract plannedRows(context: UxContext, now: number): ScheduleRow[];
  /** The choice (count or date) to send with the card; empty when the merchant fixed it. */
  protected abstract choiceFields(context: UxContext): Record<string, unknown>;
  /** The fieldset of choices, or nothing when the merchant fixed the schedule. */
  protected abstract renderChoice(context: UxContext): TemplateResult | typeof nothing;
  /** The summary above the card form (debit date, schedule list). */
  protected abstract renderPlan(context: UxContext, rows: ScheduleRow[], now: number): TemplateResult;
  protected abstract payLabel(context: UxContext, rows: ScheduleRow[], now: number): string;
  protected abstract renderSuccess(context: UxContext, result: PaymentResult): TemplateResult;
  /** Says why the card is refused when it expires before `lastDueDate`. */
  protected abstract expiryMessage(context: UxContext, lastDueDate: number): string;
  /** After a refusal, how to choose differently (fewer installments, another date). */
  protected abstract readonly alternativesHint: ScheduleMessageKey;
  /** Whether the buyer chooses (count or date), or the merchant fixed it. */
  protected abstract hasChoice(context: UxContext): boolean;

  // Shared behaviour ---------------------------------------------------------------------------------------------------

  protected text({ i18n }: UxContext, key: ScheduleMessageKey, params: Record<string, string | number> = {}): string {
    return scheduleText(i18n, key, params);
  }

  protected money({ checkout, i18n }: UxContext, cents: number): string {
    return i18n.money(cents, checkout.order.currency);
  }

  /** The platform's time (the checkout's `now` plus the time since); the platform re-checks every date when the buyer pays. */
  protected now(): number {
    return this.context?.clock ? this.context.clock.now() : Date.now();
  }

  protected override willUpdate(): void {
    // The card's expiry is judged on the platform's clock too.
    this.payment.clock = this.context?.clock;
  }

  /** The buyer changed the choice: a new attempt, and the new schedule is announced. */
  protected choiceChanged(announcement: string): void {
    void this.payment.showNotice(undefined);
    this.alternatives = false;
    this.said.say(announcement, this.context?.i18n);
  }

  submit(): Promise<void> {
    if (this.scoring.blocking) return Promise.resolve();
    // Financing refused: the only plan left is paying in full.
    return this.#pay(this.scoring.refused);
  }

  async #pay(payInFull: boolean): Promise<void> {
    const context = this.context;
    if (!context || this.receipt) return;
    const { order } = context.checkout;
    const lastDueDate = this.plannedRows(context, this.now()).at(-1)?.dueDate;
    // In the page's language, and in any other it switches to while the notice shows.
    const expiryIn = (words: UxContext, due: number): FlowNotice => ({
      tone: 'danger',
      title: this.text(words, 'cardExpiresTooSoonTitle'),
      message: this.expiryMessage(words, due),
      in: (i18n) => expiryIn({ ...words, i18n }, due),
    });
    const expiryNotice = (): FlowNotice | undefined => (lastDueDate === undefined ? undefined : expiryIn(context, lastDueDate));
    const usableUntil = cardUsableUntil(this.payment.cardForm.values.expiry);
    const expiresTooSoon = !payInFull && lastDueDate !== undefined && usableUntil !== null && usableUntil < lastDueDate;
    this.said.say('', undefined);
    const outcome = await this.payment.submit(() => ({
      ...paymentOf(context),
      body: { payer: payerOf(order), ...(payInFull ? { payInFull: true } : this.choiceFields(context)) },
      // The platform checks the card's expiry on its own clock too: `card_expires_too_soon` reads the same.
      explain: (error: CaptainError) => (error.code === 'card_expires_too_soon' ? expiryNotice() : undefined),
      ...(expiresTooSoon
        ? { invalid: () => ({ fields: ['expiry'], message: expiryNotice()?.message ?? '' }), focusInvalid: () => void this.payment.showNotice(expiryNotice()) }
        : {}),
    }));
    this.alternatives = outcome.kind === 'declined';
    if (outcome.kind !== 'paid') return;
    this.receipt = outcome.result;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#sg-success-title')?.focus();
    this.dispatchEvent(new SgValidatedEvent(outcome.validated));
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.submit();
  }

  #renderAlternatives(context: UxContext): TemplateResult | typeof nothing {
    if (!this.alternatives) return nothing;
    return html`<h4 part="heading">${this.text(context, 'alternativesTitle')}</h4>
      ${this.hasChoice(context) ? html`<p>${this.text(context, this.alternativesHint)}</p>` : nothing}
      <button class="button secondary" type="button" part="pay-in-full-button" @click=${() => void this.#pay(true)}>
        ${this.text(context, 'payInFull', { amount: this.money(context, context.checkout.order.amount) })}
      </button>`;
  }

  protected override render() {
    const context = this.context;
    if (!context) return nothing;
    const { i18n, checkout } = context;
    if (this.receipt) return html`${this.renderSuccess(context, this.receipt)} ${renderLiveRegion(this.said.in(context.i18n))}`;
    const now = this.now();
    const rows = this.plannedRows(context, now);
    const flow = this.payment;
    const amount = html`<p class="amount" part="amount"><span>${this.text(context, 'orderTotal')}</span> <strong>${this.money(context, checkout.order.amount)}</strong></p>`;
    const plan = html`${this.renderChoice(context)} ${this.renderPlan(context, rows, now)}`;
    if (this.scoring.blocking) return html`${amount} ${plan} ${this.scoring.render()} ${renderLiveRegion(this.scoring.announcement.in(i18n))}`;
    const refused = this.scoring.refused;
    const label = refused ? this.text(context, 'payInFull', { amount: this.money(context, checkout.order.amount) }) : this.payLabel(context, rows, now);
    return html`<form novalidate part="form" aria-busy=${flow.busy ? 'true' : 'false'} @submit=${this.#onSubmit}>
        ${amount} ${refused ? this.scoring.render() : plan}
        ${flow.renderWallets(context, refused ? checkout.order.amount : (rows[0]?.amount ?? checkout.order.amount), () => this.submit())}
        ${flow.renderNotice(i18n, this.#renderAlternatives(context))}
        ${flow.cardForm.renderErrorSummary(i18n)} ${flow.cardForm.renderFields(i18n)} ${flow.renderSubmit(label, i18n)}
      </form>
      ${renderLiveRegion(flow.announcement || this.said.in(context.i18n) || this.scoring.announcement.in(context.i18n))}
      <sg-three-ds-dialog .i18n=${i18n}></sg-three-ds-dialog>`;
  }

  protected renderScheduleList({ checkout, i18n }: UxContext, rows: ScheduleRow[], now: number, titleId = 'sg-schedule-title') {
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

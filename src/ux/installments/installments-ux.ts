/**
 * The installments UX (`ux: installment`): the buyer sees the schedule (dates and amounts) and, where the merchant did not
 * fix it, chooses the number of installments with a live preview; the card pays the first installment today (or is
 * registered for a deferred first one) and every later installment is debited on its date.
 */
import { html, nothing } from 'lit';
import { evenSchedule } from '../../core/schedule.ts';
import type { PaymentResult } from '../../core/schemas.ts';
import type { UxContext } from '../types.ts';
import type { SchedulePayment } from './schedule-api.ts';
import { isDueNow, type ScheduleRow } from './schedule-list.ts';
import { ScheduleUxBase } from './schedule-ux-base.ts';
import { scheduleUxStyles } from './schedule-ux.styles.ts';

/** The count offered first when the buyer chooses: 3 where available (the most common plan), else the smallest. */
export function defaultCount(choices: readonly number[]): number | undefined {
  return choices.includes(3) ? 3 : [...choices].sort((a, b) => a - b)[0];
}

export class InstallmentsUx extends ScheduleUxBase {
  static override styles = scheduleUxStyles;
  static override properties = { ...ScheduleUxBase.properties, chosenCount: { state: true } };

  /** The buyer's choice, when the merchant left it open. */
  declare chosenCount: number | undefined;
  protected override readonly alternativesHint = 'alternativesFewer' as const;

  constructor() {
    super();
    this.chosenCount = undefined;
  }

  private get checkout() {
    return (this.context as UxContext).checkout;
  }

  /** The merchant wrote the dates and amounts (kept as they are); otherwise an even schedule from today. */
  private get customSchedule(): boolean {
    const { order } = this.checkout;
    return order.installments !== undefined && order.installments.length > 0 && order.installmentsCount === undefined;
  }

  protected override get hasChoice(): boolean {
    return !this.customSchedule && this.checkout.order.installmentsCount === undefined && this.choices.length > 0;
  }

  private get choices(): number[] {
    return this.checkout.settings.installmentChoices ?? [];
  }

  private get count(): number {
    const { order } = this.checkout;
    if (this.customSchedule) return order.installments?.length ?? 0;
    return order.installmentsCount ?? this.chosenCount ?? defaultCount(this.choices) ?? 3;
  }

  protected override plannedRows(now: number): ScheduleRow[] {
    const { order } = this.checkout;
    if (this.customSchedule) return (order.installments ?? []).map(({ amount, dueDate }) => ({ amount, dueDate }));
    return evenSchedule(order.amount, this.count, now);
  }

  protected override choiceFields(): Pick<SchedulePayment, 'installmentsCount'> {
    return this.hasChoice ? { installmentsCount: this.count } : {};
  }

  private choose(count: number): void {
    this.chosenCount = count;
    const rows = this.plannedRows(this.now());
    this.choiceChanged(this.describe(rows, this.now()));
  }

  /** One sentence for screen readers: what the chosen plan means. */
  private describe(rows: ScheduleRow[], now: number): string {
    const { i18n } = this.context as UxContext;
    const first = rows[0];
    const last = rows.at(-1);
    if (!first || !last) return '';
    if (!isDueNow(first, now)) {
      return this.text('scheduleAnnounceDeferred', { count: rows.length, date: i18n.date(first.dueDate), last: i18n.date(last.dueDate) });
    }
    return this.text('scheduleAnnounce', { count: rows.length, first: this.money(first.amount), others: this.money(rows[1]?.amount ?? 0), last: i18n.date(last.dueDate) });
  }

  protected override renderChoice() {
    if (!this.hasChoice) return nothing;
    const { order } = this.checkout;
    return html`<fieldset part="count-choice">
      <legend>${this.text('chooseCount')}</legend>
      ${this.choices.map((count) => {
        const [first = 0, other = 0] = evenSchedule(order.amount, count, 0).map((row) => row.amount);
        const hint = first === other ? this.text('countOptionHintEven', { count, amount: this.money(other) }) : this.text('countOptionHint', { first: this.money(first), others: this.money(other) });
        return this.renderOption('count', count, count === this.count, this.text('countOption', { count }), hint, () => this.choose(count));
      })}
    </fieldset>`;
  }

  protected override renderPlan(rows: ScheduleRow[], now: number) {
    const { i18n } = this.context as UxContext;
    const last = rows.at(-1);
    return html`${this.renderScheduleList(rows, now)}
      ${last ? html`<p class="hint-line" part="card-validity">${this.text('cardValidUntil', { date: i18n.date(last.dueDate) })}</p>` : nothing}`;
  }

  protected override payLabel(rows: ScheduleRow[], now: number): string {
    const first = rows[0];
    return first && isDueNow(first, now) ? this.text('payToday', { amount: this.money(first.amount) }) : this.text('payInInstallments', { count: rows.length });
  }

  protected override expiryMessage(lastDueDate: number): string {
    return this.text('cardExpiresTooSoon', { date: (this.context as UxContext).i18n.date(lastDueDate) });
  }

  protected override renderSuccess({ order, transaction }: PaymentResult) {
    const { i18n } = this.context as UxContext;
    const rows: ScheduleRow[] = (order.installments ?? []).map(({ amount, dueDate, status }) => ({ amount, dueDate, status }));
    const inFull = rows.length === 1 && order.status === 'completed';
    const first = rows[0];
    const body = inFull
      ? this.text('paidInFullBody', { amount: this.money(transaction.amountCaptured) })
      : transaction.status === 'captured'
        ? this.text('planConfirmedBody', { amount: this.money(transaction.amountCaptured) })
        : this.text('planConfirmedDeferred', { amount: this.money(first?.amount ?? 0), date: i18n.date(first?.dueDate ?? 0) });
    return html`<section class="notice success" part="success" aria-labelledby="sg-success-title">
        <h2 id="sg-success-title" tabindex="-1">${this.text(inFull ? 'paidInFullTitle' : 'planConfirmedTitle')}</h2>
        <p>${body}</p>
        ${inFull ? nothing : html`<p>${this.text('emailFollowUp')}</p>`}
        <p class="reference">${i18n.t('successReference', { reference: transaction.id })}</p>
      </section>
      ${inFull ? nothing : this.renderScheduleList(rows, this.now(), 'sg-final-schedule-title')}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-installments-ux': InstallmentsUx;
  }
}

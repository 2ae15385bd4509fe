/**
 * The installments UX (`ux: installment`): the buyer sees the schedule (dates and amounts) and, where the merchant did not
 * fix it, chooses the number of installments with a live preview; the card pays the first installment today (or is
 * registered for a deferred first one) and every later installment is debited on its date.
 */
import { html, nothing } from 'lit';
import { evenSchedule } from '../../core/schedule.ts';
import type { PaymentResult } from '../../core/contract/index.ts';
import { isDueNow, type ScheduleRow } from '../../parts/schedule/schedule-list.ts';
import { ScheduleUxBase } from '../../parts/schedule/schedule-ux-base.ts';
import { scheduleUxStyles } from '../../parts/schedule/schedule-ux.styles.ts';
import type { UxContext } from '../types.ts';

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

  /** The merchant wrote the dates and amounts (kept as they are); otherwise an even schedule from today. */
  private customSchedule({ checkout: { order } }: UxContext): boolean {
    return order.installments !== undefined && order.installments.length > 0 && order.installmentsCount === undefined;
  }

  protected override hasChoice(context: UxContext): boolean {
    return !this.customSchedule(context) && context.checkout.order.installmentsCount === undefined && this.choices(context).length > 0;
  }

  private choices(context: UxContext): number[] {
    return context.checkout.settings.installmentChoices ?? [];
  }

  private count(context: UxContext): number {
    const { order } = context.checkout;
    if (this.customSchedule(context)) return order.installments?.length ?? 0;
    return order.installmentsCount ?? this.chosenCount ?? defaultCount(this.choices(context)) ?? 3;
  }

  protected override plannedRows(context: UxContext, now: number): ScheduleRow[] {
    const { order } = context.checkout;
    if (this.customSchedule(context)) return (order.installments ?? []).map(({ amount, dueDate }) => ({ amount, dueDate }));
    return evenSchedule(order.amount, this.count(context), now);
  }

  protected override choiceFields(context: UxContext): Record<string, unknown> {
    return this.hasChoice(context) ? { installmentsCount: this.count(context) } : {};
  }

  private choose(context: UxContext, count: number): void {
    this.chosenCount = count;
    const now = this.now();
    this.choiceChanged(this.describe(context, this.plannedRows(context, now), now));
  }

  /** One sentence for screen readers: what the chosen plan means. */
  private describe(context: UxContext, rows: ScheduleRow[], now: number): string {
    const { i18n } = context;
    const first = rows[0];
    const last = rows.at(-1);
    if (!first || !last) return '';
    if (!isDueNow(first, now)) {
      return this.text(context, 'scheduleAnnounceDeferred', { count: rows.length, date: i18n.date(first.dueDate), last: i18n.date(last.dueDate) });
    }
    return this.text(context, 'scheduleAnnounce', { count: rows.length, first: this.money(context, first.amount), others: this.money(context, rows[1]?.amount ?? 0), last: i18n.date(last.dueDate) });
  }

  protected override renderChoice(context: UxContext) {
    if (!this.hasChoice(context)) return nothing;
    const { order } = context.checkout;
    const money = (cents: number) => this.money(context, cents);
    return html`<fieldset part="count-choice">
      <legend>${this.text(context, 'chooseCount')}</legend>
      ${this.choices(context).map((count) => {
        const [first = 0, other = 0] = evenSchedule(order.amount, count, 0).map((row) => row.amount);
        const hint = first === other ? this.text(context, 'countOptionHintEven', { count, amount: money(other) }) : this.text(context, 'countOptionHint', { first: money(first), others: money(other) });
        return this.renderOption('count', count, count === this.count(context), this.text(context, 'countOption', { count }), hint, () => this.choose(context, count));
      })}
    </fieldset>`;
  }

  protected override renderPlan(context: UxContext, rows: ScheduleRow[], now: number) {
    const last = rows.at(-1);
    return html`${this.renderScheduleList(context, rows, now)}
      ${last ? html`<p class="hint-line" part="card-validity">${this.text(context, 'cardValidUntil', { date: context.i18n.date(last.dueDate) })}</p>` : nothing}`;
  }

  protected override payLabel(context: UxContext, rows: ScheduleRow[], now: number): string {
    const first = rows[0];
    return first && isDueNow(first, now) ? this.text(context, 'payToday', { amount: this.money(context, first.amount) }) : this.text(context, 'payInInstallments', { count: rows.length });
  }

  protected override expiryMessage(context: UxContext, lastDueDate: number): string {
    return this.text(context, 'cardExpiresTooSoon', { date: context.i18n.date(lastDueDate) });
  }

  protected override renderSuccess(context: UxContext, { order, transaction }: PaymentResult) {
    const { i18n } = context;
    const rows: ScheduleRow[] = (order.installments ?? []).map(({ amount, dueDate, status }) => ({ amount, dueDate, status }));
    const inFull = rows.length === 1 && order.status === 'completed';
    const first = rows[0];
    const body = inFull
      ? this.text(context, 'paidInFullBody', { amount: this.money(context, transaction.amountCaptured) })
      : transaction.status === 'captured'
        ? this.text(context, 'planConfirmedBody', { amount: this.money(context, transaction.amountCaptured) })
        : this.text(context, 'planConfirmedDeferred', { amount: this.money(context, first?.amount ?? 0), date: i18n.date(first?.dueDate ?? 0) });
    return html`<section class="notice success" part="success" aria-labelledby="sg-success-title">
        <h2 part="heading" id="sg-success-title" tabindex="-1">${this.text(context, inFull ? 'paidInFullTitle' : 'planConfirmedTitle')}</h2>
        <p>${body}</p>
        ${inFull ? nothing : html`<p>${this.text(context, 'emailFollowUp')}</p>`}
        <p class="reference">${i18n.t('successReference', { reference: transaction.id })}</p>
      </section>
      ${inFull ? nothing : this.renderScheduleList(context, rows, this.now(), 'sg-final-schedule-title')}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-installments-ux': InstallmentsUx;
  }
}

/**
 * The pay-later UX (`ux: paylater`): buy now, debited later. The debit date is shown before anything else; where the
 * merchant did not fix it, the buyer picks one of the platform's delays (15 or 30 days…) and sees the resulting date.
 * The card is authorised today and debited on that date.
 */
import { html, nothing } from 'lit';
import { afterDays, DAY_MS, MINUTE_MS } from '../../core/schedule.ts';
import type { PaymentResult } from '../../core/contract/index.ts';
import type { ScheduleRow } from '../../parts/schedule/schedule-list.ts';
import { ScheduleUxBase } from '../../parts/schedule/schedule-ux-base.ts';
import { scheduleUxStyles } from '../../parts/schedule/schedule-ux.styles.ts';
import type { UxContext } from '../types.ts';

export class PaylaterUx extends ScheduleUxBase {
  static override styles = scheduleUxStyles;
  static override properties = { ...ScheduleUxBase.properties, chosenDays: { state: true } };

  declare chosenDays: number | undefined;
  protected override readonly alternativesHint = 'alternativesOtherDate' as const;

  constructor() {
    super();
    this.chosenDays = undefined;
  }

  private choices(context: UxContext): number[] {
    return context.checkout.settings.paylaterChoices ?? [];
  }

  protected override hasChoice(context: UxContext): boolean {
    return context.checkout.order.dueDate === undefined && this.choices(context).length > 0;
  }

  /** The longest delay is offered first: it is what the platform applies when nothing is chosen. */
  private days(context: UxContext): number | undefined {
    return this.chosenDays ?? this.choices(context).at(-1);
  }

  private debitDate(context: UxContext, now: number): number {
    return context.checkout.order.dueDate ?? afterDays(now, this.days(context) ?? 30);
  }

  protected override plannedRows(context: UxContext, now: number): ScheduleRow[] {
    return [{ amount: context.checkout.order.amount, dueDate: this.debitDate(context, now) }];
  }

  protected override choiceFields(context: UxContext): Record<string, unknown> {
    const days = this.days(context);
    return this.hasChoice(context) && days !== undefined ? { delay: (days * DAY_MS) / MINUTE_MS } : {};
  }

  private choose(context: UxContext, days: number): void {
    this.chosenDays = days;
    this.choiceChanged(this.text(context, 'dateAnnounce', { date: context.i18n.date(this.debitDate(context, this.now())) }));
  }

  protected override renderChoice(context: UxContext) {
    if (!this.hasChoice(context)) return nothing;
    const now = this.now();
    return html`<fieldset part="date-choice">
      <legend>${this.text(context, 'chooseDate')}</legend>
      ${this.choices(context).map((days) =>
        this.renderOption('days', days, days === this.days(context), this.text(context, 'dayOption', { count: days }), this.text(context, 'dayOptionHint', { date: context.i18n.date(afterDays(now, days)) }), () =>
          this.choose(context, days),
        ),
      )}
    </fieldset>`;
  }

  protected override renderPlan(context: UxContext, _rows: ScheduleRow[], now: number) {
    const date = context.i18n.date(this.debitDate(context, now));
    return html`<p class="debit" part="debit-date"><span>${this.text(context, 'debitOn')}</span> <strong>${date}</strong></p>
      <p class="hint-line">${this.text(context, 'debitExplained', { date })}</p>
      <p class="hint-line" part="card-validity">${this.text(context, 'cardValidUntilDebit', { date })}</p>`;
  }

  protected override payLabel(context: UxContext, _rows: ScheduleRow[], now: number): string {
    return this.text(context, 'payOn', { amount: this.money(context, context.checkout.order.amount), date: context.i18n.date(this.debitDate(context, now)) });
  }

  protected override expiryMessage(context: UxContext, lastDueDate: number): string {
    return this.text(context, 'cardExpiresBeforeDebit', { date: context.i18n.date(lastDueDate) });
  }

  protected override renderSuccess(context: UxContext, { order, transaction }: PaymentResult) {
    const inFull = transaction.status === 'captured';
    return html`<section class="notice success" part="success" aria-labelledby="sg-success-title">
      <h2 part="heading" id="sg-success-title" tabindex="-1">${this.text(context, inFull ? 'paidInFullTitle' : 'paylaterConfirmedTitle')}</h2>
      <p>
        ${inFull
          ? this.text(context, 'paidInFullBody', { amount: this.money(context, transaction.amountCaptured) })
          : this.text(context, 'paylaterConfirmedBody', { amount: this.money(context, transaction.amount), date: context.i18n.date(order.dueDate ?? 0) })}
      </p>
      ${inFull ? nothing : html`<p>${this.text(context, 'paylaterEmail')}</p>`}
      <p class="reference">${context.i18n.t('successReference', { reference: transaction.id })}</p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-paylater-ux': PaylaterUx;
  }
}

/**
 * The pay-later UX (`ux: paylater`): buy now, debited later. The debit date is shown before anything else; where the
 * merchant did not fix it, the buyer picks one of the platform's delays (15 or 30 days…) and sees the resulting date.
 * The card is authorised today and debited on that date.
 */
import { html, nothing } from 'lit';
import { afterDays, DAY_MS, MINUTE_MS } from '../../core/schedule.ts';
import type { PaymentResult } from '../../core/schemas.ts';
import type { SchedulePayment } from '../installments/schedule-api.ts';
import type { ScheduleRow } from '../installments/schedule-list.ts';
import { ScheduleUxBase } from '../installments/schedule-ux-base.ts';
import { scheduleUxStyles } from '../installments/schedule-ux.styles.ts';
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

  private get checkout() {
    return (this.context as UxContext).checkout;
  }

  private get choices(): number[] {
    return this.checkout.settings.paylaterChoices ?? [];
  }

  protected override get hasChoice(): boolean {
    return this.checkout.order.dueDate === undefined && this.choices.length > 0;
  }

  /** The longest delay is offered first: it is what the platform applies when nothing is chosen. */
  private get days(): number | undefined {
    return this.chosenDays ?? this.choices.at(-1);
  }

  private debitDate(now: number): number {
    const { order } = this.checkout;
    return order.dueDate ?? afterDays(now, this.days ?? 30);
  }

  protected override plannedRows(now: number): ScheduleRow[] {
    return [{ amount: this.checkout.order.amount, dueDate: this.debitDate(now) }];
  }

  protected override choiceFields(): Pick<SchedulePayment, 'delay'> {
    return this.hasChoice && this.days !== undefined ? { delay: (this.days * DAY_MS) / MINUTE_MS } : {};
  }

  private choose(days: number): void {
    this.chosenDays = days;
    this.choiceChanged(this.text('dateAnnounce', { date: (this.context as UxContext).i18n.date(this.debitDate(this.now())) }));
  }

  protected override renderChoice() {
    if (!this.hasChoice) return nothing;
    const { i18n } = this.context as UxContext;
    const now = this.now();
    return html`<fieldset part="date-choice">
      <legend>${this.text('chooseDate')}</legend>
      ${this.choices.map((days) =>
        this.renderOption('days', days, days === this.days, this.text('dayOption', { days }), this.text('dayOptionHint', { date: i18n.date(afterDays(now, days)) }), () => this.choose(days)),
      )}
    </fieldset>`;
  }

  protected override renderPlan(_rows: ScheduleRow[], now: number) {
    const { i18n } = this.context as UxContext;
    const date = i18n.date(this.debitDate(now));
    return html`<p class="debit" part="debit-date"><span>${this.text('debitOn')}</span> <strong>${date}</strong></p>
      <p class="hint-line">${this.text('debitExplained', { date })}</p>
      <p class="hint-line" part="card-validity">${this.text('cardValidUntilDebit', { date })}</p>`;
  }

  protected override payLabel(_rows: ScheduleRow[], now: number): string {
    return this.text('payOn', { amount: this.money(this.checkout.order.amount), date: (this.context as UxContext).i18n.date(this.debitDate(now)) });
  }

  protected override expiryMessage(lastDueDate: number): string {
    return this.text('cardExpiresBeforeDebit', { date: (this.context as UxContext).i18n.date(lastDueDate) });
  }

  protected override renderSuccess({ order, transaction }: PaymentResult) {
    const { i18n } = this.context as UxContext;
    const inFull = transaction.status === 'captured';
    return html`<section class="notice success" part="success" aria-labelledby="sg-success-title">
      <h2 id="sg-success-title" tabindex="-1">${this.text(inFull ? 'paidInFullTitle' : 'paylaterConfirmedTitle')}</h2>
      <p>
        ${inFull
          ? this.text('paidInFullBody', { amount: this.money(transaction.amountCaptured) })
          : this.text('paylaterConfirmedBody', { amount: this.money(transaction.amount), date: i18n.date(order.dueDate ?? 0) })}
      </p>
      ${inFull ? nothing : html`<p>${this.text('paylaterEmail')}</p>`}
      <p class="reference">${i18n.t('successReference', { reference: transaction.id })}</p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-paylater-ux': PaylaterUx;
  }
}

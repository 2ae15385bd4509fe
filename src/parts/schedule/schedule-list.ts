/** The schedule as the buyer reads it: one line per payment, its date (or "Today") and amount, and its status once set up. */
import { css, html, nothing } from 'lit';
import type { I18n } from '../../core/i18n/index.ts';
import type { Installment } from '../../core/contract/index.ts';
import { scheduleText, type ScheduleMessageKey } from './schedule-i18n.ts';

export interface ScheduleRow {
  amount: number;
  dueDate: number;
  /** `paidEarly`: settled by the complete-balance payment (see settlement-rows.ts). */
  status?: Installment['status'] | 'paidEarly';
}

const STATUS_KEYS: Record<NonNullable<ScheduleRow['status']>, ScheduleMessageKey> = {
  paid: 'scheduleStatusPaid',
  paidEarly: 'scheduleStatusPaidEarly',
  pending: 'scheduleStatusPending',
  unpaid: 'scheduleStatusUnpaid',
  canceled: 'scheduleStatusCanceled',
};

/** A payment taken when the buyer pays, rather than later by the platform. */
export const isDueNow = (row: ScheduleRow, now: number): boolean => row.dueDate <= now + 60_000;

/**
 * `headingLevel`: the title's level in its page, 3 by default (under a UX's own heading); 2 on the hosted pages, whose
 * title is the page's h1 (axe's heading-order: no level skipped).
 */
export function renderScheduleList(rows: readonly ScheduleRow[], options: { i18n: I18n; currency: string; now: number; titleId: string; highlight?: number; headingLevel?: 2 | 3 }) {
  const { i18n, currency, now, titleId } = options;
  const title = scheduleText(i18n, 'scheduleTitle');
  return html`<section class="schedule" part="schedule" aria-labelledby=${titleId}>
    ${options.headingLevel === 2 ? html`<h2 part="heading" id=${titleId}>${title}</h2>` : html`<h3 part="heading" id=${titleId}>${title}</h3>`}
    <ol>
      ${rows.map(
        (row, index) =>
          html`<li class=${`status-${row.status ?? 'preview'}${options.highlight === index ? ' highlight' : ''}`} part="schedule-row">
            <span class="date">${row.status === undefined && isDueNow(row, now) ? scheduleText(i18n, 'today') : i18n.date(row.dueDate)}</span>
            <span class="amount">${i18n.money(row.amount, currency)}</span>
            ${row.status ? html`<span class="status">${scheduleText(i18n, STATUS_KEYS[row.status])}</span>` : nothing}
          </li>`,
      )}
    </ol>
  </section>`;
}

export const scheduleListStyles = css`
  .schedule :is(h2, h3) {
    font-size: 1em;
    margin: 0 0 0.4em;
  }
  .schedule ol {
    list-style: none;
    margin: 0;
    padding: 0;
    border: 1px solid var(--_sg-color-border);
    border-radius: var(--_sg-radius);
  }
  .schedule li {
    display: grid;
    grid-template-columns: 1fr auto auto;
    gap: 0.75em;
    align-items: baseline;
    padding: 0.5em 0.75em;
  }
  .schedule li + li {
    border-top: 1px solid var(--_sg-color-border);
  }
  .schedule li:first-child .date,
  .schedule li.highlight .date {
    font-weight: 600;
  }
  .schedule .amount {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .schedule .status {
    font-size: 0.875em;
    color: var(--_sg-color-muted);
  }
  .schedule .status-paid .status,
  .schedule .status-paidEarly .status {
    color: var(--_sg-color-success);
  }
  .schedule .status-unpaid .status {
    color: var(--_sg-color-danger);
    font-weight: 600;
  }
  .schedule .status-canceled {
    color: var(--_sg-color-muted);
    text-decoration: line-through;
  }
`;

/**
 * The schedule of an installments or pay-later order as its hosted pages show it once payments have happened: each
 * installment's own status, except one the complete-balance payment settled. The seed keeps such an installment
 * `pending` with its payment voided ("will not be used anymore", not marked paid); shown as "to come" under "your order
 * is fully paid" it would contradict the page, so it reads "paid with the balance". So does an installment left `unpaid`
 * when the balance paid it too: read as unpaid, its recovery link would offer to pay it again on a completed order.
 */
import type { Checkout } from '../../core/contract/index.ts';
import type { ScheduleRow } from './schedule-list.ts';

export function settlementRows(checkout: Checkout): ScheduleRow[] {
  const { order, transactions } = checkout;
  const voided = new Set(transactions.filter((transaction) => transaction.status === 'voided').map((transaction) => transaction.id));
  return (order.installments ?? []).map(({ amount, dueDate, status, transactionId }) => ({
    amount,
    dueDate,
    status: order.status === 'completed' && (status === 'pending' || status === 'unpaid') && transactionId !== null && voided.has(transactionId) ? 'paidEarly' : status,
  }));
}

/** What is still to be debited by the schedule (installments to come or unpaid), in cents. */
export const stillScheduled = (rows: readonly ScheduleRow[]): number =>
  rows.filter((row) => row.status === 'pending' || row.status === 'unpaid').reduce((sum, row) => sum + row.amount, 0);

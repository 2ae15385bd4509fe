/**
 * The remaining-amount rules of orders paid in several payments (multi-card, ANCV Connect topped up by card, an ANCV
 * payment confirmed for less than asked). An order is settled only once what is secured reaches its amount: until then
 * it stays `initiated` and nothing is captured, as the seed says ("we will only confirm to you the payments if the full
 * amount is collected").
 */
import type { OrderRecord, TransactionRecord } from '../state.ts';
import type { DomainContext } from './context.ts';
import { conflict } from './errors.ts';
import { amountConfirmed, amountToCollect, formatCents, setStatus } from './orders.ts';
import { capture, orderTransactions } from './transactions.ts';

/** An ANCV request sent to the buyer's app and not answered yet: its amount is reserved until the app answers. */
export function isPendingAncv(transaction: TransactionRecord): boolean {
  return transaction.paymentMethod === 'ancv' && transaction.status === 'pending';
}

/** What the ANCV app is being asked for right now on this order, in cents. */
export function amountAwaitingAncv(ctx: DomainContext, order: OrderRecord, exceptTransactionId?: string): number {
  return orderTransactions(ctx, order.id)
    .filter((transaction) => isPendingAncv(transaction) && transaction.id !== exceptTransactionId)
    .reduce((sum, transaction) => sum + transaction.amount, 0);
}

/** What is not secured yet (authorised or captured) of what the order collects (its amount less refunds), in cents. */
export function amountLeftToPay(ctx: DomainContext, order: OrderRecord): number {
  return Math.max(0, amountToCollect(order) - amountConfirmed(ctx, order));
}

/** What a new payment may still ask for: what is left, less what pending ANCV requests already ask for. */
export function amountAvailable(ctx: DomainContext, order: OrderRecord, exceptTransactionId?: string): number {
  return Math.max(0, amountLeftToPay(ctx, order) - amountAwaitingAncv(ctx, order, exceptTransactionId));
}

/** Refuses an amount above what a new payment may ask for, saying what is left and what is reserved. */
export function assertWithinAvailable(ctx: DomainContext, order: OrderRecord, amount: number, exceptTransactionId?: string): void {
  const available = amountAvailable(ctx, order, exceptTransactionId);
  if (amount <= available) return;
  const left = amountLeftToPay(ctx, order);
  const reserved = left - available;
  const money = (cents: number) => `${cents} cents (${formatCents(cents, order.currency)})`;
  const detail = reserved > 0
    ? `${money(left)} is left to pay, of which ${money(reserved)} awaits confirmation in the ANCV app: at most ${money(available)} may be asked now`
    : `at most ${money(available)} is left to pay`;
  throw conflict('amount_exceeds_remaining', `The amount ${money(amount)} is above what is left: ${detail}`);
}

/**
 * Once the authorisations cover what the order collects (its amount less refunds): the order is confirmed, every authorisation is captured, and the order
 * is completed (webhooks `order.confirmed`, `transaction.captured` for each payment, `order.completed`).
 */
export function settleIfFullyPaid(ctx: DomainContext, order: OrderRecord): boolean {
  if (order.status !== 'initiated' || amountConfirmed(ctx, order) < amountToCollect(order)) return false;
  setStatus(ctx, order, 'confirmed');
  for (const transaction of orderTransactions(ctx, order.id)) {
    if (transaction.status === 'authorized') capture(ctx, transaction);
  }
  setStatus(ctx, order, 'completed');
  return true;
}

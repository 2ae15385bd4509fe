/**
 * Refunds and cancellations of a whole order. The refund cascade walks the order's payments from the last to the first,
 * as the seed describes for installments: payments not captured yet are voided or reduced, captured ones refunded in
 * full or in part, until exactly the amount asked is reached.
 */
import type { OrderRecord, TransactionRecord } from '../state.ts';
import type { DomainContext } from './context.ts';
import { conflict, invalid } from './errors.ts';
import { setStatus } from './orders.ts';
import { orderTransactions, reducePending, refund, refundableAmount, voidTransaction } from './transactions.ts';

function isUncaptured(transaction: TransactionRecord): boolean {
  return transaction.status === 'authorized' || transaction.status === 'pendingAuthorization' || transaction.status === 'pending';
}

/** What a payment still weighs in the order: the money captured and not refunded, or the amount still to be taken. */
function cancellableAmount(transaction: TransactionRecord): number {
  return isUncaptured(transaction) ? transaction.amount : refundableAmount(transaction);
}

/** Payments in the order the cascade walks them: installments last-due first, otherwise newest first. */
function cascadeOrder(ctx: DomainContext, order: OrderRecord): TransactionRecord[] {
  const transactions = orderTransactions(ctx, order.id);
  if (!order.installments) return transactions.reverse();
  const rank = new Map(order.installments.map((installment, index) => [installment.transactionId, index]));
  // Payments outside the schedule (a balance paid early) come after every installment, so they are undone first.
  return transactions.sort((a, b) => (rank.get(b.id) ?? Infinity) - (rank.get(a.id) ?? Infinity) || b.createdAt - a.createdAt);
}

export function refundableTotal(ctx: DomainContext, order: OrderRecord): number {
  return orderTransactions(ctx, order.id).reduce((sum, transaction) => sum + cancellableAmount(transaction), 0);
}

export function refundOrder(ctx: DomainContext, order: OrderRecord, amount?: number): void {
  const available = refundableTotal(ctx, order);
  if (available === 0) throw conflict('nothing_to_refund', 'This order has nothing left to refund or cancel');
  if (amount !== undefined && amount > available) {
    throw invalid(`amount: ${amount} cents is above what is left to refund on this order (${available} cents)`);
  }
  let left = amount ?? available;
  for (const transaction of cascadeOrder(ctx, order)) {
    if (left === 0) break;
    const weight = cancellableAmount(transaction);
    if (weight === 0) continue;
    const installment = order.installments?.find((candidate) => candidate.transactionId === transaction.id);
    if (isUncaptured(transaction)) {
      if (weight <= left) {
        voidTransaction(ctx, transaction);
        if (installment && installment.status !== 'paid') installment.status = 'canceled';
        left -= weight;
      } else {
        reducePending(ctx, transaction, weight - left);
        if (installment) installment.amount = transaction.amount;
        left = 0;
      }
    } else {
      const part = Math.min(weight, left);
      refund(ctx, transaction, part);
      left -= part;
    }
  }
  settleAfterRefund(ctx, order);
}

/** Refunds one captured transaction of the order (all, or `amount`), then settles the order as a cascade would. */
export function refundTransaction(ctx: DomainContext, order: OrderRecord, transaction: TransactionRecord, amount?: number): void {
  refund(ctx, transaction, amount);
  settleAfterRefund(ctx, order);
}

/** The order's status once money left it: refunded (or canceled) when nothing is left, completed when nothing is awaited. */
function settleAfterRefund(ctx: DomainContext, order: OrderRecord): void {
  order.updatedAt = ctx.now;
  if (refundableTotal(ctx, order) === 0) {
    const anythingCaptured = orderTransactions(ctx, order.id).some((transaction) => transaction.amountCaptured > 0);
    setStatus(ctx, order, anythingCaptured ? 'refunded' : 'canceled');
  } else if (order.status === 'confirmed' && order.installments?.every((installment) => installment.status === 'paid' || installment.status === 'canceled')) {
    // The refund canceled the last installments still awaited: everything the order still asks for is captured.
    setStatus(ctx, order, 'completed');
  }
}

/** Cancels what is not captured: every pending payment and authorisation is released. Captured money needs a refund. */
export function cancelOrder(ctx: DomainContext, order: OrderRecord): void {
  if (order.status === 'canceled' || order.status === 'refunded') throw conflict('order_not_cancelable', `This order is already ${order.status}`);
  const uncaptured = orderTransactions(ctx, order.id).filter(isUncaptured);
  const captured = orderTransactions(ctx, order.id).some((transaction) => refundableAmount(transaction) > 0);
  if (captured && uncaptured.length === 0) {
    throw conflict('order_captured', 'Every payment of this order is captured: refund it with POST /v1/orders/{id}/refund');
  }
  for (const transaction of uncaptured) voidTransaction(ctx, transaction);
  for (const installment of order.installments ?? []) if (installment.status === 'pending' || installment.status === 'unpaid') installment.status = 'canceled';
  setStatus(ctx, order, 'canceled');
}

/**
 * Refunds and cancellations. The refund cascade walks the order's payments from the last to the first, as the seed
 * describes for installments ("Installments cancellations"): money not captured yet is voided or reduced (a partial
 * void), captured money is refunded in full or in part, until exactly the amount asked is reached (CONTRACT §7).
 *
 * Whatever a refund takes back, voided or refunded, is taken off what the order collects (`order.amountRefunded`, see
 * `amountToCollect`): an order still collecting (multi-card, split) never asks its payers for that money again.
 */
import type { OrderRecord, TransactionRecord } from '../state.ts';
import type { DomainContext } from './context.ts';
import { conflict, invalid } from './errors.ts';
import { rulesFor } from './modules/index.ts';
import { setStatus } from './orders.ts';
import { orderTransactions, reducePending, refund, refundableAmount, voidTransaction } from './transactions.ts';

function isUncaptured(transaction: TransactionRecord): boolean {
  return transaction.status === 'authorized' || transaction.status === 'pendingAuthorization' || transaction.status === 'pending';
}

/** The installment a payment is scheduled for and has not paid yet (pending, or unpaid and still recoverable). */
function scheduledInstallment(order: OrderRecord, transaction: TransactionRecord) {
  return order.installments?.find(
    (installment) => installment.transactionId === transaction.id && (installment.status === 'pending' || installment.status === 'unpaid'),
  );
}

/**
 * What a refund of the order can take back from one payment, in cents: captured and not refunded yet, held by an
 * authorisation, or scheduled (an installment not taken yet). A payment still waiting for 3-D Secure or for the ANCV
 * app holds nothing: a refund leaves it alone (a full refund gives it up with the order).
 */
function takeableAmount(order: OrderRecord, transaction: TransactionRecord): number {
  if (transaction.status === 'authorized') return transaction.amount;
  if (isUncaptured(transaction)) return scheduledInstallment(order, transaction) ? transaction.amount : 0;
  return refundableAmount(transaction);
}

/** What a refund of one transaction can take back: captured money, or what its authorisation holds. */
function takeableFromTransaction(transaction: TransactionRecord): number {
  return transaction.status === 'authorized' ? transaction.amount : refundableAmount(transaction);
}

/**
 * Takes `amount` cents back from one payment. Not captured: voided when it is the whole amount (its installment is
 * canceled), otherwise reduced by a `void` operation of `amount` (the authorisation stays `authorized` for less; a
 * later capture takes at most the reduced amount; its installment is reduced alike). Captured: refunded.
 */
function takeBack(ctx: DomainContext, order: OrderRecord, transaction: TransactionRecord, amount: number): void {
  if (!isUncaptured(transaction)) {
    refund(ctx, transaction, amount);
    return;
  }
  const installment = order.installments?.find((candidate) => candidate.transactionId === transaction.id);
  if (amount === transaction.amount) {
    voidTransaction(ctx, transaction);
    if (installment && installment.status !== 'paid') installment.status = 'canceled';
  } else {
    reducePending(ctx, transaction, transaction.amount - amount);
    if (installment) installment.amount = transaction.amount;
  }
}

/** Payments in the order the cascade walks them: installments last-due first, otherwise newest first. */
function cascadeOrder(ctx: DomainContext, order: OrderRecord): TransactionRecord[] {
  const transactions = orderTransactions(ctx, order.id);
  if (!order.installments) return transactions.reverse();
  const rank = new Map(order.installments.map((installment, index) => [installment.transactionId, index]));
  // Payments outside the schedule (a balance paid early) come after every installment, so they are undone first.
  return transactions.sort((a, b) => (rank.get(b.id) ?? Infinity) - (rank.get(a.id) ?? Infinity) || b.createdAt - a.createdAt);
}

/** What a refund of the whole order can still take back, in cents. */
export function refundableTotal(ctx: DomainContext, order: OrderRecord): number {
  return orderTransactions(ctx, order.id).reduce((sum, transaction) => sum + takeableAmount(order, transaction), 0);
}

/** Refunds `amount` cents of the order (all that is left when absent) through the cascade; 400 above what is left. */
export function refundOrder(ctx: DomainContext, order: OrderRecord, amount?: number): void {
  const available = refundableTotal(ctx, order);
  if (available === 0) throw conflict('nothing_to_refund', 'This order has nothing left to refund or cancel');
  if (amount !== undefined && amount > available) {
    throw invalid(`amount: ${amount} cents is above what is left to refund on this order (${available} cents)`);
  }
  const asked = amount ?? available;
  let left = asked;
  for (const transaction of cascadeOrder(ctx, order)) {
    if (left === 0) break;
    const part = Math.min(takeableAmount(order, transaction), left);
    if (part === 0) continue;
    takeBack(ctx, order, transaction, part);
    left -= part;
  }
  order.amountRefunded = (order.amountRefunded ?? 0) + asked;
  settleAfterRefund(ctx, order);
}

/**
 * Refunds one transaction of the order (all, or `amount` cents): a captured one is refunded, an authorisation voided or
 * reduced. The order then settles as after a cascade. 409 when nothing is captured or held on it; 400 above that.
 */
export function refundTransaction(ctx: DomainContext, order: OrderRecord, transaction: TransactionRecord, amount?: number): void {
  const takeable = takeableFromTransaction(transaction);
  if (takeable === 0) throw conflict('nothing_to_refund', `Transaction ${transaction.id} has nothing captured or authorised left to refund`);
  if (amount !== undefined && (!Number.isInteger(amount) || amount <= 0 || amount > takeable)) {
    // Said at the field, as the order's refund says it (the dashboard's form shows it there).
    throw invalid(typeof amount === 'number' && amount > takeable ? `amount: ${amount} cents is above what is left to refund on this transaction (${takeable} cents)` : `amount: between 1 and ${takeable} cents`);
  }
  const asked = amount ?? takeable;
  assertNotReleasingCaptain(ctx, order, transaction, asked);
  takeBack(ctx, order, transaction, asked);
  order.amountRefunded = (order.amountRefunded ?? 0) + asked;
  settleAfterRefund(ctx, order);
}

/**
 * A split captain's authorisation is what the co-buyers' payments hang on: releasing all of it alone would leave the
 * order collecting without a captain. The order's refund releases it with theirs, last to first.
 */
function assertNotReleasingCaptain(ctx: DomainContext, order: OrderRecord, transaction: TransactionRecord, amount: number): void {
  if (transaction.role !== 'captain' || transaction.status !== 'authorized' || amount < transaction.amount) return;
  const othersHold = orderTransactions(ctx, order.id).some((other) => other !== transaction && takeableAmount(order, other) > 0);
  if (othersHold) {
    throw conflict(
      'captain_holds_order',
      "The captain's authorisation holds this order while co-buyers' payments are held: refund part of it, or refund the order (POST /v1/orders/{id}/refund)",
    );
  }
}

/**
 * The order once money left it: refunded (or canceled) when nothing is left, completed when nothing is awaited any more,
 * otherwise the module decides (a split order whose group now covers the lowered amount is captured and completed).
 */
function settleAfterRefund(ctx: DomainContext, order: OrderRecord): void {
  order.updatedAt = ctx.now;
  if (refundableTotal(ctx, order) === 0) {
    const transactions = orderTransactions(ctx, order.id);
    // Payments still waiting for 3-D Secure or the ANCV app are given up with the order.
    for (const transaction of transactions) if (isUncaptured(transaction)) voidTransaction(ctx, transaction);
    const anythingCaptured = transactions.some((transaction) => transaction.amountCaptured > 0);
    setStatus(ctx, order, anythingCaptured ? 'refunded' : 'canceled');
  } else if (order.status === 'confirmed' && order.installments?.every((installment) => installment.status === 'paid' || installment.status === 'canceled')) {
    // The refund canceled the last installments still awaited: everything the order still asks for is captured.
    setStatus(ctx, order, 'completed');
  } else {
    rulesFor(order.ux).afterRefund?.(ctx, order);
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

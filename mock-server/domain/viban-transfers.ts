/**
 * Bank transfers arriving on a virtual IBAN (`POST /v1/sandbox/orders/{id}/viban-transfer`, CONTRACT §2 and §6). A
 * transfer is matched to its order by the IBAN it reached, never by the reference the buyer typed (research §1.5).
 *
 * - Transfers add up: each credits what the order still collects, as a captured `viban` transaction (so
 *   `amountConfirmed` sums them and refunds work as for any captured payment).
 * - Short of the amount, the order stays `pending` and the buyer is emailed what is left.
 * - Reaching the amount completes the order (`order.completed`, once: a completed order credits nothing more).
 * - Beyond the amount, or on an order no longer collecting (completed, canceled, refunded), the rest is a surplus:
 *   kept on the transfer and in `order.amountSurplus`, never in `amountConfirmed`, announced by `order.overpaid`.
 * - The same `transferId` twice credits once: the second answer is the first transfer (`replayed: true`); the same id
 *   with another amount is a 409, since a bank never changes a transfer's amount.
 * - SEPA credit transfers are in EUR: another currency is refused, as are amounts of 0 or below (schema).
 */
import type { OrderRecord, TransactionRecord, VibanTransfer } from '../state.ts';
import type { DomainContext } from './context.ts';
import { conflict, invalid } from './errors.ts';
import { emitWebhook } from './events.ts';
import { newId } from './ids.ts';
import { emailTransferDetails } from './modules/viban.ts';
import { amountConfirmed, amountToCollect, setStatus } from './orders.ts';
import { authorize, capture } from './transactions.ts';

export interface TransferInput {
  amount: number;
  currency?: string | undefined;
  transferId?: string | undefined;
}

export interface TransferOutcome {
  transfer: VibanTransfer;
  /** The same `transferId` arrived before: nothing was credited this time. */
  replayed: boolean;
}

/** What the order still collects from transfers, in cents: 0 once it is no longer awaiting them. */
function stillDue(ctx: DomainContext, order: OrderRecord): number {
  if (order.status !== 'pending') return 0;
  return Math.max(0, amountToCollect(order) - amountConfirmed(ctx, order));
}

function creditTransaction(ctx: DomainContext, order: OrderRecord, amount: number): TransactionRecord {
  const transaction: TransactionRecord = {
    id: newId('auth'),
    orderId: order.id,
    amount,
    amountCaptured: 0,
    amountRefunded: 0,
    // Money that has arrived: recorded as authorised and captured at once, so its operations say what happened.
    status: 'pending',
    paymentMethod: 'viban',
    createdAt: ctx.now,
    role: 'payment',
  };
  if (order.email !== undefined) transaction.email = order.email;
  ctx.tx.transactions.put(transaction);
  authorize(ctx, transaction);
  capture(ctx, transaction);
  return transaction;
}

export function receiveTransfer(ctx: DomainContext, order: OrderRecord, input: TransferInput): TransferOutcome {
  if (order.ux !== 'viban' || !order.viban) throw conflict('not_a_viban_order', `Order ${order.id} is a ${order.ux} order, it has no virtual IBAN`);
  const currency = input.currency ?? 'EUR';
  if (currency !== 'EUR') throw invalid(`currency: a SEPA credit transfer is in EUR, not ${currency}`);
  const transfers = (order.vibanTransfers ??= []);
  if (input.transferId !== undefined) {
    const known = transfers.find((transfer) => transfer.transferId === input.transferId);
    if (known && known.amount !== input.amount) {
      throw conflict('transfer_id_reused', `Transfer ${input.transferId} already arrived, for ${known.amount} cents, not ${input.amount}`);
    }
    if (known) return { transfer: known, replayed: true };
  }
  const due = stillDue(ctx, order);
  const credited = Math.min(input.amount, due);
  const transfer: VibanTransfer = {
    transferId: input.transferId ?? newId('op').replace(/^op_/, 'trf_'),
    amount: input.amount,
    credited,
    surplus: input.amount - credited,
    receivedAt: ctx.now,
  };
  if (credited > 0) transfer.transactionId = creditTransaction(ctx, order, credited).id;
  transfers.push(transfer);
  order.updatedAt = ctx.now;
  if (credited > 0 && credited === due) {
    setStatus(ctx, order, 'completed');
  } else if (credited > 0) {
    emailTransferDetails(ctx, order, due - credited, input.amount);
  }
  if (transfer.surplus > 0) {
    order.amountSurplus = (order.amountSurplus ?? 0) + transfer.surplus;
    emitWebhook(ctx, order, 'order.overpaid');
  }
  return { transfer, replayed: false };
}

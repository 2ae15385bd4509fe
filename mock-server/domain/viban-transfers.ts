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
 * - After the order's payment link expired (dashboard pay by link, `linkExpiresAt`), a transfer to a still pending
 *   order pays nothing: the merchant declared the link unpayable (409 `link_expired` for every other method), and a
 *   bank transfer cannot be refused at the door, so it is received and returned to the sender in full (`returned`,
 *   `returnReason: "link_expired"`), the order left `pending` and unpaid, announced by `order.transferReturned` and an
 *   email to the buyer. No transaction or operation: the money never became the merchant's (docs/API.md).
 */
import type { OrderRecord, TransactionRecord, VibanTransfer } from '../state.ts';
import type { DomainContext } from './context.ts';
import { conflict, invalid } from './errors.ts';
import { emitWebhook, sendMessage } from './events.ts';
import { newId } from './ids.ts';
import { amountConfirmed, amountToCollect, linkClosed, setStatus } from './orders.ts';
import { emailMoney, emailTransferDetails, groupedIban } from './modules/viban.ts';
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
  if (linkClosed(ctx, order)) return { transfer: returnTransfer(ctx, order, input), replayed: false };
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

/** The whole transfer goes back to its sender: the order's payment link expired before it arrived. */
function returnTransfer(ctx: DomainContext, order: OrderRecord, input: TransferInput): VibanTransfer {
  const transfer: VibanTransfer = {
    transferId: input.transferId ?? newId('op').replace(/^op_/, 'trf_'),
    amount: input.amount,
    credited: 0,
    surplus: 0,
    receivedAt: ctx.now,
    returned: input.amount,
    returnReason: 'link_expired',
  };
  (order.vibanTransfers ??= []).push(transfer);
  order.updatedAt = ctx.now;
  emitWebhook(ctx, order, 'order.transferReturned');
  emailTransferReturned(ctx, order, transfer);
  return transfer;
}

/** Tells the buyer their transfer is on its way back, and why (in French or English, as the other transfer emails). */
function emailTransferReturned(ctx: DomainContext, order: OrderRecord, transfer: VibanTransfer): void {
  const { viban, email } = order;
  if (!viban || !email) return;
  const amount = emailMoney(transfer.amount, order);
  const expired = new Date(order.linkExpiresAt ?? 0).toISOString();
  const french = order.locale.startsWith('fr');
  const subject = french ? `Virement de ${amount} retourné` : `Transfer of ${amount} returned`;
  const text = french
    ? [`Nous avons reçu votre virement de ${amount} sur l’IBAN ${groupedIban(viban.iban)} (référence ${viban.reference}).`, `Le lien de paiement de cette commande a expiré le ${expired} : il ne peut plus être payé. Le virement vous est retourné en totalité.`, 'Demandez un nouveau lien au marchand.']
    : [`We received your transfer of ${amount} to IBAN ${groupedIban(viban.iban)} (reference ${viban.reference}).`, `The payment link of this order expired on ${expired}: it can no longer be paid. The whole transfer is returned to you.`, 'Ask the merchant for a new link.'];
  sendMessage(ctx, { channel: 'email', to: email, kind: 'vibanReturned', subject, text: text.join('\n'), links: [], orderId: order.id, platformId: order.platformId });
}

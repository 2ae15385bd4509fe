/**
 * Money movements on one transaction. Each one is recorded as an operation; nothing else changes a transaction's amounts.
 */
import type { Operation, Transaction } from '../../src/core/schemas.ts';
import type { TransactionRecord } from '../state.ts';
import type { DomainContext } from './context.ts';
import { conflict, invalid, notFound } from './errors.ts';
import { emitWebhook } from './events.ts';
import { newId } from './ids.ts';

function record(ctx: DomainContext, transaction: TransactionRecord, type: Operation['type'], amount: number): Operation {
  const operation: Operation = {
    id: newId('op'),
    transactionId: transaction.id,
    type,
    amount,
    paymentMethod: transaction.paymentMethod,
    date: ctx.now,
  };
  ctx.tx.operations.put(operation);
  return operation;
}

export function transactionById(ctx: DomainContext, id: string): TransactionRecord {
  const transaction = ctx.tx.transactions.get(id);
  if (!transaction) throw notFound('Transaction');
  return transaction;
}

export function orderTransactions(ctx: DomainContext, orderId: string): TransactionRecord[] {
  return ctx.tx.transactions
    .list('orderId', orderId)
    .sort((a, b) => a.createdAt - b.createdAt);
}

/** An authorisation still held on the buyer's means of payment and not yet captured. */
export function isOpenAuthorization(transaction: TransactionRecord): boolean {
  return transaction.status === 'authorized';
}

/** What is secured on this transaction: captured or authorised, minus what was refunded. */
export function securedAmount(transaction: TransactionRecord): number {
  switch (transaction.status) {
    case 'authorized':
      return transaction.amount;
    case 'captured':
    case 'refundedPartial':
    case 'refunded':
      return transaction.amountCaptured - transaction.amountRefunded;
    default:
      return 0;
  }
}

export function authorize(ctx: DomainContext, transaction: TransactionRecord): void {
  // `pending`: an asynchronous payment (ANCV Connect) that its provider has just confirmed.
  if (transaction.status !== 'pendingAuthorization' && transaction.status !== 'pending') {
    throw conflict('transaction_not_pending', `Transaction is ${transaction.status}, not awaiting authorisation`);
  }
  transaction.status = 'authorized';
  record(ctx, transaction, 'authorization', transaction.amount);
}

/** Captures `amount` (default: all) of an authorisation; the rest of the authorisation is released. */
export function capture(ctx: DomainContext, transaction: TransactionRecord, amount = transaction.amount): void {
  if (transaction.status !== 'authorized') {
    throw conflict('transaction_not_capturable', `Transaction is ${transaction.status}, it cannot be captured`);
  }
  if (!Number.isInteger(amount) || amount <= 0 || amount > transaction.amount) {
    throw invalid(`capture amount must be between 1 and ${transaction.amount} cents`);
  }
  const released = transaction.amount - amount;
  transaction.amountCaptured = amount;
  transaction.status = 'captured';
  record(ctx, transaction, 'capture', amount);
  if (released > 0) record(ctx, transaction, 'void', released);
  const order = ctx.tx.orders.get(transaction.orderId);
  if (order) emitWebhook(ctx, order, 'transaction.captured', transaction.id);
}

/** Releases an authorisation, or gives up a payment that was still waiting to be authorised. */
export function voidTransaction(ctx: DomainContext, transaction: TransactionRecord): void {
  if (transaction.status === 'authorized') {
    record(ctx, transaction, 'void', transaction.amount);
  } else if (transaction.status !== 'pendingAuthorization' && transaction.status !== 'pending') {
    throw conflict('transaction_not_voidable', `Transaction is ${transaction.status}, it cannot be voided`);
  }
  transaction.status = 'voided';
  const order = ctx.tx.orders.get(transaction.orderId);
  if (order) emitWebhook(ctx, order, 'transaction.voided', transaction.id);
}

/**
 * Lowers a payment not yet captured: a smaller authorisation (a partial void, recorded as a `void` operation of the
 * difference; the transaction stays `authorized`), or a smaller amount awaiting capture. A payer's `share` never
 * exceeds what the transaction holds.
 */
export function reducePending(ctx: DomainContext, transaction: TransactionRecord, newAmount: number): void {
  if (newAmount <= 0 || newAmount >= transaction.amount) throw invalid('a reduced amount must be below the current one and positive');
  if (transaction.status === 'authorized') record(ctx, transaction, 'void', transaction.amount - newAmount);
  transaction.amount = newAmount;
  if (transaction.share !== undefined && transaction.share > newAmount) transaction.share = newAmount;
}

export function refundableAmount(transaction: TransactionRecord): number {
  return transaction.status === 'captured' || transaction.status === 'refundedPartial'
    ? transaction.amountCaptured - transaction.amountRefunded
    : 0;
}

export function refund(ctx: DomainContext, transaction: TransactionRecord, amount = refundableAmount(transaction)): void {
  const refundable = refundableAmount(transaction);
  if (refundable === 0) throw conflict('nothing_to_refund', `Transaction ${transaction.id} has nothing captured left to refund`);
  if (!Number.isInteger(amount) || amount <= 0 || amount > refundable) {
    // Said at the field, as the order's refund says it (the dashboard's form shows it there).
    throw invalid(typeof amount === 'number' && amount > refundable ? `amount: ${amount} cents is above what is left to refund on this transaction (${refundable} cents)` : `amount: between 1 and ${refundable} cents`);
  }
  transaction.amountRefunded += amount;
  transaction.status = transaction.amountRefunded === transaction.amountCaptured ? 'refunded' : 'refundedPartial';
  record(ctx, transaction, 'refund', amount);
  const order = ctx.tx.orders.get(transaction.orderId);
  if (order) emitWebhook(ctx, order, 'transaction.refunded', transaction.id);
}

export function fail(ctx: DomainContext, transaction: TransactionRecord, reason: string): void {
  transaction.status = 'failed';
  transaction.declineReason = reason;
  const order = ctx.tx.orders.get(transaction.orderId);
  if (order) emitWebhook(ctx, order, 'transaction.failed', transaction.id);
}

export function publicTransaction(ctx: DomainContext, transaction: TransactionRecord, withOperations = false): Transaction {
  const shown: Transaction = {
    id: transaction.id,
    orderId: transaction.orderId,
    amount: transaction.amount,
    amountCaptured: transaction.amountCaptured,
    amountRefunded: transaction.amountRefunded,
    status: transaction.status,
    paymentMethod: transaction.paymentMethod,
    createdAt: transaction.createdAt,
  };
  if (transaction.email !== undefined) shown.email = transaction.email;
  if (transaction.firstName !== undefined) shown.firstName = transaction.firstName;
  if (transaction.lastName !== undefined) shown.lastName = transaction.lastName;
  if (transaction.card) shown.card = transaction.card;
  if (transaction.threeDS) shown.threeDS = transaction.threeDS;
  if (transaction.declineReason) shown.declineReason = transaction.declineReason;
  if (transaction.ancv) shown.ancv = { ...transaction.ancv };
  if (transaction.sdd) {
    const { mandateId, mandateReference, ibanLast4, sequence, settlesAt, disputedAt } = transaction.sdd;
    shown.sdd = { mandateId, mandateReference, ibanLast4, sequence, debitDate: settlesAt, ...(disputedAt === undefined ? {} : { disputedAt }) };
  }
  if (transaction.pis) shown.pis = { ...transaction.pis, bankUrl: `${ctx.publicUrl}/bank/${transaction.id}` };
  if (withOperations) shown.operations = ctx.tx.operations.list('transactionId', transaction.id);
  return shown;
}

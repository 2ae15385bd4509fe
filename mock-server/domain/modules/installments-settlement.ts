/**
 * Payments that settle part of an installments or pay-later schedule: the recovery link (`/recovery/{transactionId}`)
 * pays one unpaid installment, the complete-balance link (`/balance/{orderId}`) pays the rest, and paying in full
 * replaces the schedule with one captured payment. Shared by `installments.ts` and `paylater.ts`.
 */
import type { ScheduledPayment } from '../../../src/core/schedule.ts';
import type { PaymentInput } from '../../schemas/requests.ts';
import type { InstallmentRecord, OrderRecord, TransactionRecord } from '../../state.ts';
import type { StoreView } from '../../store.ts';
import { cardExpiresAt } from '../cards.ts';
import type { DomainContext } from '../context.ts';
import { conflict, DomainError, invalid, notFound } from '../errors.ts';
import { emitWebhook } from '../events.ts';
import { newId } from '../ids.ts';
import { setStatus } from '../orders.ts';
import { capture, orderTransactions, voidTransaction } from '../transactions.ts';
import type { PaymentPlan } from './index.ts';
import { assertOrderPayable } from './shared.ts';

// ---------------------------------------------------------------------------------------------------------------------
// Links and small readers

export const balancePageUrl = (ctx: DomainContext, order: OrderRecord): string => `${ctx.publicUrl}/balance/${order.id}`;
export const recoveryPageUrl = (ctx: DomainContext, transactionId: string): string => `${ctx.publicUrl}/recovery/${transactionId}`;

export const formatDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export function transactionOf(view: StoreView, installment: InstallmentRecord): TransactionRecord | undefined {
  return installment.transactionId ? view.transactions.get(installment.transactionId) : undefined;
}

/** A payment the schedule may still take: not captured, not given up. */
export function isCollectable(transaction: TransactionRecord | undefined): transaction is TransactionRecord {
  return transaction !== undefined && (transaction.status === 'pendingAuthorization' || transaction.status === 'authorized');
}

/** Installments still waiting for their money (pending or unpaid) whose payment can still be taken. */
export function openInstallments(view: StoreView, order: OrderRecord): InstallmentRecord[] {
  return (order.installments ?? []).filter(
    (installment) => (installment.status === 'pending' || installment.status === 'unpaid') && isCollectable(transactionOf(view, installment)),
  );
}

/** What the complete-balance link charges: every installment not paid yet. */
export function remainingBalance(view: StoreView, order: OrderRecord): number {
  return openInstallments(view, order).reduce((sum, installment) => sum + installment.amount, 0);
}

/** Whether the buyer already paid (the schedule is set up, with its transactions). */
export function scheduleIsActive(order: OrderRecord): boolean {
  return (order.installments ?? []).some((installment) => installment.transactionId !== null);
}

export function newInstallment(payment: ScheduledPayment): InstallmentRecord {
  return { id: newId('inst'), amount: payment.amount, dueDate: payment.dueDate, transactionId: null, status: 'pending', attempts: 0, nextAttemptAt: null };
}

/** Buyers who start again while the bank waits for 3-D Secure give the first attempt up; schedule payments are kept. */
export function abandonWaitingAttempts(ctx: DomainContext, order: OrderRecord): void {
  for (const transaction of orderTransactions(ctx, order.id)) {
    if (transaction.status === 'pendingAuthorization' && transaction.threeDS?.status === 'required') voidTransaction(ctx, transaction);
  }
}

export function assertCardLastsUntil(input: PaymentInput, lastDueDate: number, what: string): void {
  if (input.card && cardExpiresAt(input.card) < lastDueDate) {
    throw new DomainError(400, 'card_expires_too_soon', `card: the card expires before ${what} on ${formatDate(lastDueDate)}; pay with a card valid until then`);
  }
}

export function assertAmountMatches(input: PaymentInput, expected: number, what: string): void {
  if (input.amount !== undefined && input.amount !== expected) throw invalid(`amount: ${what} is ${expected} cents, not ${input.amount}`);
}

// ---------------------------------------------------------------------------------------------------------------------
// Payments that settle part of a schedule: recovery link and complete-balance link (shared with pay later)

/** The unpaid installment the recovery link of `transactionId` pays; 404 or 409 when there is none to pay. */
function recoverableInstallment(ctx: DomainContext, order: OrderRecord, transactionId: string): InstallmentRecord {
  const unpaidTransaction = ctx.tx.transactions.get(transactionId);
  if (!unpaidTransaction || unpaidTransaction.orderId !== order.id) throw notFound('Transaction');
  // Once another payment recovered it, the installment points at that payment: the link (two tabs, a retry) still finds
  // it, and says it is paid rather than that its transaction is no installment.
  const installment =
    order.installments?.find((candidate) => candidate.transactionId === transactionId) ??
    order.installments?.find((candidate) => ctx.tx.transactions.get(candidate.transactionId ?? '')?.scheduleChoice?.recovers === transactionId);
  if (!installment) throw conflict('not_an_installment', 'This transaction is not an installment of its order');
  if (order.status !== 'confirmed' || installment.status !== 'unpaid' || !isCollectable(unpaidTransaction)) {
    throw conflict('installment_not_unpaid', `This installment is ${installment.status === 'unpaid' ? 'settled' : installment.status}: only an unpaid installment can be paid from its recovery link`);
  }
  return installment;
}

/** What the complete-balance link charges now (cents); 409 `no_balance_to_pay` when nothing is left. */
function balanceDue(ctx: DomainContext, order: OrderRecord): number {
  if (order.status !== 'confirmed' || !scheduleIsActive(order)) {
    throw conflict('no_balance_to_pay', order.status === 'completed' ? 'This order is already paid in full' : `This order is ${order.status}: it has no balance to complete`);
  }
  const remaining = remainingBalance(ctx.tx, order);
  if (remaining === 0) throw conflict('no_balance_to_pay', 'Nothing is left to pay on this order');
  return remaining;
}

/**
 * What a recovery (`recoverTransactionId`) or complete-balance (`balance`) payment of `order` would charge now, in
 * cents, refused with the very 404/409 its payment would get; changes nothing. An Amazon Pay checkout session opened
 * by the recovery or balance page shows this amount (domain/wallets.ts).
 */
export function settlementDue(ctx: DomainContext, order: OrderRecord, input: Pick<PaymentInput, 'recoverTransactionId' | 'balance'>): number {
  if (input.recoverTransactionId !== undefined && input.balance === true) throw invalid('give only one of recoverTransactionId and balance');
  if (input.recoverTransactionId !== undefined) return recoverableInstallment(ctx, order, input.recoverTransactionId).amount;
  return balanceDue(ctx, order);
}

function planRecovery(ctx: DomainContext, order: OrderRecord, input: PaymentInput, transactionId: string): PaymentPlan {
  const installment = recoverableInstallment(ctx, order, transactionId);
  assertAmountMatches(input, installment.amount, 'the unpaid installment');
  abandonWaitingAttempts(ctx, order);
  return { amount: installment.amount, role: 'installment', scheduleChoice: { recovers: transactionId } };
}

function planBalance(ctx: DomainContext, order: OrderRecord, input: PaymentInput): PaymentPlan {
  const remaining = balanceDue(ctx, order);
  assertAmountMatches(input, remaining, 'the remaining balance');
  abandonWaitingAttempts(ctx, order);
  return { amount: remaining, role: 'balance', scheduleChoice: { balance: true } };
}

function planPayInFull(ctx: DomainContext, order: OrderRecord, input: PaymentInput): PaymentPlan {
  if (input.installmentsCount !== undefined || input.delay !== undefined) {
    throw invalid('payInFull: pays the whole amount now; give no installmentsCount nor delay with it');
  }
  assertAmountMatches(input, order.amount, 'paying in full');
  return { amount: order.amount, role: 'payment', scheduleChoice: { payInFull: true } };
}

/** Recovery, balance, or paying in full: the parts of planning shared with pay later. Answers null for a first payment. */
export function planSettlement(ctx: DomainContext, order: OrderRecord, input: PaymentInput): PaymentPlan | null {
  const asked = [input.recoverTransactionId !== undefined, input.balance === true, input.payInFull === true].filter(Boolean).length;
  if (asked > 1) throw invalid('give only one of recoverTransactionId, balance and payInFull');
  if (input.recoverTransactionId !== undefined) return planRecovery(ctx, order, input, input.recoverTransactionId);
  if (input.balance) return planBalance(ctx, order, input);
  if (input.payInFull) {
    assertOrderPayable(order);
    abandonWaitingAttempts(ctx, order);
    return planPayInFull(ctx, order, input);
  }
  return null;
}

/** After 3-D Secure the schedule may have moved on (the clock collected an installment): refuse to take money twice. */
export function checkSettlementStillValid(ctx: DomainContext, order: OrderRecord, transaction: TransactionRecord): boolean {
  const choice = transaction.scheduleChoice ?? {};
  if (choice.recovers !== undefined) {
    const installment = order.installments?.find((candidate) => candidate.transactionId === choice.recovers);
    if (!installment || installment.status !== 'unpaid' || order.status !== 'confirmed') {
      throw conflict('installment_not_unpaid', 'This installment was settled in the meantime');
    }
    return true;
  }
  if (choice.balance) {
    if (order.status !== 'confirmed' || remainingBalance(ctx.tx, order) !== transaction.amount) {
      throw conflict('balance_changed', 'The balance changed in the meantime; reload the page to pay what is left');
    }
    return true;
  }
  assertOrderPayable(order);
  return choice.payInFull === true;
}
export function markPaid(ctx: DomainContext, order: OrderRecord, installment: InstallmentRecord, transaction: TransactionRecord): void {
  installment.status = 'paid';
  installment.nextAttemptAt = null;
  delete transaction.declineReason;
  emitWebhook(ctx, order, 'installment.paid', installment.id);
}

/** The order is completed once no installment waits for money any more. */
export function completeIfSettled(ctx: DomainContext, order: OrderRecord): void {
  if (order.status !== 'confirmed') return;
  const waiting = (order.installments ?? []).some((installment) => installment.status === 'pending' || installment.status === 'unpaid');
  if (!waiting) setStatus(ctx, order, 'completed');
}

/** Applies an authorised recovery, balance or pay-in-full payment. Answers false for a first payment (the module's job). */
export function applySettlement(ctx: DomainContext, order: OrderRecord, transaction: TransactionRecord): boolean {
  const choice = transaction.scheduleChoice ?? {};
  if (choice.recovers !== undefined) {
    const installment = order.installments?.find((candidate) => candidate.transactionId === choice.recovers) as InstallmentRecord;
    const unpaid = ctx.tx.transactions.get(choice.recovers);
    capture(ctx, transaction);
    // The new card pays this installment: the old payment is given up, the installment points at the one that paid.
    if (isCollectable(unpaid)) voidTransaction(ctx, unpaid);
    installment.transactionId = transaction.id;
    markPaid(ctx, order, installment, transaction);
    completeIfSettled(ctx, order);
    return true;
  }
  if (choice.balance) {
    const open = openInstallments(ctx.tx, order);
    capture(ctx, transaction);
    // The seed: the other pending transactions "will not be used anymore" and their installments are not marked paid.
    for (const installment of open) {
      voidTransaction(ctx, transactionOf(ctx.tx, installment) as TransactionRecord);
      installment.nextAttemptAt = null;
    }
    setStatus(ctx, order, 'completed');
    return true;
  }
  if (choice.payInFull) {
    const installment = newInstallment({ amount: order.amount, dueDate: ctx.now });
    installment.transactionId = transaction.id;
    order.installments = [installment];
    order.dueDate = ctx.now;
    setStatus(ctx, order, 'confirmed');
    capture(ctx, transaction);
    markPaid(ctx, order, installment, transaction);
    setStatus(ctx, order, 'completed');
    return true;
  }
  return false;
}

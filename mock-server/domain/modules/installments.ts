/**
 * Installments (`ux: installment`): the order's amount in several card payments on due dates, as the seed describes.
 *
 * - The schedule comes from `installmentsCount` (even split, extra cents on the first, monthly from the payment), from
 *   `installments[]` (the merchant's own amounts and dates, without financing only), or from the buyer's choice at
 *   payment (`PaymentInput.installmentsCount`, one of the platform's `installmentChoices`).
 * - At payment the card is authorised (3-D Secure like any payment) for the first installment; an installment due now is
 *   captured at once. Every later installment gets its own transaction, `pendingAuthorization` until its due date.
 * - The sandbox clock captures each due installment (`collectDueInstallments`); a failed capture makes the installment
 *   `unpaid`, then the platform's recovery policy retries it and emails a recovery link (`/recovery/{transactionId}`).
 * - The complete-balance link (`/balance/{orderId}`, also `order.redirectUrl` once confirmed) pays the rest at once.
 *
 * Pay later (`paylater.ts`) is a schedule of one deferred debit and shares the due work, recovery and balance here.
 */
import { evenSchedule, scheduleErrors, type ScheduledPayment } from '../../../src/core/schedule.ts';
import type { Platform } from '../../seed.ts';
import type { CreateOrderInput, PaymentInput } from '../../schemas/requests.ts';
import type { InstallmentRecord, OrderRecord, ScheduleChoice, TransactionRecord } from '../../state.ts';
import type { StoreView } from '../../store.ts';
import { cardExpiresAt, laterDebitDeclined } from '../cards.ts';
import type { DomainContext } from '../context.ts';
import { conflict, DomainError, invalid, notFound } from '../errors.ts';
import { emitWebhook, sendMessage } from '../events.ts';
import { newId } from '../ids.ts';
import { formatCents, setStatus } from '../orders.ts';
import { platformById } from '../platforms.ts';
import { registerDueWork } from '../scheduler.ts';
import { authorize, capture, orderTransactions, voidTransaction } from '../transactions.ts';
import { registerModule, type ModuleRules, type PaymentPlan } from './index.ts';
import { assertOrderPayable } from './shared.ts';

const MINUTE = 60_000;

// ---------------------------------------------------------------------------------------------------------------------
// Links and small readers

export const balancePageUrl = (ctx: DomainContext, order: OrderRecord): string => `${ctx.publicUrl}/balance/${order.id}`;
export const recoveryPageUrl = (ctx: DomainContext, transactionId: string): string => `${ctx.publicUrl}/recovery/${transactionId}`;

const formatDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

function transactionOf(view: StoreView, installment: InstallmentRecord): TransactionRecord | undefined {
  return installment.transactionId ? view.transactions.get(installment.transactionId) : undefined;
}

/** A payment the schedule may still take: not captured, not given up. */
function isCollectable(transaction: TransactionRecord | undefined): transaction is TransactionRecord {
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

function newInstallment(payment: ScheduledPayment): InstallmentRecord {
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

function assertAmountMatches(input: PaymentInput, expected: number, what: string): void {
  if (input.amount !== undefined && input.amount !== expected) throw invalid(`amount: ${what} is ${expected} cents, not ${input.amount}`);
}

// ---------------------------------------------------------------------------------------------------------------------
// Choosing the schedule

function allowedCounts(platform: Platform): number[] {
  return platform.settings.installmentChoices ?? [];
}

function checkCount(platform: Platform, count: number, field: string): string | null {
  const choices = allowedCounts(platform);
  if (platform.settings.financing && !choices.includes(count)) {
    return `${field}: with financing, this platform allows ${choices.join(', ')} installments, not ${count}`;
  }
  if (count < 2) return `${field}: an installments order has at least 2 installments`;
  return null;
}

/** The merchant wrote the dates and amounts: they are kept as they are (no `installmentsCount` on the order). */
function hasCustomSchedule(order: OrderRecord): boolean {
  return order.installments !== undefined && order.installmentsCount === undefined;
}

/** The schedule a first payment sets up, at `now`, for the count the buyer chose (or the merchant fixed). */
function scheduleForPayment(platform: Platform, order: OrderRecord, input: PaymentInput, now: number): { schedule: ScheduledPayment[]; count?: number } {
  if (hasCustomSchedule(order)) {
    const custom = order.installments as InstallmentRecord[];
    if (input.installmentsCount !== undefined && input.installmentsCount !== custom.length) {
      throw invalid(`installmentsCount: the merchant set this order's schedule: ${custom.length} installments`);
    }
    return { schedule: custom.map(({ amount, dueDate }) => ({ amount, dueDate })) };
  }
  let count = order.installmentsCount;
  if (count !== undefined) {
    if (input.installmentsCount !== undefined && input.installmentsCount !== count) {
      throw invalid(`installmentsCount: the merchant set this order to ${count} installments`);
    }
  } else {
    count = input.installmentsCount;
    const choices = allowedCounts(platform);
    if (count === undefined) throw invalid(`installmentsCount: choose how many installments: ${choices.join(', ')}`);
    if (!choices.includes(count)) throw invalid(`installmentsCount: choose ${choices.join(', ')} installments, not ${count}`);
  }
  // Even schedules start when the buyer pays: the first installment is due then, the others month by month.
  return { schedule: evenSchedule(order.amount, count, now), count };
}

// ---------------------------------------------------------------------------------------------------------------------
// Payments that settle part of a schedule: recovery link and complete-balance link (shared with pay later)

function planRecovery(ctx: DomainContext, order: OrderRecord, input: PaymentInput, transactionId: string): PaymentPlan {
  const unpaidTransaction = ctx.tx.transactions.get(transactionId);
  if (!unpaidTransaction || unpaidTransaction.orderId !== order.id) throw notFound('Transaction');
  const installment = order.installments?.find((candidate) => candidate.transactionId === transactionId);
  if (!installment) throw conflict('not_an_installment', 'This transaction is not an installment of its order');
  if (order.status !== 'confirmed' || installment.status !== 'unpaid' || !isCollectable(unpaidTransaction)) {
    throw conflict('installment_not_unpaid', `This installment is ${installment.status === 'unpaid' ? 'settled' : installment.status}: only an unpaid installment can be paid from its recovery link`);
  }
  assertAmountMatches(input, installment.amount, 'the unpaid installment');
  abandonWaitingAttempts(ctx, order);
  return { amount: installment.amount, role: 'installment', scheduleChoice: { recovers: transactionId } };
}

function planBalance(ctx: DomainContext, order: OrderRecord, input: PaymentInput): PaymentPlan {
  if (order.status !== 'confirmed' || !scheduleIsActive(order)) {
    throw conflict('no_balance_to_pay', order.status === 'completed' ? 'This order is already paid in full' : `This order is ${order.status}: it has no balance to complete`);
  }
  const remaining = remainingBalance(ctx.tx, order);
  if (remaining === 0) throw conflict('no_balance_to_pay', 'Nothing is left to pay on this order');
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

function markPaid(ctx: DomainContext, order: OrderRecord, installment: InstallmentRecord, transaction: TransactionRecord): void {
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

// ---------------------------------------------------------------------------------------------------------------------
// Collecting on due dates, and recovery

/**
 * Takes one due installment. The sandbox's bank answers from the card the buyer gave at payment: test card
 * 4000 0000 0000 0341 succeeds once and fails every later capture, which starts the platform's recovery;
 * 4000 0000 0000 0259 fails each capture on its due date and succeeds when it is retried.
 */
export function collectInstallment(ctx: DomainContext, order: OrderRecord, installment: InstallmentRecord): void {
  const transaction = transactionOf(ctx.tx, installment);
  if (!isCollectable(transaction)) {
    installment.nextAttemptAt = null;
    return;
  }
  if (laterDebitDeclined(transaction.cardProfile, installment.attempts)) {
    recordFailedCollection(ctx, order, installment, transaction);
    return;
  }
  if (transaction.status === 'pendingAuthorization') authorize(ctx, transaction);
  capture(ctx, transaction);
  markPaid(ctx, order, installment, transaction);
  completeIfSettled(ctx, order);
}

function recordFailedCollection(ctx: DomainContext, order: OrderRecord, installment: InstallmentRecord, transaction: TransactionRecord): void {
  const platform = platformById(ctx.tx, order.platformId);
  const policy = platform.settings.recovery;
  const firstFailure = installment.status === 'pending';
  installment.attempts += 1;
  // The seed: "unpaid: due date passed and transaction not captured". The transaction stays as it was, so a retry or
  // the recovery link can still take it, and a refund still voids it.
  installment.status = 'unpaid';
  transaction.declineReason = 'card_declined';
  const retriesDone = installment.attempts - 1;
  if (policy && retriesDone < policy.retryCount) {
    // Retries keep to their rhythm from the due date ("every day at the due time"), never in the past.
    const every = policy.retryEveryMinutes * MINUTE;
    const scheduled = (firstFailure ? installment.dueDate : (installment.nextAttemptAt ?? ctx.now)) + every;
    installment.nextAttemptAt = scheduled > ctx.now ? scheduled : ctx.now + every;
  } else {
    installment.nextAttemptAt = null;
  }
  if (!firstFailure) return;
  emitWebhook(ctx, order, 'installment.unpaid', installment.id);
  const to = transaction.email ?? order.email;
  if (policy?.emailLink && to) {
    const link = recoveryPageUrl(ctx, transaction.id);
    sendMessage(ctx, {
      channel: 'email',
      to,
      kind: 'installmentRecovery',
      subject: 'A payment of your order could not be taken',
      text:
        `The payment of ${formatCents(installment.amount, order.currency)} due on ${formatDate(installment.dueDate)} was declined. ` +
        (installment.nextAttemptAt ? `We will try again on ${formatDate(installment.nextAttemptAt)}. ` : '') +
        `You can pay it now with another card, and see your schedule: ${link}`,
      links: [link],
      orderId: order.id,
      platformId: order.platformId,
    });
  }
}

/** When the order's next installment capture or retry falls due. */
function nextCollectionAt(order: OrderRecord, view: StoreView): number | null {
  if (order.status !== 'confirmed' || !order.installments) return null;
  let next: number | null = null;
  for (const installment of order.installments) {
    const at = installment.status === 'pending' ? installment.dueDate : installment.status === 'unpaid' ? installment.nextAttemptAt : null;
    if (at === null || !isCollectable(transactionOf(view, installment))) continue;
    if (next === null || at < next) next = at;
  }
  return next;
}

/** Takes the order's installments due at `ctx.now`, earliest first. */
export function collectDueInstallments(ctx: DomainContext, order: OrderRecord): void {
  if (order.status !== 'confirmed' || !order.installments) return;
  const due = order.installments
    .filter((installment) => {
      const at = installment.status === 'pending' ? installment.dueDate : installment.status === 'unpaid' ? installment.nextAttemptAt : null;
      return at !== null && at <= ctx.now;
    })
    .sort((a, b) => a.dueDate - b.dueDate);
  for (const installment of due) collectInstallment(ctx, order, installment);
}

// ---------------------------------------------------------------------------------------------------------------------
// Confirmation

export function sendConfirmation(ctx: DomainContext, order: OrderRecord, transaction: TransactionRecord, intro: string): void {
  const to = transaction.email ?? order.email;
  if (!to) return;
  const link = balancePageUrl(ctx, order);
  const lines = (order.installments ?? []).map(
    (installment, index) => `${index + 1}. ${formatDate(installment.dueDate)}: ${formatCents(installment.amount, order.currency)} (${installment.status})`,
  );
  sendMessage(ctx, {
    channel: 'email',
    to,
    kind: `${order.ux}Confirmation`,
    subject: 'Your payment is confirmed',
    text: `${intro}\n${lines.join('\n')}\nFollow your payments or pay the remaining balance at any time: ${link}`,
    links: [link],
    orderId: order.id,
    platformId: order.platformId,
  });
}

/** The first transaction pays installment 1; every later one gets its own transaction, waiting for its due date. */
function setUpSchedule(ctx: DomainContext, order: OrderRecord, first: TransactionRecord, schedule: ScheduledPayment[], reuse: InstallmentRecord[] | undefined): void {
  const installments = schedule.map((payment, index) => {
    const kept = reuse?.[index];
    return kept ? { ...kept, status: 'pending' as const, attempts: 0, nextAttemptAt: null } : newInstallment(payment);
  });
  installments.forEach((installment, index) => {
    if (index === 0) {
      installment.transactionId = first.id;
      return;
    }
    const transaction: TransactionRecord = {
      id: newId('auth'),
      orderId: order.id,
      amount: installment.amount,
      amountCaptured: 0,
      amountRefunded: 0,
      status: 'pendingAuthorization',
      paymentMethod: first.paymentMethod,
      createdAt: ctx.now,
      role: 'installment',
    };
    for (const key of ['card', 'cardProfile', 'email', 'firstName', 'lastName'] as const) {
      if (first[key] !== undefined) (transaction as unknown as Record<string, unknown>)[key] = first[key];
    }
    ctx.tx.transactions.put(transaction);
    installment.transactionId = transaction.id;
  });
  order.installments = installments;
  order.dueDate = (installments[installments.length - 1] as InstallmentRecord).dueDate;
}

/** Captures what is due at payment: installment 1 when it is due now (a deferred first one waits for the clock). */
function collectDueAtPayment(ctx: DomainContext, order: OrderRecord, first: TransactionRecord): void {
  const [head, ...rest] = order.installments ?? [];
  if (head && head.dueDate <= ctx.now) {
    capture(ctx, first);
    markPaid(ctx, order, head, first);
  }
  // A merchant's schedule paid late may have more than one date already passed: those are taken like on their due date.
  for (const installment of rest) if (installment.dueDate <= ctx.now) collectInstallment(ctx, order, installment);
  completeIfSettled(ctx, order);
}

// ---------------------------------------------------------------------------------------------------------------------
// The module

export const installmentRules: ModuleRules = {
  prepareOrder(ctx, platform, order, input: CreateOrderInput) {
    const errors: string[] = [];
    if (input.delay !== undefined || input.dueDate !== undefined) {
      errors.push(`${input.dueDate !== undefined ? 'dueDate' : 'delay'}: an installments order takes its dates from installmentsCount or installments[]; its dueDate becomes the last due date`);
    }
    if (input.installmentsCount !== undefined && input.installments !== undefined) {
      errors.push('installments: give installmentsCount or installments[], not both');
    } else if (input.installmentsCount !== undefined) {
      const problem = checkCount(platform, input.installmentsCount, 'installmentsCount');
      if (problem) errors.push(problem);
    } else if (input.installments !== undefined) {
      if (platform.settings.financing) {
        errors.push(`installments: custom schedules are only available without financing; give installmentsCount (${allowedCounts(platform).join(', ')})`);
      } else {
        errors.push(...scheduleErrors(input.amount, input.installments, ctx.now));
      }
    }
    if (errors.length) throw invalid(errors);
    delete order.delay;
    delete order.dueDate;
    if (input.installmentsCount !== undefined) {
      // A preview from the creation date; the real dates start when the buyer pays.
      order.installments = evenSchedule(order.amount, input.installmentsCount, ctx.now).map(newInstallment);
    } else if (input.installments !== undefined) {
      order.installments = input.installments.map(newInstallment);
    }
    if (order.installments) order.dueDate = (order.installments[order.installments.length - 1] as InstallmentRecord).dueDate;
  },

  planPayment(ctx, platform, order, input) {
    const settlement = planSettlement(ctx, order, input);
    if (settlement) return settlement;
    assertOrderPayable(order);
    if (input.delay !== undefined) throw invalid('delay: an installments order takes no delay; choose installmentsCount');
    const { schedule, count } = scheduleForPayment(platform, order, input, ctx.now);
    const last = schedule[schedule.length - 1] as ScheduledPayment;
    assertCardLastsUntil(input, last.dueDate, 'the last installment');
    const first = schedule[0] as ScheduledPayment;
    assertAmountMatches(input, first.amount, 'the first installment');
    abandonWaitingAttempts(ctx, order);
    const scheduleChoice: ScheduleChoice = count !== undefined ? { installmentsCount: count } : {};
    return { amount: first.amount, role: 'payment', scheduleChoice };
  },

  beforeAuthorization(ctx, order, transaction) {
    checkSettlementStillValid(ctx, order, transaction);
  },

  afterAuthorization(ctx, _platform, order, transaction) {
    if (applySettlement(ctx, order, transaction)) return;
    const count = transaction.scheduleChoice?.installmentsCount;
    if (count !== undefined) {
      setUpSchedule(ctx, order, transaction, evenSchedule(order.amount, count, ctx.now), undefined);
      order.installmentsCount = count;
    } else {
      const custom = order.installments as InstallmentRecord[];
      setUpSchedule(ctx, order, transaction, custom, custom);
    }
    setStatus(ctx, order, 'confirmed');
    collectDueAtPayment(ctx, order, transaction);
    sendConfirmation(ctx, order, transaction, `Your order of ${formatCents(order.amount, order.currency)} is confirmed. Your installments:`);
  },

  redirectUrl(ctx, order) {
    return scheduleIsActive(order) ? balancePageUrl(ctx, order) : undefined;
  },
};

registerModule('installment', installmentRules);
registerDueWork({ name: 'installments.collect', kind: 'orders', dueAt: nextCollectionAt, run: collectDueInstallments });

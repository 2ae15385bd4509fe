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
 * This file chooses and sets up the schedule; paying part of it is `installments-settlement.ts`, taking it on due dates
 * and recovering failed captures is `installments-collection.ts` (both shared with pay later).
 */
import { evenSchedule, scheduleErrors, type ScheduledPayment } from '../../../src/core/schedule.ts';
import type { Platform } from '../../seed.ts';
import type { CreateOrderInput, PaymentInput } from '../../schemas/requests.ts';
import type { InstallmentRecord, OrderRecord, ScheduleChoice, TransactionRecord } from '../../state.ts';
import type { DomainContext } from '../context.ts';
import { invalid } from '../errors.ts';
import { sendMessage } from '../events.ts';
import { newId } from '../ids.ts';
import { formatCents, setStatus } from '../orders.ts';
import { registerDueWork } from '../scheduler.ts';
import { capture } from '../transactions.ts';
import { registerModule, type ModuleRules } from './index.ts';
import { collectDueInstallments, collectInstallment, nextCollectionAt } from './installments-collection.ts';
import {
  abandonWaitingAttempts,
  applySettlement,
  assertAmountMatches,
  assertCardLastsUntil,
  balancePageUrl,
  checkSettlementStillValid,
  completeIfSettled,
  formatDate,
  markPaid,
  newInstallment,
  planSettlement,
  scheduleIsActive,
} from './installments-settlement.ts';
import { assertOrderPayable } from './shared.ts';

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

/**
 * Pay later (`ux: paylater`): buy now, debited on a due date. The merchant fixes the date (`delay` in minutes or
 * `dueDate`, at most `settings.maxDelayMs` ahead: 30 days unless the platform allows more), or the buyer picks one of the
 * platform's `paylaterChoices` (days) when paying (`PaymentInput.delay`, minutes), or gets `defaultPaylaterDays`.
 *
 * The card is authorised now (3-D Secure like any payment) for the whole amount and captured by the sandbox clock on the
 * due date. The order keeps that debit as a schedule of one installment, so the due work, recovery (retries, email with
 * `/recovery/{transactionId}`), the pay-early link (`/balance/{orderId}`) and the refund cascade are the installments' own.
 */
import { DAY_MS, MINUTE_MS } from '../../../src/core/schedule.ts';
import type { Platform } from '../../seed.ts';
import type { PaymentInput } from '../../schemas/requests.ts';
import type { InstallmentRecord, OrderRecord } from '../../state.ts';
import type { DomainContext } from '../context.ts';
import { conflict, invalid } from '../errors.ts';
import { newId } from '../ids.ts';
import { formatCents, setStatus } from '../orders.ts';
import { capture } from '../transactions.ts';
import { registerModule, type ModuleRules } from './index.ts';
import {
  abandonWaitingAttempts,
  applySettlement,
  assertCardLastsUntil,
  balancePageUrl,
  checkSettlementStillValid,
  completeIfSettled,
  planSettlement,
  scheduleIsActive,
} from './installments-settlement.ts';
import { sendConfirmation } from './installments.ts';
import { assertOrderPayable } from './shared.ts';

const DEFAULT_MAX_DELAY_MS = 30 * DAY_MS;

export function maxDelayMs(platform: Platform): number {
  return platform.settings.maxDelayMs ?? DEFAULT_MAX_DELAY_MS;
}

/** The delays a buyer may choose, in minutes (the platform lists them in days). */
export function delayChoicesInMinutes(platform: Platform): number[] {
  return (platform.settings.paylaterChoices ?? []).map((days) => (days * DAY_MS) / MINUTE_MS);
}

const days = (ms: number) => Math.round(ms / DAY_MS);

/** When a first payment will be debited: the merchant's date, or the buyer's choice from now. */
function debitDate(ctx: DomainContext, platform: Platform, order: OrderRecord, input: PaymentInput): { dueDate: number; delay?: number } {
  if (order.dueDate !== undefined) {
    if (input.delay !== undefined) throw invalid(`delay: the merchant set this order's debit date (${new Date(order.dueDate).toISOString().slice(0, 10)})`);
    if (order.dueDate <= ctx.now) throw conflict('due_date_passed', "This order's debit date has passed; ask the merchant for a new order");
    return { dueDate: order.dueDate };
  }
  const choices = delayChoicesInMinutes(platform);
  if (input.delay !== undefined) {
    if (choices.length > 0 && !choices.includes(input.delay)) {
      const listed = (platform.settings.paylaterChoices ?? []).map((day) => `${day} days (${(day * DAY_MS) / MINUTE_MS} minutes)`).join(' or ');
      throw invalid(`delay: choose ${listed}`);
    }
    if (input.delay * MINUTE_MS > maxDelayMs(platform)) throw invalid(`delay: at most ${days(maxDelayMs(platform))} days on this platform`);
    return { dueDate: ctx.now + input.delay * MINUTE_MS, delay: input.delay };
  }
  const fallbackDays = platform.settings.defaultPaylaterDays ?? platform.settings.paylaterChoices?.at(-1) ?? days(maxDelayMs(platform));
  const delay = Math.min(fallbackDays * DAY_MS, maxDelayMs(platform)) / MINUTE_MS;
  return { dueDate: ctx.now + delay * MINUTE_MS, delay };
}

export const paylaterRules: ModuleRules = {
  prepareOrder(ctx, platform, order, input) {
    const errors: string[] = [];
    if (input.installmentsCount !== undefined || input.installments !== undefined) {
      errors.push('installments: a pay-later order is debited once; use ux "installment" for several payments');
    }
    if (order.dueDate !== undefined && order.dueDate - ctx.now > maxDelayMs(platform)) {
      const field = input.dueDate !== undefined ? 'dueDate' : 'delay';
      errors.push(`${field}: pay later is debited at most ${days(maxDelayMs(platform))} days after the order on this platform`);
    }
    if (errors.length) throw invalid(errors);
  },

  planPayment(ctx, platform, order, input) {
    const settlement = planSettlement(ctx, order, input);
    if (settlement) return settlement;
    assertOrderPayable(order);
    if (input.installmentsCount !== undefined) throw invalid('installmentsCount: a pay-later order is debited once; choose a delay');
    const { dueDate, delay } = debitDate(ctx, platform, order, input);
    assertCardLastsUntil(input, dueDate, 'the debit date');
    if (input.amount !== undefined && input.amount !== order.amount) throw invalid(`amount: pay later authorises the whole order: ${order.amount} cents`);
    abandonWaitingAttempts(ctx, order);
    return { amount: order.amount, role: 'payment', scheduleChoice: delay !== undefined ? { delay } : {} };
  },

  beforeAuthorization(ctx, order, transaction) {
    checkSettlementStillValid(ctx, order, transaction);
  },

  afterAuthorization(ctx, _platform, order, transaction) {
    if (applySettlement(ctx, order, transaction)) return;
    const delay = transaction.scheduleChoice?.delay;
    if (delay !== undefined) {
      order.delay = delay;
      order.dueDate = ctx.now + delay * MINUTE_MS;
    }
    const dueDate = order.dueDate as number;
    const debit: InstallmentRecord = { id: newId('inst'), amount: order.amount, dueDate, transactionId: transaction.id, status: 'pending', attempts: 0, nextAttemptAt: null };
    order.installments = [debit];
    // The authorisation is the buyer's commitment: the order is confirmed (funded), the capture waits for the due date.
    setStatus(ctx, order, 'confirmed');
    if (dueDate <= ctx.now) {
      capture(ctx, transaction);
      debit.status = 'paid';
      completeIfSettled(ctx, order);
    }
    sendConfirmation(
      ctx,
      order,
      transaction,
      `Your order of ${formatCents(order.amount, order.currency)} is confirmed. It will be debited on ${new Date(dueDate).toISOString().slice(0, 10)}. Pay early at any time with the link below.`,
    );
  },

  redirectUrl(ctx, order) {
    return scheduleIsActive(order) ? balancePageUrl(ctx, order) : undefined;
  },
};

registerModule('paylater', paylaterRules);

/**
 * Withdrawals from a platform's merchant wallet. The balance, per currency, is what was captured less what was refunded
 * less what was withdrawn, with two rules from seed 004: ANCV payments are left out (ANCV pays the merchant directly,
 * "you will still find ANCV payments into our Reporting"), and pay later and financed installments count in full once
 * the order is confirmed ("The total amount is added to your next withdrawal"), less what refunds took off the order.
 * A withdrawal is an operation linked to no transaction; it can take at most the balance.
 */
import type { HttpHandler } from 'msw';
import type * as z from 'zod/mini';
import type { DomainContext } from '../domain/context.ts';
import { invalid } from '../domain/errors.ts';
import { newId } from '../domain/ids.ts';
import type { SandboxRuntime } from '../runtime.ts';
import type { Platform } from '../seed.ts';
import type { OrderRecord } from '../state.ts';
import type { StoreView } from '../store.ts';
import type { WithdrawalRecord } from './accounts.ts';
import { dashboardEndpoint } from './kit.ts';
import { WithdrawalInput } from './schemas.ts';
import { platformFor } from './scope.ts';

const CONFIRMED = new Set(['confirmed', 'completed', 'refunded']);

/** Whether the merchant is paid the whole order at confirmation (a financer or the platform carries the schedule). */
function paidInFullAtConfirmation(platform: Platform, order: OrderRecord): boolean {
  return order.ux === 'paylater' || (order.ux === 'installment' && platform.settings.financing === true);
}

/** What the order adds to the merchant's wallet, in cents of its currency. */
function walletAmount(view: StoreView, platform: Platform, order: OrderRecord): number {
  if (paidInFullAtConfirmation(platform, order)) return CONFIRMED.has(order.status) ? order.amount - (order.amountRefunded ?? 0) : 0;
  let amount = 0;
  for (const transaction of view.transactions.list('orderId', order.id)) {
    if (transaction.paymentMethod !== 'ancv') amount += transaction.amountCaptured - transaction.amountRefunded;
  }
  return amount;
}

/** The platform's balance per currency, in cents (may be negative after refunds of money already withdrawn). */
export function balances(view: StoreView, platform: Platform): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const order of view.orders.list('platformId', platform.id)) {
    const amount = walletAmount(view, platform, order);
    if (amount !== 0 || !(order.currency in totals)) totals[order.currency] = (totals[order.currency] ?? 0) + amount;
  }
  for (const withdrawal of view.withdrawals.list('platformId', platform.id)) {
    totals[withdrawal.currency] = (totals[withdrawal.currency] ?? 0) - withdrawal.amount;
  }
  return totals;
}

/** Records a withdrawal of `amount` (default: the whole balance) of `currency` (default EUR); 400 above the balance. */
export function withdraw(ctx: DomainContext, platform: Platform, requestedBy: string, input: z.infer<typeof WithdrawalInput>): WithdrawalRecord {
  const currency = input.currency ?? 'EUR';
  const balance = balances(ctx.tx, platform)[currency] ?? 0;
  if (balance <= 0) throw invalid(`amount: the ${currency} balance is ${balance} cents, there is nothing to withdraw`);
  const amount = input.amount ?? balance;
  if (amount > balance) throw invalid(`amount: ${amount} cents is above the ${currency} balance (${balance} cents)`);
  const withdrawal: WithdrawalRecord = { id: newId('op'), type: 'withdrawal', platformId: platform.id, amount, currency, date: ctx.now, requestedBy };
  ctx.tx.withdrawals.put(withdrawal);
  return withdrawal;
}

function history(view: StoreView, platform: Platform) {
  return {
    balances: balances(view, platform),
    withdrawals: view.withdrawals
      .list('platformId', platform.id)
      .reverse()
      .map(({ id, type, amount, currency, date, requestedBy }) => ({ id, type, transactionId: null, amount, currency, date, requestedBy })),
  };
}

export function withdrawalHandlers(runtime: SandboxRuntime): HttpHandler[] {
  return [
    dashboardEndpoint(runtime, 'get', '/v1/dashboard/platforms/:id/withdrawals', {}, ({ ctx, user, params }) => history(ctx.tx, platformFor(ctx.tx, user, params.id ?? ''))),
    dashboardEndpoint(runtime, 'post', '/v1/dashboard/platforms/:id/withdrawals', { body: WithdrawalInput, permission: 'withdraw' }, ({ ctx, user, params, body }) => {
      const platform = platformFor(ctx.tx, user, params.id ?? '');
      withdraw(ctx, platform, user.email, body);
      return history(ctx.tx, platform);
    }),
  ];
}

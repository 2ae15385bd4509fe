/**
 * Multi-card (`ux: multi`): the buyer pays the order in several payments, an amount per card (and, where the platform
 * has an ANCV shop id, by ANCV Connect beside the card). Each payment is authorised on its own, 3-D Secure as for a
 * single payment; the order stays `initiated` until the authorisations cover it, then every one is captured at once.
 * An order abandoned half-paid releases what it holds at its deadline (`dueDate`, at most `settings.maxDelayMs` away).
 */
import type { OrderRecord, State } from '../../state.ts';
import type { DomainContext } from '../context.ts';
import { invalid } from '../errors.ts';
import { formatCents, setStatus } from '../orders.ts';
import { amountAvailable, assertWithinAvailable, settleIfFullyPaid } from '../partial-payments.ts';
import { registerDueWork } from '../scheduler.ts';
import { orderTransactions, voidTransaction } from '../transactions.ts';
import { registerModule, type ModuleRules } from './index.ts';
import { assertOrderPayable } from './shared.ts';

const DAY = 24 * 60 * 60_000;
/** When the platform's settings give no deadline: long enough to find another card, short enough not to hold funds. */
export const DEFAULT_MULTI_DEADLINE_MS = DAY;

export const multiRules: ModuleRules = {
  prepareOrder(ctx, platform, order) {
    const maxDelayMs = platform.settings.maxDelayMs ?? DEFAULT_MULTI_DEADLINE_MS;
    if (order.dueDate !== undefined && order.dueDate > ctx.now + maxDelayMs) {
      throw invalid(`dueDate: a multi-card order must be paid within ${Math.round(maxDelayMs / 60_000)} minutes of its creation`);
    }
    order.dueDate ??= ctx.now + maxDelayMs;
  },
  planPayment(ctx, _platform, order, input) {
    assertOrderPayable(order);
    if (input.amount === undefined) {
      const available = amountAvailable(ctx, order);
      throw invalid(`amount: say how much to pay with this card, from 1 to ${available} cents (${formatCents(available, order.currency)})`);
    }
    // A card left waiting for 3-D Secure is given up when the buyer starts another payment (as in the single UX).
    for (const transaction of orderTransactions(ctx, order.id)) {
      if (transaction.status === 'pendingAuthorization') voidTransaction(ctx, transaction);
    }
    assertWithinAvailable(ctx, order, input.amount);
    return { amount: input.amount, role: 'payment' };
  },
  beforeAuthorization(ctx, order, transaction) {
    // While the buyer answered 3-D Secure, an ANCV confirmation or another card may have covered the order.
    assertOrderPayable(order);
    assertWithinAvailable(ctx, order, transaction.amount, transaction.id);
  },
  afterAuthorization(ctx, _platform, order) {
    settleIfFullyPaid(ctx, order);
  },
};

function isAwaitingDeadline(order: OrderRecord): boolean {
  return order.ux === 'multi' && order.status === 'initiated' && !order.deadlineProcessed && order.dueDate !== undefined;
}

function nextMultiDeadline(state: State): number | null {
  let next: number | null = null;
  for (const order of Object.values(state.orders)) {
    if (isAwaitingDeadline(order) && (next === null || (order.dueDate as number) < next)) next = order.dueDate as number;
  }
  return next;
}

/** The deadline passed without the full amount: every authorisation and pending request is released, the order canceled. */
export function releaseAbandonedOrder(ctx: DomainContext, order: OrderRecord): void {
  for (const transaction of orderTransactions(ctx, order.id)) {
    if (transaction.status === 'authorized' || transaction.status === 'pending' || transaction.status === 'pendingAuthorization') {
      voidTransaction(ctx, transaction);
    }
  }
  order.deadlineProcessed = true;
  setStatus(ctx, order, 'canceled');
}

registerModule('multi', multiRules);
registerDueWork({
  name: 'multi-deadline',
  nextDueAt: nextMultiDeadline,
  run(ctx) {
    for (const order of Object.values(ctx.state.orders)) {
      if (isAwaitingDeadline(order) && (order.dueDate as number) <= ctx.now) releaseAbandonedOrder(ctx, order);
    }
  },
});

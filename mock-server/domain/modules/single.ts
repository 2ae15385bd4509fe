/** Single payment: the full amount in one card payment, captured as soon as it is authorised. */
import { registerModule, type ModuleRules } from './index.ts';
import { conflict } from '../errors.ts';
import { setStatus } from '../orders.ts';
import { capture, orderTransactions, voidTransaction } from '../transactions.ts';
import { assertOrderPayable } from './shared.ts';

export const singleRules: ModuleRules = {
  prepareOrder: () => undefined,
  planPayment(ctx, _platform, order, input) {
    assertOrderPayable(order);
    if (input.amount !== undefined && input.amount !== order.amount) {
      throw conflict('amount_mismatch', `A single payment pays the whole order: ${order.amount} cents`);
    }
    // A buyer who starts again while the bank still waits for 3-D Secure gives the first attempt up.
    for (const transaction of orderTransactions(ctx, order.id)) {
      if (transaction.status === 'pendingAuthorization') voidTransaction(ctx, transaction);
    }
    return { amount: order.amount, role: 'payment' };
  },
  beforeAuthorization(_ctx, order) {
    assertOrderPayable(order);
  },
  afterAuthorization(ctx, _platform, order, transaction) {
    setStatus(ctx, order, 'confirmed');
    capture(ctx, transaction);
    setStatus(ctx, order, 'completed');
  },
};

registerModule('single', singleRules);

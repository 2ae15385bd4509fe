import type { HttpHandler } from 'msw';
import type { DomainContext } from '../domain/context.ts';
import { notFound } from '../domain/errors.ts';
import type { Caller } from '../domain/platforms.ts';
import { refundTransaction } from '../domain/refunds.ts';
import { publicTransaction, transactionById } from '../domain/transactions.ts';
import type { SandboxRuntime } from '../runtime.ts';
import { RefundInput } from '../schemas/requests.ts';
import { endpoint } from './kit.ts';
import { shownTransaction } from './shown.ts';

/** A transaction of the caller's platform; another platform's answers like an unknown one. */
export function transactionFor(ctx: DomainContext, caller: Caller, id: string) {
  const transaction = ctx.tx.transactions.get(id);
  const order = transaction && ctx.tx.orders.get(transaction.orderId);
  if (!transaction || !order || order.platformId !== caller.platform.id) throw notFound('Transaction');
  return { transaction: transactionById(ctx, id), order };
}

export function transactionHandlers(runtime: SandboxRuntime): HttpHandler[] {
  return [
    endpoint(runtime, 'get', '/v1/transactions/:id', { access: 'anyKey' }, ({ ctx, caller, params }) => {
      const { transaction, order } = transactionFor(ctx, caller, params.id ?? '');
      return shownTransaction(caller, order, publicTransaction(ctx, transaction, true));
    }),
    endpoint(runtime, 'post', '/v1/transactions/:id/refund', { access: 'secretKey', body: RefundInput, bodyKind: 'options' }, ({ ctx, caller, params, body }) => {
      const { transaction, order } = transactionFor(ctx, caller, params.id ?? '');
      refundTransaction(ctx, order, transaction, body.amount);
      return publicTransaction(ctx, transaction, true);
    }),
  ];
}

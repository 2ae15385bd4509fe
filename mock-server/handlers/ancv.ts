/** The widget's ANCV Connect endpoint (public key): withdraw a request the buyer no longer wants to confirm. */
import type { HttpHandler } from 'msw';
import { cancelAncvPayment } from '../domain/ancv.ts';
import { publicOrder } from '../domain/orders.ts';
import { publicTransaction } from '../domain/transactions.ts';
import type { SandboxRuntime } from '../runtime.ts';
import { endpoint } from './kit.ts';
import { transactionFor } from './transactions.ts';

export function ancvHandlers(runtime: SandboxRuntime): HttpHandler[] {
  return [
    endpoint(runtime, 'post', '/v1/transactions/:id/cancel', { access: 'anyKey' }, ({ ctx, caller, params }) => {
      const { transaction, order } = transactionFor(ctx, caller, params.id ?? '');
      cancelAncvPayment(ctx, transaction);
      return { transaction: publicTransaction(ctx, transaction), order: publicOrder(ctx, order) };
    }),
  ];
}

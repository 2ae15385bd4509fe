import type { HttpHandler } from 'msw';
import { forbidden } from '../domain/errors.ts';
import { orderFor, publicOrder } from '../domain/orders.ts';
import { createCustomerOrder } from '../domain/recurring/reuse.ts';
import { cancelOrder, refundOrder } from '../domain/refunds.ts';
import { publicTransaction } from '../domain/transactions.ts';
import type { SandboxRuntime } from '../runtime.ts';
import { CancelInput, CreateOrderInput, InlineOrderInput, RefundInput } from '../schemas/requests.ts';
import { endpoint, success } from './kit.ts';
import { pageQuery, pageReply } from './paging.ts';
import { shownOrder, shownTransaction } from './shown.ts';

export function orderHandlers(runtime: SandboxRuntime): HttpHandler[] {
  return [
    endpoint(runtime, 'post', '/v1/orders', { access: 'anyKey', body: CreateOrderInput, bodyKind: 'create' }, ({ ctx, caller, body }) => {
      if (caller.scope === 'public') {
        // The front-end integration: a public key may only set what a checkout page knows.
        const extra = Object.keys(body).filter((key) => !(key in InlineOrderInput.def.shape));
        if (extra.length) throw forbidden(`With the public key an order may not set ${extra.join(', ')}; create it from your back end with the secret key`);
      }
      return success(publicOrder(ctx, createCustomerOrder(ctx, caller.platform, body)), 201);
    }),
    endpoint(runtime, 'get', '/v1/orders/:id', { access: 'anyKey' }, ({ ctx, caller, params }) => {
      const order = orderFor(ctx, caller.platform, params.id ?? '');
      return shownOrder(caller, order, publicOrder(ctx, order));
    }),
    // The platform's orders, oldest first, a page at a time (handlers/paging.ts).
    endpoint(runtime, 'get', '/v1/orders', { access: 'secretKey' }, ({ ctx, caller, request }) =>
      pageReply(ctx.tx.orders.page({ ...pageQuery(request), index: 'platformId', key: caller.platform.id }), (order) => publicOrder(ctx, order)),
    ),
    endpoint(runtime, 'get', '/v1/orders/:id/transactions', { access: 'anyKey' }, ({ ctx, caller, params, request }) => {
      const order = orderFor(ctx, caller.platform, params.id ?? '');
      const page = ctx.tx.transactions.page({ ...pageQuery(request), index: 'orderId', key: order.id });
      return pageReply(page, (transaction) => shownTransaction(caller, order, publicTransaction(ctx, transaction)));
    }),
    endpoint(runtime, 'post', '/v1/orders/:id/cancel', { access: 'secretKey', body: CancelInput, bodyKind: 'options' }, ({ ctx, caller, params }) => {
      const order = orderFor(ctx, caller.platform, params.id ?? '');
      cancelOrder(ctx, order);
      return publicOrder(ctx, order);
    }),
    endpoint(runtime, 'post', '/v1/orders/:id/refund', { access: 'secretKey', body: RefundInput, bodyKind: 'options' }, ({ ctx, caller, params, body }) => {
      const order = orderFor(ctx, caller.platform, params.id ?? '');
      refundOrder(ctx, order, body.amount);
      return publicOrder(ctx, order);
    }),
  ];
}

/**
 * Installments and pay later: the endpoints behind the recovery link (`/recovery/{transactionId}`) and the
 * complete-balance link (`/balance/{orderId}`). Both pay through the one payment path (`startPayment`), so 3-D Secure,
 * test cards and declines behave as everywhere else; 3-D Secure is answered with `POST /v1/transactions/{id}/3ds`.
 */
import type { HttpHandler } from 'msw';
import { notFound } from '../domain/errors.ts';
import { orderFor } from '../domain/orders.ts';
import { startPayment } from '../domain/payments.ts';
import { platformById, publicKeyFor } from '../domain/platforms.ts';
import { modeOf } from '../store/tables.ts';
import type { SandboxRuntime } from '../runtime.ts';
import { SettlementPaymentInput } from '../schemas/requests.ts';
import { paymentReply } from './checkout.ts';
import { oncePerKey } from './idempotency.ts';
import { endpoint, openEndpoint } from './kit.ts';
import { transactionFor } from './transactions.ts';


export function installmentHandlers(runtime: SandboxRuntime): HttpHandler[] {
  return [
    // The recovery page knows only the unpaid transaction's id (the link's capability): it learns the order and the
    // platform's public key here, as the payment page does with /v1/hosted/orders/{id}.
    openEndpoint(runtime, 'get', '/v1/hosted/transactions/:id', ({ ctx, params }) => {
      const transaction = ctx.tx.transactions.get(params.id ?? '');
      const order = transaction && ctx.tx.orders.get(transaction.orderId);
      if (!transaction || !order) throw notFound('Transaction');
      const platform = platformById(ctx.tx, order.platformId);
      // The installment the link was sent for: once another card paid it, it points at that payment, not at this one.
      const installment = order.installments?.find(
        (candidate) => candidate.transactionId === transaction.id || ctx.tx.transactions.get(candidate.transactionId ?? '')?.scheduleChoice?.recovers === transaction.id,
      );
      return { transactionId: transaction.id, ...(installment ? { installmentId: installment.id } : {}), orderId: order.id, publicKey: publicKeyFor(platform, modeOf(order)), locale: order.locale, ux: order.ux, platformName: platform.name };
    }),
    endpoint(runtime, 'post', '/v1/transactions/:id/recover', { access: 'anyKey', body: SettlementPaymentInput }, ({ ctx, caller, params, body, request }) => {
      const { transaction, order } = transactionFor(ctx, caller, params.id ?? '');
      return oncePerKey(ctx, caller, request, body, () =>
        paymentReply(ctx, startPayment(ctx, caller.platform, order, { ...body, recoverTransactionId: transaction.id })),
      );
    }),
    endpoint(runtime, 'post', '/v1/orders/:id/balance', { access: 'anyKey', body: SettlementPaymentInput }, ({ ctx, caller, params, body, request }) => {
      const order = orderFor(ctx, caller.platform, params.id ?? '');
      return oncePerKey(ctx, caller, request, body, () => paymentReply(ctx, startPayment(ctx, caller.platform, order, { ...body, balance: true })));
    }),
  ];
}

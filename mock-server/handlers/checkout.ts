/** The endpoints the widget calls with the public key: read an order to render it, pay, answer 3-D Secure. */
import type { HttpHandler } from 'msw';
import type { Checkout, CheckoutSettings } from '../../src/core/schemas.ts';
import type { DomainContext } from '../domain/context.ts';
import { DomainError, notFound } from '../domain/errors.ts';
import { checkoutVersion } from '../domain/live.ts';
import { financingDecision, scoringOf } from '../../src/core/scoring.ts';
import { amountConfirmed, amountToCollect, linkClosed, orderFor, publicOrder } from '../domain/orders.ts';
import { platformById, publicKeyFor } from '../domain/platforms.ts';
import { modeOf } from '../store/tables.ts';
import { answerThreeDS, DECLINE_MESSAGES, declineReason, startPayment } from '../domain/payments.ts';
import { orderTransactions, publicTransaction } from '../domain/transactions.ts';
import type { Caller } from '../domain/platforms.ts';
import type { Platform } from '../seed.ts';
import type { SandboxRuntime } from '../runtime.ts';
import { PaymentInput, ThreeDSAnswer } from '../schemas/requests.ts';
import type { OrderRecord, TransactionRecord } from '../state.ts';
import { attemptTransactionId, oncePerKey } from './idempotency.ts';
import { endpoint, failure, openEndpoint, success, type Reply } from './kit.ts';
import { shownOrder, shownTransaction } from './shown.ts';
import { transactionFor } from './transactions.ts';

function checkoutSettings(platform: Platform): CheckoutSettings {
  const { settings } = platform;
  const shown: CheckoutSettings = { platformName: platform.name, module: platform.module, paymentMethods: settings.paymentMethods };
  if (settings.validationMode) shown.validationMode = settings.validationMode;
  if (settings.singleSplit) shown.singleSplit = true;
  if (settings.installmentChoices) shown.installmentChoices = settings.installmentChoices;
  if (settings.paylaterChoices) shown.paylaterChoices = settings.paylaterChoices;
  if (settings.ancvMinimum !== undefined) shown.ancvMinimum = settings.ancvMinimum;
  if (settings.financing) shown.financing = true;
  if (settings.sddCreditor) shown.sddCreditor = { ...settings.sddCreditor };
  return shown;
}

/**
 * The widget's view of an order as `caller` may see it (shown.ts), with the platform's `now` (the widget's clock offset)
 * and its live `version` (a fingerprint of that view and of the sandbox clock's offset).
 */
export function checkoutOf(ctx: DomainContext, caller: Caller, order: OrderRecord): Checkout {
  const content = {
    order: shownOrder(caller, order, publicOrder(ctx, order)),
    transactions: orderTransactions(ctx, order.id).map((transaction) => shownTransaction(caller, order, publicTransaction(ctx, transaction))),
    amountRemaining: Math.max(0, amountToCollect(order) - amountConfirmed(ctx, order)),
  };
  const checkout: Checkout = { ...content, settings: checkoutSettings(caller.platform), now: ctx.now, version: checkoutVersion(content, ctx.tx.clockOffsetMs) };
  // A financed platform's decision on what the order holds, so the widget knows at once whether to ask before the card.
  if (caller.platform.settings.financing) checkout.financing = financingDecision(scoringOf(order), ctx.now);
  return checkout;
}

/**
 * A payment's answer: the transaction (the payer's own, in full) and its order (as `caller` may see it, see shown.ts),
 * or a 402 that says why the bank declined.
 */
export function paymentReply(ctx: DomainContext, transaction: TransactionRecord, status = 201, caller?: Caller): Reply {
  const order = ctx.tx.orders.get(transaction.orderId) as OrderRecord;
  const reason = declineReason(transaction);
  if (reason) return failure(402, reason, [DECLINE_MESSAGES[reason]], { transactionId: transaction.id });
  return success({ transaction: publicTransaction(ctx, transaction), order: shownOrder(caller, order, publicOrder(ctx, order)) }, status);
}

export function checkoutHandlers(runtime: SandboxRuntime): HttpHandler[] {
  return [
    // The hosted pages (payment page, sharing space…) belong to the platform: the order id in their URL is the
    // capability, and they render the order with its platform's public key like any checkout page.
    openEndpoint(runtime, 'get', '/v1/hosted/orders/:id', ({ ctx, params }) => {
      const order = ctx.tx.orders.get(params.id ?? '');
      if (!order) throw notFound('Order');
      const platform = platformById(ctx.tx, order.platformId);
      return { orderId: order.id, publicKey: publicKeyFor(platform, modeOf(order)), locale: order.locale, ux: order.ux, platformName: platform.name, ...(order.successUrl ? { successUrl: order.successUrl } : {}), ...(order.linkExpiresAt === undefined ? {} : { linkExpiresAt: order.linkExpiresAt, linkExpired: linkClosed(ctx, order) }) };
    }),
    endpoint(runtime, 'get', '/v1/checkout/:id', { access: 'anyKey' }, ({ ctx, caller, params }) =>
      checkoutOf(ctx, caller, orderFor(ctx, caller.platform, params.id ?? '')),
    ),
    endpoint(runtime, 'post', '/v1/orders/:id/payments', { access: 'anyKey', body: PaymentInput }, ({ ctx, caller, params, body, request }) => {
      const order = orderFor(ctx, caller.platform, params.id ?? '');
      return oncePerKey(ctx, caller, request, body, () => paymentReply(ctx, startPayment(ctx, caller.platform, order, body), 201, caller));
    }),
    // What became of a payment whose answer the widget never got (connection cut, timeout, 5xx): the answer that
    // attempt's Idempotency-Key would replay, with its transaction as it stands now (3-D Secure may have been answered
    // since), or 404 `attempt_not_found` when nothing ran under that key: the widget may then pay again.
    endpoint(runtime, 'get', '/v1/orders/:id/payments/attempts/:key', { access: 'anyKey' }, ({ ctx, caller, params }) => {
      const order = orderFor(ctx, caller.platform, params.id ?? '');
      const transactionId = attemptTransactionId(ctx, caller, params.key ?? '');
      const transaction = transactionId ? ctx.tx.transactions.get(transactionId) : undefined;
      if (!transaction || transaction.orderId !== order.id) throw new DomainError(404, 'attempt_not_found', 'No payment ran under this Idempotency-Key for this order');
      return paymentReply(ctx, transaction, 200);
    }),
    endpoint(runtime, 'post', '/v1/transactions/:id/3ds', { access: 'anyKey', body: ThreeDSAnswer }, ({ ctx, caller, params, body }) => {
      const { transaction } = transactionFor(ctx, caller, params.id ?? '');
      answerThreeDS(ctx, transaction, body.outcome);
      return paymentReply(ctx, transaction, 200, caller);
    }),
  ];
}

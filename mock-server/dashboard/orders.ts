/**
 * The dashboard's orders (seed 000, "Following payments": order → transactions → operations): the filtered list of a
 * platform, one order with everything that happened to it, one transaction, and the refund and cancel actions, which
 * go through the API's own domain functions (domain/refunds.ts). Every object is looked up through the account's
 * scope (scope.ts): another platform's is a 404.
 */
import type { HttpHandler } from 'msw';
import type { DomainContext } from '../domain/context.ts';
import { linkExpired, publicOrder } from '../domain/orders.ts';
import { cancelOrder, refundableTotal, refundOrder, refundTransaction } from '../domain/refunds.ts';
import { publicTransaction, refundableAmount } from '../domain/transactions.ts';
import { pageQuery, pageReply } from '../handlers/paging.ts';
import type { SandboxRuntime } from '../runtime.ts';
import { CancelInput, RefundInput } from '../schemas/requests.ts';
import type { OrderRecord, TransactionRecord } from '../state.ts';
import { invalid, notFound } from '../domain/errors.ts';
import { exportHandler } from './export.ts';
import { dashboardEndpoint } from './kit.ts';
import { orderPaymentMethods, parseFilters, selectOperations, selectOrders, totals } from './query.ts';
import { orderInScope, platformFor, transactionInScope } from './scope.ts';

/** What can still be taken back from one transaction: captured money, or what its authorisation holds. */
function transactionRefundable(transaction: TransactionRecord): number {
  return transaction.status === 'authorized' ? transaction.amount : refundableAmount(transaction);
}

function isCancelable(ctx: DomainContext, order: OrderRecord): boolean {
  if (order.status === 'canceled' || order.status === 'refunded') return false;
  const transactions = ctx.tx.transactions.list('orderId', order.id);
  const uncaptured = transactions.some((transaction) => ['authorized', 'pendingAuthorization', 'pending'].includes(transaction.status));
  return uncaptured || !transactions.some((transaction) => refundableAmount(transaction) > 0);
}

/** The recovery link of an installment left unpaid on this transaction (seed 004: "on transaction details"), or null. */
function recoveryLink(ctx: DomainContext, order: OrderRecord, transaction: TransactionRecord): string | null {
  const unpaid = order.installments?.some((installment) => installment.transactionId === transaction.id && installment.status === 'unpaid');
  return unpaid ? `${ctx.publicUrl}/recovery/${transaction.id}` : null;
}

export function orderDetail(ctx: DomainContext, order: OrderRecord) {
  const platform = ctx.tx.platforms.get(order.platformId);
  const transactions = ctx.tx.transactions.list('orderId', order.id);
  return {
    order: publicOrder(ctx, order),
    platform: platform ? { id: platform.id, name: platform.name } : null,
    transactions: transactions.map((transaction) => ({
      ...publicTransaction(ctx, transaction, true),
      refundable: transactionRefundable(transaction),
      recoveryLink: recoveryLink(ctx, order, transaction),
    })),
    webhooks: ctx.tx.webhooks.list('orderId', order.id).map(({ id, event, objectId, url, status, createdAt, attempts }) => ({
      id,
      event,
      objectId,
      url,
      status,
      createdAt,
      attempts: attempts.length,
      lastStatus: attempts.at(-1)?.status ?? null,
    })),
    messages: ctx.tx.outbox.list('orderId', order.id).map(({ id, channel, to, subject, kind, date, links }) => ({ id, channel, to, subject, kind, date, links })),
    refundable: refundableTotal(ctx, order),
    cancelable: isCancelable(ctx, order),
    /** A payment link created with an expiry: until when it can be paid (ms), and whether that time has passed. */
    link: order.linkExpiresAt === undefined ? null : { expiresAt: order.linkExpiresAt, expired: linkExpired(ctx, order) },
    /** Bank transfers to a virtual IBAN order: credited, surplus, or returned to the sender (cents). */
    transfers: (order.vibanTransfers ?? []).map(({ transferId, amount, credited, surplus, returned, returnReason, receivedAt }) => ({
      transferId,
      amount,
      credited,
      surplus,
      returned: returned ?? 0,
      returnReason: returnReason ?? null,
      receivedAt,
    })),
  };
}

export function transactionDetail(ctx: DomainContext, order: OrderRecord, transaction: TransactionRecord) {
  const installment = order.installments?.find((candidate) => candidate.transactionId === transaction.id);
  return {
    transaction: publicTransaction(ctx, transaction, true),
    order: { id: order.id, trackId: order.trackId ?? null, status: order.status, currency: order.currency, platformId: order.platformId },
    installment: installment ? { id: installment.id, amount: installment.amount, dueDate: installment.dueDate, status: installment.status } : null,
    refundable: transactionRefundable(transaction),
    recoveryLink: recoveryLink(ctx, order, transaction),
  };
}

/**
 * Where `cursor` sits in `ordered` (the selected orders, in the page's direction): its index, or, for an order that left
 * the filters since its page was shown (refunded, canceled), the index of the first selected order after its place in
 * the platform's list, so that the next and previous pages still begin and end there. 404 when it is no order of this
 * platform (in this mode); `name` is the query parameter that gave it.
 */
function cursorPlace(ctx: DomainContext, platformId: string, ordered: OrderRecord[], cursor: string, newestFirst: boolean, name: string): { index: number; listed: boolean } {
  const direct = ordered.findIndex((order) => order.id === cursor);
  if (direct !== -1) return { index: direct, listed: true };
  const all = ctx.tx.orders.list('platformId', platformId);
  const place = new Map(all.map((order, index) => [order.id, index]));
  const at = place.get(cursor);
  if (at === undefined) throw notFound(name);
  const next = ordered.findIndex((order) => {
    const index = place.get(order.id) ?? 0;
    return newestFirst ? index < at : index > at;
  });
  return { index: next === -1 ? ordered.length : next, listed: false };
}

/**
 * The page of `ordered` the cursors ask for: after `startingAfter` (the last order of the page shown: "Next page"), or
 * the `limit` orders just before `endingBefore` (the first order of the page shown: "Previous page"), else the first.
 */
function pageBounds(ctx: DomainContext, platformId: string, ordered: OrderRecord[], paging: { limit: number; startingAfter?: string | undefined; newestFirst?: boolean }, endingBefore: string | undefined): { start: number; end: number } {
  const newestFirst = paging.newestFirst === true;
  if (endingBefore !== undefined) {
    if (paging.startingAfter !== undefined) throw invalid('endingBefore: give startingAfter (the next page) or endingBefore (the previous page), not both');
    const end = cursorPlace(ctx, platformId, ordered, endingBefore, newestFirst, 'endingBefore').index;
    return { start: Math.max(0, end - paging.limit), end };
  }
  if (paging.startingAfter === undefined) return { start: 0, end: paging.limit };
  const { index, listed } = cursorPlace(ctx, platformId, ordered, paging.startingAfter, newestFirst, 'startingAfter');
  const start = listed ? index + 1 : index;
  return { start, end: start + paging.limit };
}

export function orderHandlers(runtime: SandboxRuntime): HttpHandler[] {
  return [
    dashboardEndpoint(runtime, 'get', '/v1/dashboard/platforms/:id/orders', {}, ({ ctx, user, params, request, query }) => {
      const platform = platformFor(ctx.tx, user, params.id ?? '');
      const filters = parseFilters(query);
      const paging = pageQuery(request);
      const selected = selectOrders(ctx.tx, platform.id, filters);
      const ordered = paging.newestFirst ? [...selected].reverse() : selected;
      const { start, end } = pageBounds(ctx, platform.id, ordered, paging, query.get('endingBefore') || undefined);
      const reply = pageReply({ data: ordered.slice(start, end), hasMore: end < ordered.length }, (order) => ({
        ...publicOrder(ctx, order),
        paymentMethods: orderPaymentMethods(ctx.tx, order),
      }));
      // `hasPrevious`: orders come before this page ("Previous page"), as `hasMore` says some come after it.
      Object.assign(reply.body as object, { hasPrevious: start > 0, totals: totals(selected, selectOperations(ctx.tx, selected, filters)) });
      return reply;
    }),
    dashboardEndpoint(runtime, 'get', '/v1/dashboard/orders/:id', {}, ({ ctx, user, params }) => orderDetail(ctx, orderInScope(ctx.tx, user, params.id ?? ''))),
    dashboardEndpoint(runtime, 'get', '/v1/dashboard/transactions/:id', {}, ({ ctx, user, params }) => {
      const { order, transaction } = transactionInScope(ctx.tx, user, params.id ?? '');
      return transactionDetail(ctx, order, transaction);
    }),
    dashboardEndpoint(runtime, 'post', '/v1/dashboard/orders/:id/refund', { body: RefundInput, permission: 'refund' }, ({ ctx, user, params, body }) => {
      const order = orderInScope(ctx.tx, user, params.id ?? '');
      refundOrder(ctx, order, body.amount);
      return orderDetail(ctx, order);
    }),
    dashboardEndpoint(runtime, 'post', '/v1/dashboard/orders/:id/cancel', { body: CancelInput, permission: 'cancel' }, ({ ctx, user, params }) => {
      const order = orderInScope(ctx.tx, user, params.id ?? '');
      cancelOrder(ctx, order);
      return orderDetail(ctx, order);
    }),
    dashboardEndpoint(runtime, 'post', '/v1/dashboard/transactions/:id/refund', { body: RefundInput, permission: 'refund' }, ({ ctx, user, params, body }) => {
      const { order, transaction } = transactionInScope(ctx.tx, user, params.id ?? '');
      refundTransaction(ctx, order, transaction, body.amount);
      return transactionDetail(ctx, order, transaction);
    }),
    exportHandler(runtime),
  ];
}

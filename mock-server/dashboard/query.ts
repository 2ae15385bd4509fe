/**
 * The dashboard's order search and filters, and the operations they select: one definition serves the paginated list,
 * its totals and the CSV export, so that the export holds exactly the rows the page's filters select (all pages) and
 * its sums equal the page's (issue 13; opencollective#7277: a filter the export ignored).
 *
 * Query parameters: `q` (an order id, or part of a trackId or an email, case-insensitive), `status` (order status),
 * `module` (the order's ux), `paymentMethod` (orders with a payment of that method; their other methods' operations are
 * left out), `from` and `to` (UTC days `YYYY-MM-DD`, inclusive, on the order's creation date).
 */
import { ORDER_STATUSES, PAYMENT_METHODS, UX_VALUES, type Operation, type OrderStatus, type PaymentMethod, type Ux } from '../../src/core/schemas.ts';
import { invalid } from '../domain/errors.ts';
import type { OrderRecord, TransactionRecord } from '../state.ts';
import type { StoreView } from '../store.ts';

export interface OrderFilters {
  q?: string;
  status?: OrderStatus;
  module?: Ux;
  paymentMethod?: PaymentMethod;
  /** Epoch ms, inclusive. */
  from?: number;
  /** Epoch ms, exclusive (the day after `to`). */
  until?: number;
}

const DAY_MS = 86_400_000;

function oneOf<T extends string>(name: string, value: string | null, allowed: readonly T[], errors: string[]): T | undefined {
  if (value === null || value === '') return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  errors.push(`${name}: one of ${allowed.join(', ')}`);
  return undefined;
}

function utcDay(name: string, value: string | null, errors: string[]): number | undefined {
  if (value === null || value === '') return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const day = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  if (!match || new Date(day).toISOString().slice(0, 10) !== value) {
    errors.push(`${name}: a date as YYYY-MM-DD`);
    return undefined;
  }
  return day;
}

/** The filters of a query string; 400 with one message per field it cannot read. */
export function parseFilters(query: URLSearchParams): OrderFilters {
  const errors: string[] = [];
  const filters: OrderFilters = {};
  const q = query.get('q')?.trim();
  if (q) {
    if (q.length > 200) errors.push('q: at most 200 characters');
    else filters.q = q;
  }
  const status = oneOf('status', query.get('status'), ORDER_STATUSES, errors);
  const module = oneOf('module', query.get('module'), UX_VALUES, errors);
  const paymentMethod = oneOf('paymentMethod', query.get('paymentMethod'), PAYMENT_METHODS, errors);
  const from = utcDay('from', query.get('from'), errors);
  const to = utcDay('to', query.get('to'), errors);
  if (from !== undefined && to !== undefined && to < from) errors.push('to: the last day must be on or after the first day (from)');
  if (errors.length) throw invalid(errors);
  return { ...filters, ...(status ? { status } : {}), ...(module ? { module } : {}), ...(paymentMethod ? { paymentMethod } : {}), ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { until: to + DAY_MS } : {}) };
}

function matchesSearch(order: OrderRecord, q: string): boolean {
  const needle = q.toLowerCase();
  return order.id.toLowerCase() === needle || !!order.trackId?.toLowerCase().includes(needle) || !!order.email?.toLowerCase().includes(needle);
}

/** The platform's orders the filters select, in creation order. */
export function selectOrders(view: StoreView, platformId: string, filters: OrderFilters): OrderRecord[] {
  return view.orders.list('platformId', platformId).filter((order) => {
    if (filters.status && order.status !== filters.status) return false;
    if (filters.module && order.ux !== filters.module) return false;
    if (filters.from !== undefined && order.createdAt < filters.from) return false;
    if (filters.until !== undefined && order.createdAt >= filters.until) return false;
    if (filters.q && !matchesSearch(order, filters.q)) return false;
    if (filters.paymentMethod) {
      const method = filters.paymentMethod;
      if (!view.transactions.list('orderId', order.id).some((transaction) => transaction.paymentMethod === method)) return false;
    }
    return true;
  });
}

export interface OperationRow {
  operation: Operation;
  transaction: TransactionRecord;
  order: OrderRecord;
}

/** The operations of the selected orders (of `paymentMethod` only, when filtered), by order then date. */
export function selectOperations(view: StoreView, orders: OrderRecord[], filters: OrderFilters): OperationRow[] {
  const rows: OperationRow[] = [];
  for (const order of orders) {
    for (const transaction of view.transactions.list('orderId', order.id)) {
      if (filters.paymentMethod && transaction.paymentMethod !== filters.paymentMethod) continue;
      for (const operation of view.operations.list('transactionId', transaction.id)) rows.push({ operation, transaction, order });
    }
  }
  return rows;
}

export interface Totals {
  orders: number;
  operations: number;
  /** Per currency (cents of different currencies never add up), cents per operation type over every selected operation. */
  amounts: Record<string, Record<Operation['type'], number>>;
}

export function totals(orders: OrderRecord[], rows: OperationRow[]): Totals {
  const amounts: Totals['amounts'] = {};
  for (const { operation, order } of rows) {
    const sums = (amounts[order.currency] ??= { authorization: 0, capture: 0, void: 0, refund: 0, withdrawal: 0 });
    sums[operation.type] += operation.amount;
  }
  return { orders: orders.length, operations: rows.length, amounts };
}

/** The payment methods an order was paid (or attempted) with, for the list. */
export function orderPaymentMethods(view: StoreView, order: OrderRecord): PaymentMethod[] {
  return [...new Set(view.transactions.list('orderId', order.id).map((transaction) => transaction.paymentMethod))];
}

/**
 * The calls `<sg-captain>` makes before any UX shows (in the entry module), checked against the summaries of the
 * contract (the fields the host and the single UX read). `api.ts` reads the full checkout for the other UXs; paying
 * goes through `payments-api.ts`.
 */
import { http, type HttpConfig } from './http.ts';
import { checker, CheckoutSummaryShape, OrderSummaryShape, type Ux } from './contract/index.ts';

export type ApiConfig = HttpConfig;

/** What a front-end integration may send to create an order (contract §5). */
export interface InlineOrder {
  amount: number;
  currency?: string;
  locale?: string;
  ux?: Ux;
  trackId?: string;
  email?: string;
  firstName?: string;
  lastName?: string;
  items?: { name: string; amount: number; quantity?: number; description?: string; trackId?: string }[];
}

/** `GET` path of the summary the widget reads first. */
export const checkoutPath = (orderId: string) => `/v1/checkout/${encodeURIComponent(orderId)}`;

/** `signal`: aborts a load superseded by a newer one. */
export const getCheckoutSummary = (api: ApiConfig, orderId: string, signal?: AbortSignal) =>
  http(api, { method: 'GET', path: checkoutPath(orderId), schema: checker(CheckoutSummaryShape), ...(signal ? { signal } : {}) });

export const createOrder = (api: ApiConfig, order: InlineOrder) =>
  http(api, { method: 'POST', path: '/v1/orders', body: order, schema: checker(OrderSummaryShape) });

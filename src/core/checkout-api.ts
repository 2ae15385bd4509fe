/**
 * The endpoints `<sg-captain>`, the card payment controller and the single UX call, validated against the summaries of
 * `wire.ts` (the fields they read). `api.ts` calls the same endpoints for the other UXs and validates the full shapes.
 */
import { http, type HttpConfig } from './http.ts';
import type { CardDetails } from './card.ts';
import type { Ux } from './schemas.ts';
import { CheckoutSummary, OrderSummary, PaymentResultSummary } from './wire.ts';

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

export interface Payer {
  email?: string;
  firstName?: string;
  lastName?: string;
}

export interface CardPayment {
  card: CardDetails;
  amount?: number;
  payer?: Payer;
}

const encode = encodeURIComponent;
export const checkoutPath = (orderId: string) => `/v1/checkout/${encode(orderId)}`;
export const paymentsPath = (orderId: string) => `/v1/orders/${encode(orderId)}/payments`;
export const threeDSPath = (transactionId: string) => `/v1/transactions/${encode(transactionId)}/3ds`;

export const getCheckoutSummary = (api: ApiConfig, orderId: string) =>
  http(api, { method: 'GET', path: checkoutPath(orderId), schema: CheckoutSummary });

export const createOrder = (api: ApiConfig, order: InlineOrder) =>
  http(api, { method: 'POST', path: '/v1/orders', body: order, schema: OrderSummary });

/** The same `idempotencyKey` replays the first answer: the platform never charges one attempt twice. */
export const payByCard = (api: ApiConfig, orderId: string, payment: CardPayment, idempotencyKey: string) =>
  http(api, { method: 'POST', path: paymentsPath(orderId), body: { method: 'card', ...payment }, schema: PaymentResultSummary, idempotencyKey });

export const answerChallenge = (api: ApiConfig, transactionId: string, outcome: 'approve' | 'refuse') =>
  http(api, { method: 'POST', path: threeDSPath(transactionId), body: { outcome }, schema: PaymentResultSummary });

/** One small function per platform endpoint the widget calls (documented in docs/API.md). */
import type { Ux } from './schemas.ts';
import { Checkout, Order, PaymentResult } from './wire.ts';
import { http, type HttpConfig } from './http.ts';
import type { CardDetails } from './card.ts';

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

export const getCheckout = (api: ApiConfig, orderId: string) =>
  http(api, { method: 'GET', path: `/v1/checkout/${encode(orderId)}`, schema: Checkout });

export const createOrder = (api: ApiConfig, order: InlineOrder) =>
  http(api, { method: 'POST', path: '/v1/orders', body: order, schema: Order });

/** The same `idempotencyKey` replays the first answer: the platform never charges one attempt twice. */
export const pay = (api: ApiConfig, orderId: string, payment: CardPayment, idempotencyKey: string) =>
  http(api, {
    method: 'POST',
    path: `/v1/orders/${encode(orderId)}/payments`,
    body: { method: 'card', ...payment },
    schema: PaymentResult,
    idempotencyKey,
  });

export const answerThreeDS = (api: ApiConfig, transactionId: string, outcome: 'approve' | 'refuse') =>
  http(api, {
    method: 'POST',
    path: `/v1/transactions/${encode(transactionId)}/3ds`,
    body: { outcome },
    schema: PaymentResult,
  });

export type { Checkout, PaymentResult } from './schemas.ts';

/** The multi and ANCV UX's calls to the platform (documented in docs/API.md), through the widget's one http client. */
import type { ApiConfig, Payer } from '../../core/api.ts';
import type { CardDetails } from '../../core/card.ts';
import { http } from '../../core/http.ts';
import { PaymentResult, Transaction } from '../../core/wire-full.ts';

const encode = encodeURIComponent;

export type PartPayment =
  | { method: 'card'; card: CardDetails; amount: number; payer?: Payer }
  | { method: 'ancv'; ancvLogin: string; amount: number; payer?: Payer };

/** One payment of the order: a card for `amount`, or an ANCV request that waits for the app (`transaction.status: pending`). */
export const payPart = (api: ApiConfig, orderId: string, payment: PartPayment, idempotencyKey: string) =>
  http(api, { method: 'POST', path: `/v1/orders/${encode(orderId)}/payments`, body: payment, schema: PaymentResult, idempotencyKey });

/** Polled while an ANCV request waits for the buyer's answer in the ANCV app. */
export const getTransaction = (api: ApiConfig, transactionId: string) =>
  http(api, { method: 'GET', path: `/v1/transactions/${encode(transactionId)}`, schema: Transaction });

/** Withdraws an ANCV request still waiting for the app. */
export const cancelAncvRequest = (api: ApiConfig, transactionId: string) =>
  http(api, { method: 'POST', path: `/v1/transactions/${encode(transactionId)}/cancel`, schema: PaymentResult });

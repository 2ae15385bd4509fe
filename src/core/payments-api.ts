/**
 * The one way the widget pays (documented in docs/API.md): every UX and hosted page POSTs its payment through
 * `postPayment` under the attempt's Idempotency-Key, answers 3-D Secure through `answerThreeDS`, and learns what became
 * of an attempt whose answer was lost through `getAttempt`. Loaded with the payment code (`parts/payment-attempt.ts`),
 * never by the page that only shows the form.
 */
import { http, type HttpConfig } from './http.ts';
import { checker, PaymentResultShape } from './contract/index.ts';

const PaymentResult = checker(PaymentResultShape);

const encode = encodeURIComponent;

/** Where a payment goes and what it says, besides the method's own fields (card, ANCV login…). */
export interface PaymentRequest {
  /** `paymentsPath(orderId)` unless the page settles something else (`recoverPath`, `balancePath`). */
  path: string;
  /** Amount in cents, payer, split role, items, schedule choice…: what the UX asks for. */
  body: Record<string, unknown>;
}

export const paymentsPath = (orderId: string) => `/v1/orders/${encode(orderId)}/payments`;
/** The recovery link: pays one unpaid installment (named by its transaction) with another card. */
export const recoverPath = (transactionId: string) => `/v1/transactions/${encode(transactionId)}/recover`;
/** The complete-balance link: pays every installment not paid yet, as one new transaction. */
export const balancePath = (orderId: string) => `/v1/orders/${encode(orderId)}/balance`;

/**
 * One payment attempt. The same `idempotencyKey` replays the first answer: the platform never runs one attempt twice.
 * Throws a CaptainError: `card_declined`, `insufficient_funds`, `authentication_failed` (402), the platform's refusals
 * by code, or `network` / 5xx / `invalid_response` when the answer was lost (see `getAttempt`).
 */
export const postPayment = (api: HttpConfig, request: PaymentRequest, idempotencyKey: string) =>
  http(api, { method: 'POST', path: request.path, body: request.body, schema: PaymentResult, idempotencyKey });

export const answerThreeDS = (api: HttpConfig, transactionId: string, outcome: 'approve' | 'refuse') =>
  http(api, { method: 'POST', path: `/v1/transactions/${encode(transactionId)}/3ds`, body: { outcome }, schema: PaymentResult });

/**
 * What became of the attempt sent under `idempotencyKey`: its answer with the transaction as it stands now (or the 402
 * of a decline); a 404 `attempt_not_found` when nothing ran, so paying again cannot pay twice.
 */
export const getAttempt = (api: HttpConfig, orderId: string, idempotencyKey: string) =>
  http(api, { method: 'GET', path: `${paymentsPath(orderId)}/attempts/${encode(idempotencyKey)}`, schema: PaymentResult });

/**
 * A fresh idempotency key for an attempt: 128 random bits as 32 hex digits (a UUID's strength). `getRandomValues`
 * rather than `randomUUID`, which pages served over plain http lack: one way in every context.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The endpoints the UXs other than single call (documented in docs/API.md), validated against the platform's full
 * shapes (`wire-full.ts`). The host element, the payment controller and the single UX read less and use
 * `checkout-api.ts`, which the entry module holds.
 */
import { CaptainError } from './errors.ts';
import { http } from './http.ts';
import { checkoutPath, paymentsPath, threeDSPath, type ApiConfig, type CardPayment } from './checkout-api.ts';
import { Checkout, PaymentResult } from './wire-full.ts';
import type { CheckoutSummary } from './wire.ts';
import type * as strict from './schemas.ts';

export { createOrder, type ApiConfig, type CardPayment, type InlineOrder, type Payer } from './checkout-api.ts';

export const getCheckout = (api: ApiConfig, orderId: string) => http(api, { method: 'GET', path: checkoutPath(orderId), schema: Checkout });

/**
 * A checkout the host loaded as a summary (its other fields passed through unchecked), validated against the full
 * shape for a UX that reads more of it. Throws an `invalid_response` CaptainError when it does not match.
 */
export function fullCheckout(summary: CheckoutSummary): strict.Checkout {
  const parsed = Checkout.safeParse(summary);
  if (parsed.success) return parsed.data;
  throw new CaptainError('invalid_response', `Unexpected answer from GET ${checkoutPath(summary.order.id)}`, {
    details: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
  });
}

/** The same `idempotencyKey` replays the first answer: the platform never charges one attempt twice. */
export const pay = (api: ApiConfig, orderId: string, payment: CardPayment, idempotencyKey: string) =>
  http(api, { method: 'POST', path: paymentsPath(orderId), body: { method: 'card', ...payment }, schema: PaymentResult, idempotencyKey });

export const answerThreeDS = (api: ApiConfig, transactionId: string, outcome: 'approve' | 'refuse') =>
  http(api, { method: 'POST', path: threeDSPath(transactionId), body: { outcome }, schema: PaymentResult });

export type { Checkout, PaymentResult } from './schemas.ts';

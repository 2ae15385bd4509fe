/**
 * The reads of the UXs other than single (documented in docs/API.md), checked against the platform's full shapes of
 * the contract. The host element and the single UX read less and use `checkout-api.ts`, which the entry module holds.
 */
import { CaptainError } from './errors.ts';
import { http } from './http.ts';
import { checkoutPath, type ApiConfig } from './checkout-api.ts';
import { checker, CheckoutShape, type Checkout, type CheckoutSummary } from './contract/index.ts';

export { createOrder, type ApiConfig, type InlineOrder } from './checkout-api.ts';

const checkCheckout = checker(CheckoutShape);

export const getCheckout = (api: ApiConfig, orderId: string) => http(api, { method: 'GET', path: checkoutPath(orderId), schema: checkCheckout });

/**
 * A checkout the host loaded as a summary (its other fields passed through unchecked), checked against the full shape
 * for a UX that reads more of it. Throws an `invalid_response` CaptainError when it does not match.
 */
export function fullCheckout(summary: CheckoutSummary): Checkout {
  const checked = checkCheckout(summary);
  if (checked.ok) return checked.value;
  throw new CaptainError('invalid_response', `Unexpected answer from GET ${checkoutPath(summary.order.id)}`, { details: checked.issues });
}

export type { Checkout, PaymentResult } from './contract/index.ts';

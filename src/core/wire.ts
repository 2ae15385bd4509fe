/**
 * The shapes the widget's entry module validates: the envelope, the error body, and summaries of the checkout, order,
 * transaction and payment result holding exactly the fields `<sg-captain>`, the card payment controller and the single
 * UX read. Summaries are loose objects: the fields they name are checked, the others pass through unchecked, so the
 * host validates a checkout against the full shape of `wire-full.ts` before it hands it to any other UX, and those UXs
 * validate their own answers with it. Every page downloads this module: keep it to what those three read.
 *
 * Written with only object, string, number, boolean, array and optional: zod keeps every schema type in one module, so
 * each other feature (int checks, enums, literals, unions) would ship in the entry module. Enum values, integer cents
 * and the envelope's `success` flag are the platform's promise (strict shapes in `schemas.ts`, which the mock backend
 * answers with); the widget checks structure, and `http` checks that `success` is `true`.
 */
import * as z from 'zod/mini';
import type { CardSummary, Checkout, CheckoutSettings, ErrorBody as StrictErrorBody, Order, Transaction } from './schemas.ts';

export type OrderSummary = Pick<Order, 'id' | 'status' | 'amount' | 'currency' | 'ux' | 'email' | 'firstName' | 'lastName' | 'dueDate'>;
export type TransactionSummary = Pick<Transaction, 'id' | 'status' | 'amount' | 'email' | 'firstName' | 'lastName' | 'threeDS' | 'declineReason'> & {
  card?: Pick<CardSummary, 'last4'>;
};
export interface CheckoutSummary {
  order: OrderSummary;
  settings: Pick<CheckoutSettings, 'platformName' | 'paymentMethods'>;
  amountRemaining: Checkout['amountRemaining'];
  /** The platform's time at the answer (epoch ms); absent from an older platform, then the device's clock is used. */
  now?: number;
  /** The live version (`GET /v1/orders/{id}/live`). */
  version?: string;
}
export interface PaymentResultSummary {
  transaction: TransactionSummary;
  order: OrderSummary;
}

const text = z.string();
const num = z.number();
const optionalText = z.optional(text);
const payer = { email: optionalText, firstName: optionalText, lastName: optionalText };
/** A loose schema seen as the summary it validates. */
const as = <T>(schema: z.ZodMiniType) => schema as z.ZodMiniType<T>;

const OrderObject = z.looseObject({ id: text, status: text, amount: num, currency: text, ux: text, ...payer, dueDate: z.optional(num) });
export const OrderSummary = as<OrderSummary>(OrderObject);

const TransactionObject = z.looseObject({
  id: text,
  status: text,
  amount: num,
  ...payer,
  card: z.optional(z.looseObject({ last4: text })),
  threeDS: z.optional(z.looseObject({ status: text })),
  declineReason: optionalText,
});

/** `GET /v1/checkout/{orderId}`, as far as the host and the single UX read it. */
export const CheckoutSummary = as<CheckoutSummary>(
  z.looseObject({
    order: OrderObject,
    settings: z.looseObject({ platformName: text, paymentMethods: z.array(text) }),
    amountRemaining: num,
    now: z.optional(num),
    version: optionalText,
  }),
);

export const PaymentResultSummary = as<PaymentResultSummary>(z.looseObject({ transaction: TransactionObject, order: OrderObject }));

/** The success envelope: `success` is checked to be `true` by `http`. */
export const envelope = (data: z.ZodMiniType) => z.object({ success: z.boolean(), data });
export const ErrorBody = z.object({ status: num, success: z.boolean(), errors: z.array(text), code: optionalText });

// Type check only (no bytes): the error body names exactly the fields of its strict counterpart.
type SameKeys<A, B> = [Exclude<keyof A, keyof B> | Exclude<keyof B, keyof A>] extends [never] ? true : false;
type Assert<T extends true> = T;
export type ErrorBodyMatchesSchema = Assert<SameKeys<z.infer<typeof ErrorBody>, StrictErrorBody>>;

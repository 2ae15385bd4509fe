/**
 * The full shapes the UXs other than single validate the platform's answers against (the entry module holds only the
 * summaries of `wire.ts`): the same objects and fields as `schemas.ts` and `split-schemas.ts` (which stay strict for the
 * mock backend, its answers and its OpenAPI description), written like `wire.ts` with only object, string, number,
 * boolean, array, optional and nullable. Each schema is typed as its strict counterpart, which is what the UXs read.
 */
import * as z from 'zod/mini';
import type * as strict from './schemas.ts';
import type * as split from './split-schemas.ts';

const text = z.string();
const num = z.number();
const bool = z.optional(z.boolean());
const optionalText = z.optional(text);
const optionalNum = z.optional(num);
const payer = { email: optionalText, firstName: optionalText, lastName: optionalText };

/** A loose schema seen as the strict shape it mirrors (see the type checks at the end of this file). */
const as = <T>(schema: z.ZodMiniType) => schema as z.ZodMiniType<T>;

const itemShape = { id: text, name: text, amount: num, quantity: num, description: optionalText };
const Item = z.object({ ...itemShape, trackId: optionalText, productId: optionalText });
const Installment = z.object({ id: text, amount: num, dueDate: num, transactionId: z.nullable(text), status: text });

const orderShape = {
  id: text,
  platformId: text,
  status: text,
  amount: num,
  amountConfirmed: num,
  currency: text,
  locale: text,
  ux: text,
  delay: optionalNum,
  dueDate: optionalNum,
  createdAt: num,
  updatedAt: num,
  trackId: optionalText,
  ...payer,
  items: z.array(Item),
  installments: z.optional(z.array(Installment)),
  installmentsCount: optionalNum,
  singleSplit: bool,
  secure3D: bool,
  tokenize: bool,
  customerId: optionalText,
  redirectUrl: text,
  sharingLink: optionalText,
  successUrl: optionalText,
  notifyUrl: optionalText,
};
const OrderObject = z.object(orderShape);
export const Order = as<strict.Order>(OrderObject);

const transactionShape = {
  id: text,
  orderId: text,
  amount: num,
  amountCaptured: num,
  amountRefunded: num,
  status: text,
  paymentMethod: text,
  createdAt: num,
  ...payer,
  card: z.optional(z.object({ brand: text, bin: text, last4: text, expiryMonth: text, expiryYear: text })),
  threeDS: z.optional(z.object({ status: text })),
  declineReason: optionalText,
  ancv: z.optional(z.object({ login: text, requestedAmount: num, expiresAt: num })),
  operations: z.optional(
    z.array(z.object({ id: text, transactionId: text, type: text, amount: num, paymentMethod: text, date: num })),
  ),
};
const TransactionObject = z.object(transactionShape);
export const Transaction = as<strict.Transaction>(TransactionObject);

const settingsShape = {
  platformName: text,
  module: text,
  validationMode: optionalText,
  singleSplit: bool,
  paymentMethods: z.array(text),
  installmentChoices: z.optional(z.array(num)),
  paylaterChoices: z.optional(z.array(num)),
  ancvMinimum: optionalNum,
  financing: bool,
};
const FinancingObject = z.object({ financing: text, reason: z.nullable(text), missing: z.array(text) });
export const FinancingAnswer = as<strict.FinancingAnswer>(FinancingObject);

const checkoutShape = {
  order: OrderObject,
  settings: z.object(settingsShape),
  transactions: z.array(TransactionObject),
  amountRemaining: num,
  now: num,
  version: text,
  financing: z.optional(FinancingObject),
};
export const Checkout = as<strict.Checkout>(z.object(checkoutShape));

export const PaymentResult = as<strict.PaymentResult>(z.object({ transaction: TransactionObject, order: OrderObject }));

const sharingShape = {
  orderId: text,
  status: text,
  state: text,
  ux: text,
  amount: num,
  currency: text,
  locale: text,
  dueDate: z.nullable(num),
  platformName: text,
  validationMode: text,
  captain: z.object({ firstName: z.nullable(text) }),
  items: z.array(z.object({ ...itemShape, paid: z.boolean() })),
  collected: num,
  left: num,
  contributions: num,
};
export const SharingView = as<split.SharingView>(z.object(sharingShape));


// Type checks only (no bytes): each loose shape names exactly the fields of its strict counterpart.
type SameKeys<A, B> = [Exclude<keyof A, keyof B> | Exclude<keyof B, keyof A>] extends [never] ? true : false;
type Shape<T> = { [K in keyof T]: unknown };
type Assert<T extends true> = T;
export type WireMatchesSchemas = [
  Assert<SameKeys<Shape<typeof orderShape>, strict.Order>>,
  Assert<SameKeys<Shape<typeof transactionShape>, strict.Transaction>>,
  Assert<SameKeys<Shape<typeof settingsShape>, strict.CheckoutSettings>>,
  Assert<SameKeys<Shape<typeof checkoutShape>, strict.Checkout>>,
  Assert<SameKeys<Shape<typeof sharingShape>, split.SharingView>>,
  Assert<SameKeys<z.infer<typeof Item>, strict.Item>>,
  Assert<SameKeys<z.infer<typeof Installment>, strict.Installment>>,
];

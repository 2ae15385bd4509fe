/**
 * The shapes of the platform's objects, shared by the widget (which validates every response with them) and the mock
 * backend (which builds its answers and its OpenAPI description from them). Written with `zod/mini` so the widget pays
 * only for the checks it uses.
 */
import * as z from 'zod/mini';

const cents = z.int().check(z.minimum(0));
const epochMs = z.int().check(z.minimum(0));

export const UX_VALUES = ['single', 'collect', 'picking', 'multi', 'paylater', 'installment', 'viban', 'pis', 'sdd'] as const;
export const Ux = z.enum(UX_VALUES);
export type Ux = z.infer<typeof Ux>;

export const ORDER_STATUSES = ['initiated', 'pending', 'confirmed', 'completed', 'canceled', 'refunded'] as const;
export const OrderStatus = z.enum(ORDER_STATUSES);
export type OrderStatus = z.infer<typeof OrderStatus>;

export const TRANSACTION_STATUSES = [
  'pendingAuthorization',
  'authorized',
  'captured',
  'voided',
  'refunded',
  'refundedPartial',
  'pending',
  'failed',
] as const;
export const TransactionStatus = z.enum(TRANSACTION_STATUSES);
export type TransactionStatus = z.infer<typeof TransactionStatus>;

export const PAYMENT_METHODS = ['card', 'ancv', 'applepay', 'googlepay', 'amazonpay', 'viban', 'pis', 'sdd'] as const;
export const PaymentMethod = z.enum(PAYMENT_METHODS);
export type PaymentMethod = z.infer<typeof PaymentMethod>;

export const OPERATION_TYPES = ['authorization', 'capture', 'void', 'refund', 'withdrawal'] as const;
export const OperationType = z.enum(OPERATION_TYPES);

export const INSTALLMENT_STATUSES = ['pending', 'paid', 'unpaid', 'canceled'] as const;
export const InstallmentStatus = z.enum(INSTALLMENT_STATUSES);

export const Item = z.object({
  id: z.string(),
  name: z.string(),
  amount: cents,
  quantity: z.int(),
  description: z.optional(z.string()),
  trackId: z.optional(z.string()),
  productId: z.optional(z.string()),
});
export type Item = z.infer<typeof Item>;

export const Installment = z.object({
  id: z.string(),
  amount: cents,
  dueDate: epochMs,
  transactionId: z.nullable(z.string()),
  status: InstallmentStatus,
});
export type Installment = z.infer<typeof Installment>;

/** What the platform keeps of a card: never the number nor the security code. */
export const CardSummary = z.object({
  brand: z.string(),
  bin: z.string(),
  last4: z.string(),
  expiryMonth: z.string(),
  expiryYear: z.string(),
});
export type CardSummary = z.infer<typeof CardSummary>;

export const Operation = z.object({
  id: z.string(),
  transactionId: z.string(),
  type: OperationType,
  amount: cents,
  paymentMethod: PaymentMethod,
  date: epochMs,
});
export type Operation = z.infer<typeof Operation>;

export const Transaction = z.object({
  id: z.string(),
  orderId: z.string(),
  amount: cents,
  amountCaptured: cents,
  amountRefunded: cents,
  status: TransactionStatus,
  paymentMethod: PaymentMethod,
  createdAt: epochMs,
  email: z.optional(z.string()),
  firstName: z.optional(z.string()),
  lastName: z.optional(z.string()),
  card: z.optional(CardSummary),
  /** Set while the bank asks the buyer to authenticate (3-D Secure). */
  threeDS: z.optional(z.object({ status: z.enum(['required', 'approved', 'refused']) })),
  declineReason: z.optional(z.string()),
  /** ANCV Connect: the amount asked of the ANCV app (`amount` becomes what it confirmed) and when the request expires. */
  ancv: z.optional(z.object({ login: z.string(), requestedAmount: cents, expiresAt: epochMs })),
  operations: z.optional(z.array(Operation)),
});
export type Transaction = z.infer<typeof Transaction>;

export const Order = z.object({
  id: z.string(),
  platformId: z.string(),
  status: OrderStatus,
  amount: cents,
  /** What is secured (authorised or captured) and not refunded. */
  amountConfirmed: cents,
  currency: z.string(),
  locale: z.string(),
  ux: Ux,
  delay: z.optional(z.int()),
  dueDate: z.optional(epochMs),
  createdAt: epochMs,
  updatedAt: epochMs,
  trackId: z.optional(z.string()),
  email: z.optional(z.string()),
  firstName: z.optional(z.string()),
  lastName: z.optional(z.string()),
  items: z.array(Item),
  installments: z.optional(z.array(Installment)),
  installmentsCount: z.optional(z.int()),
  singleSplit: z.optional(z.boolean()),
  secure3D: z.optional(z.boolean()),
  tokenize: z.optional(z.boolean()),
  customerId: z.optional(z.string()),
  redirectUrl: z.string(),
  sharingLink: z.optional(z.string()),
  successUrl: z.optional(z.string()),
  notifyUrl: z.optional(z.string()),
});
export type Order = z.infer<typeof Order>;

/** The public part of a platform's settings: what the widget needs to render the right experience. */
export const CheckoutSettings = z.object({
  platformName: z.string(),
  module: z.string(),
  validationMode: z.optional(z.enum(['direct', 'standard'])),
  singleSplit: z.optional(z.boolean()),
  paymentMethods: z.array(PaymentMethod),
  installmentChoices: z.optional(z.array(z.int())),
  paylaterChoices: z.optional(z.array(z.int())),
  ancvMinimum: z.optional(cents),
  /** Financed pay later or installments: the widget asks the missing scoring data (`POST /v1/orders/{id}/scoring`). */
  financing: z.optional(z.boolean()),
});
export type CheckoutSettings = z.infer<typeof CheckoutSettings>;

/** `POST /v1/orders/{id}/scoring`: whether the platform finances the order, by its rule on the order's scoring data. */
export const FinancingAnswer = z.object({
  financing: z.enum(['accepted', 'refused', 'incomplete']),
  /** `under_18` (refused), `missing_information` (incomplete), null (accepted). */
  reason: z.nullable(z.string()),
  /** Scoring fields still to give: `birthDate`, `streetAddress`, `postalCode`, `city`, `phone`. */
  missing: z.array(z.string()),
});
export type FinancingAnswer = z.infer<typeof FinancingAnswer>;

/** `GET /v1/checkout/{orderId}`: everything the widget needs to render an order. */
export const Checkout = z.object({
  order: Order,
  settings: CheckoutSettings,
  transactions: z.array(Transaction),
  /** Amount still to be secured, in cents. */
  amountRemaining: cents,
  /** The platform's time when it answered (epoch ms): the widget dates previews and checks by it, not by the device. */
  now: epochMs,
  /** Changes whenever anything above changes, or the sandbox clock moves: `GET /v1/orders/{id}/live?since=`. */
  version: z.string(),
  /** Financed platforms only: the decision on the order's scoring data as it stands (`POST /v1/orders/{id}/scoring`). */
  financing: z.optional(FinancingAnswer),
});
export type Checkout = z.infer<typeof Checkout>;

/** `GET /v1/orders/{id}/live`: the order's current version, answered as soon as it differs from `since` (long poll). */
export const LiveOrder = z.object({
  version: z.string(),
  /** The platform's time (epoch ms). */
  now: epochMs,
  status: OrderStatus,
  /** `false` when the wait ended with nothing new. */
  changed: z.boolean(),
});
export type LiveOrder = z.infer<typeof LiveOrder>;


/** `POST /v1/orders/{id}/payments` and `POST /v1/transactions/{id}/3ds` answer this. */
export const PaymentResult = z.object({
  transaction: Transaction,
  order: Order,
});
export type PaymentResult = z.infer<typeof PaymentResult>;

export const envelope = <T extends z.ZodMiniType>(data: T) => z.object({ success: z.literal(true), data });
export const ErrorBody = z.object({
  status: z.int(),
  success: z.literal(false),
  errors: z.array(z.string()),
  code: z.optional(z.string()),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/**
 * Every shape of the platform the widget reads, written once (contract §2, docs/API.md). Types are inferred from these
 * definitions, the widget's checks derived with `checker`, the mock's zod schemas with `toZod` (`core/schemas.ts`).
 */
import { boolean, cents, epochMs, int, list, literal, nullable, object, oneOf, optional, pick, string, type Infer } from './shape.ts';

export const UX_VALUES = ['single', 'collect', 'picking', 'multi', 'paylater', 'installment', 'viban', 'pis', 'sdd'] as const;
export const ORDER_STATUSES = ['initiated', 'pending', 'confirmed', 'completed', 'canceled', 'refunded'] as const;
export const TRANSACTION_STATUSES = ['pendingAuthorization', 'authorized', 'captured', 'voided', 'refunded', 'refundedPartial', 'pending', 'failed'] as const;
export const PAYMENT_METHODS = ['card', 'ancv', 'applepay', 'googlepay', 'amazonpay', 'viban', 'pis', 'sdd'] as const;
export const OPERATION_TYPES = ['authorization', 'capture', 'void', 'refund', 'withdrawal'] as const;
export const INSTALLMENT_STATUSES = ['pending', 'paid', 'unpaid', 'canceled'] as const;
export const SHARING_STATES = ['waitingForCaptain', 'open', 'completed', 'expired', 'canceled', 'refunded'] as const;

export const UxShape = oneOf(UX_VALUES);
export const OrderStatusShape = oneOf(ORDER_STATUSES);
export const TransactionStatusShape = oneOf(TRANSACTION_STATUSES);
export const PaymentMethodShape = oneOf(PAYMENT_METHODS);
export const OperationTypeShape = oneOf(OPERATION_TYPES);
export const InstallmentStatusShape = oneOf(INSTALLMENT_STATUSES);

export const itemFields = { id: string, name: optional(string), amount: cents, quantity: int, description: optional(string) };
export const ItemShape = object({ ...itemFields, trackId: optional(string), productId: optional(string) });

export const InstallmentShape = object({ id: string, amount: cents, dueDate: epochMs, transactionId: nullable(string), status: InstallmentStatusShape });

/** What the platform keeps of a card: never the number nor the security code; the BIN (first 6) only for numbers of 16
 * digits or more, so that at most 10 digits show. */
export const CardSummaryShape = object({ brand: string, bin: optional(string), last4: string, expiryMonth: string, expiryYear: string });

export const OperationShape = object({ id: string, transactionId: string, type: OperationTypeShape, amount: cents, paymentMethod: PaymentMethodShape, date: epochMs });

export const SddDebitShape = object({
  mandateId: string,
  mandateReference: string,
  ibanLast4: string,
  sequence: oneOf(['FRST', 'RCUR']),
  /** When the debit settles (epoch ms): the transaction is then captured, or failed. */
  debitDate: epochMs,
  /** When the account holder disputed the settled debit (a refund operation). */
  disputedAt: optional(epochMs),
});

const payer = { email: optional(string), firstName: optional(string), lastName: optional(string) };

export const TransactionShape = object({
  id: string,
  orderId: string,
  amount: cents,
  amountCaptured: cents,
  amountRefunded: cents,
  status: TransactionStatusShape,
  paymentMethod: PaymentMethodShape,
  createdAt: epochMs,
  ...payer,
  card: optional(CardSummaryShape),
  /** Set while the bank asks the buyer to authenticate (3-D Secure). */
  threeDS: optional(object({ status: oneOf(['required', 'approved', 'refused']) })),
  declineReason: optional(string),
  /** ANCV Connect: the amount asked of the ANCV app (`amount` becomes what it confirmed) and when the request expires. */
  ancv: optional(object({ login: string, requestedAmount: cents, expiresAt: epochMs })),
  /**
   * SEPA Direct Debit: the mandate debited (reference ≤ 35 characters, the IBAN's last 4), the SEPA sequence (`FRST`: the
   * mandate's first debit, settled after 10 TARGET2 banking days; `RCUR`: a next one, 5) and the settlement date.
   */
  sdd: optional(SddDebitShape),
  /** Bank transfer initiation: the bank chosen, its (simulated) page where the buyer confirms, and when the attempt expires. */
  pis: optional(object({ bank: string, bankUrl: string, expiresAt: epochMs })),
  operations: optional(list(OperationShape)),
});

export const VibanShape = object({ iban: string, bic: string, holder: string, reference: string });

export const OrderShape = object({
  id: string,
  platformId: string,
  status: OrderStatusShape,
  amount: cents,
  /** What is secured (authorised or captured) and not refunded. */
  amountConfirmed: cents,
  /** Taken off the order by refunds, voided (not captured yet) or refunded (captured); absent when nothing was. */
  amountRefunded: optional(cents),
  currency: string,
  locale: string,
  ux: UxShape,
  delay: optional(int),
  dueDate: optional(epochMs),
  createdAt: epochMs,
  updatedAt: epochMs,
  trackId: optional(string),
  ...payer,
  items: list(ItemShape),
  installments: optional(list(InstallmentShape)),
  installmentsCount: optional(int),
  singleSplit: optional(boolean),
  secure3D: optional(boolean),
  tokenize: optional(boolean),
  customerId: optional(string),
  /** SEPA Direct Debit: debited at creation on the mandate of `customerId`, without the widget. */
  directPayment: optional(boolean),
  redirectUrl: string,
  sharingLink: optional(string),
  successUrl: optional(string),
  notifyUrl: optional(string),
  /** Virtual IBAN orders: where the buyer transfers the money (`iban` in electronic format; `reference` = trackId or id). */
  viban: optional(VibanShape),
  /** Cents received beyond what the order asks (virtual IBAN overpayment, or a transfer after it closed). */
  amountSurplus: optional(cents),
  /** Recurring payments: the invoice the order pays and its subscription. */
  invoiceId: optional(string),
  subscriptionId: optional(string),
  /** `debitAuto`: the debit of the customer's default method made at creation (`failed`: `declineReason`, pay at `redirectUrl`). */
  debit: optional(object({ transactionId: string, status: oneOf(['captured', 'failed']), declineReason: optional(string) })),
});

/** The public part of a platform's settings: what the widget needs to render the right experience. */
export const CheckoutSettingsShape = object({
  platformName: string,
  module: string,
  validationMode: optional(oneOf(['direct', 'standard'])),
  singleSplit: optional(boolean),
  paymentMethods: list(PaymentMethodShape),
  installmentChoices: optional(list(int)),
  paylaterChoices: optional(list(int)),
  ancvMinimum: optional(cents),
  /** SEPA Direct Debit: the creditor the mandate names (SEPA creditor identifier, name). */
  sddCreditor: optional(object({ id: string, name: string })),
  /** Financed pay later or installments: the widget asks the missing scoring data (`POST /v1/orders/{id}/scoring`). */
  financing: optional(boolean),
});

/** `POST /v1/orders/{id}/scoring`: whether the platform finances the order, by its rule on the order's scoring data. */
export const FinancingAnswerShape = object({
  financing: oneOf(['accepted', 'refused', 'incomplete']),
  /** `under_18` (refused), `missing_information` (incomplete), null (accepted). */
  reason: nullable(string),
  /** Scoring fields still to give: `birthDate`, `streetAddress`, `postalCode`, `city`, `phone`. */
  missing: list(string),
});

/** `GET /v1/checkout/{orderId}`: everything the widget needs to render an order. */
export const CheckoutShape = object({
  order: OrderShape,
  settings: CheckoutSettingsShape,
  transactions: list(TransactionShape),
  /** Amount still to be secured, in cents. */
  amountRemaining: cents,
  /** The platform's time when it answered (epoch ms): the widget dates previews and checks by it, not by the device. */
  now: epochMs,
  /** Changes whenever anything above changes, or the sandbox clock moves: `GET /v1/orders/{id}/live?since=`. */
  version: string,
  /** Financed platforms only: the decision on the order's scoring data as it stands (`POST /v1/orders/{id}/scoring`). */
  financing: optional(FinancingAnswerShape),
});

/** `GET /v1/orders/{id}/live`: the order's current version, answered as soon as it differs from `since` (long poll). */
export const LiveOrderShape = object({
  version: string,
  /** The platform's time (epoch ms). */
  now: epochMs,
  status: OrderStatusShape,
  /** `false` when the wait ended with nothing new. */
  changed: boolean,
});

/** `POST /v1/orders/{id}/payments`, `POST /v1/transactions/{id}/3ds` and the attempt lookup answer this. */
export const PaymentResultShape = object({ transaction: TransactionShape, order: OrderShape });

/** The error envelope (contract §2); `code` is what the widget switches on. */
export const ErrorBodyShape = object({ status: int, success: literal(false), errors: list(string), code: optional(string) });

// What `<sg-captain>` and the single UX read, in the entry module: the same shapes, fewer fields.
export const OrderSummaryShape = pick(OrderShape, ['id', 'status', 'amount', 'currency', 'ux', 'email', 'firstName', 'lastName', 'dueDate']);
export const CheckoutSummaryShape = object({
  order: OrderSummaryShape,
  settings: pick(CheckoutSettingsShape, ['platformName', 'paymentMethods']),
  amountRemaining: cents,
  /** The platform's time at the answer (epoch ms); absent from an older platform, then the device's clock is used. */
  now: optional(epochMs),
  /** The live version (`GET /v1/orders/{id}/live`). */
  version: optional(string),
});

export type Ux = Infer<typeof UxShape>;
export type OrderStatus = Infer<typeof OrderStatusShape>;
export type TransactionStatus = Infer<typeof TransactionStatusShape>;
export type PaymentMethod = Infer<typeof PaymentMethodShape>;
export type Item = Infer<typeof ItemShape>;
export type Installment = Infer<typeof InstallmentShape>;
export type CardSummary = Infer<typeof CardSummaryShape>;
export type Operation = Infer<typeof OperationShape>;
export type Transaction = Infer<typeof TransactionShape>;
export type SddDebit = Infer<typeof SddDebitShape>;
export type Order = Infer<typeof OrderShape>;
export type Viban = Infer<typeof VibanShape>;
export type CheckoutSettings = Infer<typeof CheckoutSettingsShape>;
export type Checkout = Infer<typeof CheckoutShape>;
export type PaymentResult = Infer<typeof PaymentResultShape>;
export type ErrorBody = Infer<typeof ErrorBodyShape>;
export type FinancingAnswer = Infer<typeof FinancingAnswerShape>;
export type LiveOrder = Infer<typeof LiveOrderShape>;
export type OrderSummary = Infer<typeof OrderSummaryShape>;
export type CheckoutSummary = Infer<typeof CheckoutSummaryShape>;


/**
 * The platform's shapes as strict zod schemas, for the mock backend (which answers with them and describes them in its
 * OpenAPI document), derived from the one contract (`contract/shapes.ts`). The widget never imports this module's values.
 */
import { toZod } from './contract/zod.ts';
import * as shapes from './contract/shapes.ts';
import * as recurringShapes from './contract/recurring-shapes.ts';
import { SharingViewShape, type SharingView as SharingViewType } from './contract/sharing-shapes.ts';

export { INSTALLMENT_STATUSES, OPERATION_TYPES, ORDER_STATUSES, PAYMENT_METHODS, SHARING_STATES, TRANSACTION_STATUSES, UX_VALUES } from './contract/shapes.ts';

export const Ux = toZod(shapes.UxShape);
export type Ux = shapes.Ux;
export const OrderStatus = toZod(shapes.OrderStatusShape);
export type OrderStatus = shapes.OrderStatus;
export const TransactionStatus = toZod(shapes.TransactionStatusShape);
export type TransactionStatus = shapes.TransactionStatus;
export const PaymentMethod = toZod(shapes.PaymentMethodShape);
export type PaymentMethod = shapes.PaymentMethod;
export const Item = toZod(shapes.ItemShape);
export type Item = shapes.Item;
export const Installment = toZod(shapes.InstallmentShape);
export type Installment = shapes.Installment;
export const CardSummary = toZod(shapes.CardSummaryShape);
export type CardSummary = shapes.CardSummary;
export const Operation = toZod(shapes.OperationShape);
export type Operation = shapes.Operation;
export const Transaction = toZod(shapes.TransactionShape);
export type Transaction = shapes.Transaction;
export const Order = toZod(shapes.OrderShape);
export type Order = shapes.Order;
export const CheckoutSettings = toZod(shapes.CheckoutSettingsShape);
export type CheckoutSettings = shapes.CheckoutSettings;
export const Checkout = toZod(shapes.CheckoutShape);
export type Checkout = shapes.Checkout;
export const PaymentResult = toZod(shapes.PaymentResultShape);
export type PaymentResult = shapes.PaymentResult;
export const SharingView = toZod(SharingViewShape);
export type SharingView = SharingViewType;
export const ErrorBody = toZod(shapes.ErrorBodyShape);
export const FinancingAnswer = toZod(shapes.FinancingAnswerShape);
export type FinancingAnswer = shapes.FinancingAnswer;
export const LiveOrder = toZod(shapes.LiveOrderShape);
export type LiveOrder = shapes.LiveOrder;
export type ErrorBody = shapes.ErrorBody;
// Recurring payments: the update-card page's reads (contract/recurring-shapes.ts).
export const HostedSubscription = toZod(recurringShapes.HostedSubscriptionShape);
export const CardUpdate = toZod(recurringShapes.CardUpdateShape);

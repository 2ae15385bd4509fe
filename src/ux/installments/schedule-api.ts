/** The installments and pay-later calls to the platform (documented in docs/API.md), through the shared `http` client. */
import * as z from 'zod/mini';
import type { ApiConfig } from '../../core/api.ts';
import type { CardDetails } from '../../core/card.ts';
import { http } from '../../core/http.ts';
import type { Ux } from '../../core/schemas.ts';
import { PaymentResult } from '../../core/wire-full.ts';

export interface Payer {
  email?: string;
  firstName?: string;
  lastName?: string;
}

/** A first payment of an installments or pay-later order: the buyer's choice goes with the card. */
export interface SchedulePayment {
  card: CardDetails;
  /** Installments: the count the buyer chose (one of `settings.installmentChoices`). */
  installmentsCount?: number;
  /** Pay later: minutes until the debit (one of `settings.paylaterChoices`, in days × 1440). */
  delay?: number;
  /** The alternative after a refusal: everything now. */
  payInFull?: boolean;
  payer?: Payer;
}

const encode = encodeURIComponent;

/** The same `idempotencyKey` replays the first answer: one attempt is never charged twice. */
export const paySchedule = (api: ApiConfig, orderId: string, payment: SchedulePayment, idempotencyKey: string) =>
  http(api, { method: 'POST', path: `/v1/orders/${encode(orderId)}/payments`, body: { method: 'card', ...payment }, schema: PaymentResult, idempotencyKey });

/** The complete-balance link: pays every installment not paid yet, as one new transaction. */
export const payBalance = (api: ApiConfig, orderId: string, card: CardDetails, payer?: Payer) =>
  http(api, { method: 'POST', path: `/v1/orders/${encode(orderId)}/balance`, body: { card, ...(payer ? { payer } : {}) }, schema: PaymentResult });

/** The recovery link: pays one unpaid installment (named by its transaction) with another card. */
export const recoverInstallment = (api: ApiConfig, transactionId: string, card: CardDetails, payer?: Payer) =>
  http(api, { method: 'POST', path: `/v1/transactions/${encode(transactionId)}/recover`, body: { card, ...(payer ? { payer } : {}) }, schema: PaymentResult });

/** What the recovery page learns from the link alone (no key): the order and the platform's public key. */
export interface HostedTransaction {
  transactionId: string;
  orderId: string;
  publicKey: string;
  locale: string;
  ux: Ux;
  platformName: string;
}
const text = z.string();
/** Loose like `core/wire.ts`: `ux` is checked to be a string. */
export const HostedTransaction = z.object({
  transactionId: text,
  orderId: text,
  publicKey: text,
  locale: text,
  ux: text,
  platformName: text,
}) as z.ZodMiniType<HostedTransaction>;

export const getHostedTransaction = (api: ApiConfig, transactionId: string) =>
  http(api, { method: 'GET', path: `/v1/hosted/transactions/${encode(transactionId)}`, schema: HostedTransaction });

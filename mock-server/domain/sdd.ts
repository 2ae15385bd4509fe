/**
 * SEPA Direct Debit (`ux: "sdd"`, seed 004 "SEPA Direct Debit", CONTRACT §2 "Modules paid asynchronously" and §6).
 *
 * The buyer gives their IBAN, first and last name in the widget and pays: that signs a mandate (domain/sdd-mandates.ts)
 * and starts a debit, a `pending` transaction (`paymentMethod: "sdd"`); the order is `pending`; an email gives the
 * mandate reference, the IBAN's last 4 and the debit date (the SEPA pre-notification). A next order created with
 * `directPayment: true` and the customer's `customerId` is debited on the same mandate without the widget.
 *
 * Settlement, on the sandbox clock: at 06:00 UTC of the 10th TARGET2 banking day after the debit's day (UTC) for a
 * mandate's first debit (`FRST`), of the 5th for the next ones (`RCUR`) (src/core/banking-days.ts). The transaction is
 * then captured and the order completed, except for the sandbox IBANs of CONTRACT §6:
 *   FR76 3000 6000 0100 0000 0000 249  the debit fails (AM04, insufficient funds): transaction `failed`, the order is
 *                                      payable again (`initiated`), never completed;
 *   FR76 3000 6000 0100 0000 0000 346  debited, then disputed by the account holder 3 banking days later (06:00 UTC):
 *                                      a refund operation, `transaction.disputed`, the order `refunded`.
 *
 * State machine of one debit:
 *   pending ──settlement──► captured ──dispute──► refunded        pending ──settlement (failing IBAN)──► failed
 *   pending ──order canceled──► voided                            captured ──merchant refund──► refunded(Partial)
 */
import { checkHolderName, HOLDER_NAME_MESSAGES, holderNamePart } from '../../src/core/account-holder.ts';
import { addTarget2BankingDays, atUtcHour, utcDay } from '../../src/core/banking-days.ts';
import { checkIban, electronicIban, ibanProblemMessage } from '../../src/core/iban.ts';
import type { Platform } from '../seed.ts';
import type { PaymentInput } from '../schemas/requests.ts';
import type { MandateRecord, OrderRecord, SddProfile, TransactionRecord } from '../state.ts';
import type { DomainContext } from './context.ts';
import { conflict, invalid } from './errors.ts';
import { emitWebhook, sendMessage } from './events.ts';
import { newId } from './ids.ts';
import { amountToCollect, complete, formatCents, setStatus } from './orders.ts';
import { refundTransaction } from './refunds.ts';
import { registerDueWork } from './scheduler.ts';
import { creditorOf, mandateLast4, signMandate } from './sdd-mandates.ts';
import { authorize, capture, fail, refundableAmount } from './transactions.ts';

/** Banking days from a debit to its settlement: a mandate's first debit, and the next ones (seed 004). */
export const FIRST_DEBIT_BANKING_DAYS = 10;
export const NEXT_DEBIT_BANKING_DAYS = 5;
/** Banking days from settlement to the dispute of the disputing sandbox IBAN (CONTRACT §6). */
export const DISPUTE_BANKING_DAYS = 3;
/** The fixed time of day (UTC) at which debits settle and disputes arrive: 06:00 UTC, whatever the season. */
export const SETTLEMENT_HOUR_UTC = 6;

/** The sandbox IBANs of CONTRACT §6 and how their bank answers; any other valid IBAN is debited. */
export const SANDBOX_IBANS: Record<string, { profile: SddProfile; description: string }> = {
  FR7630006000010000000000152: { profile: 'debited', description: 'debited on the settlement date (10 TARGET2 banking days for a first debit, 5 for the next)' },
  FR7630006000010000000000249: { profile: 'fails', description: 'the debit fails on the settlement date (insufficient funds): transaction failed, order not completed' },
  FR7630006000010000000000346: { profile: 'disputed', description: 'debited, then disputed by the account holder 3 banking days later (a refund and transaction.disputed)' },
};

const profileOf = (iban: string): SddProfile => SANDBOX_IBANS[electronicIban(iban)]?.profile ?? 'debited';

/** When a debit made at `at` settles: 06:00 UTC of the 10th (first) or 5th (next) TARGET2 banking day after its day. */
export function settlementDate(at: number, sequence: 'FRST' | 'RCUR'): number {
  const days = sequence === 'FRST' ? FIRST_DEBIT_BANKING_DAYS : NEXT_DEBIT_BANKING_DAYS;
  return atUtcHour(addTarget2BankingDays(utcDay(at), days), SETTLEMENT_HOUR_UTC);
}

/** The IBAN rule of the widget (src/core/iban.ts), as a 400 with its readable message. */
export function assertDebitableIban(iban: string | undefined): string {
  const check = checkIban(iban);
  const message = ibanProblemMessage(check);
  if (message) throw invalid(message);
  return check.iban;
}

/** Only an order still to pay can be debited: not one whose debit is under way, paid, canceled or refunded. */
function assertAwaitingDebit(order: OrderRecord): void {
  if (order.status === 'initiated') return;
  const why = order.status === 'pending' ? 'its direct debit is already under way' : `it is ${order.status}`;
  throw conflict('order_not_payable', `This order cannot be debited: ${why}`);
}

/** The account holder's name: the payer's, else the order's; 400 by the widget's rule (core/account-holder.ts). */
function holderName(input: PaymentInput, order: OrderRecord): { firstName: string; lastName: string } {
  const firstName = input.payer?.firstName ?? order.firstName;
  const lastName = input.payer?.lastName ?? order.lastName;
  const problems = checkHolderName(firstName, lastName);
  if (problems.length) throw invalid(problems.map((problem) => HOLDER_NAME_MESSAGES[problem]));
  return { firstName: holderNamePart(firstName), lastName: holderNamePart(lastName) };
}

/** The widget's (or the sandbox `pay`'s) SEPA Direct Debit payment: signs the mandate and starts the first debit. */
export function startSddPayment(ctx: DomainContext, platform: Platform, order: OrderRecord, input: PaymentInput): TransactionRecord {
  // What needs nothing but the request comes first: an invalid IBAN is a 400 whatever the order.
  const iban = assertDebitableIban(input.iban);
  const holder = holderName(input, order);
  if (order.ux !== 'sdd') throw conflict('method_not_available', `SEPA Direct Debit cannot pay a ${order.ux} order`);
  creditorOf(platform);
  assertAwaitingDebit(order);
  const amount = amountToCollect(order);
  if (input.amount !== undefined && input.amount !== amount) {
    throw conflict('amount_mismatch', `A direct debit collects the whole order: ${amount} cents`);
  }
  const mandate = signMandate(ctx, platform, order.customerId, { iban, ...holder, email: input.payer?.email ?? order.email });
  return startDebit(ctx, order, mandate, input.payer?.email ?? order.email);
}

/** A `directPayment` order: debited at creation on the customer's mandate, without the widget (a next debit, `RCUR`). */
export function startDirectDebit(ctx: DomainContext, order: OrderRecord, mandate: MandateRecord): TransactionRecord {
  return startDebit(ctx, order, mandate, order.email);
}

function startDebit(ctx: DomainContext, order: OrderRecord, mandate: MandateRecord, email: string | undefined): TransactionRecord {
  const earlier = mandate.debitIds.some((id) => {
    const status = ctx.tx.transactions.get(id)?.status;
    // A debit voided before settlement never reached the bank: the next one is still the mandate's first.
    return status !== undefined && status !== 'voided';
  });
  const sequence = earlier ? 'RCUR' : 'FRST';
  const transaction: TransactionRecord = {
    id: newId('auth'),
    orderId: order.id,
    amount: amountToCollect(order),
    amountCaptured: 0,
    amountRefunded: 0,
    status: 'pending',
    paymentMethod: 'sdd',
    createdAt: ctx.now,
    role: 'payment',
    firstName: mandate.firstName,
    lastName: mandate.lastName,
    sdd: {
      mandateId: mandate.id,
      mandateReference: mandate.reference,
      ibanLast4: mandateLast4(mandate),
      sequence,
      settlesAt: settlementDate(ctx.now, sequence),
      profile: profileOf(mandate.iban),
    },
  };
  if (email !== undefined) transaction.email = email;
  ctx.tx.transactions.put(transaction);
  mandate.debitIds.push(transaction.id);
  mandate.lastDebitAt = ctx.now;
  order.customerId = mandate.customerId;
  setStatus(ctx, order, 'pending');
  order.updatedAt = ctx.now;
  if (email) notifyDebit(ctx, order, transaction, mandate, email);
  return transaction;
}

/** The mandate and pre-notification email: reference, creditor, the IBAN's last 4, amount and debit date. */
function notifyDebit(ctx: DomainContext, order: OrderRecord, transaction: TransactionRecord, mandate: MandateRecord, to: string): void {
  const date = new Date(transaction.sdd?.settlesAt ?? ctx.now).toISOString().slice(0, 10);
  const amount = formatCents(transaction.amount, order.currency);
  sendMessage(ctx, {
    channel: 'email',
    to,
    kind: 'sddMandate',
    subject: `Your SEPA Direct Debit mandate ${mandate.reference}`,
    text:
      `You authorised ${mandate.creditorName} (SEPA creditor identifier ${mandate.creditorId}) to debit your account ending ${mandateLast4(mandate)} ` +
      `under the mandate ${mandate.reference}, signed on ${new Date(mandate.signedAt).toISOString().slice(0, 10)}. ` +
      `${amount} will be debited on ${date}. You may ask your bank for a refund within 8 weeks of the debit.`,
    links: [],
    orderId: order.id,
    platformId: order.platformId,
  });
}

const isPendingDebit = (transaction: TransactionRecord) => transaction.paymentMethod === 'sdd' && transaction.status === 'pending' && transaction.sdd !== undefined;

/** The debit settles: captured and the order completed, or failed (the failing sandbox IBAN) and the order payable again. */
function settle(ctx: DomainContext, transaction: TransactionRecord): void {
  const order = ctx.tx.orders.get(transaction.orderId);
  const debit = transaction.sdd;
  if (!order || !debit) return;
  order.updatedAt = ctx.now;
  if (debit.profile === 'fails') {
    fail(ctx, transaction, 'insufficient_funds');
    if (order.status === 'pending') setStatus(ctx, order, 'initiated');
    if (transaction.email) {
      sendMessage(ctx, {
        channel: 'email',
        to: transaction.email,
        kind: 'sddFailed',
        subject: 'Your direct debit could not be collected',
        text: `The direct debit of ${formatCents(transaction.amount, order.currency)} under the mandate ${debit.mandateReference} was refused by your bank (insufficient funds). Your order is not paid.`,
        links: [],
        orderId: order.id,
        platformId: order.platformId,
      });
    }
    return;
  }
  authorize(ctx, transaction);
  capture(ctx, transaction);
  if (order.status === 'pending') complete(ctx, order);
  if (debit.profile === 'disputed') debit.disputesAt = atUtcHour(addTarget2BankingDays(utcDay(ctx.now), DISPUTE_BANKING_DAYS), SETTLEMENT_HOUR_UTC);
}

/** The account holder disputes the settled debit with their bank: what is still captured goes back to them. */
function dispute(ctx: DomainContext, transaction: TransactionRecord): void {
  const order = ctx.tx.orders.get(transaction.orderId);
  const debit = transaction.sdd;
  if (!order || !debit) return;
  if (refundableAmount(transaction) === 0) {
    // The merchant refunded it all already: the bank has nothing left to charge back.
    delete debit.disputesAt;
    return;
  }
  debit.disputedAt = ctx.now;
  refundTransaction(ctx, order, transaction);
  emitWebhook(ctx, order, 'transaction.disputed', transaction.id);
}

registerDueWork({
  name: 'sdd-settlement',
  kind: 'transactions',
  dueAt: (transaction) => (isPendingDebit(transaction) ? (transaction.sdd?.settlesAt ?? null) : null),
  run(ctx, transaction) {
    if (isPendingDebit(transaction) && (transaction.sdd?.settlesAt ?? Infinity) <= ctx.now) settle(ctx, transaction);
  },
});

registerDueWork({
  name: 'sdd-dispute',
  kind: 'transactions',
  dueAt: (transaction) => {
    const debit = transaction.sdd;
    return debit?.disputesAt !== undefined && debit.disputedAt === undefined ? debit.disputesAt : null;
  },
  run(ctx, transaction) {
    const debit = transaction.sdd;
    if (debit?.disputesAt !== undefined && debit.disputedAt === undefined && debit.disputesAt <= ctx.now) dispute(ctx, transaction);
  },
});

/**
 * Bank transfer initiation (`ux: "pis"`, seed 004 "Bank Transfer initiation"; CONTRACT §2): the buyer picks a bank in
 * the widget, which starts an attempt (`POST /v1/orders/{id}/payments` with `method: "pis"` and `bank`): a `pending`
 * transaction whose bank page (`/bank/{transactionId}`, the sandbox's simulated bank) asks to confirm, refuse or cancel.
 *
 * - Confirmed: the bank accepted the initiation. The transaction is authorised and captured at once, the order
 *   `completed` (`order.completed`, as the seed says; settlement itself is not modelled).
 * - Refused or canceled at the bank: the transaction `failed` (`refused_by_bank`, `canceled_at_bank`); the order stays
 *   payable and a new attempt may start.
 * - Left on the bank page: it expires after 15 minutes of sandbox clock (`expired`, due work `pis.expiry`).
 * - Only one attempt can ever succeed: a new attempt gives up the pending ones (`superseded`), an answer is taken once
 *   (a second one, or a reload of the bank page, is a 409 that changes nothing), and confirming an order paid meanwhile
 *   fails the attempt instead of paying twice.
 */
import { bankById, PIS_EXPIRY_MS } from '../../src/core/pis-banks.ts';
import type { PaymentInput } from '../schemas/requests.ts';
import type { OrderRecord, TransactionRecord } from '../state.ts';
import type { DomainContext } from './context.ts';
import { conflict, invalid } from './errors.ts';
import { definedFields } from './fields.ts';
import { newId } from './ids.ts';
import { registerModule } from './modules/index.ts';
import { assertOrderPayable } from './modules/shared.ts';
import { setStatus } from './orders.ts';
import { registerDueWork } from './scheduler.ts';
import { authorize, capture, fail, orderTransactions } from './transactions.ts';

export type BankAnswer = 'confirm' | 'refuse' | 'cancel';

const isPendingInitiation = (transaction: TransactionRecord) => transaction.paymentMethod === 'pis' && transaction.status === 'pending';

export function startPisPayment(ctx: DomainContext, order: OrderRecord, input: PaymentInput): TransactionRecord {
  if (order.ux !== 'pis') throw conflict('method_not_available', `Bank transfer initiation pays pis orders; this order is a ${order.ux} one`);
  assertOrderPayable(order);
  const bank = bankById(input.bank ?? '');
  if (!bank) throw invalid('bank: choose one of the sandbox banks (docs/API.md, "Bank transfer initiation")');
  if (input.amount !== undefined && input.amount !== order.amount) throw conflict('amount_mismatch', `A bank transfer initiation pays the whole order: ${order.amount} cents`);
  // The buyer started again (another bank, or back from a page left open): the earlier attempts can no longer succeed.
  for (const earlier of orderTransactions(ctx, order.id)) if (isPendingInitiation(earlier)) fail(ctx, earlier, 'superseded');
  const payer = input.payer ?? {};
  const transaction: TransactionRecord = {
    id: newId('auth'),
    orderId: order.id,
    amount: order.amount,
    amountCaptured: 0,
    amountRefunded: 0,
    status: 'pending',
    paymentMethod: 'pis',
    createdAt: ctx.now,
    role: 'payment',
    pis: { bank: bank.id, expiresAt: ctx.now + PIS_EXPIRY_MS },
    ...definedFields({ email: payer.email ?? order.email, firstName: payer.firstName ?? order.firstName, lastName: payer.lastName ?? order.lastName }),
  };
  ctx.tx.transactions.put(transaction);
  return transaction;
}

/** The buyer's answer on the bank page; 409 `pis_not_pending` when the attempt was already answered, expired or superseded. */
export function answerBank(ctx: DomainContext, transaction: TransactionRecord, answer: BankAnswer): void {
  if (transaction.paymentMethod !== 'pis') throw conflict('not_a_pis_payment', 'This transaction is not a bank transfer initiation');
  if (transaction.status !== 'pending') {
    throw conflict('pis_not_pending', `This bank transfer initiation is already ${transaction.status}${transaction.declineReason ? ` (${transaction.declineReason})` : ''}`);
  }
  // Its 15 minutes are over though the due work has not run yet (it runs when the clock ticks or moves; the browser
  // sandbox has no tick): the attempt expires now, as it would have, whatever the answer.
  if (transaction.pis && ctx.now >= transaction.pis.expiresAt) return fail(ctx, transaction, 'expired');
  const order = ctx.tx.orders.get(transaction.orderId) as OrderRecord;
  if (answer === 'refuse') return fail(ctx, transaction, 'refused_by_bank');
  if (answer === 'cancel') return fail(ctx, transaction, 'canceled_at_bank');
  if (order.status !== 'initiated') return fail(ctx, transaction, 'order_not_payable');
  authorize(ctx, transaction);
  capture(ctx, transaction);
  setStatus(ctx, order, 'completed');
}

registerDueWork({
  name: 'pis.expiry',
  kind: 'transactions',
  dueAt: (transaction) => (isPendingInitiation(transaction) && transaction.pis ? transaction.pis.expiresAt : null),
  run: (ctx, transaction) => {
    if (isPendingInitiation(transaction)) fail(ctx, transaction, 'expired');
  },
});

registerModule('pis', {
  prepareOrder: () => undefined,
  planPayment() {
    throw conflict('method_not_available', 'A bank transfer initiation order is paid with method "pis" and a bank');
  },
  afterAuthorization: () => undefined,
});

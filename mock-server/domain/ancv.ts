/**
 * ANCV Connect (Chèque-Vacances Connect). The buyer gives their ANCV login; the platform asks the ANCV app for an amount
 * and the transaction waits in `pending` until the buyer answers in the app (simulated by the sandbox endpoint
 * `POST /v1/sandbox/transactions/{id}/ancv-confirm`). The app may confirm less than asked: the transaction then holds
 * the confirmed amount and the rest stays to pay. A refusal, a cancel from the widget or no answer in time ends it
 * without touching what other payments secured.
 *
 * State machine of one ANCV transaction:
 *   pending ──confirm(amount ≤ asked)──► authorized ──(order fully paid)──► captured
 *   pending ──refuse──► failed (ancv_refused)      pending ──timeout──► failed (ancv_timeout)
 *   pending ──cancel (widget) / order deadline or cancel──► voided
 *
 * Minimum: an ANCV payment is at least `settings.ancvMinimum` (20 € on the seeded platforms). Below it, the seed's
 * "less is fully soldered": a smaller ANCV payment is accepted only when it pays everything that is left.
 */
import type { Platform } from '../seed.ts';
import type { PaymentInput } from '../schemas/requests.ts';
import type { OrderRecord, TransactionRecord } from '../state.ts';
import type { DomainContext } from './context.ts';
import { conflict, invalid } from './errors.ts';
import { newId } from './ids.ts';
import { formatCents } from './orders.ts';
import { ancvLoginProblem, normalizeAncvLogin } from '../../src/core/ancv-login.ts';
import { assertOrderPayable } from './modules/shared.ts';
import { amountAvailable, assertWithinAvailable, isPendingAncv, settleIfFullyPaid } from './partial-payments.ts';
import { platformById } from './platforms.ts';
import { registerDueWork } from './scheduler.ts';
import { authorize, fail, reducePending, voidTransaction } from './transactions.ts';

const MINUTE = 60_000;

/** How long the ANCV app has to answer before the request fails (sandbox clock). */
export const ANCV_ANSWER_TIMEOUT_MS = 15 * MINUTE;
/** The seed's "starting from 20€", for platforms whose settings do not say. */
export const DEFAULT_ANCV_MINIMUM = 2000;
/** The login the browserless sandbox `pay` uses when a test does not give one. */
export const SANDBOX_ANCV_LOGIN = '1234567890';

// One rule for the widget and the platform: an email, or an ANCV id of 8 to 12 digits.
export { ancvLoginProblem, normalizeAncvLogin, type AncvLoginProblem } from '../../src/core/ancv-login.ts';

export function ancvMinimum(platform: Platform): number {
  return platform.settings.ancvMinimum ?? DEFAULT_ANCV_MINIMUM;
}

/** The smallest amount an ANCV payment may ask when `available` is left: the minimum, or all of it when it is less. */
export function smallestAncvAmount(minimum: number, available: number): number {
  return Math.min(minimum, available);
}

const ANCV_UXS = new Set<OrderRecord['ux']>(['multi', 'single']);

export function startAncvPayment(ctx: DomainContext, platform: Platform, order: OrderRecord, input: PaymentInput): TransactionRecord {
  // Checks that need nothing but the request come first: a malformed login is refused before anything else.
  const problem = ancvLoginProblem(input.ancvLogin);
  if (problem === 'required') throw invalid('ancvLogin: give the ANCV login (the email of the ANCV account or the ANCV id)');
  if (problem === 'malformed') throw invalid('ancvLogin: an ANCV login is an email address or an ANCV id of 8 to 12 digits');
  if (!platform.settings.ancvShopId) {
    throw conflict('method_not_available', 'ANCV Connect is not configured on this platform (no ANCV shop id)');
  }
  if (!ANCV_UXS.has(order.ux)) throw conflict('method_not_available', `ANCV Connect cannot pay a ${order.ux} order`);
  assertOrderPayable(order);
  const available = amountAvailable(ctx, order);
  if (available === 0) {
    throw conflict('amount_exceeds_remaining', 'Nothing is left to ask for: what is left to pay already awaits confirmation in the ANCV app');
  }
  const amount = input.amount ?? available;
  assertWithinAvailable(ctx, order, amount);
  const minimum = ancvMinimum(platform);
  const floor = smallestAncvAmount(minimum, available);
  if (amount < floor) {
    throw invalid(
      `amount: an ANCV payment is at least ${minimum} cents (${formatCents(minimum, order.currency)})` +
        (available < minimum ? `, or exactly the ${available} cents left to pay` : ''),
    );
  }
  const payer = input.payer ?? {};
  const transaction: TransactionRecord = {
    id: newId('auth'),
    orderId: order.id,
    amount,
    amountCaptured: 0,
    amountRefunded: 0,
    status: 'pending',
    paymentMethod: 'ancv',
    createdAt: ctx.now,
    role: 'payment',
    ancv: { login: normalizeAncvLogin(input.ancvLogin ?? ''), requestedAmount: amount, expiresAt: ctx.now + ANCV_ANSWER_TIMEOUT_MS },
  };
  const email = payer.email ?? order.email;
  const firstName = payer.firstName ?? order.firstName;
  const lastName = payer.lastName ?? order.lastName;
  if (email !== undefined) transaction.email = email;
  if (firstName !== undefined) transaction.firstName = firstName;
  if (lastName !== undefined) transaction.lastName = lastName;
  ctx.tx.transactions.put(transaction);
  order.updatedAt = ctx.now;
  return transaction;
}

export type AncvAnswer = { amount: number } | { refuse: true };

function assertAwaitingAnswer(transaction: TransactionRecord): void {
  if (transaction.paymentMethod !== 'ancv') {
    throw conflict('not_an_ancv_payment', `Transaction ${transaction.id} is a ${transaction.paymentMethod} payment, not an ANCV one`);
  }
  if (!isPendingAncv(transaction)) {
    throw conflict('ancv_not_pending', `This ANCV payment is ${transaction.status}: it no longer awaits an answer from the ANCV app`);
  }
}

/** The buyer answers in the ANCV app: confirms (possibly less than asked) or refuses. */
export function answerAncv(ctx: DomainContext, transaction: TransactionRecord, answer: AncvAnswer): void {
  assertAwaitingAnswer(transaction);
  const order = ctx.tx.orders.get(transaction.orderId);
  if (!order) throw new Error(`transaction ${transaction.id} has no order`);
  if ('refuse' in answer) {
    fail(ctx, transaction, 'ancv_refused');
    order.updatedAt = ctx.now;
    return;
  }
  const asked = transaction.amount;
  const floor = smallestAncvAmount(ancvMinimum(platformById(ctx.tx, order.platformId)), asked);
  if (answer.amount > asked) {
    throw invalid(`amount: the ANCV app confirms at most the ${asked} cents asked, not ${answer.amount}`);
  }
  if (answer.amount < floor) {
    throw invalid(`amount: ANCV confirms at least ${floor} cents (its minimum); refuse the payment instead`);
  }
  if (answer.amount < asked) reducePending(ctx, transaction, answer.amount);
  authorize(ctx, transaction);
  order.updatedAt = ctx.now;
  settleIfFullyPaid(ctx, order);
}

/** The buyer gives up waiting (Cancel in the widget): the request is withdrawn, nothing else changes. */
export function cancelAncvPayment(ctx: DomainContext, transaction: TransactionRecord): void {
  assertAwaitingAnswer(transaction);
  voidTransaction(ctx, transaction);
  const order = ctx.tx.orders.get(transaction.orderId);
  if (order) order.updatedAt = ctx.now;
}

registerDueWork({
  name: 'ancv-answer-timeout',
  kind: 'transactions',
  dueAt: (transaction) => (isPendingAncv(transaction) && transaction.ancv ? transaction.ancv.expiresAt : null),
  run(ctx, transaction) {
    if (!isPendingAncv(transaction) || !transaction.ancv || transaction.ancv.expiresAt > ctx.now) return;
    fail(ctx, transaction, 'ancv_timeout');
    const order = ctx.tx.orders.get(transaction.orderId);
    if (order) order.updatedAt = ctx.now;
  },
});

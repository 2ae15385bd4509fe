/**
 * Collecting schedule payments on their due dates, and the platform's recovery policy when a capture fails: retries on
 * the platform's rhythm and an email with the recovery link. Registered as due work by `installments.ts`; pay later's
 * single deferred debit is collected the same way.
 */
import type { InstallmentRecord, OrderRecord, TransactionRecord } from '../../state.ts';
import type { StoreView } from '../../store.ts';
import { laterDebitDeclined } from '../cards.ts';
import type { DomainContext } from '../context.ts';
import { emitWebhook, sendMessage } from '../events.ts';
import { formatCents } from '../orders.ts';
import { platformById } from '../platforms.ts';
import { authorize, capture } from '../transactions.ts';
import { completeIfSettled, formatDate, isCollectable, markPaid, recoveryPageUrl, transactionOf } from './installments-settlement.ts';

const MINUTE = 60_000;

/**
 * Takes one due installment. The sandbox's bank answers from the card the buyer gave at payment: test card
 * 4000 0000 0000 0341 succeeds once and fails every later capture, which starts the platform's recovery;
 * 4000 0000 0000 0259 fails each capture on its due date and succeeds when it is retried.
 */
export function collectInstallment(ctx: DomainContext, order: OrderRecord, installment: InstallmentRecord): void {
  const transaction = transactionOf(ctx.tx, installment);
  if (!isCollectable(transaction)) {
    installment.nextAttemptAt = null;
    return;
  }
  if (laterDebitDeclined(transaction.cardProfile, installment.attempts)) {
    recordFailedCollection(ctx, order, installment, transaction);
    return;
  }
  if (transaction.status === 'pendingAuthorization') authorize(ctx, transaction);
  capture(ctx, transaction);
  markPaid(ctx, order, installment, transaction);
  completeIfSettled(ctx, order);
}

function recordFailedCollection(ctx: DomainContext, order: OrderRecord, installment: InstallmentRecord, transaction: TransactionRecord): void {
  const platform = platformById(ctx.tx, order.platformId);
  const policy = platform.settings.recovery;
  const firstFailure = installment.status === 'pending';
  installment.attempts += 1;
  // The seed: "unpaid: due date passed and transaction not captured". The transaction stays as it was, so a retry or
  // the recovery link can still take it, and a refund still voids it.
  installment.status = 'unpaid';
  transaction.declineReason = 'card_declined';
  const retriesDone = installment.attempts - 1;
  if (policy && retriesDone < policy.retryCount) {
    // Retries keep to their rhythm from the due date ("every day at the due time"), never in the past.
    const every = policy.retryEveryMinutes * MINUTE;
    const scheduled = (firstFailure ? installment.dueDate : (installment.nextAttemptAt ?? ctx.now)) + every;
    installment.nextAttemptAt = scheduled > ctx.now ? scheduled : ctx.now + every;
  } else {
    installment.nextAttemptAt = null;
  }
  if (!firstFailure) return;
  emitWebhook(ctx, order, 'installment.unpaid', installment.id);
  const to = transaction.email ?? order.email;
  if (policy?.emailLink && to) {
    const link = recoveryPageUrl(ctx, transaction.id);
    sendMessage(ctx, {
      channel: 'email',
      to,
      kind: 'installmentRecovery',
      subject: 'A payment of your order could not be taken',
      text:
        `The payment of ${formatCents(installment.amount, order.currency)} due on ${formatDate(installment.dueDate)} was declined. ` +
        (installment.nextAttemptAt ? `We will try again on ${formatDate(installment.nextAttemptAt)}. ` : '') +
        `You can pay it now with another card, and see your schedule: ${link}`,
      links: [link],
      orderId: order.id,
      platformId: order.platformId,
    });
  }
}
export /** When the order's next installment capture or retry falls due. */
function nextCollectionAt(order: OrderRecord, view: StoreView): number | null {
  if (order.status !== 'confirmed' || !order.installments) return null;
  let next: number | null = null;
  for (const installment of order.installments) {
    const at = installment.status === 'pending' ? installment.dueDate : installment.status === 'unpaid' ? installment.nextAttemptAt : null;
    if (at === null || !isCollectable(transactionOf(view, installment))) continue;
    if (next === null || at < next) next = at;
  }
  return next;
}

/** Takes the order's installments due at `ctx.now`, earliest first. */
export function collectDueInstallments(ctx: DomainContext, order: OrderRecord): void {
  if (order.status !== 'confirmed' || !order.installments) return;
  const due = order.installments
    .filter((installment) => {
      const at = installment.status === 'pending' ? installment.dueDate : installment.status === 'unpaid' ? installment.nextAttemptAt : null;
      return at !== null && at <= ctx.now;
    })
    .sort((a, b) => a.dueDate - b.dueDate);
  for (const installment of due) collectInstallment(ctx, order, installment);
}

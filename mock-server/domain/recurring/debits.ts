/**
 * Merchant-initiated debits on a saved method (seed "Reuse method": `customerId` + `debitAuto: true`; subscription
 * cycles and their retries). No widget and no 3-D Secure challenge: the buyer is not there, as for a real
 * merchant-initiated transaction. The sandbox's bank answers from the test card the method was saved from
 * (domain/cards.ts): 4000 0000 0000 0341 fails every later debit, 4000 0000 0000 0259 fails the first debit of an
 * invoice and succeeds when retried; an expired card is refused.
 */
import type { CustomerMethodRecord, OrderRecord, TransactionRecord } from '../../state.ts';
import { cardExpiresAt, laterDebitDeclined } from '../cards.ts';
import type { DomainContext } from '../context.ts';
import { definedFields } from '../fields.ts';
import { newId } from '../ids.ts';
import { completeAuthorization } from '../payments.ts';
import { fail } from '../transactions.ts';
import { LIVE_DECLINE_MESSAGES, liveDecline } from '../live-mode.ts';

export const DEBIT_DECLINE_MESSAGES: Record<string, string> = {
  card_declined: 'The bank declined the debit of the saved card',
  insufficient_funds: 'The bank declined the debit: insufficient funds',
  expired_card: 'The saved card has expired',
  ...LIVE_DECLINE_MESSAGES,
};

/** Why the bank refuses this debit, or null when it accepts it. */
export function debitRefusal(ctx: DomainContext, method: CustomerMethodRecord, failedAttemptsSoFar: number): string | null {
  // Live mode's bank declines every debit (domain/live-mode.ts): a saved test card as a test card.
  const live = liveDecline(ctx, { savedCard: method.card });
  if (live) return live;
  if (cardExpiresAt(method.card) < ctx.now) return 'expired_card';
  if (method.cardProfile === 'declined') return 'card_declined';
  if (method.cardProfile === 'insufficientFunds') return 'insufficient_funds';
  if (laterDebitDeclined(method.cardProfile, failedAttemptsSoFar)) return 'card_declined';
  return null;
}

/**
 * Debits `order`'s whole amount on `method`: a new card transaction, authorised and applied by the order's module
 * (a single order is captured and completed, with its webhooks) or failed with its reason. `failedAttemptsSoFar`:
 * earlier failed debits of the same invoice (a retry).
 */
export function debitMethod(ctx: DomainContext, order: OrderRecord, method: CustomerMethodRecord, failedAttemptsSoFar = 0): TransactionRecord {
  const { bin, last4, expiryMonth, expiryYear, paymentMethod } = method.card;
  const transaction: TransactionRecord = {
    id: newId('auth'),
    orderId: order.id,
    amount: order.amount,
    amountCaptured: 0,
    amountRefunded: 0,
    status: 'pendingAuthorization',
    paymentMethod: 'card',
    createdAt: ctx.now,
    card: { brand: paymentMethod, ...definedFields({ bin }), last4, expiryMonth, expiryYear },
    cardProfile: method.cardProfile,
    role: 'payment',
    ...definedFields({ email: order.email, firstName: order.firstName, lastName: order.lastName }),
  };
  ctx.tx.transactions.put(transaction);
  order.updatedAt = ctx.now;
  const refusal = debitRefusal(ctx, method, failedAttemptsSoFar);
  if (refusal) fail(ctx, transaction, refusal);
  else completeAuthorization(ctx, order, transaction);
  return transaction;
}

/** Records on the order how its `debitAuto` debit went (`order.debit`). */
export function noteDebit(order: OrderRecord, transaction: TransactionRecord): void {
  order.debit = {
    transactionId: transaction.id,
    status: transaction.status === 'failed' ? 'failed' : 'captured',
    ...definedFields({ declineReason: transaction.declineReason }),
  };
}

/**
 * What the buyer is told once the ANCV app answered a request (confirmed, for less, refused, expired, canceled). Pure:
 * tested on its own; `money` formats cents.
 */
import type { Transaction } from '../../core/contract/index.ts';
import { isSecured } from './amounts.ts';
import type { MultiNotice } from './messages.ts';

/** `left`: what is left to pay on the order now, in cents. */
export function ancvAnswerNotice(transaction: Transaction, left: number, money: (cents: number) => string): MultiNotice {
  const requested = transaction.ancv?.requestedAmount ?? transaction.amount;
  if (isSecured(transaction)) {
    return {
      tone: 'success',
      title: 'partPaidTitle',
      message: transaction.amount < requested ? 'partPaidAncvLess' : 'partPaidAncv',
      params: { amount: money(transaction.amount), requested: money(requested), left: money(left) },
    };
  }
  const amount = money(requested);
  if (transaction.status === 'voided') return { tone: 'danger', title: 'ancvCanceledTitle', message: 'ancvCanceled', params: { amount } };
  const timeout = transaction.declineReason === 'ancv_timeout';
  return {
    tone: 'danger',
    title: timeout ? 'ancvTimeoutTitle' : 'ancvRefusedTitle',
    message: timeout ? 'ancvTimeout' : 'ancvRefused',
    params: { amount },
  };
}

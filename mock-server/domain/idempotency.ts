/**
 * How long the first answer to a payment sent with an `Idempotency-Key` is kept: 24 hours of sandbox time (what
 * payment APIs commonly keep them for). Later, the key is free again and a retry is a new payment. Expired answers
 * are dropped through their own due index as the clock passes them (runtime.ts), and ignored if read before that.
 */
import type { IdempotentAnswer } from '../state.ts';
import type { Tx } from '../store.ts';
import { registerDue } from '../store/due.ts';

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60_000;
const EXPIRY = 'idempotency.expiry';

registerDue({ name: EXPIRY, kind: 'idempotency', dueAt: (answer) => answer.createdAt + IDEMPOTENCY_TTL_MS });

export function isKept(answer: IdempotentAnswer, now: number): boolean {
  return answer.createdAt + IDEMPOTENCY_TTL_MS > now;
}

/** Deletes the answers expired at `now`; costs what expires, not what is kept. */
export function dropExpiredAnswers(tx: Tx, now: number): void {
  for (const answer of tx.takeDue<'idempotency'>(EXPIRY, now)) tx.idempotency.delete(answer.id);
}

/** Whether an answer has expired by `now` (cheap enough to ask before every write). */
export function answersExpireBy(tx: Tx, now: number): boolean {
  return tx.nextDue(EXPIRY, now) !== null;
}

/**
 * What a public key may read of a shared order. A split order's sharing link reaches people the captain invited, and the
 * public key is on every checkout page: with both, anyone could read the order. So on split orders (and single + split
 * ones) the public key gets payers by first name only: no email, no last name, no card. The secret key (the merchant's
 * back end) reads everything; a payer's own payment answer is theirs to read.
 */
import type { Order, Transaction } from '../../src/core/schemas.ts';
import { isSplitUx } from '../domain/orders.ts';
import type { Caller } from '../domain/platforms.ts';
import type { OrderRecord } from '../state.ts';

function shared(caller: Caller | undefined, order: Pick<OrderRecord, 'ux' | 'singleSplit'>): boolean {
  return caller?.scope === 'public' && (isSplitUx(order.ux) || order.singleSplit === true);
}

export function shownOrder(caller: Caller | undefined, record: Pick<OrderRecord, 'ux' | 'singleSplit'>, order: Order): Order {
  if (!shared(caller, record)) return order;
  const { email: _email, lastName: _lastName, ...shown } = order;
  return shown;
}

export function shownTransaction(caller: Caller | undefined, record: Pick<OrderRecord, 'ux' | 'singleSplit'>, transaction: Transaction): Transaction {
  if (!shared(caller, record)) return transaction;
  const { email: _email, lastName: _lastName, card: _card, ...shown } = transaction;
  return shown;
}

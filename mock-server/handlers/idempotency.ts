/**
 * Payments run at most once per `Idempotency-Key`: a repeated request (a double click, a retry after a network failure)
 * gets the first answer again; the same key reused for another payment is refused.
 */
import type { DomainContext } from '../domain/context.ts';
import { conflict } from '../domain/errors.ts';
import { isKept } from '../domain/idempotency.ts';
import type { Caller } from '../domain/platforms.ts';
import { Reply } from './kit.ts';

interface WithCard {
  card?: { number: string; expiryMonth: string; expiryYear: string } | undefined;
  wallet?: { token: string } | undefined;
}

/** FNV-1a (32 bits): tells two wallet tokens apart without keeping either (the stored answer is kept 24 hours). */
function digest(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193) >>> 0;
  return hash.toString(16);
}

/**
 * What a payment asks, without the card's number or code nor a wallet's token, to tell a replay from another payment
 * under the same key.
 */
function fingerprint(path: string, request: object): string {
  const body: WithCard = request;
  const card = body.card ? { last4: body.card.number.slice(-4), expiry: `${body.card.expiryMonth}/${body.card.expiryYear}` } : null;
  const wallet = body.wallet ? { token: digest(body.wallet.token) } : undefined;
  return JSON.stringify({ ...body, path, card, wallet });
}

// Live answers are kept under keys of their own: a sandbox and a live request may use the same Idempotency-Key.
const slotOf = (caller: Caller, key: string) => `${caller.platform.id}:${caller.mode === 'live' ? 'live:' : ''}${key}`;

/**
 * The transaction a payment answer stored under `key` names (`data.transaction.id` of a success, `transactionId` of a
 * 402 decline); `null` when nothing ran under that key for this platform (or its answer is no longer kept, so a retry
 * would be a new payment), `undefined` when the answer names none.
 */
export function attemptTransactionId(ctx: DomainContext, caller: Caller, key: string): string | null | undefined {
  const earlier = ctx.tx.idempotency.get(slotOf(caller, key));
  if (!earlier || !isKept(earlier, ctx.now)) return null;
  const body = earlier.body as { data?: { transaction?: { id?: unknown } }; transactionId?: unknown };
  const id = body.data?.transaction?.id ?? body.transactionId;
  return typeof id === 'string' ? id : undefined;
}

/** `body`: what the request asks (a payment, a subscription): a replay must ask the same to get the first answer. */
export function oncePerKey(ctx: DomainContext, caller: Caller, request: Request, body: object, pay: () => Reply): Reply {
  const key = request.headers.get('Idempotency-Key');
  if (!key) return pay();
  const slot = slotOf(caller, key);
  const print = fingerprint(new URL(request.url).pathname, body);
  const earlier = ctx.tx.idempotency.get(slot);
  if (earlier && isKept(earlier, ctx.now)) {
    if (earlier.fingerprint !== print) throw conflict('idempotency_key_reused', 'This Idempotency-Key was already used for another request');
    return new Reply(earlier.status, earlier.body);
  }
  const reply = pay();
  ctx.tx.idempotency.put({ id: slot, status: reply.status, body: reply.body, fingerprint: print, createdAt: ctx.now });
  return reply;
}

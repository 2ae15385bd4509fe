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
}

/** What a payment asks, without the card's number or code, to tell a replay from another payment under the same key. */
function fingerprint(path: string, body: WithCard): string {
  const card = body.card ? { last4: body.card.number.slice(-4), expiry: `${body.card.expiryMonth}/${body.card.expiryYear}` } : null;
  return JSON.stringify({ ...body, path, card });
}

export function oncePerKey(ctx: DomainContext, caller: Caller, request: Request, body: WithCard, pay: () => Reply): Reply {
  const key = request.headers.get('Idempotency-Key');
  if (!key) return pay();
  const slot = `${caller.platform.id}:${key}`;
  const print = fingerprint(new URL(request.url).pathname, body);
  const earlier = ctx.tx.idempotency.get(slot);
  if (earlier && isKept(earlier, ctx.now)) {
    if (earlier.fingerprint !== print) throw conflict('idempotency_key_reused', 'This Idempotency-Key was already used for another payment');
    return new Reply(earlier.status, earlier.body);
  }
  const reply = pay();
  ctx.tx.idempotency.put({ id: slot, status: reply.status, body: reply.body, fingerprint: print, createdAt: ctx.now });
  return reply;
}

/**
 * `GET /v1/orders/{id}/live?since={version}&wait={ms}`: a long poll that answers as soon as the order's version differs
 * from `since` (a co-buyer paid, the merchant canceled or refunded, the deadline passed, the sandbox clock moved), or
 * with `changed: false` after `wait` ms (default 20 s, at most 25 s). Any key of the order's platform; it works the
 * same through the MSW service worker and the HTTP sandbox, which a stream (SSE) would not without more machinery.
 *
 * A waiting request looks at the order again only when a store commit touched it (its record, one of its transactions
 * or their operations, any record naming it) or moved the clock: it wakes on the commit, and costs nothing meanwhile.
 * Every look is a `store.read` on the stored records in place (nothing copied), never a transaction, so a waiting widget
 * holds no lock and delays no writer.
 */
import { http, type HttpHandler } from 'msw';
import { wallClockNow } from '../clock.ts';
import { domainContext } from '../domain/context.ts';
import { DomainError, notFound } from '../domain/errors.ts';
import { orderFor } from '../domain/orders.ts';
import type { SandboxRuntime } from '../runtime.ts';
import type { Change, StoreView } from '../store.ts';
import type { LiveOrder } from '../../src/core/schemas.ts';
import { clientGone, jsonResponse } from './answer.ts';
import { checkoutOf } from './checkout.ts';
import { callerOf, Reply } from './kit.ts';

export const LIVE_DEFAULT_WAIT_MS = 20_000;
export const LIVE_MAX_WAIT_MS = 25_000;

type Look = { kind: 'answer'; live: Omit<LiveOrder, 'changed'> } | { kind: 'refused'; status: number; body: unknown };

function waitOf(url: URL): number {
  const asked = Number(url.searchParams.get('wait') ?? LIVE_DEFAULT_WAIT_MS);
  return Number.isFinite(asked) ? Math.min(LIVE_MAX_WAIT_MS, Math.max(0, Math.trunc(asked))) : LIVE_DEFAULT_WAIT_MS;
}

/**
 * The orders whose live version a commit may have changed: an order written, the order a written record names
 * (`orderId`: transactions, webhooks, outbox, and any kind to come that belongs to an order), the order of the
 * transaction a written record names (`transactionId`: operations). A deleted record names nothing (only idempotency
 * answers are ever deleted).
 */
export function ordersTouched(changes: readonly Change[], view: StoreView): Set<string> {
  const orders = new Set<string>();
  for (const { kind, id, record } of changes) {
    if (kind === 'orders') {
      orders.add(id);
      continue;
    }
    const named = record as { orderId?: unknown; transactionId?: unknown } | null;
    if (typeof named?.orderId === 'string') orders.add(named.orderId);
    if (typeof named?.transactionId === 'string') {
      const orderId = view.transactions.get(named.transactionId)?.orderId;
      if (orderId !== undefined) orders.add(orderId);
    }
  }
  return orders;
}

/** The requests waiting on each order, woken by the commits that touch it (or everything, when the clock moved). */
class Waiters {
  readonly #byOrder = new Map<string, Set<() => void>>();

  constructor(runtime: SandboxRuntime) {
    runtime.store.onCommit((changes, everything) => {
      if (this.#byOrder.size === 0) return;
      const woken = everything ? [...this.#byOrder.keys()] : ordersTouched(changes, runtime.store.view);
      for (const orderId of woken) this.#byOrder.get(orderId)?.forEach((wake) => wake());
    });
  }

  /** Calls `wake` after each commit that touches `orderId`, until the returned function is called. */
  add(orderId: string, wake: () => void): () => void {
    let waiting = this.#byOrder.get(orderId);
    if (!waiting) this.#byOrder.set(orderId, (waiting = new Set()));
    waiting.add(wake);
    return () => {
      waiting.delete(wake);
      if (waiting.size === 0 && this.#byOrder.get(orderId) === waiting) this.#byOrder.delete(orderId);
    };
  }
}

export function liveHandlers(runtime: SandboxRuntime): HttpHandler[] {
  const waiters = new Waiters(runtime);
  return [
    http.get('*/v1/orders/:id/live', async ({ request, params }) => {
      const url = new URL(request.url);
      const since = url.searchParams.get('since');
      const until = wallClockNow() + waitOf(url);
      const orderId = String(params.id ?? '');
      // Over HTTP, a client that hangs up ends the wait (its answer is then written to nobody, and nothing lingers).
      const signals = [request.signal, runtime.stopping, ...[clientGone(request)].filter((signal) => signal !== undefined)];
      const look = () =>
        runtime.store.read((view): Look => {
          const caller = callerOf(view, request);
          if (caller instanceof Reply) return { kind: 'refused', status: caller.status, body: caller.body };
          view.mode = caller.mode;
          try {
            const ctx = domainContext(view, runtime.publicUrl(request));
            const checkout = checkoutOf(ctx, caller, orderFor(ctx, caller.platform, orderId));
            return { kind: 'answer', live: { version: checkout.version, now: checkout.now, status: checkout.order.status } };
          } catch (error) {
            const refusal = error instanceof DomainError ? error : notFound('Order');
            return { kind: 'refused', status: refusal.status, body: { status: refusal.status, success: false, errors: refusal.errors, code: refusal.code } };
          }
        });
      // Listening from before the first look: a commit that lands between a look and the wait is not missed.
      let touched = false;
      let wake: (() => void) | null = null;
      const stopListening = waiters.add(orderId, () => {
        touched = true;
        wake?.();
      });
      try {
        for (;;) {
          touched = false;
          const seen = await look();
          if (seen.kind === 'refused') return jsonResponse(seen.body, seen.status, request);
          const changed = since !== null && seen.live.version !== since;
          const left = until - wallClockNow();
          if (since === null || changed || left <= 0 || signals.some((signal) => signal.aborted)) {
            return jsonResponse({ success: true, data: { ...seen.live, changed } satisfies LiveOrder }, 200, request);
          }
          if (!touched) await wakeOrTimeout(left, signals, (resolve) => (wake = resolve));
          wake = null;
        }
      } finally {
        stopListening();
      }
    }),
  ];
}

/**
 * Resolves after `ms`, when one of `signals` aborts (the request's, the sandbox stopping), or when the function handed
 * to `setWake` is called.
 */
function wakeOrTimeout(ms: number, signals: AbortSignal[], setWake: (wake: () => void) => void): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      for (const signal of signals) signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    for (const signal of signals) signal.addEventListener('abort', done, { once: true });
    setWake(done);
  });
}

/**
 * Delivers queued webhooks for real: signs the body (HMAC-SHA256 with the platform's webhook secret), POSTs it, records
 * each attempt, and retries every 3 minutes of sandbox time, 5 times at most, when no 2xx came back (CONTRACT §4).
 *
 * Each delivery is delivered successfully at most once, whatever the receiver's speed: a dispatcher claims a delivery
 * (`inFlight`) and owns it until its attempt ends — answered, failed, or aborted by the attempt timeout (30 s) — never
 * because some time passed. A claim is only taken over from a dispatcher that is gone (a tab closed, a process that
 * stopped): liveness, not a timer. Redirects are not followed: a 3xx is a failed attempt and nothing is sent elsewhere.
 *
 * What may be sent is found through two due indexes (store/due.ts), never by looking at every delivery: unclaimed
 * deliveries by the instant of their next attempt (`webhooks.delivery`), and the claims in flight (`webhooks.claims`),
 * read to free those whose dispatcher is gone.
 */
import type { WebhookDelivery } from './state.ts';
import type { Store, StoreView, Tx } from './store.ts';
import { registerDue } from './store/due.ts';
import { sandboxNow, wallClockNow } from './clock.ts';

export const RETRY_EVERY_MS = 3 * 60_000;
export const MAX_RETRIES = 5;
/** How long one attempt may take before it is aborted and counted as failed (CONTRACT §4: "no 2xx within 30 s"). */
export const ATTEMPT_TIMEOUT_MS = 30_000;
export const SIGNATURE_HEADER = 'SG-Signature';

export interface WebhookAnswer {
  status: number | null;
  error?: string;
}

/** Sends one attempt. `signal` aborts when the attempt times out; the sender should stop then (the dispatcher does not wait). */
export type WebhookSender = (url: string, body: string, headers: Record<string, string>, signal: AbortSignal) => Promise<WebhookAnswer>;

export async function signBody(secret: string, body: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(body)));
  return `v1=${Array.from(mac, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

/** POSTs with `fetch`, never following a redirect: the body and its signature go to the URL the merchant gave, nowhere else. */
export const fetchSender: WebhookSender = async (url, body, headers, signal) => {
  try {
    const response = await fetch(url, { method: 'POST', body, headers, signal, redirect: 'manual' });
    await response.body?.cancel();
    // Browsers hide a redirect behind an opaque answer (status 0); Node shows the 3xx itself.
    if (response.type === 'opaqueredirect') return { status: null, error: 'Redirect not followed' };
    if (response.status >= 300 && response.status < 400) {
      return { status: response.status, error: `Redirect not followed (Location: ${response.headers.get('location') ?? 'none'})` };
    }
    return { status: response.status };
  } catch (error) {
    return { status: null, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
};

/** Who holds claims now: which claims are still owned, so that nobody else sends those deliveries. */
export type ClaimHolders = (delivery: WebhookDelivery) => boolean;

const DELIVERY = 'webhooks.delivery';
const CLAIMS = 'webhooks.claims';

/**
 * When a delivery may next be attempted: pending, not claimed, and its order has no other event in flight (one order's
 * events never overtake each other; the next one's time comes when that attempt ends). The store keeps deliveries by
 * this instant (store/due.ts); a claim on one delivery changes its order's others, hence `dependents`.
 */
function attemptAt(delivery: WebhookDelivery, view: StoreView): number | null {
  if (delivery.status !== 'pending' || delivery.nextAttemptAt === null || delivery.inFlight) return null;
  const { orderId } = delivery;
  if (orderId !== undefined && view.webhooks.list('orderId', orderId).some((other) => other.id !== delivery.id && other.inFlight)) return null;
  return delivery.nextAttemptAt;
}

const sameOrder = (delivery: WebhookDelivery, view: StoreView): string[] =>
  delivery.orderId === undefined ? [] : view.webhooks.list('orderId', delivery.orderId).map((other) => other.id);

registerDue({ name: DELIVERY, kind: 'webhooks', dueAt: attemptAt, dependents: sameOrder });
// The claims in flight, so that those of a dispatcher that is gone are found without looking at every delivery.
registerDue({ name: CLAIMS, kind: 'webhooks', dueAt: (delivery) => delivery.inFlight?.since ?? null });

/** The earliest time a delivery may be attempted, if at or before `limit`; null when none (see `attemptAt`). */
export function nextWebhookDueAt(tx: Tx, limit = Number.MAX_SAFE_INTEGER): number | null {
  return tx.nextDue(DELIVERY, limit);
}

/** Whether some delivery is claimed by a dispatcher that no longer holds it (gone, or an attempt of ours that ended). */
export function hasOrphanClaims(tx: Tx, isHeld: ClaimHolders): boolean {
  return tx.listDue<'webhooks'>(CLAIMS, Number.MAX_SAFE_INTEGER).some((delivery) => !isHeld(delivery));
}

export interface DispatcherOptions {
  store: Store;
  send: WebhookSender;
  /** This dispatcher's id, recorded on what it claims (a tab, a process). */
  owner?: string;
  /** Attempt timeout in ms (default 30 s). */
  attemptTimeoutMs?: number;
  /** Other dispatchers sharing the store that are still alive (other tabs); none by default (one process owns its store). */
  othersAlive?: () => Promise<Set<string>>;
}

/** Sends due webhooks, each claimed delivery owned by this dispatcher until its attempt ends. */
export class WebhookDispatcher {
  readonly owner: string;
  readonly #store: Store;
  readonly #send: WebhookSender;
  readonly #attemptTimeoutMs: number;
  readonly #othersAlive: () => Promise<Set<string>>;
  /** Deliveries this dispatcher is sending right now. */
  readonly #running = new Set<string>();

  constructor(options: DispatcherOptions) {
    this.owner = options.owner ?? crypto.randomUUID();
    this.#store = options.store;
    this.#send = options.send;
    this.#attemptTimeoutMs = options.attemptTimeoutMs ?? ATTEMPT_TIMEOUT_MS;
    this.#othersAlive = options.othersAlive ?? (async () => new Set());
  }

  /** Whether claims are held right now: ours while their attempt runs, another dispatcher's while it is alive. */
  async holders(): Promise<ClaimHolders> {
    const others = await this.#othersAlive();
    return (delivery) => {
      const claim = delivery.inFlight;
      if (!claim) return false;
      return claim.owner === this.owner ? this.#running.has(delivery.id) : others.has(claim.owner);
    };
  }

  /**
   * Claims every delivery due now and starts its attempt; answers once the claims are stored, with a promise of the
   * attempts' end. One order's events go out one after the other, in the order they happened; orders side by side.
   */
  async dispatchDue(): Promise<{ claimed: number; attempts: Promise<void> }> {
    const isHeld = await this.holders();
    const idle = await this.#store.read((view) => nextWebhookDueAt(view, sandboxNow(view.clockOffsetMs)) === null && !hasOrphanClaims(view, isHeld));
    // Nothing due (most requests): no write at all.
    if (idle) return { claimed: 0, attempts: Promise.resolve() };
    const claimed = await this.#store.transact((tx) => {
      const now = sandboxNow(tx.clockOffsetMs);
      // Claims nobody holds any more are free again: those due now are claimed below with the rest.
      const freed = tx.listDue<'webhooks'>(CLAIMS, Number.MAX_SAFE_INTEGER).filter((delivery) => !isHeld(delivery));
      for (const delivery of freed) delete delivery.inFlight;
      // One order's events go in the order they happened (a stable sort keeps the index's order otherwise).
      const due = [...tx.takeDue<'webhooks'>(DELIVERY, now), ...freed].sort((a, b) => a.createdAt - b.createdAt);
      return due
        .filter((delivery) => isDue(delivery, now) && !orderInFlight(tx, delivery, isHeld))
        .map((delivery) => {
          delivery.inFlight = { owner: this.owner, since: now };
          this.#running.add(delivery.id);
          const secret = tx.platforms.get(delivery.platformId)?.webhookSecret ?? '';
          return { id: delivery.id, url: delivery.url ?? '', body: delivery.body, secret, orderKey: delivery.orderId ?? delivery.id };
        });
    });
    const byOrder = new Map<string, typeof claimed>();
    for (const delivery of claimed) byOrder.set(delivery.orderKey, [...(byOrder.get(delivery.orderKey) ?? []), delivery]);
    const attempts = Promise.all(
      [...byOrder.values()].map(async (deliveries) => {
        for (const { id, url, body, secret } of deliveries) await this.#attempt(id, url, body, secret);
      }),
    ).then(() => undefined);
    return { claimed: claimed.length, attempts };
  }

  async #attempt(id: string, url: string, body: string, secret: string): Promise<void> {
    let signature: string | null = null;
    let answer: WebhookAnswer;
    const started = wallClockNow();
    try {
      signature = await signBody(secret, body);
      answer = await this.#sendWithin(url, body, { 'Content-Type': 'application/json', [SIGNATURE_HEADER]: signature });
    } catch (error) {
      answer = { status: null, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    }
    const durationMs = wallClockNow() - started;
    try {
      await this.#store.transact((tx) => {
        const delivery = tx.webhooks.get(id);
        if (delivery?.inFlight?.owner === this.owner) recordAttempt(delivery, sandboxNow(tx.clockOffsetMs), signature, answer, durationMs);
      });
    } finally {
      this.#running.delete(id);
    }
  }

  /** One attempt, aborted after the attempt timeout: a sender that does not stop on the signal is not waited for. */
  async #sendWithin(url: string, body: string, headers: Record<string, string>): Promise<WebhookAnswer> {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<WebhookAnswer>((resolve) => {
      timer = setTimeout(() => {
        controller.abort(new DOMException(`no answer within ${this.#attemptTimeoutMs} ms`, 'TimeoutError'));
        resolve({ status: null, error: `TimeoutError: no answer within ${this.#attemptTimeoutMs} ms` });
      }, this.#attemptTimeoutMs);
    });
    try {
      return await Promise.race([this.#send(url, body, headers, controller.signal), timedOut]);
    } finally {
      clearTimeout(timer);
    }
  }
}

const isDue = (delivery: WebhookDelivery, now: number): boolean =>
  delivery.status === 'pending' && delivery.nextAttemptAt !== null && delivery.nextAttemptAt <= now && !delivery.inFlight;

/** Whether another event of the delivery's order is on its way, held by a live dispatcher (claims freed above are not). */
function orderInFlight(tx: Tx, delivery: WebhookDelivery, isHeld: ClaimHolders): boolean {
  if (delivery.orderId === undefined) return false;
  return tx.webhooks.list('orderId', delivery.orderId).some((other) => other.id !== delivery.id && other.inFlight !== undefined && isHeld(other));
}

/** The attempt's outcome, and the claim released: delivered on a 2xx, otherwise retried in 3 minutes or given up. */
function recordAttempt(delivery: WebhookDelivery, now: number, signature: string | null, answer: WebhookAnswer, durationMs: number): void {
  delete delivery.inFlight;
  if (signature) delivery.signature = signature;
  delivery.attempts.push({ at: now, status: answer.status, durationMs, ...(answer.error ? { error: answer.error } : {}) });
  if (answer.status !== null && answer.status >= 200 && answer.status < 300) {
    delivery.status = 'delivered';
    delivery.nextAttemptAt = null;
  } else if (delivery.attempts.length > MAX_RETRIES) {
    delivery.status = 'failed';
    delivery.nextAttemptAt = null;
  } else {
    delivery.nextAttemptAt = now + RETRY_EVERY_MS;
  }
}

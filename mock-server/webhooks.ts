/**
 * Delivers queued webhooks for real: signs the body (HMAC-SHA256 with the platform's webhook secret), POSTs it, records
 * each attempt, and retries every 3 minutes of sandbox time, 5 times at most, when no 2xx came back (CONTRACT §4).
 *
 * Each delivery is delivered successfully at most once, whatever the receiver's speed: a dispatcher claims a delivery
 * (`inFlight`) and owns it until its attempt ends — answered, failed, or aborted by the attempt timeout (30 s) — never
 * because some time passed. A claim is only taken over from a dispatcher that is gone (a tab closed, a process that
 * stopped): liveness, not a timer. Redirects are not followed: a 3xx is a failed attempt and nothing is sent elsewhere.
 */
import type { State, WebhookDelivery } from './state.ts';
import type { Store } from './store.ts';
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

const isPending = (delivery: WebhookDelivery) => delivery.status === 'pending' && delivery.nextAttemptAt !== null;

/** Orders with an event on its way: their later events wait, so that one order's events never overtake each other. */
function busyOrders(state: State, isHeld: ClaimHolders): Set<string | undefined> {
  return new Set(state.webhooks.filter((delivery) => delivery.inFlight && isHeld(delivery)).map((delivery) => delivery.orderId));
}

/** Deliveries that may be sent at `now`: due, not owned by a live dispatcher, their order not busy with an earlier one. */
function claimable(state: State, now: number, isHeld: ClaimHolders): WebhookDelivery[] {
  const busy = busyOrders(state, isHeld);
  return state.webhooks.filter(
    (delivery) => isPending(delivery) && (delivery.nextAttemptAt as number) <= now && !(delivery.inFlight && isHeld(delivery)) && !busy.has(delivery.orderId),
  );
}

/**
 * The earliest time a delivery may be attempted, leaving out those in flight and those waiting for their order's event
 * in flight (their time comes once that attempt ends). Null when none.
 */
export function nextWebhookDueAt(state: State, isHeld: ClaimHolders = () => false): number | null {
  const busy = busyOrders(state, isHeld);
  let next: number | null = null;
  for (const delivery of state.webhooks) {
    if (!isPending(delivery) || (delivery.inFlight && isHeld(delivery)) || busy.has(delivery.orderId)) continue;
    const at = delivery.nextAttemptAt as number;
    if (next === null || at < next) next = at;
  }
  return next;
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
    const claimed = await this.#store.transact((state) => {
      const now = sandboxNow(state.clockOffsetMs);
      return claimable(state, now, isHeld).map((delivery) => {
        delivery.inFlight = { owner: this.owner, since: now };
        this.#running.add(delivery.id);
        const secret = state.platforms.find((platform) => platform.id === delivery.platformId)?.webhookSecret ?? '';
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
      await this.#store.transact((state) => {
        const delivery = state.webhooks.find((candidate) => candidate.id === id);
        if (delivery?.inFlight?.owner === this.owner) recordAttempt(delivery, sandboxNow(state.clockOffsetMs), signature, answer, durationMs);
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

/**
 * Delivers queued webhooks for real: signs the body (HMAC-SHA256 with the platform's webhook secret), POSTs it, records
 * each attempt, and retries every 3 minutes of sandbox time, 5 times at most, when no 2xx came back within 30 s.
 */
import type { State, WebhookDelivery } from './state.ts';
import type { Store } from './store.ts';
import { sandboxNow, wallClockNow } from './clock.ts';

export const RETRY_EVERY_MS = 3 * 60_000;
export const MAX_RETRIES = 5;
export const ANSWER_TIMEOUT_MS = 30_000;
export const SIGNATURE_HEADER = 'SG-Signature';

export interface WebhookAnswer {
  status: number | null;
  error?: string;
}

export type WebhookSender = (url: string, body: string, headers: Record<string, string>) => Promise<WebhookAnswer>;

export async function signBody(secret: string, body: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(body)));
  return `v1=${Array.from(mac, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

export const fetchSender: WebhookSender = async (url, body, headers) => {
  try {
    const response = await fetch(url, { method: 'POST', body, headers, signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS) });
    await response.body?.cancel();
    return { status: response.status };
  } catch (error) {
    return { status: null, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
};

function isDue(delivery: WebhookDelivery, now: number): boolean {
  return delivery.status === 'pending' && delivery.nextAttemptAt !== null && delivery.nextAttemptAt <= now && (delivery.lockedUntil ?? 0) < wallClockNow();
}

export function nextWebhookDueAt(state: State): number | null {
  let next: number | null = null;
  for (const delivery of state.webhooks) {
    const claimable = delivery.status === 'pending' && delivery.nextAttemptAt !== null && (delivery.lockedUntil ?? 0) < wallClockNow();
    if (claimable && delivery.nextAttemptAt !== null && (next === null || delivery.nextAttemptAt < next)) next = delivery.nextAttemptAt;
  }
  return next;
}

/** Sends every delivery that is due now, each exactly once even when several dispatchers run. */
export async function dispatchDueWebhooks(store: Store, send: WebhookSender): Promise<void> {
  const claimed = await store.transact((state) => {
    const now = sandboxNow(state.clockOffsetMs);
    // An order whose earlier event is still on its way waits, so that its events never overtake each other.
    const busyOrders = new Set(state.webhooks.filter((delivery) => (delivery.lockedUntil ?? 0) >= wallClockNow()).map((delivery) => delivery.orderId));
    return state.webhooks
      .filter((delivery) => isDue(delivery, now) && !busyOrders.has(delivery.orderId))
      .map((delivery) => {
        delivery.lockedUntil = wallClockNow() + ANSWER_TIMEOUT_MS + 5_000;
        const secret = state.platforms.find((platform) => platform.id === delivery.platformId)?.webhookSecret ?? '';
        return { id: delivery.id, url: delivery.url ?? '', body: delivery.body, secret, orderKey: delivery.orderId ?? delivery.id };
      });
  });
  // One order's events go out one after the other, in the order they happened (order.confirmed before
  // order.completed); different orders go out side by side.
  const byOrder = new Map<string, typeof claimed>();
  for (const delivery of claimed) byOrder.set(delivery.orderKey, [...(byOrder.get(delivery.orderKey) ?? []), delivery]);
  await Promise.all(
    [...byOrder.values()].map(async (deliveries) => {
      for (const { id, url, body, secret } of deliveries) await deliver(id, url, body, secret);
    }),
  );

  async function deliver(id: string, url: string, body: string, secret: string): Promise<void> {
    const signature = await signBody(secret, body);
    const started = wallClockNow();
    const answer = await send(url, body, { 'Content-Type': 'application/json', [SIGNATURE_HEADER]: signature });
    const durationMs = wallClockNow() - started;
    await store.transact((state) => {
      const delivery = state.webhooks.find((candidate) => candidate.id === id);
      if (!delivery) return;
      const now = sandboxNow(state.clockOffsetMs);
      delivery.signature = signature;
      delete delivery.lockedUntil;
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
    });
  }
}

/**
 * Delivers queued webhooks for real: signs the body (HMAC-SHA256 with the platform's webhook secret), POSTs it, records
 * each attempt, and retries every 3 minutes of sandbox time, 5 times at most, when no 2xx came back within 30 s.
 */
import type { WebhookDelivery } from './state.ts';
import type { Store, Tx } from './store.ts';
import { registerDue } from './store/due.ts';
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

const isLocked = (delivery: WebhookDelivery): boolean => (delivery.lockedUntil ?? 0) >= wallClockNow();

/** When a delivery may next be sent: pending, not claimed by a dispatcher (store/due.ts keeps them by this instant). */
function claimableAt(delivery: WebhookDelivery): number | null {
  return delivery.status === 'pending' && !isLocked(delivery) ? delivery.nextAttemptAt : null;
}

const DELIVERY = 'webhooks.delivery';
registerDue({ name: DELIVERY, kind: 'webhooks', dueAt: claimableAt });

/** When the next delivery may be sent, if at or before `limit`. */
export function nextWebhookDueAt(tx: Tx, limit = Number.MAX_SAFE_INTEGER): number | null {
  return tx.nextDue(DELIVERY, limit);
}

/** Sends every delivery that is due now, each exactly once even when several dispatchers run. */
export async function dispatchDueWebhooks(store: Store, send: WebhookSender): Promise<void> {
  // Nothing due (most requests): no write at all.
  if (await store.read((view) => nextWebhookDueAt(view, sandboxNow(view.clockOffsetMs)) === null)) return;
  const claimed = await store.transact((tx) => {
    const now = sandboxNow(tx.clockOffsetMs);
    const due = tx.takeDue<'webhooks'>(DELIVERY, now);
    // An order whose earlier event is still on its way waits, so that its events never overtake each other.
    const busy = (orderId: string | undefined): boolean =>
      orderId !== undefined && tx.webhooks.list('orderId', orderId).some((delivery) => isLocked(delivery) && !due.includes(delivery));
    return due
      .filter((delivery) => !busy(delivery.orderId))
      .map((delivery) => {
        delivery.lockedUntil = wallClockNow() + ANSWER_TIMEOUT_MS + 5_000;
        const secret = tx.platforms.get(delivery.platformId)?.webhookSecret ?? '';
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
    await store.transact((tx) => {
      const delivery = tx.webhooks.get(id);
      if (!delivery) return;
      const now = sandboxNow(tx.clockOffsetMs);
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

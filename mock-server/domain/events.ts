/**
 * What the platform tells the outside world: signed webhooks (queued here, delivered by the dispatcher) and the emails
 * and SMS it would send (kept in the outbox).
 */
import type { OrderRecord, OutboxMessage, WebhookDelivery } from '../state.ts';
import type { DomainContext } from './context.ts';
import { newId } from './ids.ts';
import { platformById } from './platforms.ts';

export type WebhookEvent =
  | 'order.confirmed'
  | 'order.completed'
  | 'order.canceled'
  | 'order.refunded'
  | 'order.pending'
  | 'order.overpaid'
  | 'order.transferReturned'
  | 'transaction.authorized'
  | 'transaction.captured'
  | 'transaction.voided'
  | 'transaction.refunded'
  | 'transaction.failed'
  | 'installment.paid'
  | 'installment.unpaid'
  | 'invoice.unpaid'
  | 'invoice.recoveryFailed'
  | 'subscription.unpaid'
  | 'transaction.disputed'
  // Recurring payments (domain/recurring/).
  | 'invoice.paid'
  | 'subscription.activated'
  | 'subscription.canceled'
  | 'subscription.ended';

/** Queues a webhook about `objectId` (an order, a transaction, an installment…) of `order`'s platform. */
export function emitWebhook(ctx: DomainContext, order: OrderRecord, event: WebhookEvent, objectId: string = order.id): WebhookDelivery {
  return emitPlatformWebhook(ctx, { platformId: order.platformId, notifyUrl: order.notifyUrl, orderId: order.id }, event, objectId);
}

/**
 * Queues a webhook about `objectId` of a platform, for objects that may have no order (a subscription): sent to
 * `about.notifyUrl`, else the platform's URL; `about.orderId` files it under an order (`GET /v1/sandbox/webhooks?orderId=`).
 */
export function emitPlatformWebhook(
  ctx: DomainContext,
  about: { platformId: string; notifyUrl?: string | undefined; orderId?: string | undefined },
  event: WebhookEvent,
  objectId: string,
): WebhookDelivery {
  const platform = platformById(ctx.tx, about.platformId);
  const url = about.notifyUrl ?? platform.webhookUrl;
  // Field order is part of the contract: {"event","id","date"}.
  const body = JSON.stringify({ event, id: objectId, date: ctx.now });
  const delivery: WebhookDelivery = {
    id: newId('evt'),
    event,
    objectId,
    ...(about.orderId ? { orderId: about.orderId } : {}),
    platformId: platform.id,
    url,
    body,
    signature: null,
    createdAt: ctx.now,
    attempts: [],
    status: url ? 'pending' : 'noEndpoint',
    nextAttemptAt: url ? ctx.now : null,
  };
  ctx.tx.webhooks.put(delivery);
  return delivery;
}

export function sendMessage(
  ctx: DomainContext,
  message: Omit<OutboxMessage, 'id' | 'date'>,
): OutboxMessage {
  const stored: OutboxMessage = { ...message, id: newId('msg'), date: ctx.now };
  ctx.tx.outbox.put(stored);
  return stored;
}

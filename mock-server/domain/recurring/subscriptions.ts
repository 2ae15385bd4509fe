/**
 * Subscriptions (seed "Subscriptions", "Subscription management"): creation, pricing, items and schedule changes,
 * cancellation, and the shapes the API answers. Cycles and their invoices are in invoices.ts.
 *
 * Status: `initiated` until the first invoice is paid, then `active`; `unpaid` while an automatic debit failed and its
 * invoice is not paid; `canceled` by the merchant; `ended` once the schedule's `endAt` is reached.
 */
import type { Platform } from '../../seed.ts';
import type { SubscriptionInput, SubscriptionPatch } from '../../schemas/recurring.ts';
import type { InvoiceRecord, SubscriptionRecord } from '../../state.ts';
import type { DomainContext } from '../context.ts';
import { conflict, invalid, notFound } from '../errors.ts';
import { emitPlatformWebhook } from '../events.ts';
import { definedFields } from '../fields.ts';
import { newId } from '../ids.ts';
import { cancelOrder } from '../refunds.ts';
import { checkOrderCustomer } from './customers.ts';
import { addPeriods, cycleAmount, cycleStart, recurringItems } from './cycles.ts';
import { openCycle } from './invoices.ts';
import { resolveItems } from './products.ts';

const LIVE = new Set<SubscriptionRecord['status']>(['initiated', 'active', 'unpaid']);

export function subscriptionFor(ctx: DomainContext, platformId: string, id: string): SubscriptionRecord {
  const subscription = ctx.tx.subscriptions.get(id);
  if (!subscription || subscription.platformId !== platformId) throw notFound('Subscription');
  return subscription;
}

export function updateCardUrl(ctx: DomainContext, subscription: SubscriptionRecord): string {
  return `${ctx.publicUrl}/update-card/${subscription.id}`;
}

/** The subscription as the API answers it: the seed's fields, the next cycle's date, and the update-card link. */
export function publicSubscription(ctx: DomainContext, subscription: SubscriptionRecord): Record<string, unknown> {
  const { anchorAt: _anchor, anchorRank: _rank, expiryNoticeMethodId: _notice, expiryNoticeMethodIds: _notices, cardVerification: _held, nextCycleAt, ...fields } = subscription;
  return { ...fields, nextCycleAt, updateCardLink: updateCardUrl(ctx, subscription) };
}

export function publicInvoice(invoice: InvoiceRecord): Record<string, unknown> {
  const { platformId: _platform, ...fields } = invoice;
  return fields;
}

/** Refuses a platform whose orders cannot be single card payments: every invoice is paid as one. */
function assertSubscriptionsPossible(platform: Platform): void {
  if (!platform.settings.uxs.includes('single') || !platform.settings.paymentMethods.includes('card')) {
    throw conflict('subscriptions_not_available', `Subscriptions need a platform taking single card payments (the seeded "Subscriptions" platform); ${platform.name} does not`);
  }
}

/** Refuses items whose later cycles would cost nothing (a cycle's invoice is a payment of at least 1 cent). */
function checkAmounts(subscription: Pick<SubscriptionRecord, 'amount' | 'items'>): void {
  if (recurringItems(subscription.items).length && cycleAmount(subscription, 2) <= 0) {
    throw invalid('items: the items marked subscription add up to 0 cents; later cycles must cost something');
  }
}

function checkEnd(endAt: number | undefined | null, after: number, what: string): void {
  if (endAt !== undefined && endAt !== null && endAt <= after) throw invalid(`schedule.endAt: must be after ${what}`);
}

export function createSubscription(ctx: DomainContext, platform: Platform, input: SubscriptionInput): SubscriptionRecord {
  assertSubscriptionsPossible(platform);
  const customer = checkOrderCustomer(ctx, platform.id, input);
  const items = resolveItems(ctx, platform.id, input.items ?? [], input.currency ?? 'EUR');
  const amount = input.amount ?? (items.length ? items.reduce((sum, item) => sum + item.amount, 0) : undefined);
  if (amount === undefined || amount <= 0) throw invalid('amount: give the subscription amount, or items that add up to it');
  const { startAt = ctx.now, endAt, period, interval } = input.schedule;
  checkEnd(endAt, startAt, 'schedule.startAt');
  // "if <= now : starts now, if >= now : will start later".
  const anchorAt = Math.max(startAt, ctx.now);
  checkEnd(endAt, anchorAt, 'the start (now)');
  const subscription: SubscriptionRecord = {
    id: newId('sub'),
    platformId: platform.id,
    status: 'initiated',
    amount,
    currency: input.currency ?? 'EUR',
    locale: input.locale ?? 'en',
    // The customer's details fill what the subscription does not give (seed "Customer & Subscription").
    ...definedFields({
      customerId: customer?.id,
      email: input.email ?? customer?.email,
      phone: input.phone ?? customer?.phone,
      firstName: input.firstName ?? customer?.firstName,
      lastName: input.lastName ?? customer?.lastName,
      trackId: input.trackId,
      notifyUrl: input.notifyUrl,
    }),
    schedule: { startAt, ...(endAt !== undefined && endAt !== null ? { endAt } : {}), period, interval },
    anchorAt,
    anchorRank: 1,
    cycleRank: 0,
    nextCycleAt: anchorAt,
    items,
    debitAuto: input.debitAuto ?? false,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  checkAmounts(subscription);
  ctx.tx.subscriptions.put(subscription);
  if (anchorAt <= ctx.now) openCycle(ctx, subscription);
  return subscription;
}

function assertLive(subscription: SubscriptionRecord): void {
  if (!LIVE.has(subscription.status)) throw conflict('subscription_closed', `This subscription is ${subscription.status}`);
}

/**
 * Pricing, items and schedule (seed "Subscription management"). A new period or interval re-anchors the schedule on
 * the current cycle's date, so the next cycle comes one new interval after it; before the first cycle `startAt` may move.
 */
export function patchSubscription(ctx: DomainContext, subscription: SubscriptionRecord, patch: SubscriptionPatch): void {
  assertLive(subscription);
  const { items, schedule, amount, ...fields } = patch;
  Object.assign(subscription, definedFields({ ...fields, amount }));
  if (items !== undefined) subscription.items = resolveItems(ctx, subscription.platformId, items, subscription.currency);
  checkAmounts(subscription);
  if (schedule) reschedule(ctx, subscription, schedule);
  subscription.updatedAt = ctx.now;
}

function reschedule(ctx: DomainContext, subscription: SubscriptionRecord, patch: NonNullable<SubscriptionPatch['schedule']>): void {
  const started = subscription.cycleRank > 0;
  const current = subscription.schedule;
  if (started && patch.startAt !== undefined && patch.startAt !== current.startAt) {
    throw invalid('schedule.startAt: the subscription has started; change period, interval or endAt');
  }
  const next = { ...current, ...definedFields({ startAt: patch.startAt, period: patch.period, interval: patch.interval }) };
  if (patch.endAt === null) delete next.endAt;
  else if (patch.endAt !== undefined) next.endAt = patch.endAt;
  checkEnd(next.endAt, next.startAt, 'schedule.startAt');
  checkEnd(next.endAt, ctx.now, 'now (POST /v1/subscriptions/{id}/cancel ends it now)');
  if (!started) {
    subscription.anchorAt = Math.max(next.startAt, ctx.now);
    subscription.anchorRank = 1;
  } else if (next.period !== current.period || next.interval !== current.interval) {
    const latest = ctx.tx.invoices.list('subscriptionId', subscription.id).find((invoice) => invoice.cycleRank === subscription.cycleRank);
    subscription.anchorAt = latest?.dueDate ?? subscription.anchorAt;
    subscription.anchorRank = subscription.cycleRank - skippedSteps(subscription.anchorAt, next, ctx.now);
  }
  subscription.schedule = next;
  subscription.nextCycleAt = cycleStart(subscription, subscription.cycleRank + 1);
  if (!started && subscription.nextCycleAt !== null && subscription.nextCycleAt <= ctx.now) openCycle(ctx, subscription);
}

/**
 * How many new-schedule dates after the anchor are already past: a change never bills them (switching monthly to daily
 * ten days into a cycle would otherwise open ten back-dated invoices at once). The next cycle is the first date after
 * now, still counted from the anchor so month ends do not drift.
 */
function skippedSteps(anchorAt: number, schedule: SubscriptionRecord['schedule'], now: number): number {
  // Daily dates are fixed 24-hour steps: counted at once (a 1000-year interval switched to daily is 365,000 of them).
  let steps = schedule.period === 'daily' ? Math.max(0, Math.floor((now - anchorAt) / (schedule.interval * 86_400_000)) - 1) : 0;
  while (addPeriods(anchorAt, schedule.period, schedule.interval, steps + 1) <= now) steps += 1;
  return steps;
}

/** Cancels the subscription: no more cycles; invoices not paid yet are canceled with their orders. */
export function cancelSubscription(ctx: DomainContext, subscription: SubscriptionRecord): void {
  assertLive(subscription);
  for (const invoice of ctx.tx.invoices.list('subscriptionId', subscription.id)) {
    if (invoice.status !== 'open' && invoice.status !== 'unpaid') continue;
    invoice.status = 'canceled';
    invoice.nextAttemptAt = null;
    const order = ctx.tx.orders.get(invoice.orderId);
    if (order && (order.status === 'initiated' || order.status === 'pending')) cancelOrder(ctx, order);
  }
  subscription.status = 'canceled';
  subscription.canceledAt = ctx.now;
  subscription.nextCycleAt = null;
  subscription.updatedAt = ctx.now;
  emitPlatformWebhook(ctx, subscription, 'subscription.canceled', subscription.id);
}

/**
 * Subscription cycles on the sandbox clock (seed "Subscriptions", "Basics" and "Subscription recovery"). Each cycle
 * opens exactly one invoice, with a single card order that pays it; the invoice is debited on the customer's default
 * method, or its payment link is emailed and kept in `lastInvoicePaymentLink`. A failed debit makes the invoice and the
 * subscription `unpaid` and follows the platform's recovery policy: a retry every `retryEveryMinutes`, `retryCount`
 * times, `invoice.unpaid` and `subscription.unpaid` after each failed attempt, `invoice.recoveryFailed` after the last,
 * and one recovery email with the invoice's payment page, where another card pays it and becomes the default.
 *
 * Which cycles debit: the first one when `debitAuto` is set, every later one when the customer has a default method
 * (the card saved by the first payment, seed "Basics" 6); otherwise the invoice's link is sent.
 */
import type { InvoiceRecord, OrderRecord, SubscriptionRecord } from '../../state.ts';
import type { StoreView } from '../../store.ts';
import { cardExpiresAt } from '../cards.ts';
import type { DomainContext } from '../context.ts';
import { emitPlatformWebhook, sendMessage } from '../events.ts';
import { newId } from '../ids.ts';
import { createOrder, formatCents, paymentPageUrl } from '../orders.ts';
import { platformById } from '../platforms.ts';
import { registerDueWork } from '../scheduler.ts';
import { defaultMethod } from './customers.ts';
import { cycleAmount, cycleDate, cycleStart } from './cycles.ts';
import { debitMethod } from './debits.ts';

const MINUTE = 60_000;

function formatDate(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

function invoiceAbout(invoice: InvoiceRecord, subscription: SubscriptionRecord) {
  return { platformId: invoice.platformId, notifyUrl: subscription.notifyUrl, orderId: invoice.orderId };
}

/**
 * Opens the subscription's next cycle: its invoice and order, then the debit or the emailed link. Idempotent per
 * cycle: a cycle that already has its invoice only moves the schedule on (never two invoices for one cycleRank).
 */
export function openCycle(ctx: DomainContext, subscription: SubscriptionRecord): InvoiceRecord | null {
  const rank = subscription.cycleRank + 1;
  const dueDate = cycleDate(subscription, rank);
  subscription.cycleRank = rank;
  subscription.nextCycleAt = cycleStart(subscription, rank + 1);
  subscription.updatedAt = ctx.now;
  if (ctx.tx.invoices.list('subscriptionId', subscription.id).some((invoice) => invoice.cycleRank === rank)) return null;
  const platform = platformById(ctx.tx, subscription.platformId);
  const amount = cycleAmount(subscription, rank);
  const order = createOrder(ctx, platform, {
    amount,
    currency: subscription.currency,
    locale: subscription.locale,
    ux: 'single',
    tokenize: true,
    ...(subscription.customerId ? { customerId: subscription.customerId } : {}),
    ...(subscription.email ? { email: subscription.email } : {}),
    ...(subscription.firstName ? { firstName: subscription.firstName } : {}),
    ...(subscription.lastName ? { lastName: subscription.lastName } : {}),
    ...(subscription.notifyUrl ? { notifyUrl: subscription.notifyUrl } : {}),
    trackId: `${subscription.trackId ?? subscription.id} #${rank}`,
  });
  const invoice: InvoiceRecord = {
    id: newId('inv'),
    platformId: subscription.platformId,
    subscriptionId: subscription.id,
    cycleRank: rank,
    amount,
    currency: subscription.currency,
    status: 'open',
    orderId: order.id,
    dueDate,
    createdAt: ctx.now,
    attempts: 0,
    nextAttemptAt: null,
  };
  ctx.tx.invoices.put(invoice);
  order.invoiceId = invoice.id;
  order.subscriptionId = subscription.id;
  subscription.lastInvoicePaymentLink = paymentPageUrl(ctx, order);
  const customer = subscription.customerId ? ctx.tx.customers.get(subscription.customerId) : undefined;
  const debits = customer && defaultMethod(customer) && (rank === 1 ? subscription.debitAuto : true);
  if (debits) collectInvoice(ctx, subscription, invoice, order);
  else sendInvoiceLink(ctx, subscription, invoice, order);
  noticeExpiringCard(ctx, subscription);
  return invoice;
}

function sendInvoiceLink(ctx: DomainContext, subscription: SubscriptionRecord, invoice: InvoiceRecord, order: OrderRecord): void {
  const link = paymentPageUrl(ctx, order);
  const channels = [
    ...(subscription.email ? [{ channel: 'email' as const, to: subscription.email }] : []),
    ...(subscription.phone ? [{ channel: 'sms' as const, to: subscription.phone }] : []),
  ];
  for (const { channel, to } of channels) {
    sendMessage(ctx, {
      channel,
      to,
      kind: 'invoicePaymentLink',
      subject: 'Your subscription payment',
      text: `Your subscription's payment of ${formatCents(invoice.amount, invoice.currency)} (cycle ${invoice.cycleRank}) is due. Pay it securely: ${link}`,
      links: [link],
      orderId: order.id,
      platformId: subscription.platformId,
    });
  }
}

/** One automatic debit of the invoice on the customer's default method; a failure starts or continues the recovery. */
export function collectInvoice(ctx: DomainContext, subscription: SubscriptionRecord, invoice: InvoiceRecord, order: OrderRecord): void {
  const customer = subscription.customerId ? ctx.tx.customers.get(subscription.customerId) : undefined;
  const method = customer && defaultMethod(customer);
  if (method && order.status === 'initiated') {
    const transaction = debitMethod(ctx, order, method, invoice.attempts);
    if (transaction.status !== 'failed') return;
  } else if (order.status !== 'initiated') {
    // Its order was canceled or refunded by the merchant meanwhile: nothing is left to collect.
    if (order.status === 'canceled' || order.status === 'refunded') invoice.status = 'canceled';
    invoice.nextAttemptAt = null;
    return;
  }
  recordFailure(ctx, subscription, invoice, order);
}

function recordFailure(ctx: DomainContext, subscription: SubscriptionRecord, invoice: InvoiceRecord, order: OrderRecord): void {
  const policy = platformById(ctx.tx, invoice.platformId).settings.recovery;
  invoice.attempts += 1;
  invoice.status = 'unpaid';
  const retriesDone = invoice.attempts - 1;
  const lastAttempt = !policy || retriesDone >= policy.retryCount;
  if (lastAttempt) {
    invoice.nextAttemptAt = null;
  } else {
    // Retries keep to their rhythm from the cycle's first attempt, never in the past.
    const every = policy.retryEveryMinutes * MINUTE;
    const scheduled = invoice.createdAt + invoice.attempts * every;
    invoice.nextAttemptAt = scheduled > ctx.now ? scheduled : ctx.now + every;
  }
  if (subscription.status === 'initiated' || subscription.status === 'active') subscription.status = 'unpaid';
  subscription.updatedAt = ctx.now;
  // "After each attempt : we send webhook invoice.unpaid and subscription.unpaid".
  emitPlatformWebhook(ctx, invoiceAbout(invoice, subscription), 'invoice.unpaid', invoice.id);
  emitPlatformWebhook(ctx, invoiceAbout(invoice, subscription), 'subscription.unpaid', subscription.id);
  if (lastAttempt) emitPlatformWebhook(ctx, invoiceAbout(invoice, subscription), 'invoice.recoveryFailed', invoice.id);
  if (invoice.attempts === 1 && policy?.emailLink && subscription.email) {
    const link = paymentPageUrl(ctx, order);
    sendMessage(ctx, {
      channel: 'email',
      to: subscription.email,
      kind: 'invoiceRecovery',
      subject: 'Your subscription payment could not be taken',
      text:
        `The payment of ${formatCents(invoice.amount, invoice.currency)} for your subscription (cycle ${invoice.cycleRank}) was declined. ` +
        (invoice.nextAttemptAt ? `We will try again on ${formatDate(invoice.nextAttemptAt)}. ` : '') +
        `You can pay it now with another card, which will be used for your next payments: ${link}`,
      links: [link],
      orderId: order.id,
      platformId: subscription.platformId,
    });
  }
}

/**
 * After an authorisation (`onAuthorization`): an invoice's order now completed makes the invoice `paid` and its
 * subscription `active` (unless another invoice of it is still unpaid), attached to the customer the payment tokenised.
 */
export function settleInvoiceOrder(ctx: DomainContext, order: OrderRecord): void {
  if (!order.invoiceId || order.status !== 'completed') return;
  const invoice = ctx.tx.invoices.get(order.invoiceId);
  if (!invoice || (invoice.status !== 'open' && invoice.status !== 'unpaid')) return;
  invoice.status = 'paid';
  invoice.paidAt = ctx.now;
  invoice.nextAttemptAt = null;
  const subscription = ctx.tx.subscriptions.get(invoice.subscriptionId);
  if (!subscription) return;
  emitPlatformWebhook(ctx, invoiceAbout(invoice, subscription), 'invoice.paid', invoice.id);
  if (!subscription.customerId && order.customerId) subscription.customerId = order.customerId;
  subscription.updatedAt = ctx.now;
  if (subscription.status !== 'initiated' && subscription.status !== 'unpaid') return;
  const others = ctx.tx.invoices.list('subscriptionId', subscription.id).filter((other) => other.id !== invoice.id);
  if (others.some((other) => other.status === 'unpaid')) return;
  // `initiated` until the first invoice is paid: a later cycle debited (or its retry paid) while cycle 1's link is
  // still open does not activate it, and a recovered debit returns it to `initiated`. A first invoice whose order the
  // merchant canceled can no longer be paid and holds nothing.
  const payable = (orderId: string) => ['initiated', 'pending'].includes(ctx.tx.orders.get(orderId)?.status ?? 'canceled');
  const firstPending = others.some((other) => other.cycleRank === 1 && other.status === 'open' && payable(other.orderId));
  if (firstPending) {
    subscription.status = 'initiated';
    return;
  }
  subscription.status = 'active';
  emitPlatformWebhook(ctx, invoiceAbout(invoice, subscription), 'subscription.activated', subscription.id);
  noticeExpiringCard(ctx, subscription);
}

/**
 * An invoice's order canceled by the merchant (POST /v1/orders/{id}/cancel, the dashboard) leaves nothing to collect:
 * the invoice is `canceled` and its retries stop. A subscription that was `unpaid` for it alone goes back to `active`
 * when an earlier cycle was paid, else to `initiated`; it is not ended (the merchant cancels subscriptions apart).
 */
export function cancelInvoiceOfOrder(ctx: DomainContext, order: OrderRecord): void {
  if (!order.invoiceId || order.status !== 'canceled') return;
  const invoice = ctx.tx.invoices.get(order.invoiceId);
  if (!invoice || (invoice.status !== 'open' && invoice.status !== 'unpaid')) return;
  invoice.status = 'canceled';
  invoice.nextAttemptAt = null;
  const subscription = ctx.tx.subscriptions.get(invoice.subscriptionId);
  if (!subscription || subscription.status !== 'unpaid') return;
  const others = ctx.tx.invoices.list('subscriptionId', subscription.id).filter((other) => other.id !== invoice.id);
  if (others.some((other) => other.status === 'unpaid')) return;
  subscription.status = others.some((other) => other.status === 'paid') ? 'active' : 'initiated';
  subscription.updatedAt = ctx.now;
}

/**
 * Card-expiry prevention: when the default card expires before the next cycle, one email with the update-card link
 * (once per card and subscription). The card is usable to the end of its expiry month (domain/cards.ts).
 */
export function noticeExpiringCard(ctx: DomainContext, subscription: SubscriptionRecord): void {
  if (subscription.nextCycleAt === null || subscription.status === 'canceled' || subscription.status === 'ended' || !subscription.email) return;
  const customer = subscription.customerId ? ctx.tx.customers.get(subscription.customerId) : undefined;
  const method = customer && defaultMethod(customer);
  if (!method || cardExpiresAt(method.card) >= subscription.nextCycleAt) return;
  // Every card told about, not only the latest: a card made the default again is not announced twice.
  const noticed = subscription.expiryNoticeMethodIds ?? (subscription.expiryNoticeMethodId ? [subscription.expiryNoticeMethodId] : []);
  if (noticed.includes(method.id)) return;
  subscription.expiryNoticeMethodIds = [...noticed, method.id];
  delete subscription.expiryNoticeMethodId;
  const link = `${ctx.publicUrl}/update-card/${subscription.id}`;
  sendMessage(ctx, {
    channel: 'email',
    to: subscription.email,
    kind: 'cardExpiring',
    subject: 'Your card expires before your next payment',
    text:
      `The ${method.card.paymentMethod} card ending in ${method.card.last4} expires at the end of ${method.card.expiryMonth}/${method.card.expiryYear}, ` +
      `before your next subscription payment on ${formatDate(subscription.nextCycleAt)}. Update your card: ${link}`,
    links: [link],
    platformId: subscription.platformId,
  });
}

function endSubscription(ctx: DomainContext, subscription: SubscriptionRecord): void {
  subscription.status = 'ended';
  subscription.endedAt = ctx.now;
  subscription.updatedAt = ctx.now;
  emitPlatformWebhook(ctx, subscription, 'subscription.ended', subscription.id);
}

const LIVE = new Set<SubscriptionRecord['status']>(['initiated', 'active', 'unpaid']);

/** When the subscription next needs the clock: its next cycle, else the end of its schedule. */
export function nextSubscriptionWork(subscription: SubscriptionRecord): number | null {
  if (!LIVE.has(subscription.status)) return null;
  return subscription.nextCycleAt ?? subscription.schedule.endAt ?? null;
}

registerDueWork({
  name: 'subscription-cycles',
  kind: 'subscriptions',
  dueAt: (subscription) => nextSubscriptionWork(subscription),
  run(ctx, subscription) {
    if (subscription.nextCycleAt !== null && subscription.nextCycleAt <= ctx.now) openCycle(ctx, subscription);
    else if (subscription.nextCycleAt === null && LIVE.has(subscription.status)) endSubscription(ctx, subscription);
  },
});

registerDueWork({
  name: 'invoice-retries',
  kind: 'invoices',
  dueAt: (invoice: InvoiceRecord, _view: StoreView) => (invoice.status === 'unpaid' ? invoice.nextAttemptAt : null),
  run(ctx, invoice) {
    const subscription = ctx.tx.subscriptions.get(invoice.subscriptionId);
    const order = ctx.tx.orders.get(invoice.orderId);
    if (!subscription || !order || subscription.status === 'canceled') {
      invoice.nextAttemptAt = null;
      return;
    }
    collectInvoice(ctx, subscription, invoice, order);
  },
});

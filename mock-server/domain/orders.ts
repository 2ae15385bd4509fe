/** Orders: creation for every module, reading, and the shape the API answers with. */
import { centsToDecimalString, currencyDigits } from '../../src/core/money-format.ts';
import type { Installment, Order } from '../../src/core/schemas.ts';
import type { Platform } from '../seed.ts';
import type { OrderRecord } from '../state.ts';
import type { CreateOrderInput } from '../schemas/requests.ts';
import type { DomainContext } from './context.ts';
import { conflict, invalid, notFound } from './errors.ts';
import { emitWebhook, sendMessage } from './events.ts';
import { definedFields } from './fields.ts';
import { newId } from './ids.ts';
import { rulesFor } from './modules/index.ts';
import { orderTransactions, securedAmount } from './transactions.ts';

const MINUTE = 60_000;
const SPLIT_UXS = new Set(['collect', 'picking']);

export function isSplitUx(ux: string): boolean {
  return SPLIT_UXS.has(ux);
}

export function createOrder(ctx: DomainContext, platform: Platform, input: CreateOrderInput): OrderRecord {
  const ux = input.ux ?? platform.settings.uxs[0] ?? 'single';
  if (!platform.settings.uxs.includes(ux)) {
    throw invalid(`ux: this platform (${platform.name}) accepts ${platform.settings.uxs.join(', ')}, not ${ux}`);
  }
  if (input.directPayment && ux !== 'sdd') throw invalid('directPayment: only SEPA Direct Debit orders (ux "sdd") are debited without the widget');
  if (input.delay !== undefined && input.dueDate !== undefined) {
    // The seed: "delay is ignored if dueDate is directly specified".
    input = { ...input, delay: undefined };
  }
  const order: OrderRecord = {
    id: newId('ord'),
    platformId: platform.id,
    status: 'initiated',
    amount: input.amount,
    currency: input.currency ?? 'EUR',
    locale: input.locale ?? 'en',
    ux,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    items: (input.items ?? []).map((item) => ({ ...item, id: newId('itm'), quantity: item.quantity ?? 1 })),
  };
  const { trackId, email, firstName, lastName, notifyUrl, successUrl, secure3D, tokenize, customerId, debitAuto, scoring, installmentsCount } = input;
  Object.assign(order, definedFields({ trackId, email, firstName, lastName, notifyUrl, successUrl, secure3D, tokenize, customerId, debitAuto, scoring, installmentsCount }));
  if (input.dueDate !== undefined) {
    if (input.dueDate <= ctx.now) throw invalid('dueDate: must be in the future');
    order.dueDate = input.dueDate;
  } else if (input.delay !== undefined) {
    order.delay = input.delay;
    order.dueDate = ctx.now + input.delay * MINUTE;
  }
  rulesFor(ux).prepareOrder(ctx, platform, order, input);
  ctx.tx.orders.put(order);
  if (input.sendLinkConfig) sendPaymentLink(ctx, order, input.sendLinkConfig);
  return order;
}

/** Whether the order's payment link (`linkExpiresAt`, set by the dashboard's "+ Create a payment link") has expired. */
export function linkExpired(ctx: DomainContext, order: OrderRecord): boolean {
  return order.linkExpiresAt !== undefined && ctx.now >= order.linkExpiresAt;
}

/**
 * Whether the order's expired payment link still stands between the buyer and a payment: while the order awaits the
 * payment the link asked for (`initiated`, or `pending` when it is paid by transfer or debit), that is its first payment.
 * Once that payment confirmed the order in time, its later payments go through links of their own (seed 004: the
 * recovery link of an unpaid installment, the complete-balance link of the confirmation email, a split order's sharing
 * link) and the payment link's expiry never closes them.
 */
export function linkClosed(ctx: DomainContext, order: OrderRecord): boolean {
  return linkExpired(ctx, order) && (order.status === 'initiated' || order.status === 'pending');
}

function linkExpiredError(order: OrderRecord) {
  return conflict('link_expired', `This payment link expired on ${new Date(order.linkExpiresAt ?? 0).toISOString()}: it can no longer be paid; ask the merchant for a new link`);
}

/** 409 `link_expired` once the order's payment link has expired: no sending of a dead link ("send again"). */
export function assertLinkValid(ctx: DomainContext, order: OrderRecord): void {
  if (linkExpired(ctx, order)) throw linkExpiredError(order);
}

/** 409 `link_expired` for a payment the expired link closes (`linkClosed`): the first payment of the order, whatever the method. */
export function assertLinkOpen(ctx: DomainContext, order: OrderRecord): void {
  if (linkClosed(ctx, order)) throw linkExpiredError(order);
}

/** Sends the order's payment page link by each channel of `config` (the outbox); 400 when a channel lacks its address. */
export function sendPaymentLink(ctx: DomainContext, order: OrderRecord, config: NonNullable<CreateOrderInput['sendLinkConfig']>): void {
  const link = paymentPageUrl(ctx, order);
  for (const channel of config.channels) {
    const to = channel === 'email' ? (config.email ?? order.email) : config.phone;
    if (!to) throw invalid(`sendLinkConfig: ${channel === 'email' ? 'an email (sendLinkConfig.email or email)' : 'sendLinkConfig.phone'} is needed to send by ${channel}`);
    sendMessage(ctx, {
      channel,
      to,
      kind: 'paymentLink',
      subject: 'Your payment link',
      text: `Pay ${formatCents(order.amount, order.currency)} securely: ${link}${order.linkExpiresAt === undefined ? '' : ` (this link expires on ${new Date(order.linkExpiresAt).toISOString()})`}`,
      links: [link],
      orderId: order.id,
      platformId: order.platformId,
    });
  }
}

/**
 * For emails and messages: `2550` EUR → `25.50 EUR`, in the currency's minor units as the widget counts them
 * (`4990` JPY → `4990 JPY`, `12345` KWD → `12.345 KWD`); the widget formats money with Intl in the buyer's locale.
 */
export function formatCents(amount: number, currency: string): string {
  // A message never fails for its amount: anything but whole minor units (never stored) is said as it is.
  return `${Number.isSafeInteger(amount) ? centsToDecimalString(amount, currencyDigits(currency)) : amount} ${currency}`;
}

export function orderFor(ctx: DomainContext, platform: Platform, id: string): OrderRecord {
  const order = ctx.tx.orders.get(id);
  // Another platform's order answers exactly like an unknown one.
  if (!order || order.platformId !== platform.id) throw notFound('Order');
  return order;
}

export function paymentPageUrl(ctx: DomainContext, order: OrderRecord): string {
  return `${ctx.publicUrl}/pay/${order.id}`;
}

export function sharingLink(ctx: DomainContext, order: OrderRecord): string {
  return `${ctx.publicUrl}/share/${order.id}`;
}

/**
 * What the order collects from its payers in all, in cents: its amount less what refunds took off it. A refund of money
 * only authorised lowers this (and voids what it took), so that an order still collecting never asks for it again.
 */
export function amountToCollect(order: OrderRecord): number {
  return order.amount - (order.amountRefunded ?? 0);
}

/** What is secured on the order now: authorised or captured, less refunds. */
export function amountConfirmed(ctx: DomainContext, order: OrderRecord): number {
  return orderTransactions(ctx, order.id).reduce((sum, transaction) => sum + securedAmount(transaction), 0);
}

/** What else follows an order's change of status, whatever caused it (an invoice whose order the merchant canceled). */
type StatusListener = (ctx: DomainContext, order: OrderRecord) => void;
const statusListeners: StatusListener[] = [];

/** Runs `listener` after every change of an order's status (registered once, by the module that needs it). */
export function onOrderStatus(listener: StatusListener): void {
  if (!statusListeners.includes(listener)) statusListeners.push(listener);
}

export function setStatus(ctx: DomainContext, order: OrderRecord, status: OrderRecord['status']): void {
  if (order.status === status) return;
  order.status = status;
  order.updatedAt = ctx.now;
  if (status === 'confirmed' || status === 'completed' || status === 'canceled' || status === 'refunded' || status === 'pending') {
    emitWebhook(ctx, order, `order.${status}`);
  }
  for (const listener of statusListeners) listener(ctx, order);
}

/** Confirmed then completed, each with its webhook, for payments secured in one go. */
export function complete(ctx: DomainContext, order: OrderRecord): void {
  if (order.status === 'initiated' || order.status === 'pending') setStatus(ctx, order, 'confirmed');
  setStatus(ctx, order, 'completed');
}

export function publicOrder(ctx: DomainContext, order: OrderRecord): Order {
  const { installments, deadlineProcessed: _processed, scoring: _scoring, debitAuto: _debitAuto, vibanTransfers: _transfers, ...fields } = order;
  const shown: Order = {
    ...fields,
    amountConfirmed: amountConfirmed(ctx, order),
    redirectUrl: rulesFor(order.ux).redirectUrl?.(ctx, order) ?? paymentPageUrl(ctx, order),
  };
  if (isSplitUx(order.ux) || order.singleSplit) shown.sharingLink = sharingLink(ctx, order);
  if (installments) {
    shown.installments = installments.map(
      ({ id, amount, dueDate, transactionId, status }): Installment => ({ id, amount, dueDate, transactionId, status }),
    );
  }
  return shown;
}

/**
 * Split payments (ux `collect` and `picking`): a captain pays first, then co-buyers pay through the sharing link until
 * the order's deadline. How the money is held depends on the platform's validation mode:
 *
 * - direct: the captain pre-authorises the whole order. Each co-buyer's authorisation lowers that pre-authorisation by
 *   the same amount (a `void` operation), so the order never holds more than its amount. When the full amount is
 *   collected, or at the deadline, everything is captured: the co-buyers' shares and, on the captain's card, what the
 *   co-buyers did not pay. The order is confirmed as soon as the captain's pre-authorisation is granted.
 * - standard: every payer authorises only their own share. The order is confirmed when the captain's share is
 *   authorised (it is "on hold"), completed and captured when the full amount is collected, canceled at the deadline with
 *   every authorisation voided.
 *
 * A deadline beyond what an authorisation can be held (`maxDelayMs`, 6 days by default) is refused, unless the platform
 * allows it (`captureDirectlyBeyondMaxDelay`, the seed's tip): then every payment is captured as soon as it is authorised,
 * each payer pays only their share, and an order still short of its amount at the deadline is refunded in full.
 *
 * Single + split platforms (`singleSplit`): the buyer's first payment says (`ux`) whether they pay alone (`single`) or
 * share (`collect`, `picking`); once it is authorised the order records `singleSplit: true` and that ux.
 */
import type { SharingView, Ux } from '../../../src/core/schemas.ts';
import type { Platform } from '../../seed.ts';
import type { PaymentInput } from '../../schemas/requests.ts';
import type { OrderRecord, TransactionRecord } from '../../state.ts';
import type { DomainContext } from '../context.ts';
import { conflict, invalid } from '../errors.ts';
import { emitWebhook } from '../events.ts';
import { amountToCollect, formatCents, isSplitUx, setStatus } from '../orders.ts';
import { platformById } from '../platforms.ts';
import { registerDueWork } from '../scheduler.ts';
import { capture, orderTransactions, reducePending, refund, voidTransaction } from '../transactions.ts';
import { registerModule, type ModuleRules, type PaymentPlan } from './index.ts';
import { singleRules } from './single.ts';
import { assertItemsAddUp, chosenItems } from './split-items.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** The seed: "max = now + 6 days", for platforms that do not set their own maximum. */
export const DEFAULT_SPLIT_MAX_DELAY_MS = 6 * DAY;

export function maxDelayMs(platform: Platform): number {
  return platform.settings.maxDelayMs ?? DEFAULT_SPLIT_MAX_DELAY_MS;
}

/** Payments of this order are captured as soon as they are authorised: its deadline is beyond what a hold can last. */
export function capturesDirectly(platform: Platform, order: OrderRecord): boolean {
  return (
    platform.settings.captureDirectlyBeyondMaxDelay === true &&
    order.dueDate !== undefined &&
    order.dueDate - order.createdAt > maxDelayMs(platform)
  );
}

/** A payment that took part in the order: held or captured, even if a refund has since taken some or all of it back. */
function tookPart(transaction: TransactionRecord): boolean {
  return ['authorized', 'captured', 'refundedPartial', 'refunded'].includes(transaction.status);
}

/** What a payer owes of the order; a direct-mode captain holds more than that on their card. */
function shareOf(transaction: TransactionRecord): number {
  return transaction.share ?? transaction.amount;
}

/**
 * What a payer brings to the order: while held, their share; once captured, what was taken and not refunded (a
 * direct-mode captain covers what the group did not pay).
 */
function contributionOf(transaction: TransactionRecord): number {
  return transaction.status === 'authorized' ? shareOf(transaction) : transaction.amountCaptured - transaction.amountRefunded;
}

export interface SplitProgress {
  captain: TransactionRecord | undefined;
  cobuyers: TransactionRecord[];
  /** The captain's share plus the co-buyers' payments, in cents. */
  collected: number;
  left: number;
  paidItemIds: Set<string>;
}

const sumOfContributions = (transactions: TransactionRecord[]) => transactions.reduce((sum, transaction) => sum + contributionOf(transaction), 0);

export function splitProgress(ctx: DomainContext, order: OrderRecord, leaving?: TransactionRecord): SplitProgress {
  const secured = orderTransactions(ctx, order.id).filter((transaction) => tookPart(transaction) && transaction !== leaving);
  const captain = secured.find((transaction) => transaction.role === 'captain' || transaction.role === 'payment');
  const cobuyers = secured.filter((transaction) => transaction.role === 'cobuyer');
  const collected = (captain ? contributionOf(captain) : 0) + sumOfContributions(cobuyers);
  // An item refunded stays paid for: the refund took its price off what the order collects.
  const paidItemIds = new Set(secured.flatMap((transaction) => transaction.itemIds ?? []));
  return { captain, cobuyers, collected, left: Math.max(0, amountToCollect(order) - collected), paidItemIds };
}

const money = (order: OrderRecord, cents: number) => `${formatCents(cents, order.currency)} (${cents} cents)`;

const isoDate = (ms: number) => new Date(ms).toISOString();

/** Why nobody can pay this order any more, or nothing when it is still open. */
function closedReason(ctx: DomainContext, order: OrderRecord): string | null {
  switch (order.status) {
    case 'completed':
      return 'The full amount of this order has already been collected: there is nothing left to pay';
    case 'canceled':
      return order.deadlineProcessed && order.dueDate !== undefined && order.dueDate <= ctx.now
        ? `The sharing ended on ${isoDate(order.dueDate)} without collecting the full amount: this order was canceled`
        : 'This order was canceled';
    case 'refunded':
      return 'This order was refunded';
    default:
      break;
  }
  if (order.dueDate !== undefined && order.dueDate <= ctx.now) {
    return `The sharing ended on ${isoDate(order.dueDate)}: payments are no longer accepted`;
  }
  return null;
}

/** 409 `order_not_payable` once nobody can pay a split order (a confirmed order still takes co-buyers' shares). */
export function assertOpen(ctx: DomainContext, order: OrderRecord): void {
  const reason = closedReason(ctx, order);
  if (reason) throw conflict('order_not_payable', reason);
}

/** The ux the captain's payment asks for: the order's own, or on a single + split platform the buyer's choice. */
function chosenUx(platform: Platform, order: OrderRecord, input: PaymentInput): Ux {
  if (input.ux === undefined || input.ux === order.ux) return order.ux;
  if (!platform.settings.singleSplit) {
    throw invalid(`ux: this is a ${order.ux} order; only single + split platforms let the buyer choose how to pay`);
  }
  const choices = platform.settings.uxs.filter((ux) => ux === 'single' || isSplitUx(ux));
  if (!choices.includes(input.ux)) throw invalid(`ux: choose one of ${choices.join(', ')}`);
  return input.ux;
}

function planCaptain(ctx: DomainContext, platform: Platform, order: OrderRecord, input: PaymentInput): PaymentPlan {
  // A captain who starts again while the bank still waits for 3-D Secure gives the first attempt up.
  for (const transaction of orderTransactions(ctx, order.id)) {
    if (transaction.status === 'pendingAuthorization') voidTransaction(ctx, transaction);
  }
  const ux = chosenUx(platform, order, input);
  // On single + split platforms the order records the choice (and `singleSplit`) even when it keeps its own ux.
  const chose = platform.settings.singleSplit ? { chosenUx: ux } : {};
  if (ux === 'single') {
    if (input.amount !== undefined && input.amount !== order.amount) {
      throw conflict('amount_mismatch', `Paying alone pays the whole order: ${money(order, order.amount)}`);
    }
    return { amount: order.amount, role: 'payment', ...chose };
  }
  let share: number;
  let itemIds: string[] | undefined;
  if (ux === 'picking') {
    assertItemsAddUp(order, 'ux');
    ({ itemIds, total: share } = chosenItems(order, input.itemIds, new Set()));
    if (input.amount !== undefined && input.amount !== share) {
      throw invalid(`amount: the chosen items add up to ${money(order, share)}, not ${input.amount} cents`);
    }
  } else {
    if (input.itemIds) throw invalid('itemIds: items are chosen in picking orders only; give amount, your share in cents');
    if (input.amount === undefined) throw invalid('amount: the captain’s share in cents is required (an even split or the amount they choose)');
    if (input.amount > order.amount) {
      throw conflict('amount_exceeds_remaining', `amount: the captain’s share cannot be above the order amount, ${money(order, order.amount)}`);
    }
    share = input.amount;
  }
  const direct = platform.settings.validationMode !== 'standard' && !capturesDirectly(platform, order);
  return { amount: direct ? order.amount : share, role: 'captain', share, ...(itemIds ? { itemIds } : {}), ...chose };
}

function planCobuyer(ctx: DomainContext, order: OrderRecord, input: PaymentInput, progress: SplitProgress): PaymentPlan {
  if (input.ux !== undefined && input.ux !== order.ux) throw invalid(`ux: the captain already chose how this order is shared (${order.ux})`);
  if (progress.left === 0) throw conflict('order_not_payable', 'The full amount of this order has already been collected: there is nothing left to pay');
  if (order.ux === 'picking') {
    const { itemIds, total } = chosenItems(order, input.itemIds, progress.paidItemIds);
    if (input.amount !== undefined && input.amount !== total) {
      throw invalid(`amount: the chosen items add up to ${money(order, total)}, not ${input.amount} cents`);
    }
    return { amount: total, role: 'cobuyer', itemIds };
  }
  if (input.itemIds) throw invalid('itemIds: items are chosen in picking orders only; give amount, your share in cents');
  if (input.amount === undefined) throw invalid(`amount: your share in cents is required; ${money(order, progress.left)} is left to pay`);
  if (input.amount > progress.left) {
    throw conflict('amount_exceeds_remaining', `amount: only ${money(order, progress.left)} is left to pay on this order`);
  }
  return { amount: input.amount, role: 'cobuyer' };
}

/** The same checks again when the bank is about to authorise: while a buyer answered 3-D Secure, others may have paid. */
function recheck(ctx: DomainContext, order: OrderRecord, transaction: TransactionRecord): void {
  assertOpen(ctx, order);
  const progress = splitProgress(ctx, order, transaction);
  if (transaction.role === 'captain' || transaction.role === 'payment') {
    if (progress.captain) throw conflict('captain_already_paid', 'The captain of this order has already paid');
    return;
  }
  if (!progress.captain) throw conflict('captain_not_paid', 'The captain has not paid yet: co-buyers can pay once the captain’s share is secured');
  if (progress.left === 0) throw conflict('order_not_payable', 'The full amount of this order has already been collected: there is nothing left to pay');
  const taken = (transaction.itemIds ?? []).filter((id) => progress.paidItemIds.has(id));
  if (taken.length) {
    const names = order.items.filter((item) => taken.includes(item.id)).map((item) => `"${item.name ?? item.id}"`);
    throw conflict('item_already_paid', `itemIds: ${names.join(', ')} ${names.length > 1 ? 'were' : 'was'} paid for by someone else in the meantime`);
  }
  if (transaction.amount > progress.left) {
    throw conflict('amount_exceeds_remaining', `amount: only ${money(order, progress.left)} is left to pay on this order`);
  }
}

/** Captures what the order is owed: every co-buyer's share and, from the captain, the rest of the amount. */
function captureEverything(ctx: DomainContext, order: OrderRecord): void {
  const { captain, cobuyers } = splitProgress(ctx, order);
  for (const cobuyer of cobuyers) if (cobuyer.status === 'authorized') capture(ctx, cobuyer);
  const paidByCobuyers = sumOfContributions(cobuyers);
  if (captain?.status === 'authorized') {
    // Captures the remainder of what the order collects; `capture` releases the rest of the captain's pre-authorisation.
    const owed = amountToCollect(order) - paidByCobuyers;
    if (owed > 0) capture(ctx, captain, Math.min(owed, captain.amount));
    else voidTransaction(ctx, captain);
  }
}

function finishCollected(ctx: DomainContext, order: OrderRecord): void {
  captureEverything(ctx, order);
  setStatus(ctx, order, 'completed');
}

/** What happens at the deadline, by where the order stands. */
function processDeadline(ctx: DomainContext, order: OrderRecord): void {
  // Payments abandoned in 3-D Secure hold nothing; they are given up so the order's history is final.
  for (const transaction of orderTransactions(ctx, order.id)) {
    if (transaction.status === 'pendingAuthorization') voidTransaction(ctx, transaction);
  }
  const platform = platformById(ctx.tx, order.platformId);
  if (order.status === 'initiated') {
    // The captain never paid: nothing is held, the sharing never started.
    setStatus(ctx, order, 'canceled');
  } else if (order.status === 'confirmed') {
    if (capturesDirectly(platform, order)) {
      // Captured money cannot be "released": an order short of its amount gives every payer their money back.
      for (const transaction of orderTransactions(ctx, order.id)) if (transaction.status === 'captured') refund(ctx, transaction);
      setStatus(ctx, order, 'refunded');
    } else if (platform.settings.validationMode === 'standard') {
      for (const transaction of orderTransactions(ctx, order.id)) if (transaction.status === 'authorized') voidTransaction(ctx, transaction);
      setStatus(ctx, order, 'canceled');
    } else {
      // Direct: the captain's pre-authorisation guarantees the missing amount.
      finishCollected(ctx, order);
    }
  }
  order.deadlineProcessed = true;
  order.updatedAt = ctx.now;
}

export const splitRules: ModuleRules = {
  prepareOrder(ctx, platform, order, input) {
    const field = input.dueDate !== undefined ? 'dueDate' : 'delay';
    const limit = maxDelayMs(platform);
    // A split order always has a deadline: the platform's longest one unless the merchant gives one.
    order.dueDate ??= ctx.now + limit;
    if (order.dueDate - ctx.now > limit && !platform.settings.captureDirectlyBeyondMaxDelay) {
      throw invalid(
        `${field}: the sharing may last at most ${limit / DAY} days (${limit / MINUTE} minutes) on this platform, until ${isoDate(ctx.now + limit)}`,
      );
    }
    if (order.ux === 'picking') assertItemsAddUp(order, 'items');
  },

  planPayment(ctx, platform, order, input) {
    assertOpen(ctx, order);
    const progress = splitProgress(ctx, order);
    if (input.role === 'cobuyer' && !progress.captain) {
      throw conflict('captain_not_paid', 'The captain has not paid yet: co-buyers can pay once the captain’s share is secured');
    }
    if (input.role === 'captain' && progress.captain) throw conflict('captain_already_paid', 'The captain of this order has already paid');
    return progress.captain ? planCobuyer(ctx, order, input, progress) : planCaptain(ctx, platform, order, input);
  },

  beforeAuthorization: recheck,

  afterAuthorization(ctx, platform, order, transaction) {
    if (transaction.chosenUx) {
      order.ux = transaction.chosenUx;
      order.singleSplit = true;
    }
    if (transaction.role === 'payment') {
      singleRules.afterAuthorization(ctx, platform, order, transaction);
      return;
    }
    emitWebhook(ctx, order, 'transaction.authorized', transaction.id);
    const direct = capturesDirectly(platform, order);
    if (direct) capture(ctx, transaction);
    if (transaction.role === 'captain') {
      setStatus(ctx, order, 'confirmed');
    } else {
      const captain = splitProgress(ctx, order).captain;
      // Direct mode: the captain's pre-authorisation shrinks by what a co-buyer now holds, down to the captain's share.
      if (captain?.status === 'authorized' && captain.amount > shareOf(captain)) {
        const held = Math.max(shareOf(captain), captain.amount - transaction.amount);
        if (held < captain.amount) reducePending(ctx, captain, held);
      }
    }
    if (splitProgress(ctx, order).left === 0) finishCollected(ctx, order);
    order.updatedAt = ctx.now;
  },

  afterRefund(ctx, order) {
    // A refund of the captain's guarantee (direct mode) can bring what the order collects down to what the group holds.
    if (order.status !== 'confirmed' || order.deadlineProcessed) return;
    const progress = splitProgress(ctx, order);
    if (progress.captain && progress.left === 0) finishCollected(ctx, order);
  },
};

registerDueWork({
  name: 'split.deadline',
  kind: 'orders',
  dueAt: (order) => (!isSplitUx(order.ux) || order.dueDate === undefined || order.deadlineProcessed ? null : order.dueDate),
  run(ctx, order) {
    if (!isSplitUx(order.ux) || order.dueDate === undefined || order.deadlineProcessed || order.dueDate > ctx.now) return;
    processDeadline(ctx, order);
  },
});

/**
 * The sharing space's view of an order (`SharingView`, src/core/split-schemas.ts): `state` is `waitingForCaptain`, `open`,
 * `completed`, `expired` (deadline passed without the full amount), `canceled` or `refunded`. Never an email or a card.
 */
export function sharingView(ctx: DomainContext, order: OrderRecord): SharingView {
  const platform = platformById(ctx.tx, order.platformId);
  const progress = splitProgress(ctx, order);
  const deadlinePassed = order.dueDate !== undefined && order.dueDate <= ctx.now;
  const state: SharingView['state'] =
    order.status === 'completed'
      ? 'completed'
      : order.status === 'refunded'
        ? deadlinePassed ? 'expired' : 'refunded'
        : order.status === 'canceled'
          ? order.deadlineProcessed && deadlinePassed ? 'expired' : 'canceled'
          : deadlinePassed
            ? 'expired'
            : progress.captain
              ? 'open'
              : 'waitingForCaptain';
  return {
    orderId: order.id,
    status: order.status,
    state,
    ux: order.ux,
    amount: amountToCollect(order),
    currency: order.currency,
    locale: order.locale,
    dueDate: order.dueDate ?? null,
    platformName: platform.name,
    validationMode: platform.settings.validationMode ?? 'direct',
    paymentMethods: platform.settings.paymentMethods,
    captain: { firstName: progress.captain?.firstName ?? order.firstName ?? null },
    // Items need only an amount (CONTRACT §2): a nameless one is shown by its place in the basket.
    items: order.items.map((item, index) => ({
      id: item.id,
      name: item.name ?? `#${index + 1}`,
      amount: item.amount,
      quantity: item.quantity,
      ...(item.description !== undefined ? { description: item.description } : {}),
      paid: progress.paidItemIds.has(item.id),
    })),
    collected: progress.collected,
    left: progress.left,
    contributions: progress.cobuyers.length,
    // Co-buyers see each other by first name and amount only: never an email, a last name or a card.
    cobuyers: progress.cobuyers.map((transaction) => ({ firstName: transaction.firstName?.trim().split(/\s+/)[0] || null, amount: transaction.amount })),
  };
}

registerModule('collect', splitRules);
registerModule('picking', splitRules);

/**
 * Subscription cycle dates and amounts, pure functions (seed "Subscriptions": schedule `{startAt, endAt, period,
 * interval}`, "Understanding the amount to be paid").
 *
 * Dates are computed from the anchor, never from the previous cycle: cycle n is anchor + n × interval periods, in UTC,
 * with date-fns clamping a day the target month lacks to its last day. Monthly from January 31 gives February 28,
 * March 31, April 30 (adding a month to February 28 would drift to March 28); yearly from February 29 gives February 28
 * until the next leap year. Daily means calendar days of 24 hours in UTC.
 */
import { UTCDate } from '@date-fns/utc';
import { addDays, addMonths, addYears } from 'date-fns';
import type { SubscriptionItemRecord, SubscriptionPeriod, SubscriptionRecord } from '../../state.ts';

/** The date `steps` × `interval` periods after `anchorAt` (ms), clamped to the month's end where the day is missing. */
export function addPeriods(anchorAt: number, period: SubscriptionPeriod, interval: number, steps: number): number {
  const anchor = new UTCDate(anchorAt);
  const count = steps * interval;
  switch (period) {
    case 'daily':
      return addDays(anchor, count).getTime();
    case 'monthly':
      return addMonths(anchor, count).getTime();
    case 'yearly':
      return addYears(anchor, count).getTime();
  }
}

type Schedule = Pick<SubscriptionRecord, 'anchorAt' | 'anchorRank' | 'schedule'>;

/** The date of cycle `rank` of the subscription (cycle `anchorRank` falls on `anchorAt`). */
export function cycleDate(subscription: Schedule, rank: number): number {
  return addPeriods(subscription.anchorAt, subscription.schedule.period, subscription.schedule.interval, rank - subscription.anchorRank);
}

/** When cycle `rank` opens, or null when the schedule ends first (no cycle starts at or after `endAt`). */
export function cycleStart(subscription: Schedule, rank: number): number | null {
  const at = cycleDate(subscription, rank);
  const { endAt } = subscription.schedule;
  return endAt !== undefined && at >= endAt ? null : at;
}

/** Items counted in every cycle after the first: those marked with `subscription`. */
export function recurringItems(items: SubscriptionItemRecord[]): SubscriptionItemRecord[] {
  return items.filter((item) => item.subscription !== undefined);
}

/**
 * What cycle `rank` costs, in cents: the first cycle is `amount`; a later one the sum of the items marked `subscription`
 * (an item's `amount` is its total value, quantity included, as in the seed), else `amount` (no items, or none marked:
 * a one-off fee counted only the first time).
 */
export function cycleAmount(subscription: Pick<SubscriptionRecord, 'amount' | 'items'>, rank: number): number {
  if (rank <= 1) return subscription.amount;
  const marked = recurringItems(subscription.items);
  return marked.length ? marked.reduce((sum, item) => sum + item.amount, 0) : subscription.amount;
}

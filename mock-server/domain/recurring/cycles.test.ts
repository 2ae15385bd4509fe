/** Cycle dates from the anchor and cycle amounts (seed "Subscriptions"; research §6.5): table-driven, exact dates. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { SubscriptionItemRecord, SubscriptionPeriod } from '../../state.ts';
import { cycleAmount, cycleDate, cycleStart } from './cycles.ts';

const at = (iso: string) => Date.parse(`${iso}T09:00:00.000Z`);
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function schedule(anchor: string, period: SubscriptionPeriod, interval = 1, endAt?: string) {
  return { anchorAt: at(anchor), anchorRank: 1, schedule: { startAt: at(anchor), period, interval, ...(endAt ? { endAt: at(endAt) } : {}) } };
}

describe('cycle dates come from the anchor, without drift', () => {
  const cases: [string, ReturnType<typeof schedule>, string[]][] = [
    ['monthly from January 31 keeps to month ends', schedule('2027-01-31', 'monthly'), ['2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30', '2027-05-31', '2027-06-30']],
    ['monthly from January 31 in a leap year', schedule('2028-01-31', 'monthly'), ['2028-01-31', '2028-02-29', '2028-03-31', '2028-04-30']],
    ['monthly from the 30th: February clamps, March is the 30th again', schedule('2027-01-30', 'monthly'), ['2027-01-30', '2027-02-28', '2027-03-30', '2027-04-30']],
    ['quarterly (monthly, interval 3) from November 30', schedule('2026-11-30', 'monthly', 3), ['2026-11-30', '2027-02-28', '2027-05-30', '2027-08-30']],
    ['yearly from February 29: February 28 until the next leap year', schedule('2028-02-29', 'yearly'), ['2028-02-29', '2029-02-28', '2030-02-28', '2031-02-28', '2032-02-29']],
    ['every 2 years from February 29', schedule('2028-02-29', 'yearly', 2), ['2028-02-29', '2030-02-28', '2032-02-29']],
    ['daily, interval 2', schedule('2027-01-01', 'daily', 2), ['2027-01-01', '2027-01-03', '2027-01-05', '2027-01-07']],
    ['daily across a month and year end', schedule('2026-12-30', 'daily'), ['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']],
    ['daily across the DST change (UTC days: no hour shift)', schedule('2027-03-27', 'daily'), ['2027-03-27', '2027-03-28', '2027-03-29']],
  ];
  for (const [name, subscription, expected] of cases) {
    test(name, () => {
      const dates = expected.map((_, index) => cycleDate(subscription, index + 1));
      assert.deepEqual(dates.map(day), expected);
      // Same time of day every cycle: the anchor's.
      for (const date of dates) assert.equal(new Date(date).toISOString().slice(11), '09:00:00.000Z');
    });
  }

  test('a re-anchored schedule counts from its new anchor rank', () => {
    const reanchored = { anchorAt: at('2027-03-31'), anchorRank: 3, schedule: { startAt: at('2027-01-31'), period: 'monthly' as const, interval: 2 } };
    assert.deepEqual([3, 4, 5].map((rank) => day(cycleDate(reanchored, rank))), ['2027-03-31', '2027-05-31', '2027-07-31']);
  });
});

describe('the schedule ends at endAt: no cycle starts at or after it', () => {
  const cases: [string, ReturnType<typeof schedule>, (string | null)[]][] = [
    ['endAt = anchor + 2 months 1 day: three cycles', schedule('2027-01-31', 'monthly', 1, '2027-04-01'), ['2027-01-31', '2027-02-28', '2027-03-31', null]],
    ['endAt exactly on a cycle date: that cycle does not start', schedule('2027-01-01', 'daily', 1, '2027-01-03'), ['2027-01-01', '2027-01-02', null]],
    ['no endAt: unlimited', schedule('2027-01-01', 'yearly'), ['2027-01-01', '2028-01-01', '2029-01-01']],
  ];
  for (const [name, subscription, expected] of cases) {
    test(name, () => {
      assert.deepEqual(expected.map((_, index) => {
        const start = cycleStart(subscription, index + 1);
        return start === null ? null : day(start);
      }), expected);
    });
  }
});

describe('cycle amounts', () => {
  const item = (amount: number, recurring: boolean): SubscriptionItemRecord => ({
    id: `itm_${amount}`,
    amount,
    quantity: 1,
    ...(recurring ? { subscription: { period: 'monthly' as const, interval: 1 } } : {}),
  });
  const cases: [string, number, SubscriptionItemRecord[], number[]][] = [
    ['no items: amount every cycle', 10000, [], [10000, 10000, 10000]],
    ['a setup fee once, the plan after', 3500, [item(2000, false), item(1500, true)], [3500, 1500, 1500]],
    ['items none marked: amount every cycle', 3000, [item(1000, false), item(2000, false)], [3000, 3000, 3000]],
    ['several marked items add up', 5000, [item(1200, true), item(800, true), item(3000, false)], [5000, 2000, 2000]],
  ];
  for (const [name, amount, items, expected] of cases) {
    test(name, () => assert.deepEqual([1, 2, 3].map((rank) => cycleAmount({ amount, items }, rank)), expected));
  }
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addMonths, afterDays, DAY_MS, evenAmounts, evenSchedule, scheduleErrors } from '../../src/core/schedule.ts';

const utc = (text: string) => Date.parse(`${text}Z`);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 19);

describe('even split', () => {
  test('100,00 in 3 gives the extra cent to the first: 33,34 + 33,33 + 33,33', () => {
    assert.deepEqual(evenAmounts(10000, 3), [3334, 3333, 3333]);
  });

  test('every remainder cent goes to the first installment, later ones stay equal', () => {
    assert.deepEqual(evenAmounts(10002, 4), [2502, 2500, 2500, 2500]);
    assert.deepEqual(evenAmounts(10009, 10), [1009, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000]);
    assert.deepEqual(evenAmounts(7, 3), [3, 2, 2]);
    assert.deepEqual(evenAmounts(2500, 1), [2500]);
  });

  test('always adds up to the total, never differs by more than count - 1 cents (1 000 random cases)', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let run = 0; run < 1000; run += 1) {
      const total = 1 + Math.floor(random() * 5_000_000);
      const count = 1 + Math.floor(random() * 24);
      const amounts = evenAmounts(total, count);
      assert.equal(amounts.reduce((sum, amount) => sum + amount, 0), total);
      assert.ok(amounts.every((amount) => Number.isInteger(amount)));
      assert.ok((amounts[0] as number) - (amounts[count - 1] as number) < count);
      assert.ok(amounts.slice(1).every((amount) => amount === amounts[1]));
    }
  });

  test('refuses floats and counts below 1', () => {
    assert.throws(() => evenAmounts(100.5, 2), RangeError);
    assert.throws(() => evenAmounts(100, 0), RangeError);
  });
});

describe('monthly due dates', () => {
  test('same day and time each month, from the start', () => {
    const start = utc('2026-03-15T10:30:00');
    assert.deepEqual(evenSchedule(10000, 3, start), [
      { amount: 3334, dueDate: start },
      { amount: 3333, dueDate: utc('2026-04-15T10:30:00') },
      { amount: 3333, dueDate: utc('2026-05-15T10:30:00') },
    ]);
  });

  test('month ends are clamped, and a 31st comes back in the months that have one', () => {
    const start = utc('2026-01-31T09:00:00');
    assert.deepEqual(
      [0, 1, 2, 3, 4].map((months) => iso(addMonths(start, months))),
      ['2026-01-31T09:00:00', '2026-02-28T09:00:00', '2026-03-31T09:00:00', '2026-04-30T09:00:00', '2026-05-31T09:00:00'],
    );
    assert.equal(iso(addMonths(utc('2028-01-30T00:00:00'), 1)), '2028-02-29T00:00:00');
  });

  test('crosses the year', () => {
    assert.equal(iso(addMonths(utc('2026-11-30T12:00:00'), 3)), '2027-02-28T12:00:00');
    assert.equal(iso(addMonths(utc('2026-12-01T00:00:00'), 12)), '2027-12-01T00:00:00');
  });

  test('pay later: days after', () => {
    assert.equal(afterDays(1000, 15), 1000 + 15 * DAY_MS);
  });
});

describe('custom schedules', () => {
  const now = utc('2026-06-01T00:00:00');
  const month = 30 * DAY_MS;

  test('the seed example is valid: 4 × 25,00 from now, month by month', () => {
    const schedule = [0, 1, 2, 3].map((index) => ({ amount: 2500, dueDate: now + index * month }));
    assert.deepEqual(scheduleErrors(10000, schedule, now), []);
  });

  test('a deferred first payment and uneven amounts are valid', () => {
    assert.deepEqual(scheduleErrors(10000, [{ amount: 7000, dueDate: now + month }, { amount: 3000, dueDate: now + 2 * month }], now), []);
  });

  test('a schedule that does not add up says by how much', () => {
    assert.deepEqual(scheduleErrors(10000, [{ amount: 5000, dueDate: now }, { amount: 4999, dueDate: now + month }], now), [
      "installments: the installments add up to 9999 cents, not the order's amount of 10000 cents",
    ]);
  });

  test('dates must go strictly forward; only the first may be now', () => {
    assert.deepEqual(
      scheduleErrors(9000, [{ amount: 3000, dueDate: now + month }, { amount: 3000, dueDate: now + month }, { amount: 3000, dueDate: now + 3 * month }], now),
      ['installments[1].dueDate: due dates must be strictly ascending (this one is not after installment 1)'],
    );
    assert.deepEqual(scheduleErrors(6000, [{ amount: 3000, dueDate: now - 5 * DAY_MS }, { amount: 3000, dueDate: now - DAY_MS }], now), [
      'installments[1].dueDate: only the first installment may be due now; this one is in the past',
      'installments[0].dueDate: the first due date is in the past',
    ]);
  });

  test('a single installment or a zero amount is refused', () => {
    assert.deepEqual(scheduleErrors(100, [{ amount: 100, dueDate: now }], now), ['installments: give at least 2 installments']);
    assert.deepEqual(scheduleErrors(100, [{ amount: 100, dueDate: now }, { amount: 0, dueDate: now + month }], now), [
      'installments[1].amount: must be a positive number of cents',
    ]);
  });
});

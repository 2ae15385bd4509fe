/** The TARGET2 calendar of SEPA Direct Debit settlement (src/core/banking-days.ts), table-driven. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addTarget2BankingDays, atUtcHour, easterSunday, isoDay, isTarget2BankingDay, utcDay, type CalendarDay } from '../../src/core/banking-days.ts';

const day = (iso: string): CalendarDay => {
  const [year, month, dayOfMonth] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day: dayOfMonth };
};

describe('Easter, computed', () => {
  // Published Easter Sundays (Gregorian), including the computus' edge years (earliest 22 March, latest 25 April).
  const cases: [number, string][] = [
    [1818, '1818-03-22'],
    [1943, '1943-04-25'],
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ];
  for (const [year, expected] of cases) test(`${year}: ${expected}`, () => assert.equal(isoDay(easterSunday(year)), expected));
});

describe('TARGET2 banking days', () => {
  const cases: [string, boolean, string][] = [
    ['2026-11-30', true, 'a Monday'],
    ['2026-12-05', false, 'a Saturday'],
    ['2026-12-06', false, 'a Sunday'],
    ['2026-12-24', true, 'Christmas Eve is open'],
    ['2026-12-25', false, 'Christmas Day'],
    ['2027-12-27', true, 'the Monday after a weekend Christmas is open (no substitute day)'],
    ['2025-12-26', false, 'Boxing Day on a Friday'],
    ['2026-12-31', true, 'New Year’s Eve is open'],
    ['2027-01-01', false, 'New Year’s Day'],
    ['2026-04-03', false, 'Good Friday 2026'],
    ['2026-04-06', false, 'Easter Monday 2026'],
    ['2027-03-26', false, 'Good Friday 2027'],
    ['2027-03-29', false, 'Easter Monday 2027'],
    ['2027-03-25', true, 'Maundy Thursday is open'],
    ['2026-05-01', false, 'Labour Day on a Friday'],
    ['2026-05-08', true, 'a French national holiday (8 May) is a TARGET2 day'],
    ['2026-07-14', true, '14 July is a TARGET2 day'],
    ['2026-05-14', true, 'Ascension is a TARGET2 day'],
    ['2024-02-29', true, 'a leap day'],
  ];
  for (const [iso, open, why] of cases) test(`${iso} ${open ? 'open' : 'closed'}: ${why}`, () => assert.equal(isTarget2BankingDay(day(iso)), open));
});

describe('adding TARGET2 banking days', () => {
  const cases: [string, number, string, string][] = [
    ['2026-12-21', 10, '2027-01-06', 'a first debit over Christmas and New Year'],
    ['2026-12-21', 5, '2026-12-29', 'a next debit over Christmas'],
    ['2027-03-24', 10, '2027-04-09', 'a first debit over Easter'],
    ['2027-03-24', 5, '2027-04-02', 'a next debit over Easter'],
    ['2026-11-30', 5, '2026-12-07', 'a plain week'],
    ['2026-11-30', 10, '2026-12-14', 'two plain weeks'],
    ['2026-12-23', 5, '2026-12-31', 'from a Wednesday before Christmas'],
    ['2026-12-05', 1, '2026-12-07', 'from a Saturday, the next Monday'],
    ['2026-12-06', 1, '2026-12-07', 'from a Sunday, the next Monday'],
    ['2026-12-25', 1, '2026-12-28', 'from a holiday, the next open day'],
    ['2026-04-02', 1, '2026-04-07', 'Good Friday, the weekend and Easter Monday skipped'],
    ['2026-04-30', 1, '2026-05-04', '1 May and the weekend skipped'],
    ['2028-02-28', 1, '2028-02-29', 'into a leap day'],
    ['2026-11-30', 0, '2026-11-30', 'zero days is the start'],
    ['2099-12-24', 1, '2099-12-28', 'far years work the same'],
  ];
  for (const [start, count, expected, why] of cases) {
    test(`${start} + ${count} → ${expected} (${why})`, () => assert.equal(isoDay(addTarget2BankingDays(day(start), count)), expected));
  }
  test('a negative or fractional count is refused', () => {
    assert.throws(() => addTarget2BankingDays(day('2026-11-30'), -1), RangeError);
    assert.throws(() => addTarget2BankingDays(day('2026-11-30'), 1.5), RangeError);
  });
  test('instants map to their UTC day and back at a fixed hour', () => {
    assert.equal(isoDay(utcDay(Date.UTC(2026, 11, 21, 23, 59))), '2026-12-21');
    assert.equal(atUtcHour(day('2027-01-06'), 6), Date.UTC(2027, 0, 6, 6));
  });
});

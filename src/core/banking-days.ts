/**
 * The TARGET2 calendar (the euro's inter-bank settlement days, on which SEPA debits are settled): every day but Saturdays,
 * Sundays, 1 January, Good Friday, Easter Monday, 1 May, 25 and 26 December (ECB, "TARGET2 closing days"; the same six
 * holidays as GoCardless' `target.yml`). National holidays (14 July, Ascension…) are not TARGET2 closing days.
 *
 * Easter is computed (Meeus/Jones/Butcher Gregorian computus), not tabled, so any year works. Days are calendar days
 * in UTC; callers that start from an instant take its UTC day (`utcDay`). date-fns' `addBusinessDays` skips weekends
 * only, hence this module.
 */

/** A calendar day: year, month 1–12, day 1–31. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;

/** Easter Sunday of `year` (Gregorian), by the anonymous Gregorian computus. */
export function easterSunday(year: number): CalendarDay {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

const toEpochDay = ({ year, month, day }: CalendarDay) => Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);

function fromEpochDay(epochDay: number): CalendarDay {
  const date = new Date(epochDay * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The UTC calendar day of an instant (epoch ms). */
export function utcDay(epochMs: number): CalendarDay {
  return fromEpochDay(Math.floor(epochMs / DAY_MS));
}

/** `day` at `hourUtc`:00 UTC, in epoch ms. */
export function atUtcHour(day: CalendarDay, hourUtc: number): number {
  return toEpochDay(day) * DAY_MS + hourUtc * 3_600_000;
}

/** ISO form `2027-01-06`, for logs, emails and tests. */
export function isoDay({ year, month, day }: CalendarDay): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whether TARGET2 is closed on `day` for a holiday (weekends aside). */
export function isTarget2Holiday(day: CalendarDay): boolean {
  const { year, month } = day;
  if ((month === 1 && day.day === 1) || (month === 5 && day.day === 1) || (month === 12 && (day.day === 25 || day.day === 26))) return true;
  const easter = toEpochDay(easterSunday(year));
  const epochDay = toEpochDay(day);
  // Good Friday and Easter Monday.
  return epochDay === easter - 2 || epochDay === easter + 1;
}

/** Whether `day` is a TARGET2 banking day: a weekday that is not a TARGET2 holiday. */
export function isTarget2BankingDay(day: CalendarDay): boolean {
  // Epoch day 0 (1970-01-01) was a Thursday: 0 = Thursday … 2 = Saturday, 3 = Sunday.
  const weekday = ((toEpochDay(day) % 7) + 7) % 7;
  return weekday !== 2 && weekday !== 3 && !isTarget2Holiday(day);
}

/**
 * The `count`-th TARGET2 banking day after `start` (not counting `start` itself, whatever it is): 2026-12-21 + 10 →
 * 2027-01-06. `count` is a whole number of days, 0 answers `start`.
 */
export function addTarget2BankingDays(start: CalendarDay, count: number): CalendarDay {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a whole number of days, not ${count}`);
  let epochDay = toEpochDay(start);
  for (let left = count; left > 0; ) {
    epochDay += 1;
    if (isTarget2BankingDay(fromEpochDay(epochDay))) left -= 1;
  }
  return fromEpochDay(epochDay);
}

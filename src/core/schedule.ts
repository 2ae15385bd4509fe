/**
 * Schedule maths for installments and pay later, shared by the widget (live preview) and the mock platform (the schedule
 * it really keeps), so that what the buyer sees is exactly what will be debited. Money in integer cents; dates in epoch
 * milliseconds, computed in UTC so a schedule does not depend on the machine's time zone.
 */

export interface ScheduledPayment {
  amount: number;
  dueDate: number;
}

export const MINUTE_MS = 60_000;
export const DAY_MS = 24 * 60 * MINUTE_MS;

/**
 * `count` even shares of `total`; the remainder cents all go to the first share (the seed: 100,00 in 3 is
 * 33,34 + 33,33 + 33,33), so every later debit is the same round amount.
 */
export function evenAmounts(total: number, count: number): number[] {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError(`Not an integer amount of cents: ${total}`);
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`An installment count must be a positive integer: ${count}`);
  const share = Math.floor(total / count);
  const first = total - share * (count - 1);
  return Array.from({ length: count }, (_, index) => (index === 0 ? first : share));
}

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/**
 * The same day and time `months` months after `start` (UTC). A day the target month lacks is clamped to its last day:
 * 31 January + 1 month is 28 (or 29) February. Always computed from `start`, never chained, so a schedule starting on
 * the 31st comes back to the 31st in the months that have one.
 */
export function addMonths(start: number, months: number): number {
  const date = new Date(start);
  const monthIndex = date.getUTCMonth() + months;
  const year = date.getUTCFullYear() + Math.floor(monthIndex / 12);
  const month = ((monthIndex % 12) + 12) % 12;
  const day = Math.min(date.getUTCDate(), daysInMonth(year, month));
  return Date.UTC(year, month, day, date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(), date.getUTCMilliseconds());
}

/** `count` monthly payments of `total`, the first due at `start`. */
export function evenSchedule(total: number, count: number, start: number): ScheduledPayment[] {
  return evenAmounts(total, count).map((amount, index) => ({ amount, dueDate: addMonths(start, index) }));
}

/** How far before `now` a first due date may lie and still mean "now" (clocks of a merchant's back end drift). */
export const FIRST_DUE_DATE_TOLERANCE_MS = DAY_MS;

/**
 * Checks a schedule a merchant wrote: amounts are positive whole cents adding up to `total`, dates strictly ascending,
 * only the first date may be now (or just before); a first date in the future defers the first payment.
 * Answers readable messages, empty when the schedule is valid.
 */
export function scheduleErrors(total: number, schedule: readonly ScheduledPayment[], now: number, field = 'installments'): string[] {
  const errors: string[] = [];
  if (schedule.length < 2) errors.push(`${field}: give at least 2 installments`);
  schedule.forEach((payment, index) => {
    if (!Number.isSafeInteger(payment.amount) || payment.amount < 1) errors.push(`${field}[${index}].amount: must be a positive number of cents`);
    if (index > 0) {
      const previous = schedule[index - 1] as ScheduledPayment;
      if (payment.dueDate <= previous.dueDate) {
        errors.push(`${field}[${index}].dueDate: due dates must be strictly ascending (this one is not after installment ${index})`);
      } else if (payment.dueDate <= now) {
        errors.push(`${field}[${index}].dueDate: only the first installment may be due now; this one is in the past`);
      }
    }
  });
  const first = schedule[0];
  if (first && first.dueDate < now - FIRST_DUE_DATE_TOLERANCE_MS) errors.push(`${field}[0].dueDate: the first due date is in the past`);
  const sum = schedule.reduce((total, payment) => total + payment.amount, 0);
  if (errors.length === 0 && sum !== total) {
    errors.push(`${field}: the installments add up to ${sum} cents, not the order's amount of ${total} cents`);
  }
  return errors;
}

/** Whether a payment of the schedule is taken when the buyer pays (due now) rather than by the clock later. */
export function isDueAt(payment: ScheduledPayment, at: number): boolean {
  return payment.dueDate <= at;
}

/** The date a pay-later debit falls on, `days` days after `from`. */
export function afterDays(from: number, days: number): number {
  return from + days * DAY_MS;
}

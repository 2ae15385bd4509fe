/**
 * Dates in the QA console and its panels: the one format of `src/core/date-format.ts` (day, month, year, 24-hour time,
 * time zone named), in the reader's zone, so that the console, the hosted pages and the widget read alike.
 */
import { formatDateTime } from '../../src/core/date-format.ts';

/** An instant (epoch ms) of the sandbox clock; "—" for none. */
export function when(ms: number | null | undefined): string {
  return ms === null || ms === undefined ? '—' : formatDateTime(ms, 'en-GB');
}

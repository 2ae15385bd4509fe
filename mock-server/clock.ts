/**
 * The sandbox clock: wall time shifted by an offset that QA and tests move forward. Everything in the mock backend reads
 * the time from here, so that deadlines, due dates and retries can be reached without waiting.
 */
export function wallClockNow(): number {
  return Date.now();
}

export function sandboxNow(clockOffsetMs: number): number {
  return wallClockNow() + clockOffsetMs;
}

/** Sandbox or live (CONTRACT §2 "Sandbox and production"): which records a transaction sees (store/tx.ts). */

/** Sandbox (test keys, test cards) or live (live keys, data of its own). */
export type Mode = 'sandbox' | 'live';

/** A record's mode: live records carry `mode: 'live'`; a record without it (every record stored before live mode) is the sandbox's. */
export function modeOf(record: unknown): Mode {
  return (record as { mode?: string }).mode === 'live' ? 'live' : 'sandbox';
}

/** The key a record is listed under in a mode-aware index: live records under their own keys, so a list never mixes modes. */
export function modeKey(mode: Mode, key: string): string {
  return mode === 'live' ? `live\u0000${key}` : key;
}

/** The implicit index of every moded table: records by mode, for pages over a whole mode. */
export const MODE_INDEX = '@mode';

import { sandboxNow } from '../clock.ts';
import type { Tx } from '../store.ts';

/** What every domain function works with: the store transaction it reads and writes through, the sandbox time, and where hosted pages live. */
export interface DomainContext {
  tx: Tx;
  now: number;
  /** Origin of the sandbox's hosted pages (payment page, sharing space, recovery links). */
  publicUrl: string;
}

export function domainContext(tx: Tx, publicUrl: string): DomainContext {
  return { tx, now: sandboxNow(tx.clockOffsetMs), publicUrl };
}

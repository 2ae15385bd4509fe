import { sandboxNow } from '../clock.ts';
import type { State } from '../state.ts';

/** What every domain function works with: the state being changed, the sandbox time, and where hosted pages live. */
export interface DomainContext {
  state: State;
  now: number;
  /** Origin of the sandbox's hosted pages (payment page, sharing space, recovery links). */
  publicUrl: string;
}

export function domainContext(state: State, publicUrl: string): DomainContext {
  return { state, now: sandboxNow(state.clockOffsetMs), publicUrl };
}

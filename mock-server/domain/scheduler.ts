/**
 * Work that falls due on the sandbox clock (split deadlines, installment captures, retries…). Modules register what
 * they schedule; moving the clock runs every piece of due work in time order, at its own time.
 */
import type { State } from '../state.ts';
import type { DomainContext } from './context.ts';

export interface DueWork {
  name: string;
  /** The earliest time something of this kind falls due, if any. */
  nextDueAt(state: State): number | null;
  /** Does everything of this kind that is due at `ctx.now`. */
  run(ctx: DomainContext): void;
}

const registry: DueWork[] = [];

export function registerDueWork(work: DueWork): void {
  if (!registry.some((known) => known.name === work.name)) registry.push(work);
}

/** The next piece of due work at or before `limit`, earliest first. */
export function nextDueWork(state: State, limit: number): { work: DueWork; at: number } | null {
  let next: { work: DueWork; at: number } | null = null;
  for (const work of registry) {
    const at = work.nextDueAt(state);
    if (at !== null && at <= limit && (next === null || at < next.at)) next = { work, at };
  }
  return next;
}

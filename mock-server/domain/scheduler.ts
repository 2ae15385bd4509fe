/**
 * Work that falls due on the sandbox clock (split deadlines, installment captures, retries…). Modules register, per
 * record kind, when a record next needs work and what that work is; the store keeps a due index per registration
 * (store/due.ts), so that moving the clock costs what falls due, not what is stored. Moving the clock runs every piece of
 * due work in time order, at its own time.
 */
import type { Kind, Records } from '../state.ts';
import type { Tx } from '../store.ts';
import { registerDue, type DueSpec } from '../store/due.ts';
import { modeOf } from '../store/tables.ts';
import type { DomainContext } from './context.ts';

export interface DueWork<K extends Kind = Kind> extends DueSpec<K> {
  /** Does what `record` needs at `ctx.now` (its instant has come); `record` is a draft of the write. */
  run(ctx: DomainContext, record: Records[K]): void;
}

const registry: DueWork[] = [];

export function registerDueWork<K extends Kind>(work: DueWork<K>): void {
  if (registry.some((known) => known.name === work.name)) return;
  registerDue(work);
  registry.push(work as unknown as DueWork);
}

/** The next piece of due work at or before `limit`, earliest first. */
export function nextDueWork(tx: Tx, limit: number): { work: DueWork; at: number } | null {
  let next: { work: DueWork; at: number } | null = null;
  for (const work of registry) {
    const at = tx.nextDue(work.name, Math.min(limit, next?.at ?? limit));
    if (at !== null && (next === null || at < next.at)) next = { work, at };
  }
  return next;
}

/**
 * Runs `work` for every record due at or before `ctx.now`, earliest first, each in its record's mode (sandbox or
 * live): what the work reads and creates (transactions, operations, webhooks, emails) belongs to that mode.
 */
export function runDueWork(ctx: DomainContext, work: DueWork): void {
  const mode = ctx.tx.mode;
  try {
    for (const record of ctx.tx.takeDue(work.name, ctx.now)) {
      ctx.tx.mode = modeOf(record);
      work.run(ctx, record);
      ctx.tx.mode = mode;
    }
  } finally {
    ctx.tx.mode = mode;
  }
}

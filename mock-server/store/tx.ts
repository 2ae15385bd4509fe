/**
 * What the domain reads and writes through: one `Tx` per request. A write transaction hands out private drafts of the
 * mutable records it reads (a JSON copy of that one record, never of the store), collects what it `put`s and deletes,
 * and commits only what actually changed; a refused request simply drops its drafts. A read transaction hands out the
 * stored records themselves, copies nothing and waits for nobody; it may not write.
 */
import type { Kind, Meta, Records } from '../state.ts';
import type { DueIndex } from './due-index.ts';
import { dueSpec, type DueSpec } from './due.ts';
import { MODE_INDEX, modeKey, modeOf, type Mode, type Table } from './tables.ts';
import type { Page, PageQuery, StoreView, Tables, TableWriter } from './view.ts';

export type { Page, PageQuery, StoreView, TableReader, TableWriter } from './view.ts';

export type Tx = Tables<'write'> & {
  clockOffsetMs: number;
  /**
   * The mode this transaction works in (CONTRACT §2 "Sandbox and production"), set once the caller is known (the
   * key's mode, the dashboard session's environment, a due record's mode). With a mode, moded tables (store/tables.ts)
   * show only that mode's records (`get` answers undefined for the other mode's ids, lists and pages never mix) and
   * stamp new records with it. Without one (the clock's due work between records, the webhook dispatcher), every
   * record is visible, new records are the sandbox's, and pages over an index list the sandbox's records.
   */
  mode: Mode | undefined;
  readonly writable: boolean;
  /** The earliest instant at or before `limit` at which `work` falls due, or null. */
  nextDue(work: string, limit: number): number | null;
  /** The records `work` is due for at or before `limit`, earliest first; taken off the index (put back if the write fails). */
  takeDue<K extends Kind>(work: string, limit: number): Records[K][];
  /**
   * Every record `work` is due for at or before `limit`, in no particular order, left on the index: costs the size of
   * that index, so only for those that stay small (webhook deliveries in flight).
   */
  listDue<K extends Kind>(work: string, limit: number): Records[K][];
};

/** What a transaction needs from its store. */
export interface StoreCore {
  table<K extends Kind>(kind: K): Table<Records[K]>;
  readonly meta: Meta;
  readonly view: StoreView;
  dueIndex(spec: DueSpec): DueIndex;
}

export interface Change<K extends Kind = Kind> {
  kind: K;
  id: string;
  /** The record as committed, or null when it was deleted. */
  record: Records[K] | null;
  json: string | null;
}

interface Draft<T> {
  record: T;
  /** The stored record's JSON when the draft was made (mutable kinds): unchanged drafts are not written. */
  before: string | null;
}

class TableTx<T extends { id: string }> implements TableWriter<T> {
  readonly drafts = new Map<string, Draft<T>>();
  readonly deleted = new Set<string>();
  readonly #table: Table<T>;
  readonly #writable: boolean;
  readonly #mode: () => Mode | undefined;

  constructor(table: Table<T>, writable: boolean, mode: () => Mode | undefined) {
    this.#table = table;
    this.#writable = writable;
    this.#mode = mode;
  }

  /** The mode whose records this transaction sees in this table, or undefined for every record. */
  #seen(): Mode | undefined {
    return this.#table.moded ? this.#mode() : undefined;
  }

  #visible(record: T): boolean {
    const mode = this.#seen();
    return mode === undefined || modeOf(record) === mode;
  }

  get(id: string): T | undefined {
    if (this.deleted.has(id)) return undefined;
    const draft = this.drafts.get(id);
    if (draft) return this.#visible(draft.record) ? draft.record : undefined;
    const stored = this.#table.rows.get(id);
    // An id of the other mode is unknown here: the same 404 as an id that never existed.
    if (stored && !this.#visible(stored)) return undefined;
    if (!stored || !this.#writable || !this.#table.mutable) return stored;
    const before = JSON.stringify(stored);
    const record = JSON.parse(before) as T;
    this.drafts.set(id, { record, before });
    return record;
  }

  put(record: T): void {
    this.#assertWritable();
    const mode = this.#seen();
    if (mode !== undefined && modeOf(record) !== mode) {
      if (mode === 'live') (record as { mode?: Mode }).mode = 'live';
      else delete (record as { mode?: Mode }).mode;
    }
    const stored = this.#table.rows.get(record.id);
    if (stored && this.#table.moded && modeOf(stored) !== modeOf(record)) throw new Error(`${record.id} belongs to the other mode`);
    this.deleted.delete(record.id);
    const draft = this.drafts.get(record.id);
    if (draft) draft.record = record;
    else this.drafts.set(record.id, { record, before: null });
  }

  delete(id: string): void {
    this.#assertWritable();
    this.drafts.delete(id);
    if (this.#table.rows.has(id)) this.deleted.add(id);
  }

  /** The keys `key` is stored under in `index` for the modes this transaction sees. */
  #keys(index: string, key: string): string[] {
    if (!this.#table.moded) return [key];
    const mode = this.#seen();
    return mode ? [modeKey(mode, key)] : [modeKey('sandbox', key), modeKey('live', key)];
  }

  list(index: string, key: string): T[] {
    const found: T[] = [];
    const keys = this.#keys(index, key);
    for (const stored of keys) {
      for (const id of this.#table.listed(index, stored) ?? []) {
        const record = this.get(id);
        if (record) found.push(record);
      }
    }
    for (const [id, draft] of this.drafts) {
      if (!this.#table.rows.has(id) && keys.includes(this.#table.keyOf(index, draft.record) ?? '') && this.#visible(draft.record)) found.push(draft.record);
    }
    return found;
  }

  page(query: PageQuery): Page<T> | null {
    const mode = this.#seen();
    const ids =
      query.index !== undefined
        ? this.#table.listed(query.index, this.#table.moded ? modeKey(mode ?? 'sandbox', query.key ?? '') : (query.key ?? ''))
        : mode !== undefined
          ? this.#table.listed(MODE_INDEX, mode)
          : this.#table.order;
    if (!ids) return query.startingAfter === undefined ? { data: [], hasMore: false } : null;
    const page = ids.page(query.startingAfter, query.limit, query.newestFirst);
    if (!page) return null;
    return { data: page.ids.map((id) => this.get(id)).filter((record): record is T => record !== undefined), hasMore: page.hasMore };
  }

  count(): number {
    const mode = this.#seen();
    return mode === undefined ? this.#table.rows.size : (this.#table.listed(MODE_INDEX, mode)?.size ?? 0);
  }

  all(): T[] {
    const found: T[] = [];
    for (const id of this.#table.order) {
      const record = this.get(id);
      if (record) found.push(record);
    }
    for (const [id, draft] of this.drafts) if (!this.#table.rows.has(id) && this.#visible(draft.record)) found.push(draft.record);
    return found;
  }

  #assertWritable(): void {
    if (!this.#writable) throw new Error('a read transaction cannot change the sandbox');
  }
}

export class StoreTx {
  readonly writable: boolean;
  /** See `Tx.mode`. */
  mode: Mode | undefined = undefined;
  readonly #core: StoreCore;
  readonly #tables = new Map<Kind, TableTx<{ id: string }>>();
  #clockOffsetMs: number | undefined;
  /** Due entries taken by this transaction: put back if it fails, looked at again when it commits. */
  readonly taken: { spec: DueSpec; id: string; at: number }[] = [];

  constructor(core: StoreCore, writable: boolean) {
    this.#core = core;
    this.writable = writable;
  }

  get clockOffsetMs(): number {
    return this.#clockOffsetMs ?? this.#core.meta.clockOffsetMs;
  }

  set clockOffsetMs(value: number) {
    if (!this.writable) throw new Error('a read transaction cannot change the sandbox');
    this.#clockOffsetMs = value;
  }

  /** The meta to commit, or null when unchanged. */
  changedMeta(): Meta | null {
    return this.#clockOffsetMs === undefined || this.#clockOffsetMs === this.#core.meta.clockOffsetMs ? null : { clockOffsetMs: this.#clockOffsetMs };
  }

  table<K extends Kind>(kind: K): TableWriter<Records[K]> {
    let table = this.#tables.get(kind);
    if (!table) {
      table = new TableTx(this.#core.table(kind) as unknown as Table<{ id: string }>, this.writable, () => this.mode);
      this.#tables.set(kind, table);
    }
    return table as unknown as TableWriter<Records[K]>;
  }

  get organizations() { return this.table('organizations'); }
  get platforms() { return this.table('platforms'); }
  get orders() { return this.table('orders'); }
  get transactions() { return this.table('transactions'); }
  get operations() { return this.table('operations'); }
  get webhooks() { return this.table('webhooks'); }
  get outbox() { return this.table('outbox'); }
  get idempotency() { return this.table('idempotency'); }
  get mandates() { return this.table('mandates'); }
  get vibans() { return this.table('vibans'); }
  get amazonSessions() { return this.table('amazonSessions'); }
  get walletDomains() { return this.table('walletDomains'); }
  get customers() { return this.table('customers'); }
  get products() { return this.table('products'); }
  get subscriptions() { return this.table('subscriptions'); }
  get invoices() { return this.table('invoices'); }
  get users() { return this.table('users'); }
  get sessions() { return this.table('sessions'); }
  get signinThrottles() { return this.table('signinThrottles'); }
  get withdrawals() { return this.table('withdrawals'); }

  nextDue(work: string, limit: number): number | null {
    return this.#nextEntry(dueSpec(work), limit)?.at ?? null;
  }

  takeDue<K extends Kind>(work: string, limit: number): Records[K][] {
    if (!this.writable) throw new Error('a read transaction cannot take due work');
    // Due work is the sandbox's own, whatever mode the transaction is in: it takes every mode's records.
    return this.#everyMode(() => this.#takeDue<K>(work, limit));
  }

  #everyMode<T>(work: () => T): T {
    const mode = this.mode;
    this.mode = undefined;
    try {
      return work();
    } finally {
      this.mode = mode;
    }
  }

  #takeDue<K extends Kind>(work: string, limit: number): Records[K][] {
    const spec = dueSpec(work);
    const index = this.#core.dueIndex(spec);
    const records: Records[K][] = [];
    for (let entry = this.#nextEntry(spec, limit); entry; entry = this.#nextEntry(spec, limit)) {
      index.take(entry.id);
      this.taken.push({ spec, id: entry.id, at: entry.at });
      const record = this.table(spec.kind).get(entry.id);
      if (record) records.push(record as Records[K]);
    }
    return records;
  }

  listDue<K extends Kind>(work: string, limit: number): Records[K][] {
    return this.#everyMode(() => this.#listDue<K>(work, limit));
  }

  #listDue<K extends Kind>(work: string, limit: number): Records[K][] {
    const spec = dueSpec(work);
    const rows = this.#core.table(spec.kind).rows;
    const records: Records[K][] = [];
    for (const { id, at } of this.#core.dueIndex(spec).entries(limit)) {
      const stored = rows.get(id);
      if (!stored || spec.dueAt(stored, this.#core.view) !== at) continue;
      const record = this.table(spec.kind).get(id);
      if (record) records.push(record as Records[K]);
    }
    return records;
  }

  /** Every change to commit, in no particular order. */
  changes(): Change[] {
    const changes: Change[] = [];
    for (const [kind, table] of this.#tables) {
      const mutable = this.#core.table(kind).mutable;
      for (const [id, draft] of table.drafts) {
        const json = JSON.stringify(draft.record);
        if (mutable && json === draft.before) continue;
        changes.push({ kind, id, record: draft.record as Records[Kind], json });
      }
      for (const id of table.deleted) changes.push({ kind, id, record: null, json: null });
    }
    return changes;
  }

  /** The index's earliest entry at or before `limit`, checked against `dueAt` (see store/due.ts). */
  #nextEntry(spec: DueSpec, limit: number): { id: string; at: number } | null {
    const index = this.#core.dueIndex(spec);
    const rows = this.#core.table(spec.kind).rows;
    for (;;) {
      const top = index.peek();
      if (!top || top.at > limit) return null;
      const record = rows.get(top.id);
      const at = record ? spec.dueAt(record, this.#core.view) : null;
      if (at === top.at) return top;
      index.set(top.id, at);
    }
  }
}

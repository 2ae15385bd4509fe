/**
 * One store for the whole sandbox: every record kind in its own table (a Map by id, creation order, secondary indexes,
 * due indexes; see store/tables.ts and store/due.ts), read in place and changed record by record.
 *
 * - `read` runs at once on the committed records: it copies nothing and never waits for a writer.
 * - `transact` runs writes one at a time (a mutex in Node, a Web Lock shared by the tabs of an origin in the browser).
 *   The work changes private drafts of the records it touches (store/tx.ts); when it succeeds, only the records that
 *   changed are written, to the persistence first (one SQLite transaction in Node) and then to the tables. When it
 *   throws, the drafts are dropped: a refused request changes nothing.
 */
import { seedRecords, type Kind, type Meta, type Records } from './state.ts';
import { DueIndex } from './store/due-index.ts';
import { dueSpecs, type DueSpec } from './store/due.ts';
import { KINDS, TABLES, Table } from './store/tables.ts';
import { StoreTx, type Change, type StoreCore, type StoreView, type Tx } from './store/tx.ts';

export type { Change, Page, PageQuery, StoreView, Tx } from './store/tx.ts';

/** Everything stored, each kind in creation order. */
export interface Snapshot {
  meta: Meta;
  records: { [K in Kind]?: Records[K][] };
}

/** What other writers (other tabs of the origin) committed since this store last looked. */
export type Pulled = { reload: Snapshot } | { changes: Change[]; meta: Meta };

export interface Persistence {
  /** What is stored, or null for a new sandbox (the store then seeds it). */
  load(): Snapshot | null;
  /** Writes one transaction's changes, all or nothing. `meta` is null when it did not change. */
  commit(changes: Change[], meta: Meta | null): void;
  /** Replaces everything (reset). */
  replace(snapshot: Snapshot): void;
  /** Runs `work` alone among every writer that shares this persistence. */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  /** Other writers' commits since the last call; null when there were none. Only persistences shared with others. */
  pull?(): Pulled | null;
  close?(): void;
}

type Tables = { [K in Kind]: Table<Records[K]> };

/**
 * Told of every commit once it is in the tables: this store's own and, in the browser, other tabs' once pulled.
 * `changes` are the records written (`record: null` when deleted); `everything` is true when the clock offset changed
 * or the whole state was replaced (reset, reload): anything may then look different.
 */
export type CommitListener = (changes: readonly Change[], everything: boolean) => void;

export function seededSnapshot(): Snapshot {
  return { meta: { clockOffsetMs: 0 }, records: seedRecords() };
}

export class Store implements StoreCore {
  readonly #persistence: Persistence;
  readonly #tables: Tables;
  readonly #due = new Map<string, DueIndex>();
  #meta: Meta = { clockOffsetMs: 0 };
  readonly #listeners = new Set<CommitListener>();
  readonly view: StoreView;

  constructor(persistence: Persistence) {
    this.#persistence = persistence;
    this.#tables = Object.fromEntries(KINDS.map((kind) => [kind, new Table(TABLES[kind] as never)])) as unknown as Tables;
    this.view = new StoreTx(this, false) as unknown as StoreView;
    const stored = persistence.load();
    if (stored) {
      this.#fill(stored);
    } else {
      const seeded = seededSnapshot();
      persistence.replace(seeded);
      this.#fill(seeded);
    }
  }

  get meta(): Meta {
    return this.#meta;
  }

  table<K extends Kind>(kind: K): Table<Records[K]> {
    return this.#tables[kind];
  }

  /** The due index of `spec`, built from the records the first time it is asked for. */
  dueIndex(spec: DueSpec): DueIndex {
    let index = this.#due.get(spec.name);
    if (!index) {
      index = new DueIndex();
      this.#due.set(spec.name, index);
      for (const record of this.#tables[spec.kind].rows.values()) index.set(record.id, spec.dueAt(record, this.view));
    }
    return index;
  }

  /** Runs `work` on the committed records, at once. `work` must not change them (see `transact`). */
  async read<T>(look: (view: Tx) => T | Promise<T>): Promise<T> {
    this.#pull();
    return look(new StoreTx(this, false) as unknown as Tx);
  }

  /** Runs `work` alone and commits what it changed, or nothing if it throws. */
  async transact<T>(work: (tx: Tx) => T | Promise<T>): Promise<T> {
    return this.#persistence.exclusive(async () => {
      this.#pull();
      const tx = new StoreTx(this, true);
      try {
        const result = await work(tx as unknown as Tx);
        this.#commit(tx);
        return result;
      } catch (error) {
        for (const { spec, id, at } of tx.taken) this.dueIndex(spec).set(id, at);
        throw error;
      }
    });
  }

  /**
   * Calls `listener` after every commit (see CommitListener), synchronously, within the commit: it must be quick and
   * only schedule work. Returns the function that stops it.
   */
  onCommit(listener: CommitListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Takes in what other writers sharing the persistence committed (another tab), at once rather than at the next request. */
  refresh(): void {
    this.#pull();
  }

  async reset(): Promise<void> {
    await this.#persistence.exclusive(async () => {
      const seeded = seededSnapshot();
      this.#persistence.replace(seeded);
      this.#fill(seeded);
    });
  }

  /** Every record, each kind in creation order: a copy of everything, for tests and tools only. */
  snapshot(): Snapshot {
    this.#pull();
    const records = Object.fromEntries(KINDS.map((kind) => [kind, structuredClone([...this.#tables[kind].rows.values()])]));
    return { meta: { ...this.#meta }, records: records as Snapshot['records'] };
  }

  close(): void {
    this.#persistence.close?.();
  }

  #commit(tx: StoreTx): void {
    const changes = tx.changes();
    const meta = tx.changedMeta();
    if (changes.length > 0 || meta) this.#persistence.commit(changes, meta);
    this.#apply(changes, meta);
    // Due work taken and run without changing its record is looked at again (it may be due later now, or not at all).
    for (const { spec, id } of tx.taken) {
      const record = this.#tables[spec.kind].rows.get(id);
      this.dueIndex(spec).set(id, record ? spec.dueAt(record, this.view) : null);
    }
  }

  #apply(changes: Change[], meta: Meta | null): void {
    const clockMoved = meta !== null && JSON.stringify(meta) !== JSON.stringify(this.#meta);
    if (meta) this.#meta = meta;
    for (const change of changes) {
      const table = this.#tables[change.kind] as unknown as Table<{ id: string }>;
      if (change.record) table.put(change.record);
      else table.delete(change.id);
    }
    this.#updateDue(changes);
    this.#notify(changes, clockMoved);
  }

  #notify(changes: readonly Change[], everything: boolean): void {
    if (this.#listeners.size === 0 || (changes.length === 0 && !everything)) return;
    for (const listener of this.#listeners) {
      try {
        listener(changes, everything);
      } catch (error) {
        // What is committed stays committed: a listener's failure is its own.
        console.error('[sandbox] commit listener failed', error);
      }
    }
  }

  #updateDue(changes: Change[]): void {
    if (this.#due.size === 0) return;
    const specs = dueSpecs().filter((spec) => this.#due.has(spec.name));
    for (const change of changes) {
      for (const spec of specs) {
        if (spec.kind !== change.kind) continue;
        const record = this.#tables[change.kind].rows.get(change.id);
        const index = this.dueIndex(spec);
        index.set(change.id, record ? spec.dueAt(record as never, this.view) : null);
        if (!record || !spec.dependents) continue;
        for (const id of spec.dependents(record as never, this.view)) {
          const dependent = id === change.id ? undefined : this.#tables[spec.kind].rows.get(id);
          if (dependent) index.set(id, spec.dueAt(dependent as never, this.view));
        }
      }
    }
  }

  #fill(snapshot: Snapshot): void {
    this.#meta = { ...snapshot.meta };
    for (const kind of KINDS) {
      const table = this.#tables[kind] as unknown as Table<{ id: string }>;
      table.clear();
      for (const record of snapshot.records[kind] ?? []) table.put(record);
    }
    this.#due.clear();
    for (const spec of dueSpecs()) this.dueIndex(spec);
    this.#notify([], true);
  }

  #pull(): void {
    const pulled = this.#persistence.pull?.();
    if (!pulled) return;
    if ('reload' in pulled) this.#fill(pulled.reload);
    else this.#apply(pulled.changes, pulled.meta);
  }
}

/** A promise-chain mutex: one piece of work at a time within this JavaScript realm. */
export function createMutex(): <T>(work: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>) => {
    const run = tail.then(work, work);
    tail = run.catch(() => undefined);
    return run;
  };
}

/** No persistence: the tables are the sandbox (tests, `persist: false` in the browser, the server without a data file). */
export function memoryPersistence(): Persistence {
  return { load: () => null, commit: () => undefined, replace: () => undefined, exclusive: createMutex() };
}

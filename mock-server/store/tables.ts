/**
 * The record kinds the store keeps, and for each the secondary indexes the domain reads by. One description serves the
 * in-memory tables, the SQLite schema (mock-server/sqlite.ts: one indexed column per index) and the browser's keys.
 */
import type { Kind, Records } from '../state.ts';
import { OrderedIds } from './ordered-ids.ts';
import { MODE_INDEX, modeKey, modeOf } from './mode.ts';

export { MODE_INDEX, modeKey, modeOf, type Mode } from './mode.ts';

export interface TableSpec<T> {
  /** Secondary indexes: name → the value a record is listed under (its order, its platform…). */
  indexes: Record<string, (record: T) => string | undefined>;
  /**
   * Mutable records are handed to a write as private drafts that the domain changes in place; they replace the stored
   * record only when the write commits. Other kinds change only through `put`, and are frozen once stored.
   */
  mutable: boolean;
  /**
   * Whether each record belongs to one mode, sandbox or live (CONTRACT §2 "Sandbox and production"): a transaction
   * with a mode sees only that mode's records (store/tx.ts). Platform-wide records (organizations, platforms, dashboard
   * accounts, the registry of issued IBANs, wallet domains) are shared by both modes.
   */
  moded?: boolean;
}


type Specs = { [K in Kind]: TableSpec<Records[K]> };

export const TABLES: Specs = {
  organizations: { indexes: {}, mutable: false },
  platforms: { indexes: {}, mutable: false },
  orders: { indexes: { platformId: (order) => order.platformId }, mutable: true, moded: true },
  transactions: { indexes: { orderId: (transaction) => transaction.orderId }, mutable: true, moded: true },
  operations: { indexes: { transactionId: (operation) => operation.transactionId }, mutable: false, moded: true },
  webhooks: { indexes: { orderId: (delivery) => delivery.orderId }, mutable: true, moded: true },
  outbox: { indexes: { orderId: (message) => message.orderId }, mutable: false, moded: true },
  idempotency: { indexes: {}, mutable: false, moded: true },
  mandates: { indexes: { customerId: (mandate) => mandate.customerId }, mutable: true, moded: true },
  vibans: { indexes: {}, mutable: false },
  amazonSessions: { indexes: { orderId: (session) => session.orderId }, mutable: true, moded: true },
  walletDomains: { indexes: { platformId: (domain) => domain.platformId }, mutable: false },
  customers: { indexes: { platformId: (customer) => customer.platformId }, mutable: true, moded: true },
  products: { indexes: { platformId: (product) => product.platformId }, mutable: true, moded: true },
  subscriptions: { indexes: { platformId: (subscription) => subscription.platformId, customerId: (subscription) => subscription.customerId }, mutable: true, moded: true },
  invoices: { indexes: { platformId: (invoice) => invoice.platformId, subscriptionId: (invoice) => invoice.subscriptionId }, mutable: true, moded: true },
  users: { indexes: {}, mutable: false },
  sessions: { indexes: {}, mutable: false },
  signinThrottles: { indexes: {}, mutable: false },
  withdrawals: { indexes: { platformId: (withdrawal) => withdrawal.platformId }, mutable: false, moded: true },
};

export const KINDS = Object.keys(TABLES) as Kind[];

export type IndexName<K extends Kind> = keyof (typeof TABLES)[K]['indexes'] & string;

/** One kind's committed records: by id, in creation order, and under each secondary index. */
export class Table<T extends { id: string }> {
  readonly rows = new Map<string, T>();
  #order = new OrderedIds();
  readonly #indexes = new Map<string, Map<string, OrderedIds>>();
  readonly #spec: TableSpec<T>;

  constructor(spec: TableSpec<T>) {
    this.#spec = spec;
    for (const name of Object.keys(spec.indexes)) this.#indexes.set(name, new Map());
    if (spec.moded) this.#indexes.set(MODE_INDEX, new Map());
  }

  /** Every id, in creation order. */
  get order(): OrderedIds {
    return this.#order;
  }

  get mutable(): boolean {
    return this.#spec.mutable;
  }

  /** Whether each record belongs to one mode (see TableSpec.moded). */
  get moded(): boolean {
    return this.#spec.moded === true;
  }

  /** The value `record` is listed under in `index`: in a moded table, its mode's key (see modeKey). */
  keyOf(index: string, record: T): string | undefined {
    if (index === MODE_INDEX) return this.moded ? modeOf(record) : undefined;
    const key = this.#spec.indexes[index]?.(record);
    return key === undefined || !this.moded ? key : modeKey(modeOf(record), key);
  }

  indexNames(): string[] {
    return this.moded ? [...Object.keys(this.#spec.indexes), MODE_INDEX] : Object.keys(this.#spec.indexes);
  }

  /** Ids listed under `key` in `index`, in creation order (undefined when none). */
  listed(index: string, key: string): OrderedIds | undefined {
    return this.#indexes.get(index)?.get(key);
  }

  put(record: T): void {
    if (!this.#spec.mutable) Object.freeze(record);
    const before = this.rows.get(record.id);
    this.rows.set(record.id, record);
    if (!before) this.#order.add(record.id);
    for (const [name, lists] of this.#indexes) {
      const was = before ? this.keyOf(name, before) : undefined;
      const now = this.keyOf(name, record);
      if (before && was === now) continue;
      if (was !== undefined) lists.get(was)?.remove(record.id);
      if (now !== undefined) {
        let list = lists.get(now);
        if (!list) lists.set(now, (list = new OrderedIds()));
        list.add(record.id);
      }
    }
  }

  delete(id: string): void {
    const before = this.rows.get(id);
    if (!before) return;
    this.rows.delete(id);
    this.#order.remove(id);
    for (const [name, lists] of this.#indexes) {
      const was = this.keyOf(name, before);
      if (was === undefined) continue;
      const list = lists.get(was);
      list?.remove(id);
      if (list?.size === 0) lists.delete(was);
    }
  }

  clear(): void {
    this.rows.clear();
    this.#order = new OrderedIds();
    for (const lists of this.#indexes.values()) lists.clear();
  }
}

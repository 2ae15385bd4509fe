/**
 * The store's read side as types: what a read transaction (and a due-work declaration, store/due.ts) sees. Apart from
 * tx.ts so that due.ts can name it without importing the transaction, which imports due.ts.
 */
import type { Kind, Records } from '../state.ts';

export interface Page<T> {
  data: T[];
  /** Whether more records follow the last one of `data`. */
  hasMore: boolean;
}

export interface PageQuery {
  /** How many records at most. */
  limit: number;
  /** The id of the last record of the previous page. */
  startingAfter?: string | undefined;
  /** Only the records listed under `key` in this secondary index (see store/tables.ts). */
  index?: string;
  key?: string;
  /** From the most recent record back. */
  newestFirst?: boolean;
}

export interface TableReader<T> {
  get(id: string): T | undefined;
  /** Every record listed under `key` in `index`, in creation order: for short lists (an order's transactions). */
  list(index: string, key: string): T[];
  /** One page of committed records in creation order; null when `startingAfter` names no record of the list. */
  page(query: PageQuery): Page<T> | null;
  /** Every record, in creation order: for the small kinds only (platforms, organizations). */
  all(): T[];
  /** How many records are stored (committed ones: what this transaction adds is not counted). */
  count(): number;
}

export interface TableWriter<T> extends TableReader<T> {
  /** Stores a new record, or replaces one (the only way to change records of an immutable kind). */
  put(record: T): void;
  delete(id: string): void;
}

export type Tables<Table> = { readonly [K in Kind]: Table extends 'read' ? TableReader<Records[K]> : TableWriter<Records[K]> };

/** The committed state, read-only. */
export type StoreView = Tables<'read'> & { readonly clockOffsetMs: number };

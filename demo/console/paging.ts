/**
 * One page of a sandbox log (`GET /v1/sandbox/webhooks`, `/v1/sandbox/outbox`), newest first, walked with the API's own
 * cursor: `limit` records after `startingAfter` (the last id of the page before), and `hasMore` saying another follows.
 * The console keeps the cursors it went through, so "Newer" goes back without the API listing backwards.
 */
import { api } from '../shared/sandbox.ts';

export const PAGE_SIZE = 10;

export interface Paged<T extends { id: string }> {
  items: T[];
  hasMore: boolean;
  /** The `startingAfter` of each page walked through, the shown one last (`null`: the newest page). */
  cursors: (string | null)[];
}

export const firstPage = <T extends { id: string }>(): Paged<T> => ({ items: [], hasMore: false, cursors: [null] });

/** The page `paged` is on, read again (the log grows while QA looks); back to the newest page when its cursor is gone (a reset). */
export async function loadPage<T extends { id: string }>(path: string, key: string, filter: string, paged: Paged<T>): Promise<Paged<T>> {
  const cursor = paged.cursors.at(-1) ?? null;
  const query = `?order=desc&limit=${PAGE_SIZE}${filter}${cursor ? `&startingAfter=${encodeURIComponent(cursor)}` : ''}`;
  const answer = await api<T[]>('GET', `${path}${query}`, key);
  if (answer.status === 404 && cursor) return loadPage(path, key, filter, firstPage<T>());
  if (!answer.body.success) throw new Error(answer.body.errors?.join('\n') ?? `HTTP ${answer.status}`);
  return { items: answer.body.data, hasMore: (answer.body as { hasMore?: boolean }).hasMore === true, cursors: paged.cursors };
}

/** The cursors of the page after the shown one (older records). */
export function olderPage<T extends { id: string }>(paged: Paged<T>): Paged<T> {
  const last = paged.items.at(-1);
  return last && paged.hasMore ? { ...paged, cursors: [...paged.cursors, last.id] } : paged;
}

/** The cursors of the page before the shown one (newer records). */
export function newerPage<T extends { id: string }>(paged: Paged<T>): Paged<T> {
  return paged.cursors.length > 1 ? { ...paged, cursors: paged.cursors.slice(0, -1) } : paged;
}

/** 1 for the newest page. */
export const pageNumber = (paged: Paged<{ id: string }>): number => paged.cursors.length;

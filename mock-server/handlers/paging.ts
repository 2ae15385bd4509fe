/**
 * Lists answer one page at a time: `?limit=` (1 to 1000, default 100) records in creation order (`?order=desc`: newest
 * first), from the start or after `?startingAfter=<id>` (the last id of the previous page). The envelope stays `{"success": true, "data": [...]}`,
 * so that callers reading `data` keep working, with `hasMore` beside it saying whether another page follows.
 */
import { invalid, notFound } from '../domain/errors.ts';
import type { Page, PageQuery } from '../store.ts';
import { Reply } from './kit.ts';

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 1000;

/** `limit` and `startingAfter` from the request's query string; 400 when `limit` is not an integer from 1 to 1000. */
export function pageQuery(request: Request): Pick<PageQuery, 'limit' | 'startingAfter' | 'newestFirst'> {
  const params = new URL(request.url).searchParams;
  const rawLimit = params.get('limit');
  // Digits only, as for amounts: Number() alone would read '1e2', '0x10' or ' 5' as a size.
  const limit = rawLimit === null || rawLimit === '' ? DEFAULT_PAGE_SIZE : /^[0-9]{1,4}$/.test(rawLimit) ? Number(rawLimit) : Number.NaN;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw invalid(`limit: give an integer from 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE})`);
  }
  const startingAfter = params.get('startingAfter') || undefined;
  const order = params.get('order') ?? 'asc';
  if (order !== 'asc' && order !== 'desc') throw invalid('order: asc (oldest first, the default) or desc (newest first)');
  return { limit, startingAfter, newestFirst: order === 'desc' };
}

/**
 * A page holds at most this many bytes of JSON (and always its first record): `limit` bounds the count, this the size, so
 * that big records (an order may carry 1 MB of items) cannot make one answer of gigabytes. Cut short, the page says
 * `hasMore`, and `startingAfter` its last id continues from there.
 */
export const MAX_PAGE_BYTES = 4 * 1024 * 1024;

/** The page as the success envelope; a `startingAfter` that names nothing in the list answers 404. */
export function pageReply<T>(page: Page<T> | null, shape: (record: T) => unknown = (record) => record): Reply {
  if (!page) throw notFound('startingAfter');
  const data: unknown[] = [];
  let bytes = 0;
  for (const record of page.data) {
    const shown = shape(record);
    bytes += JSON.stringify(shown).length;
    if (data.length > 0 && bytes > MAX_PAGE_BYTES) break;
    data.push(shown);
  }
  return new Reply(200, { success: true, data, hasMore: page.hasMore || data.length < page.data.length });
}

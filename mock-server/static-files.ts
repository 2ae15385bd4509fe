/**
 * The built widget and demo, served by `sirv` (maintained, never serves outside its folder) in its dev mode, so that a
 * rebuild while the server runs is served at once. Dev mode reads the disk on each request, and there two of sirv's
 * guarantees do not hold; this module restores them before sirv sees the request:
 *
 * - `dotfiles: false` is only applied when sirv lists the folder up front (production mode): in dev mode `/.env` or
 *   `/.git/config` were served. A path with a segment starting with a dot is a 404 here (decoded first, so `%2e` too).
 * - `Range` is parsed loosely: `bytes=5-2` threw inside sirv after its 206 headers were out (an empty 206, a logged
 *   failure), `bytes=-5` (the last 5 bytes) answered the first 6, `bytes=0-0` the whole file as a 206. Only a single
 *   range sirv reads right (`bytes=N-` or `bytes=N-M`, N ≤ M, M ≥ 1) reaches it; any other Range is ignored and the
 *   whole file answered 200, as RFC 9110 §14.2 allows ("a server MAY ignore the Range header field").
 */
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv from 'sirv';

export type Next = () => void;
export type Static = (request: IncomingMessage, response: ServerResponse, next: Next) => void;

/** Whether some segment of `pathname` (%-decoded where it can be) starts with a dot: `/.env`, `/a/%2egit/config`. */
export function namesDotfile(pathname: string): boolean {
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // A malformed escape: sirv keeps such a path as it is, so it is looked at as it is.
  }
  return /(^|[/\\])\./.test(decoded);
}

/** Whether sirv (3.0) answers this Range header correctly: one range, `bytes=N-` or `bytes=N-M` with N ≤ M and M ≥ 1. */
export function isRangeSirvReads(range: string): boolean {
  const found = /^bytes=(\d{1,15})-(\d{0,15})$/.exec(range.trim());
  if (!found) return false;
  const [, start, end] = found as unknown as [string, string, string];
  return end === '' || (Number(end) >= 1 && Number(start) <= Number(end));
}

/** A sirv handler for `dir` (see the module's notes); a folder that does not exist (not built yet) passes every request on. */
export function staticFiles(dir: string): Static {
  const serve = sirv(dir, {
    dev: true,
    dotfiles: false,
    setHeaders: (response) => {
      response.setHeader('Access-Control-Allow-Origin', '*');
      response.setHeader('Cache-Control', 'no-cache');
    },
  });
  return (request, response, next) => {
    if (!existsSync(dir) || namesDotfile((request.url ?? '/').split('?')[0] as string)) {
      next();
      return;
    }
    const { range } = request.headers;
    if (range !== undefined && !isRangeSirvReads(range)) delete request.headers.range;
    serve(request, response, next);
  };
}

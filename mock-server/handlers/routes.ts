/**
 * MSW tries every handler in turn and, for each, compiles its path with path-to-regexp and parses the request's cookies:
 * with some thirty endpoints that is most of a request's cost (about 1 ms, against a few µs in the store). This picks,
 * once per request, the few handlers whose method and path can match, with patterns compiled once, and lets MSW run only
 * those. The patterns are deliberately looser than MSW's own (any segment for a parameter, case-insensitive, optional
 * trailing slash), so that a handler MSW would match is never left out; handlers with other kinds of paths always run,
 * unless they declared their predicate on the URL (`byUrl`: the request guard, the API's 404), which then runs here.
 */
import { getResponse, type HttpHandler } from 'msw';

interface Route {
  handler: HttpHandler;
  method: string | null;
  pattern: RegExp | null;
  /** The handler's own predicate on the URL, when it registered one (`byUrl`): run here, once, on the parsed URL. */
  matches: ((url: URL) => boolean) | null;
}

const URL_PREDICATES = new WeakMap<HttpHandler, (url: URL) => boolean>();

/**
 * Declares that `handler` (one matched by a custom predicate) matches exactly the requests whose URL passes `matches`:
 * the route table then leaves it out of the candidates when it would not match, instead of letting MSW run it (parse
 * the URL, look up cookies, call the predicate) on every request. `matches` must be the handler's predicate itself.
 */
export function byUrl(handler: HttpHandler, matches: (url: URL) => boolean): HttpHandler {
  URL_PREDICATES.set(handler, matches);
  return handler;
}

const SIMPLE_PATH = /^\*(\/(:?[\w.-]+))+$/;

function routeOf(handler: HttpHandler): Route {
  const { method, path } = handler.info;
  const pattern =
    typeof path === 'string' && SIMPLE_PATH.test(path)
      ? new RegExp(`^.*${path.slice(1).replace(/\/:[\w]+/g, '/[^/]+').replace(/\./g, '\\.')}/?$`, 'i')
      : null;
  return { handler, method: typeof method === 'string' ? method.toUpperCase() : null, pattern, matches: URL_PREDICATES.get(handler) ?? null };
}

/** The handlers that may answer `request`, in their original order. */
export function routeTable(handlers: HttpHandler[]): (request: Request) => HttpHandler[] {
  const routes = handlers.map(routeOf);
  return (request) => {
    const method = request.method.toUpperCase();
    const url = new URL(request.url);
    const target = `${url.origin}${url.pathname}`;
    const found: HttpHandler[] = [];
    for (const route of routes) {
      if (route.method !== null && route.method !== method) continue;
      if (route.pattern !== null && !route.pattern.test(target)) continue;
      if (route.matches !== null && !route.matches(url)) continue;
      found.push(route.handler);
    }
    return found;
  };
}

/** Answers `request` as `getResponse(handlers, request)` would, running only the handlers that may match. */
export function responder(handlers: HttpHandler[]): (request: Request) => Promise<Response | undefined> {
  const candidates = routeTable(handlers);
  return (request) => getResponse(candidates(request), request);
}

/**
 * MSW tries every handler in turn and, for each, compiles its path with path-to-regexp and parses the request's cookies:
 * with some thirty endpoints that is most of a request's cost (about 1 ms, against a few µs in the store). This picks,
 * once per request, the few handlers whose method and path can match, with patterns compiled once, and lets MSW run only
 * those. The patterns are deliberately looser than MSW's own (any segment for a parameter, case-insensitive, optional
 * trailing slash), so that a handler MSW would match is never left out; handlers with other kinds of paths always run.
 */
import { getResponse, type HttpHandler } from 'msw';

interface Route {
  handler: HttpHandler;
  method: string | null;
  pattern: RegExp | null;
}

const SIMPLE_PATH = /^\*(\/(:?[\w.-]+))+$/;

function routeOf(handler: HttpHandler): Route {
  const { method, path } = handler.info;
  const pattern =
    typeof path === 'string' && SIMPLE_PATH.test(path)
      ? new RegExp(`^.*${path.slice(1).replace(/\/:[\w]+/g, '/[^/]+').replace(/\./g, '\\.')}/?$`, 'i')
      : null;
  return { handler, method: typeof method === 'string' ? method.toUpperCase() : null, pattern };
}

/** The handlers that may answer `request`, in their original order. */
export function routeTable(handlers: HttpHandler[]): (request: Request) => HttpHandler[] {
  const routes = handlers.map(routeOf);
  return (request) => {
    const method = request.method.toUpperCase();
    const url = new URL(request.url);
    const target = `${url.origin}${url.pathname}`;
    return routes
      .filter((route) => (route.method === null || route.method === method) && (route.pattern === null || route.pattern.test(target)))
      .map((route) => route.handler);
  };
}

/** Answers `request` as `getResponse(handlers, request)` would, running only the handlers that may match. */
export function responder(handlers: HttpHandler[]): (request: Request) => Promise<Response | undefined> {
  const candidates = routeTable(handlers);
  return (request) => getResponse(candidates(request), request);
}

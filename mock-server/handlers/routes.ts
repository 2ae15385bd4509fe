/**
 * What MSW does per request, cut to what this API needs, in the browser worker and over HTTP alike.
 *
 * - MSW tries every handler in turn and, for each, compiles its path with path-to-regexp and looks up cookies (the
 *   Cookie header and its cookie jar, through tough-cookie): with some thirty endpoints that was most of a request's
 *   cost. The endpoints are `RouteHandler`s: msw `HttpHandler`s whose path is compiled once, to the very pattern
 *   path-to-regexp builds for it (routes.test.ts checks them against msw's `matchRequestUrl`), and which look up no
 *   cookies (this API authenticates by the Authorization header; no endpoint reads a cookie).
 * - `routeTable` picks, once per request, the handlers whose method and path can match, and `responder` lets msw's
 *   `getResponse` run only those. Handlers with other kinds of paths always run, unless they declared their predicate
 *   on the URL's path (`byPath`: the request guard, the API's 404), which then runs here.
 */
import { getResponse, HttpHandler, RequestHandler, type DefaultBodyType, type HttpResponseResolver, type PathParams } from 'msw';

type RunArgs = Parameters<HttpHandler['run']>[0];
type RunResult = Awaited<ReturnType<HttpHandler['run']>>;

/** msw's own result of a path match: whether it matched, and the decoded parameters. */
interface PathMatch {
  matches: boolean;
  params: Record<string, string>;
}

/** Paths a `RouteHandler` compiles itself: literal segments and `:name` parameters. */
const PLAIN_PATH = /^(\/(:\w+|[\w.-]+))+$/;
const NO_MATCH: PathMatch = Object.freeze({ matches: false, params: Object.freeze({}) }) as PathMatch;
const NO_COOKIES: Record<string, string> = Object.freeze({}) as Record<string, string>;

/**
 * The pattern path-to-regexp 6 (msw's matcher) builds for `*${path}` with msw's options: `*` is an unnamed group `(.*)`
 * (parameter "0"), a parameter `[^/#?]+?` after its `/`, a trailing delimiter allowed, case-insensitive.
 */
function compile(path: string): { pattern: RegExp; test: RegExp; names: string[] } {
  const names = ['0'];
  let source = '';
  for (const segment of path.slice(1).split('/')) {
    if (segment.startsWith(':')) {
      names.push(segment.slice(1));
      source += '(?:\\/([^\\/#\\?]+?))';
    } else {
      source += `\\/${segment.replace(/[.]/g, '\\.')}`;
    }
  }
  const tail = `${source}[\\/#\\?]?$`;
  // `^(.*)X$` matches exactly where `X$` matches somewhere: without the leading group, the engine searches for X's text.
  return { pattern: new RegExp(`^(?:(.*))${tail}`, 'i'), test: new RegExp(tail, 'i'), names };
}

/** `href` without its query and fragment: what msw matches paths against (`origin + pathname`, a Request has no credentials). */
export function cleanHref(href: string): string {
  const query = href.indexOf('?');
  const hash = href.indexOf('#');
  const end = query === -1 ? hash : hash === -1 ? query : Math.min(query, hash);
  return end === -1 ? href : href.slice(0, end);
}

/**
 * An msw `HttpHandler` for one method and a plain path (`/v1/orders/:id`), matched exactly as `http.<method>('*' + path)`
 * matches (same pattern, same decoded `params`), with the pattern compiled once instead of on every request. Its
 * resolver gets no `cookies`: the endpoints of this API read none.
 */
export class RouteHandler extends HttpHandler {
  readonly #pattern: RegExp;
  readonly #test: RegExp;
  readonly #names: string[];
  readonly #method: string;

  constructor(method: string, path: string, resolver: HttpResponseResolver<PathParams, DefaultBodyType, DefaultBodyType>) {
    if (!PLAIN_PATH.test(path)) throw new Error(`RouteHandler takes a plain path (/segment/:param), not ${path}`);
    super(method.toUpperCase(), `*${path}`, resolver as never);
    this.#method = method.toUpperCase();
    ({ pattern: this.#pattern, test: this.#test, names: this.#names } = compile(path));
  }

  /** Whether `clean` (a URL without its query) is on this handler's path: the match without decoding its parameters. */
  testUrl(clean: string): boolean {
    return this.#test.test(clean);
  }

  /** msw's match of a request URL without its query (see `cleanHref`); throws, as msw does, on a malformed %-escape. */
  matchUrl(clean: string): PathMatch {
    const found = this.#pattern.exec(clean);
    if (!found) return NO_MATCH;
    // Without a prototype, as path-to-regexp makes it: a parameter named by the path can never reach Object.prototype.
    const params = Object.create(null) as Record<string, string>;
    for (let index = 0; index < this.#names.length; index += 1) {
      const value = found[index + 1];
      if (value !== undefined) params[this.#names[index] as string] = decodeURIComponent(value);
    }
    return { matches: true, params };
  }

  override async parse(args: { request: Request }): Promise<{ match: PathMatch; cookies: Record<string, string> }> {
    return { match: this.matchUrl(cleanHref(args.request.url)), cookies: NO_COOKIES };
  }

  /**
   * msw's `run` (documented on RequestHandler: match the request, call the resolver, return the execution result; msw's
   * GraphQLHandler overrides it too), for what a RouteHandler is: a plain async resolver (no generator, no `once`) whose
   * answer is JSON, not a stream to watch. msw's own run arms an AbortController per call, only to stop listening to the
   * request's abort for `finalize` callbacks once the resolver ends, and aborting it builds a DOMException with its
   * stack: about 15 µs of a 200 µs read, for callbacks no endpoint schedules. Here: same order (the path is parsed
   * first, so a malformed escape throws as in msw, then the method), same resolver arguments and same result
   * (routes-run.test.ts compares both with msw's own run, and fails if an msw upgrade adds to either). `finalize` throws:
   * an answer needing cleanup after its stream belongs in a plain `http.*` handler. No Set-Cookie to forward either
   * (msw copies a mocked Set-Cookie into document.cookie): an endpoint's answer sets none (kit.ts `toResponse`).
   */
  override async run(args: RunArgs): Promise<RunResult> {
    const { request, requestId } = args;
    const match = this.matchUrl(cleanHref(request.url));
    if (!match.matches || request.method.toUpperCase() !== this.#method) return null;
    // The copy msw keeps for its logs (read by the browser worker's log unless quiet), made once per request as msw does.
    let logged = RequestHandler.cache.get(request);
    if (logged === undefined) RequestHandler.cache.set(request, (logged = request.clone()));
    this.isUsed = true;
    const parsedResult = { match, cookies: NO_COOKIES };
    let response: Response | undefined;
    try {
      response = (await this.resolver({ params: match.params, cookies: NO_COOKIES, finalize: noFinalize, requestId, request })) as Response | undefined;
    } catch (thrown) {
      // A resolver may throw a Response (msw answers it as if returned).
      if (!(thrown instanceof Response)) throw thrown;
      response = thrown;
    }
    return { handler: this, request: logged, requestId, response, parsedResult };
  }
}

function noFinalize(): never {
  throw new Error('A RouteHandler endpoint takes no finalize callback: write an answer that needs cleanup as a plain http.* handler');
}

interface Route {
  handler: HttpHandler;
  method: string | null;
  /** A RouteHandler's own matcher, run here on the clean URL. */
  route: RouteHandler | null;
  /** The longest literal part of a RouteHandler's path, lower case: a URL without it cannot match (no regex to run). */
  literal: string | null;
  /** For other handlers with a plain path: a pattern looser than msw's (so that a handler msw would match is never left out). */
  pattern: RegExp | null;
  /** The handler's own predicate on the URL's path, when it registered one (`byPath`): run here, once per request. */
  matches: ((pathname: string) => boolean) | null;
}

const PATH_PREDICATES = new WeakMap<HttpHandler, (pathname: string) => boolean>();

/**
 * Declares that `handler` (one matched by a custom predicate) matches exactly the requests whose URL path (`pathname`,
 * still %-encoded) passes `matches`: the route table then leaves it out of the candidates when it would not match,
 * instead of letting MSW run it (parse the URL, look up cookies, call the predicate) on every request. `matches` must be
 * the handler's predicate itself.
 */
export function byPath(handler: HttpHandler, matches: (pathname: string) => boolean): HttpHandler {
  PATH_PREDICATES.set(handler, matches);
  return handler;
}

/** The path of a clean href (see `cleanHref`): what `new URL(href).pathname` gives, a Request's URL never having credentials. */
function pathOf(clean: string): string {
  const at = clean.indexOf('/', clean.indexOf('//') + 2);
  return at === -1 ? '/' : clean.slice(at);
}

const SIMPLE_PATH = /^\*(\/(:?[\w.-]+))+$/;

function routeOf(handler: HttpHandler): Route {
  const { method, path } = handler.info;
  const route = handler instanceof RouteHandler ? handler : null;
  const pattern =
    route === null && typeof path === 'string' && SIMPLE_PATH.test(path)
      ? new RegExp(`${path.slice(1).replace(/\/:[\w]+/g, '/[^/]+').replace(/\./g, '\\.')}/?$`, 'i')
      : null;
  // `*/v1/orders/:id/cancel` → `/v1/orders`, `/cancel`: each must appear as it is (in any case) in a URL the path matches.
  const literals = route === null ? [] : String(path).slice(1).split(/\/:\w+/).filter(Boolean);
  const literal = literals.reduce<string | null>((longest, part) => (longest === null || part.length > longest.length ? part.toLowerCase() : longest), null);
  return { handler, method: typeof method === 'string' ? method.toUpperCase() : null, route, literal, pattern, matches: PATH_PREDICATES.get(handler) ?? null };
}

/** The handlers that may answer `request`, in their original order. */
export function routeTable(handlers: HttpHandler[]): (request: Request) => HttpHandler[] {
  const routes = handlers.map(routeOf);
  // Per method, the routes that may answer it (its own and those of any method), in order; other methods: the latter.
  const anyMethod = routes.filter((route) => route.method === null);
  const byMethod = new Map<string, Route[]>();
  for (const { method } of routes) {
    if (method !== null && !byMethod.has(method)) byMethod.set(method, routes.filter((route) => route.method === null || route.method === method));
  }
  return (request) => {
    const clean = cleanHref(request.url);
    const lower = clean.toLowerCase();
    let pathname: string | null = null;
    const found: HttpHandler[] = [];
    for (const route of byMethod.get(request.method.toUpperCase()) ?? anyMethod) {
      if (route.pattern !== null && !route.pattern.test(clean)) continue;
      if (route.matches !== null && !route.matches((pathname ??= pathOf(clean)))) continue;
      // Tested without decoding: a malformed %-escape in a parameter stays a candidate and throws in msw as it would.
      if (route.route !== null && ((route.literal !== null && !lower.includes(route.literal)) || !route.route.testUrl(clean))) continue;
      found.push(route.handler);
    }
    return found;
  };
}

/**
 * Answers `request` as `getResponse(handlers, request)` would, running only the handlers that may match. `request` is
 * the server's own, read once by the handler that answers: msw's copy of it (kept for its logs, which `getResponse`
 * never reads) is the request itself, through msw's request cache, instead of a clone of its headers and body.
 */
export function responder(handlers: HttpHandler[]): (request: Request) => Promise<Response | undefined> {
  const candidates = routeTable(handlers);
  return (request) => {
    RequestHandler.cache.set(request, request);
    return getResponse(candidates(request), request);
  };
}

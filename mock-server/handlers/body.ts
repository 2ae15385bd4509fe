/**
 * What every request goes through before an endpoint sees it, in the browser worker and over HTTP alike: the path is
 * normalised (repeated and trailing slashes ignored, as the real platform does), malformed %-escapes and hostile ids are
 * refused, and JSON bodies are bounded. See docs/API.md, "Limits".
 */
import { getResponse, http, type HttpHandler } from 'msw';
import { carryMarks, jsonResponse } from './answer.ts';
import { byPath } from './routes.ts';

/** Bodies above this many bytes answer 413 (the HTTP server stops reading at this size). */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Objects and arrays nested deeper than this answer 400. */
export const MAX_JSON_DEPTH = 20;
/** Any string (value or key) longer than this many characters answers 400. */
export const MAX_STRING_LENGTH = 10_000;

/** Every id of the platform is `<prefix>_<uuid>`; anything else (`constructor`, `__proto__`, 10 kB) is an unknown id. */
const ID_PATTERN = /^[a-z]+_[A-Za-z0-9-]{1,64}$/;

export function isWellFormedId(id: string): boolean {
  return ID_PATTERN.test(id);
}

export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413,
    readonly errors: string[],
  ) {
    super(errors.join('; '));
  }
}

export const errorBody = (status: number, code: string, errors: string[]) => ({ status, success: false, errors, code });

/** `/v1//orders///` → `/v1/orders`: repeated slashes collapse, a trailing one is dropped. */
export function normalisePath(pathname: string): string {
  const collapsed = pathname.replace(/\/{2,}/g, '/');
  return collapsed.length > 1 ? collapsed.replace(/\/$/, '') : collapsed;
}

/** The first place where `value` breaks a limit, or null. Iterative, so a hostile depth cannot exhaust the stack. */
export function jsonLimitBreach(value: unknown): string | null {
  const stack: [unknown, number, string][] = [[value, 0, 'body']];
  while (stack.length) {
    const [current, depth, where] = stack.pop() as [unknown, number, string];
    if (typeof current === 'string') {
      if (current.length > MAX_STRING_LENGTH) return `${where}: strings are limited to ${MAX_STRING_LENGTH} characters`;
    } else if (current !== null && typeof current === 'object') {
      if (depth >= MAX_JSON_DEPTH) return `${where}: JSON nesting is limited to ${MAX_JSON_DEPTH} levels`;
      for (const [key, child] of Object.entries(current)) {
        if (key.length > MAX_STRING_LENGTH) return `${where}: keys are limited to ${MAX_STRING_LENGTH} characters`;
        stack.push([child, depth + 1, Array.isArray(current) ? `${where}[${key}]` : `${where}.${key.slice(0, 40)}`]);
      }
    }
  }
  return null;
}

/** Where a request keeps the bytes read for it: a property under a private symbol (cheaper for the GC than a WeakMap). */
const BODY_BYTES = Symbol('sandbox.bodyBytes');
type WithBytes = Request & { [BODY_BYTES]?: Uint8Array };

/**
 * Records the bytes an HTTP server already read as `request`'s body (the very bytes the request was built with):
 * `readJson` takes them instead of reading them back through the request's stream. Returns `request`.
 */
export function withBodyBytes(request: Request, bytes: Uint8Array): Request {
  (request as WithBytes)[BODY_BYTES] = bytes;
  return request;
}

const utf8 = new TextDecoder();

/**
 * The body as JSON, `undefined` when there is none. Throws a BodyError for more than 1 MB (413), text that is not JSON,
 * or JSON beyond the depth and string limits (400).
 */
export async function readJson(request: Request): Promise<unknown> {
  const bytes = (request as WithBytes)[BODY_BYTES] ?? new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > MAX_BODY_BYTES) throw new BodyError(413, [`the body is limited to ${MAX_BODY_BYTES} bytes`]);
  const text = utf8.decode(bytes);
  if (text.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    throw new BodyError(400, ['the body is not valid JSON']);
  }
  const breach = jsonLimitBreach(value);
  if (breach) throw new BodyError(400, [breach]);
  return value;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isApiPath(pathname: string): boolean {
  return /^\/+v1(?:\/|$)/.test(pathname);
}

function isDecodable(pathname: string): boolean {
  if (!pathname.includes('%')) return true;
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** Whether an API path needs the guard: not decodable, or not in its normal form. Clean paths skip it at no cost. */
function needsGuard(pathname: string): boolean {
  if (!isApiPath(pathname)) return false;
  return normalisePath(pathname) !== pathname || !isDecodable(pathname);
}

/**
 * The first handler of the list: refuses paths that cannot be decoded (msw's matcher would throw on them), and answers a
 * path with repeated or trailing slashes as the same request on the normalised path, through `handlers`. A custom
 * predicate, not a path pattern: msw decodes pattern captures (and would throw), and a clean path must not pay for a
 * resolver call.
 */
export function pathGuard(handlers: () => HttpHandler[]): HttpHandler {
  const handler = http.all(
    ({ request }) => needsGuard(new URL(request.url).pathname),
    async ({ request }) => {
      const url = new URL(request.url);
      if (!isDecodable(url.pathname)) {
        return jsonResponse(errorBody(400, 'invalid_request', ['the path has a malformed %-escape']), 400, request);
      }
      url.pathname = normalisePath(url.pathname);
      const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
      const body = hasBody ? await request.arrayBuffer() : undefined;
      const normalised = new Request(url, { method: request.method, headers: request.headers, ...(body ? { body } : {}) });
      // Answered as the request it stands for (from its text when the HTTP server asked for that, its client watched).
      carryMarks(request, normalised);
      const answer = await getResponse(handlers(), normalised);
      return answer ?? jsonResponse(errorBody(404, 'not_found', [`No endpoint ${request.method} ${url.pathname}`]), 404, request);
    },
  );
  return byPath(handler, needsGuard);
}

/** The last handler of the list: an API path no endpoint answers is a JSON 404 in the browser as over HTTP. */
export function endpointNotFound(): HttpHandler {
  const handler = http.all(
    ({ request }) => isApiPath(new URL(request.url).pathname),
    ({ request }) => jsonResponse(errorBody(404, 'not_found', [`No endpoint ${request.method} ${new URL(request.url).pathname}`]), 404, request),
  );
  return byPath(handler, isApiPath);
}

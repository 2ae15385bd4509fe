/**
 * The one way an endpoint is written: authenticate, parse the body with its zod schema, run the domain inside one store
 * transaction, and shape the envelope. Domain errors become `{status, success: false, errors, code}`.
 */
import type { HttpHandler } from 'msw';
import type * as z from 'zod/mini';
import { domainContext, type DomainContext } from '../domain/context.ts';
import { DomainError, forbidden, invalid, KeptRefusal } from '../domain/errors.ts';
import { callerForKey, type Caller } from '../domain/platforms.ts';
import type { SandboxRuntime } from '../runtime.ts';
import { readableIssues } from '../schemas/locale.ts';
import type { StoreView, Tx } from '../store.ts';
import { jsonResponse } from './answer.ts';
import { BodyError, isPlainObject, isWellFormedId, readJson } from './body.ts';
import { RouteHandler } from './routes.ts';

export { answeredAsText, encodedBody, watchClient } from './answer.ts';

/** Who may call: nobody in particular, any key, a secret key, or a secret key of the sandbox (test endpoints). */
export type Access = 'open' | 'anyKey' | 'secretKey';

export interface Call<Body> {
  ctx: DomainContext;
  caller: Caller;
  params: Record<string, string>;
  body: Body;
  request: Request;
}

export interface OpenCall {
  ctx: DomainContext;
  params: Record<string, string>;
  request: Request;
}

/** An answer other than `200 {success: true, data}`, decided inside the transaction so that its changes are kept. */
export class Reply {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {}
}

export const success = (data: unknown, status = 200) => new Reply(status, { success: true, data });
export const failure = (status: number, code: string, errors: string[], extra: Record<string, unknown> = {}) =>
  new Reply(status, { status, success: false, errors, code, ...extra });

/** A missing or unknown key (CONTRACT §2). */
export const UNAUTHORIZED = new Reply(401, { message: 'Unauthorized' });

const SECRET_KEY_IN_ADDRESS = failure(400, 'invalid_request', [
  'key: a secret key is never accepted in an address (logs and proxies keep addresses); send it in the Authorization header',
]);

const KEY_TWICE = failure(400, 'invalid_request', ['key: give one key in the address, not several']);

/** Anything shaped like a secret key (`sk_test_…`, `sk_live_…`), wherever it sits in a `key` value. */
const SECRET_KEY_SHAPE = /sk_(?:test|live)_/i;

/**
 * Who calls: the raw key of the `Authorization` header (CONTRACT §2) or, on a GET only, a public key in the `key` query
 * parameter. The widget reads that way (`?key=pk_…`, docs/API.md "Conventions"): a GET whose headers are all
 * CORS-safelisted is a simple request (Fetch standard, "CORS-safelisted request-header"), sent with no preflight, so a
 * buyer's cold checkout and each live poll wait one round trip less; Stripe.js reads with `?key=pk_…` for the same
 * reason. A secret key in an address is kept by logs and proxies whichever key authenticates (a public key before it,
 * an `Authorization` header, a write): 400 before any lookup, so nothing is read with it and the caller hears of it.
 * @returns the caller; `UNAUTHORIZED` for a missing or unknown key; a 400 for a secret key in the address, or for a
 *   `key` given twice when the address authenticates.
 */
export function callerOf(view: StoreView, request: Request): Caller | Reply {
  const inAddress = request.url.includes('?') ? new URL(request.url).searchParams.getAll('key') : [];
  if (inAddress.some((key) => SECRET_KEY_SHAPE.test(key))) return SECRET_KEY_IN_ADDRESS;
  const header = request.headers.get('Authorization');
  const fromAddress = header === null && request.method === 'GET';
  // Readers of a repeated parameter differ (first, last, both): a proxy or cache could go by another key than this one.
  if (fromAddress && inAddress.length > 1) return KEY_TWICE;
  const caller = callerForKey(view, header ?? (fromAddress ? (inAddress[0] ?? null) : null));
  return caller ?? UNAUTHORIZED;
}

/** Sandbox endpoints (clock, outbox, browserless payments…) exist for tests only: live keys are refused (CONTRACT §2). */
export const isSandboxPath = (path: string): boolean => /^(\*)?\/v1\/sandbox\//.test(path);
export const LIVE_KEY_ON_SANDBOX = 'Sandbox endpoints need a sandbox secret key (sk_test_…); a live key cannot use them';

type Method = 'get' | 'post' | 'patch' | 'delete';

/**
 * How an endpoint reads its body: `create` needs a JSON object (missing or anything else: `["should be object"]`, as
 * the real platform answers); `options` takes no body, `{}` or `[]` as "no options" (cancel, refund); `command` takes no
 * body as `{}` and otherwise needs an object.
 */
export type BodyKind = 'create' | 'options' | 'command';

const SHOULD_BE_OBJECT = ['should be object'];

/** The body an endpoint's schema parses, or the error it answers. Limits (size, depth, strings) come first. */
export async function readBody(request: Request, kind: BodyKind): Promise<{ ok: true; value: unknown } | { ok: false; reply: Reply }> {
  let value: unknown;
  try {
    value = await readJson(request);
  } catch (error) {
    if (!(error instanceof BodyError)) throw error;
    return { ok: false, reply: failure(error.status, error.status === 413 ? 'payload_too_large' : 'invalid_request', error.errors) };
  }
  if (value === undefined && kind !== 'create') return { ok: true, value: {} };
  if (kind === 'options' && Array.isArray(value) && value.length === 0) return { ok: true, value: {} };
  if (!isPlainObject(value)) return { ok: false, reply: failure(400, 'invalid_request', SHOULD_BE_OBJECT) };
  return { ok: true, value };
}

/** The object a path names, for "not found" messages: `/v1/orders/:id` → "Order". */
function objectName(path: string): string {
  const segment = /\/(\w+?)s?\/:id/.exec(path)?.[1] ?? 'object';
  return segment.charAt(0).toUpperCase() + segment.slice(1);
}

/**
 * A malformed id (not `<prefix>_<uuid>`) is an unknown one: 404 before any lookup, so no id can reach a prototype.
 * Checked: path parameters named `id` or `…Id`; a parameter that is no id (a key, a name) is left to its endpoint.
 * Returns the check for `path`'s parameters, worked out once per endpoint.
 */
function idCheck(path: string): (params: Record<string, unknown>) => Reply | null {
  const names = [...path.matchAll(/:(id|\w+Id)\b/g)].map(([, name]) => name as string);
  const notFound = failure(404, 'not_found', [`${objectName(path)} not found`]);
  return (params) => {
    for (const name of names) {
      const value = params[name];
      if (typeof value !== 'string' || !isWellFormedId(value)) return notFound;
    }
    return null;
  };
}

/**
 * The reply as a JSON answer to `request` (handlers/answer.ts): without a body stream for a request the HTTP server
 * marked, since it writes the answer's text itself. Every answer passes its request: the one place this is decided.
 */
export function toResponse(reply: Reply, request: Request): Response {
  return jsonResponse(reply.body, reply.status, request);
}

function errorReply(error: unknown): Reply {
  if (error instanceof Reply) return error;
  if (error instanceof DomainError) return failure(error.status, error.code, error.errors);
  console.error('[sandbox] unexpected error', error);
  return failure(500, 'internal_error', ['The sandbox failed to answer this request']);
}

export interface EndpointOptions<Schema extends z.ZodMiniType | undefined> {
  access: Exclude<Access, 'open'>;
  body?: Schema;
  /** How a missing or non-object body is read; default `command`. */
  bodyKind?: BodyKind;
}

export function endpoint<Schema extends z.ZodMiniType | undefined = undefined>(
  runtime: SandboxRuntime,
  method: Method,
  path: string,
  options: EndpointOptions<Schema>,
  work: (call: Call<Schema extends z.ZodMiniType ? z.infer<Schema> : undefined>) => unknown,
): HttpHandler {
  const checkIds = idCheck(path);
  const sandboxPath = isSandboxPath(path);
  return new RouteHandler(method, path, async ({ request, params }) => {
    // The body is read once, here, from msw's request (msw keeps its own clone for logging): no second copy.
    const raw = options.body ? await readBody(request, options.bodyKind ?? 'command') : { ok: true as const, value: undefined };
    // A GET reads the stored records in place, without waiting for writers; anything else is one write transaction.
    const reply = await runtime.store[method === 'get' ? 'read' : 'transact'](async (tx: Tx) => {
        const caller = callerOf(tx, request);
        if (caller instanceof Reply) return caller;
        // From here on the transaction sees the key's mode only: an id of the other mode is a 404 everywhere.
        tx.mode = caller.mode;
        if (caller.mode === 'live' && sandboxPath) throw forbidden(LIVE_KEY_ON_SANDBOX);
        if (options.access === 'secretKey' && caller.scope !== 'secret') {
          throw forbidden('This action needs the secret key of the platform; the public key may only read orders and pay');
        }
        const badId = checkIds(params);
        if (badId) throw badId;
        let body: unknown = undefined;
        if (options.body) {
          if (!raw.ok) throw raw.reply;
          const parsed = options.body.safeParse(raw.value);
          if (!parsed.success) throw invalid(readableIssues(parsed.error.issues));
          body = parsed.data;
        }
        const ctx = domainContext(tx, runtime.publicUrl(request));
        let result: unknown;
        try {
          result = await work({ ctx, caller, params: params as Record<string, string>, body: body as never, request });
        } catch (error) {
          // Answered from inside the transaction, so what the refusal recorded is committed (domain/errors.ts).
          if (error instanceof KeptRefusal) return errorReply(error);
          throw error;
        }
        return result instanceof Reply ? result : success(result);
      })
      .catch(errorReply);
    if (reply.status < 400 && method !== 'get') runtime.kick();
    return toResponse(reply, request);
  });
}

/** An endpoint that needs no key (the sandbox's platform list, the OpenAPI description). */
export function openEndpoint(runtime: SandboxRuntime, method: Method, path: string, work: (call: OpenCall) => unknown): HttpHandler {
  const checkIds = idCheck(path);
  return new RouteHandler(method, path, async ({ request, params }) => {
    const badId = checkIds(params);
    if (badId) return toResponse(badId, request);
    const reply = await runtime.store[method === 'get' ? 'read' : 'transact'](async (tx: Tx) => {
        const result = await work({ ctx: domainContext(tx, runtime.publicUrl(request)), params: params as Record<string, string>, request });
        return result instanceof Reply ? result : success(result);
      })
      .catch(errorReply);
    return toResponse(reply, request);
  });
}

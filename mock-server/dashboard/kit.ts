/**
 * How a dashboard endpoint is written: the session cookie authenticates (401 `session_expired` without a live one),
 * every state-changing request carries the session's CSRF token in `X-CSRF-Token` (403 `csrf` otherwise: SameSite=Strict
 * already keeps the cookie off other sites' requests, the token also covers same-site pages), the role's permission is
 * checked (403), ids in the path are checked like the API's (404), the body is parsed with its zod schema, and the work
 * runs in one store transaction. Answers are never cached.
 */
import { timingSafeEqual } from 'node:crypto';
import { http, type HttpHandler } from 'msw';
import type * as z from 'zod/mini';
import { domainContext, type DomainContext } from '../domain/context.ts';
import { DomainError, forbidden, invalid, notFound } from '../domain/errors.ts';
import { textResponse } from '../handlers/answer.ts';
import { isWellFormedId } from '../handlers/body.ts';
import { failure, readBody, Reply, success, toResponse } from '../handlers/kit.ts';
import type { SandboxRuntime } from '../runtime.ts';
import { readableIssues } from '../schemas/locale.ts';
import type { Tx } from '../store.ts';
import type { DashboardSession, DashboardUser } from './accounts.ts';
import { sessionFor } from './auth.ts';
import { can, type Permission } from './scope.ts';

export interface DashboardCall<Body> {
  ctx: DomainContext;
  user: DashboardUser;
  session: DashboardSession;
  params: Record<string, string>;
  body: Body;
  request: Request;
  query: URLSearchParams;
}

type Method = 'get' | 'post' | 'patch' | 'delete';

export const SESSION_EXPIRED = failure(401, 'session_expired', ['Your session has ended: sign in again']);

function sameToken(given: string | null, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A file to download (the CSV export) instead of a JSON envelope. */
export class FileReply extends Reply {
  constructor(
    readonly text: string,
    readonly fileHeaders: Record<string, string>,
  ) {
    super(200, null);
  }
}

/** The answer to `request` (handlers/answer.ts), with the headers every dashboard answer carries. */
export function dashboardResponse(reply: Reply, request: Request, headers: Record<string, string> = {}): Response {
  const response = reply instanceof FileReply ? textResponse(reply.text, 200, reply.fileHeaders, request) : toResponse(reply, request);
  response.headers.set('Cache-Control', 'no-store');
  for (const [name, value] of Object.entries(headers)) response.headers.append(name, value);
  return response;
}

/** The object a path names, for "not found" messages: `/v1/dashboard/orders/:id` → "Order". */
function objectName(path: string): string {
  const segment = /\/(\w+?)s?\/:\w+/.exec(path)?.[1] ?? 'object';
  return segment.charAt(0).toUpperCase() + segment.slice(1);
}

export function errorReply(error: unknown): Reply {
  if (error instanceof Reply) return error;
  if (error instanceof DomainError) return failure(error.status, error.code, error.errors);
  console.error('[sandbox] dashboard error', error);
  return failure(500, 'internal_error', ['The sandbox failed to answer this request']);
}

export interface DashboardOptions<Schema extends z.ZodMiniType | undefined> {
  body?: Schema;
  permission?: Permission;
  /** Headers added to the answer (the sign-out's expired cookie). */
  headers?: (reply: Reply, request: Request) => Record<string, string>;
}

export function dashboardEndpoint<Schema extends z.ZodMiniType | undefined = undefined>(
  runtime: SandboxRuntime,
  method: Method,
  path: string,
  options: DashboardOptions<Schema>,
  work: (call: DashboardCall<Schema extends z.ZodMiniType ? z.infer<Schema> : undefined>) => unknown,
): HttpHandler {
  return http[method](`*${path}`, async ({ request, params }) => {
    const raw = options.body ? await readBody(request, 'command') : { ok: true as const, value: undefined };
    const reply = await runtime.store[method === 'get' ? 'read' : 'transact'](async (tx: Tx) => {
        const ctx = domainContext(tx, runtime.publicUrl(request));
        const signedIn = sessionFor(tx, request.headers.get('Cookie'), ctx.now);
        if (!signedIn) return SESSION_EXPIRED;
        // The environment switch: the session's mode is the only data this request sees (store/tx.ts), pages and exports alike.
        tx.mode = signedIn.session.mode ?? 'sandbox';
        if (method !== 'get' && !sameToken(request.headers.get('X-CSRF-Token'), signedIn.session.csrfToken)) {
          return failure(403, 'csrf', ['This request lacks the dashboard page’s CSRF token: reload the page and try again']);
        }
        if (options.permission && !can(signedIn.user, options.permission)) throw forbidden(`Your role (${signedIn.user.role}) cannot ${options.permission}`);
        for (const [name, value] of Object.entries(params)) {
          if (/^(id|\w+Id)$/.test(name) && (typeof value !== 'string' || !isWellFormedId(value))) throw notFound(objectName(path));
        }
        let body: unknown;
        if (options.body) {
          if (!raw.ok) throw raw.reply;
          const parsed = options.body.safeParse(raw.value);
          if (!parsed.success) throw invalid(readableIssues(parsed.error.issues));
          body = parsed.data;
        }
        const query = new URL(request.url).searchParams;
        const result = await work({ ctx, ...signedIn, params: params as Record<string, string>, body: body as never, request, query });
        return result instanceof Reply ? result : success(result);
      })
      .catch(errorReply);
    if (reply.status < 400 && method !== 'get') runtime.kick();
    return dashboardResponse(reply, request, options.headers?.(reply, request));
  });
}

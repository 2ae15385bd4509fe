/**
 * `/v1/dashboard/session`: sign in (POST `{email, password}`), who is signed in (GET), sign out (DELETE). See auth.ts
 * for the cookie, the CSRF token and the rate limit; docs/DASHBOARD.md for the flow.
 */
import { http, type HttpHandler } from 'msw';
import { domainContext } from '../domain/context.ts';
import { failure, readBody, success } from '../handlers/kit.ts';
import type { SandboxRuntime } from '../runtime.ts';
import { readableIssues } from '../schemas/locale.ts';
import type { StoreView } from '../store.ts';
import type { DashboardSession, DashboardUser } from './accounts.ts';
import { clearAttempts, countAttempt, normaliseEmail, openSession, SESSION_COOKIE, SESSION_TTL_MS } from './auth.ts';
import { dashboardEndpoint, dashboardResponse, errorReply } from './kit.ts';
import { verifyPassword } from './passwords.ts';
import { ModeInput, SignInInput } from './schemas.ts';
import { PERMISSIONS, platformsInScope } from './scope.ts';

/** The client's address as the HTTP server saw it (it overwrites any such header a client sends); `local` in-process. */
export const CLIENT_HEADER = 'x-sandbox-client';

/** What the dashboard shows of the signed-in account and its scope. */
export function accountView(view: StoreView, user: DashboardUser, session: DashboardSession) {
  const organization = view.organizations.get(user.organizationId);
  return {
    user: { email: user.email, role: user.role, organizationId: user.organizationId },
    organization: organization ? { id: organization.id, name: organization.name } : null,
    platforms: platformsInScope(view, user).map(({ id, name, module, slug }) => ({ id, name, module, slug })),
    permissions: PERMISSIONS[user.role],
    csrfToken: session.csrfToken,
    expiresAt: session.expiresAt,
    mode: session.mode ?? 'sandbox',
  };
}

function cookie(request: Request, value: string, maxAgeSeconds: number): string {
  const secure = new URL(request.url).protocol === 'https:' ? '; Secure' : '';
  return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure}`;
}

/** A sign-in posted from another site's page is refused (login CSRF): its Origin must be this host. */
function isForeignOrigin(request: Request): boolean {
  const origin = request.headers.get('Origin');
  if (origin === null) return false;
  const host = request.headers.get('Host') ?? new URL(request.url).host;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

export function sessionHandlers(runtime: SandboxRuntime): HttpHandler[] {
  const signIn = http.post('*/v1/dashboard/session', async ({ request }) => {
    try {
      if (isForeignOrigin(request)) return dashboardResponse(failure(403, 'csrf', ['Sign in from the dashboard’s own page']), request);
      const raw = await readBody(request, 'create');
      if (!raw.ok) return dashboardResponse(raw.reply, request);
      const parsed = SignInInput.safeParse(raw.value);
      if (!parsed.success) return dashboardResponse(failure(400, 'invalid_request', readableIssues(parsed.error.issues)), request);
      const { email, password } = parsed.data;
      const client = request.headers.get(CLIENT_HEADER) ?? 'local';
      // The attempt is counted before the password is checked: concurrent guesses cannot pass the limit.
      const counted = await runtime.store.transact((tx) => {
        const waitMs = countAttempt(domainContext(tx, ''), email, client);
        return { waitMs, hash: tx.users.get(normaliseEmail(email))?.passwordHash ?? null };
      });
      if (counted.waitMs !== null) {
        const seconds = Math.ceil(counted.waitMs / 1000);
        const reply = failure(429, 'too_many_attempts', [`Too many failed sign-ins for this email: try again in ${Math.ceil(seconds / 60)} minutes`]);
        return dashboardResponse(reply, request, { 'Retry-After': String(seconds) });
      }
      if (!(await verifyPassword(password, counted.hash))) {
        return dashboardResponse(failure(401, 'invalid_credentials', ['Email or password is incorrect']), request);
      }
      const opened = await runtime.store.transact((tx) => {
        const ctx = domainContext(tx, runtime.publicUrl(request));
        const user = tx.users.get(normaliseEmail(email));
        if (!user) return null;
        clearAttempts(ctx, email, client);
        const { token, session } = openSession(ctx, user);
        return { token, account: accountView(tx, user, session) };
      });
      if (!opened) return dashboardResponse(failure(401, 'invalid_credentials', ['Email or password is incorrect']), request);
      return dashboardResponse(success(opened.account), request, { 'Set-Cookie': cookie(request, opened.token, SESSION_TTL_MS / 1000) });
    } catch (error) {
      return dashboardResponse(errorReply(error), request);
    }
  });
  return [
    signIn,
    dashboardEndpoint(runtime, 'get', '/v1/dashboard/session', {}, ({ ctx, user, session }) => accountView(ctx.tx, user, session)),
    // The environment switch (Sandbox / Production): kept in the session, so every later page, API call and export of
    // this session shows that mode's data only (dashboard/kit.ts sets the transaction's mode from it).
    dashboardEndpoint(runtime, 'post', '/v1/dashboard/session/mode', { body: ModeInput }, ({ ctx, user, session, body }) => {
      const switched = { ...session, mode: body.mode };
      ctx.tx.sessions.put(switched);
      return accountView(ctx.tx, user, switched);
    }),
    // The cookie is cleared when the session ends and when it had already ended: a browser keeps no stale token.
    dashboardEndpoint(
      runtime,
      'delete',
      '/v1/dashboard/session',
      { headers: (reply, request): Record<string, string> => (reply.status === 200 || reply.status === 401 ? { 'Set-Cookie': cookie(request, '', 0) } : {}) },
      ({ ctx, session }) => {
        ctx.tx.sessions.delete(session.id);
        return { signedOut: true };
      },
    ),
  ];
}

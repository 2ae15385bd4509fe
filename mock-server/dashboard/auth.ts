/**
 * Dashboard sign-in and sessions, over the store (users, sessions, signinThrottles tables) and the sandbox clock.
 *
 * - A session is a random 256-bit token in an HttpOnly, SameSite=Strict cookie; the store keeps its SHA-256 only.
 *   It lasts SESSION_TTL_MS of sandbox time from sign-in, then opens nothing (and is deleted by due work).
 * - Sign-in attempts are counted per email and client address, and per email from every address, before the password
 *   is checked, so that concurrent guesses cannot slip past the limit: MAX_ATTEMPTS per address or MAX_ACCOUNT_ATTEMPTS
 *   in all in THROTTLE_WINDOW_MS, then 429 until the window ends. A success clears both counts.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { DomainContext } from '../domain/context.ts';
import { registerDueWork } from '../domain/scheduler.ts';
import type { StoreView } from '../store.ts';
import type { DashboardSession, DashboardUser } from './accounts.ts';

export const SESSION_COOKIE = 'sg_dashboard_session';
/** Eight hours of sandbox time: a working day, after which the dashboard asks to sign in again. */
export const SESSION_TTL_MS = 8 * 60 * 60_000;
export const MAX_ATTEMPTS = 5;
/**
 * Failures per email from every address together in the window: guesses spread over many addresses (credential stuffing)
 * are limited too (OWASP Authentication Cheat Sheet, account-level throttling), high enough that one address cannot
 * lock its owner out by itself.
 */
export const MAX_ACCOUNT_ATTEMPTS = 20;
export const THROTTLE_WINDOW_MS = 15 * 60_000;

registerDueWork({ name: 'dashboard.sessions.expiry', kind: 'sessions', dueAt: (session) => session.expiresAt, run: (ctx, session) => ctx.tx.sessions.delete(session.id) });
registerDueWork({
  name: 'dashboard.signin-throttles.expiry',
  kind: 'signinThrottles',
  dueAt: (throttle) => throttle.windowStartedAt + THROTTLE_WINDOW_MS,
  run: (ctx, throttle) => ctx.tx.signinThrottles.delete(throttle.id),
});

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Counts one sign-in attempt of `email` from `client`, for that address and for the account from every address. Answers
 * the milliseconds to wait when either window already holds its limit (MAX_ATTEMPTS, MAX_ACCOUNT_ATTEMPTS; nothing is
 * counted then), or null when the attempt may go on.
 */
export function countAttempt(ctx: DomainContext, email: string, client: string): number | null {
  const windows = [
    { id: throttleId(email, client), limit: MAX_ATTEMPTS },
    { id: throttleId(email), limit: MAX_ACCOUNT_ATTEMPTS },
  ].map(({ id, limit }) => {
    const known = ctx.tx.signinThrottles.get(id);
    const current = known && ctx.now < known.windowStartedAt + THROTTLE_WINDOW_MS ? known : { id, failures: 0, windowStartedAt: ctx.now };
    return { current, waitMs: current.failures >= limit ? current.windowStartedAt + THROTTLE_WINDOW_MS - ctx.now : 0 };
  });
  const waitMs = Math.max(...windows.map((window) => window.waitMs));
  if (waitMs > 0) return waitMs;
  for (const { current } of windows) ctx.tx.signinThrottles.put({ ...current, failures: current.failures + 1 });
  return null;
}

/** A successful sign-in forgets the attempts of that email, from that address and in all. */
export function clearAttempts(ctx: DomainContext, email: string, client: string): void {
  ctx.tx.signinThrottles.delete(throttleId(email, client));
  ctx.tx.signinThrottles.delete(throttleId(email));
}

/** The throttle of `email` from `client`, or of the account from every address (a key no address can spell: `*`). */
const throttleId = (email: string, client?: string) => `${normaliseEmail(email)} ${client ?? '*'}`;

/** Opens a session for `user`: answers the cookie's token (never stored) and the session. */
export function openSession(ctx: DomainContext, user: DashboardUser): { token: string; session: DashboardSession } {
  const token = randomBytes(32).toString('base64url');
  const session: DashboardSession = {
    id: sha256(token),
    userId: user.id,
    csrfToken: randomBytes(24).toString('base64url'),
    createdAt: ctx.now,
    expiresAt: ctx.now + SESSION_TTL_MS,
  };
  ctx.tx.sessions.put(session);
  return { token, session };
}

/** The value of cookie `name` in a `Cookie` header, or null. */
export function cookieValue(header: string | null, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at !== -1 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return null;
}

/** The live session a request's cookie names, with its account; null when none, unknown or expired. */
export function sessionFor(view: StoreView, cookieHeader: string | null, now: number): { session: DashboardSession; user: DashboardUser } | null {
  const token = cookieValue(cookieHeader, SESSION_COOKIE);
  if (!token || token.length > 200) return null;
  const session = view.sessions.get(sha256(token));
  if (!session || now >= session.expiresAt) return null;
  const user = view.users.get(session.userId);
  return user ? { session, user } : null;
}

/**
 * The dashboard's one way to call its API (`/v1/dashboard/...`, same origin): the session cookie goes along by itself
 * (HttpOnly: this script never sees it), every state-changing request carries the CSRF token the session answered, and
 * a 401 tells the app the session has ended (it then goes to sign-in and comes back where the user was going).
 */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly errors: string[],
    readonly code: string | undefined,
  ) {
    super(errors.join('\n'));
  }

  /** The messages about one field (`"amount: …"`), without the field's name; the others under `''`. */
  byField(): Map<string, string[]> {
    const fields = new Map<string, string[]>();
    for (const error of this.errors) {
      const match = /^(\w+): (.*)$/.exec(error);
      const [field, message] = match ? [match[1] ?? '', match[2] ?? error] : ['', error];
      fields.set(field, [...(fields.get(field) ?? []), message]);
    }
    return fields;
  }
}

/** Fired on window when the API answers 401: the session expired or was ended elsewhere. */
export const SESSION_ENDED = 'sg-dashboard-session-ended';

let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export interface Envelope<T> {
  success: true;
  data: T;
  hasMore?: boolean;
  [extra: string]: unknown;
}

export async function request<T>(method: string, path: string, body?: unknown): Promise<Envelope<T>> {
  const response = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: {
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(method !== 'GET' && csrfToken ? { 'X-CSRF-Token': csrfToken } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  let parsed: { success?: boolean; errors?: string[]; code?: string } & Record<string, unknown>;
  try {
    parsed = (await response.json()) as typeof parsed;
  } catch {
    throw new ApiError(response.status, ['The sandbox answered something unreadable: try again'], undefined);
  }
  if (response.status === 401 && path !== '/v1/dashboard/session') window.dispatchEvent(new CustomEvent(SESSION_ENDED));
  if (!response.ok || parsed.success !== true) throw new ApiError(response.status, parsed.errors ?? [`HTTP ${response.status}`], parsed.code);
  return parsed as unknown as Envelope<T>;
}

export async function get<T>(path: string): Promise<T> {
  return (await request<T>('GET', path)).data;
}

export async function post<T>(path: string, body: unknown = {}): Promise<T> {
  return (await request<T>('POST', path, body)).data;
}

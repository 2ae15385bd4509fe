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

/**
 * Downloads a file answer of the dashboard (the CSV export) under the name its `Content-Disposition` gives. A link with
 * `download` would save whatever comes back, the JSON of an ended session included: here a 401 goes to sign-in like
 * any other call, and another refusal is an `ApiError`.
 */
export async function download(path: string): Promise<void> {
  const response = await fetch(path, { credentials: 'same-origin' });
  if (!response.ok) {
    if (response.status === 401) window.dispatchEvent(new CustomEvent(SESSION_ENDED));
    const parsed = (await response.json().catch(() => ({}))) as { errors?: string[]; code?: string };
    throw new ApiError(response.status, parsed.errors ?? [`HTTP ${response.status}`], parsed.code);
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? 'export.csv';
  const url = URL.createObjectURL(await response.blob());
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The browser has taken the blob by now; the next task frees it.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Where the demo's API lives. Served by the sandbox server (`npm start`), it is the page's own origin. Under `npm run dev`
 * the mock platform runs in this browser instead: the MSW worker answers /v1 with the very same handlers.
 */
export async function startSandbox(): Promise<void> {
  if (!import.meta.env.DEV) return;
  const { createBrowserSandbox } = await import('../../mock-server/browser.ts');
  await createBrowserSandbox().start();
}

export interface ApiAnswer<T> {
  status: number;
  body: { success: true; data: T } | { success: false; errors?: string[]; message?: string };
}

export async function api<T>(method: string, path: string, key: string | null, body?: unknown): Promise<ApiAnswer<T>> {
  const response = await fetch(path, {
    method,
    headers: { 'Content-Type': 'application/json', ...(key ? { Authorization: key } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as ApiAnswer<T>['body'] };
}

/** The data of a successful answer, or an Error carrying the platform's readable messages. */
export async function call<T>(method: string, path: string, key: string | null, body?: unknown): Promise<T> {
  const answer = await api<T>(method, path, key, body);
  if (answer.body.success) return answer.body.data;
  throw new Error(answer.body.errors?.join('\n') ?? answer.body.message ?? `HTTP ${answer.status}`);
}

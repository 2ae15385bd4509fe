/** A browser's side of the dashboard for tests: signs in over the in-process sandbox and keeps the cookie and CSRF token. */
import type { TestSandbox } from '../testing/sandbox-client.ts';
import { seededAccounts } from './accounts.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read answers of every shape
export interface Answer<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export class DashboardBrowser {
  cookie: string | null = null;
  csrfToken: string | null = null;

  constructor(
    readonly sandbox: TestSandbox,
    readonly client = '203.0.113.7',
  ) {}

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
  async request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer<T>> {
    const request = new Request(`http://sandbox.test${path}`, {
      method,
      headers: {
        'Content-Type': 'application/json',
        'x-sandbox-client': this.client,
        ...(this.cookie ? { Cookie: this.cookie } : {}),
        ...(this.csrfToken && method !== 'GET' ? { 'X-CSRF-Token': this.csrfToken } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const response = await this.sandbox.sandbox.respond(request);
    if (!response) throw new Error(`no handler for ${method} ${path}`);
    // The BOM is kept: the export's first bytes are part of what is tested.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    const type = response.headers.get('Content-Type') ?? '';
    return { status: response.status, headers: response.headers, text, body: type.includes('json') ? (JSON.parse(text) as T) : (text as T) };
  }

  async signIn(email: string, password?: string): Promise<Answer> {
    const known = seededAccounts().find((account) => account.email === email);
    const answer = await this.request('POST', '/v1/dashboard/session', { email, password: password ?? known?.password ?? '' });
    const setCookie = answer.headers.get('Set-Cookie');
    if (answer.status === 200 && setCookie) {
      this.cookie = setCookie.split(';')[0] ?? null;
      this.csrfToken = answer.body.data.csrfToken;
    }
    return answer;
  }
}

/**
 * The one way the widget talks to the platform: timeout, retry of safe requests on network failure, the key (in the
 * address of a read, raw in `Authorization` otherwise), idempotency keys, and validation of every answer against the
 * shared schemas.
 */
import { checker, ErrorBodyShape, type Check } from './contract/index.ts';
import { CaptainError, isCaptainErrorCode, type CaptainErrorCode } from './errors.ts';

const errorBody = checker(ErrorBodyShape);

export interface HttpConfig {
  /** Origin (and optional path prefix) of the platform, e.g. `http://localhost:4010`. */
  apiUrl: string;
  /** The platform key (public key in the widget): raw in `Authorization`, or in the `key` parameter of a GET. */
  key: string;
  timeoutMs?: number;
  /** Attempts after the first, for GET only: a POST could have reached the platform. */
  retries?: number;
  /** Injected by tests; defaults to the global fetch. */
  fetch?: typeof fetch;
}

export interface HttpRequest<T> {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  /** The check of `data` in the success envelope, derived from its contract shape. */
  schema: Check<T>;
  idempotencyKey?: string;
  /** Aborts the request (a load superseded by a newer one); it then rejects with an `aborted` CaptainError. */
  signal?: AbortSignal;
}

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_RETRIES = 2;
const RETRY_DELAYS_MS = [250, 1000];

const statusCodes: Record<number, CaptainErrorCode> = {
  400: 'invalid_request',
  // 401 is always `unauthorized` (errorFromResponse).
  403: 'unauthorized',
  404: 'not_found',
  409: 'order_not_payable',
  422: 'invalid_request',
};

export async function http<T>(config: HttpConfig, request: HttpRequest<T>): Promise<T> {
  const retries = request.method === 'GET' ? (config.retries ?? DEFAULT_RETRIES) : 0;
  for (let attempt = 0; ; attempt++) {
    try {
      return await send(config, request);
    } catch (error) {
      const retryable = error instanceof CaptainError && error.code === 'network' && attempt < retries;
      if (!retryable) throw error;
      await sleep(RETRY_DELAYS_MS[attempt] ?? 1000);
    }
  }
}

async function send<T>(config: HttpConfig, request: HttpRequest<T>): Promise<T> {
  const read = request.method === 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  // A read carries the public key in its address: with CORS-safelisted headers only, the browser sends it with no
  // preflight, so a cold checkout and each live poll wait one round trip less (docs/API.md "Conventions").
  if (!read) headers.Authorization = config.key;
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  if (request.idempotencyKey) headers['Idempotency-Key'] = request.idempotencyKey;

  const controller = new AbortController();
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const abort = () => controller.abort();
  request.signal?.addEventListener('abort', abort);
  const doFetch = config.fetch ?? fetch;
  let response: Response;
  let text: string;
  try {
    // `apiUrl` may end with slashes (`https://host/`): the platform's paths start with one.
    // The key trimmed as fetch normalises a header value (a pasted key's newline); none at all for an open endpoint.
    const key = read && config.key.trim();
    const url = config.apiUrl.replace(/\/+$/, '') + request.path + (key ? (request.path.includes('?') ? '&' : '?') + 'key=' + encodeURIComponent(key) : '');
    // A fetch that ignores the signal (an injected one) still ends at the timeout or when superseded.
    response = await untilAborted(doFetch(url, {
      method: request.method,
      headers,
      body: request.body === undefined ? null : JSON.stringify(request.body),
      signal: controller.signal,
    }), controller.signal);
    text = await untilAborted(response.text(), controller.signal);
  } catch (error) {
    if (request.signal?.aborted) throw new CaptainError('aborted', `${request.method} ${request.path} was superseded`, { cause: error });
    const timedOut = controller.signal.aborted;
    throw new CaptainError('network', timedOut ? `No answer within ${timeoutMs} ms` : 'The platform could not be reached', {
      cause: error,
    });
  } finally {
    clearTimeout(timer);
    request.signal?.removeEventListener('abort', abort);
  }

  const json = parseJson(text);
  if (!response.ok) throw errorFromResponse(response.status, json);
  const envelope = json as { success?: unknown; data?: unknown } | undefined;
  const parsed = envelope?.success === true ? request.schema(envelope.data) : { ok: false as const, issues: ['success: expected true'] };
  if (!parsed.ok) {
    throw new CaptainError('invalid_response', `Unexpected answer from ${request.method} ${request.path}`, { status: response.status, details: parsed.issues });
  }
  return parsed.value;
}

function errorFromResponse(status: number, json: unknown): CaptainError {
  if (status === 401) return new CaptainError('unauthorized', 'The key was refused', { status });
  const body = errorBody(json);
  const details = body.ok ? body.value.errors : [];
  // Not the platform's error envelope (a proxy's or gateway's page) says nothing of what the platform did: a payment
  // is then looked up before any other (payment-attempt.ts), never taken as refused.
  const declared = body.ok ? body.value.code : 'invalid_response';
  const code: CaptainErrorCode = isCaptainErrorCode(declared) ? declared : (statusCodes[status] ?? 'unknown');
  return new CaptainError(code, details[0] ?? `HTTP ${status}`, { status, details });
}

/** The answer's JSON; undefined for an empty or non-JSON body (JSON.parse throws on both). */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    promise.then(resolve, reject);
  });
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Early GETs handed over to `http()`. widget.js (the tiny classic loader) knows the order id and the key as soon as the
 * merchant calls `initCaptain(...).mount()`, while the entry module that renders the form is still downloading; it starts
 * the order's checkout request right then (`prefetch`), so that the request and its CORS preflight run in parallel with
 * the module's download and evaluation instead of after them (issue 14: time to an interactive form). The entry's first
 * GET of the same URL with the same key then takes that response (`takePrefetched`) instead of sending another.
 *
 * The two sides are separate bundles, so they meet on a registry under a global `Symbol.for` key, not a module variable.
 * A prefetched response is used once, and only within `PREFETCH_MAX_AGE_MS` of its start: an older one could predate a
 * change the buyer should see, and is dropped.
 */

interface Prefetched {
  startedAt: number;
  response: Promise<Response>;
}

const REGISTRY = Symbol.for('sharegroop.prefetch');
const PREFETCH_MAX_AGE_MS = 10_000;

type Holder = { [REGISTRY]?: Map<string, Prefetched> };

function registry(): Map<string, Prefetched> {
  const holder = globalThis as Holder;
  return (holder[REGISTRY] ??= new Map());
}

/** `GET` path of the summary the widget reads first (`/v1/checkout/{id}`). */
export const checkoutPath = (orderId: string) => `/v1/checkout/${encodeURIComponent(orderId)}`;

/** `base` may end with slashes (`https://host/`): the platform's paths start with one. */
export const joinUrl = (base: string, path: string): string => base.replace(/\/+$/, '') + path;

const keyOf = (url: string, key: string) => `${key} ${url}`;

/** The headers of every widget GET: the prefetch must send exactly what `http()` would, or the answer could differ. */
export const getHeaders = (key: string): Record<string, string> => ({ Accept: 'application/json', Authorization: key });

/**
 * Starts `GET url` with the widget's headers and keeps its response for `takePrefetched`. A failed prefetch is kept as
 * a rejection: `http()` then reports (and retries) it like its own request. `fetchImpl` is injected by tests.
 */
export function prefetch(url: string, key: string, fetchImpl: typeof fetch = fetch): void {
  const response = fetchImpl(url, { method: 'GET', headers: getHeaders(key) });
  response.catch(() => undefined); // nobody may take it: not an unhandled rejection
  registry().set(keyOf(url, key), { startedAt: Date.now(), response });
}

/** The response prefetched for `url` and `key`, once; `undefined` when there is none or it is too old. */
export function takePrefetched(url: string, key: string): Promise<Response> | undefined {
  const entries = registry();
  const id = keyOf(url, key);
  const entry = entries.get(id);
  if (!entry) return undefined;
  entries.delete(id);
  return Date.now() - entry.startedAt <= PREFETCH_MAX_AGE_MS ? entry.response : undefined;
}

/**
 * widget.js's call, once the config is checked (`key` is a public key): the checkout summary of `orderId`, read with
 * `key` from the platform at `apiUrl`. Without an order id (an inline order is created first) there is nothing to fetch.
 * An order id that is not a string goes through `encodeURIComponent` as the element's attribute does: the same GET.
 */
export function prefetchCheckout(apiUrl: string, key: string, orderId: string | undefined): void {
  if (!orderId) return;
  try {
    prefetch(joinUrl(apiUrl, checkoutPath(orderId)), key);
  } catch {
    // an unusable apiUrl: the entry's own request fails and says why
  }
}

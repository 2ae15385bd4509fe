/**
 * Component tests run the real mock platform (mock-server/ handlers) inside the browser through the MSW service worker,
 * with a fresh in-memory store per test. Error states the platform cannot produce on demand (network down…) are
 * stubbed per test with `mockPlatform.use(...)`. Test-only: nothing in src/ imports this outside `*.test.ts`.
 */
import { getResponse, http, HttpResponse, type RequestHandler } from 'msw';
import { setupWorker } from 'msw/browser';
import { createHandlers } from '../../mock-server/handlers/index.ts';
import { createRuntime } from '../../mock-server/runtime.ts';
import { seededPlatform } from '../../mock-server/seed.ts';
import { memoryPersistence, Store } from '../../mock-server/store.ts';
import { platformCall } from './platform-api.ts';

export { http, HttpResponse };

export const API_URL = location.origin;
export const singlePlatform = seededPlatform('single');
export const PUBLIC_KEY = singlePlatform.publicKey;
export const SECRET_KEY = singlePlatform.secretKey;

export const CARDS = {
  success: '4242424242424242',
  challenge: '4000000000003220',
  declined: '4000000000000002',
  insufficientFunds: '4000000000009995',
} as const;

function freshPlatformHandlers(): RequestHandler[] {
  const store = new Store(memoryPersistence());
  const runtime = createRuntime({ store, send: async () => ({ status: 200 }), publicUrl: () => location.origin });
  return createHandlers(runtime);
}

let currentHandlers = freshPlatformHandlers();
const worker = setupWorker(...currentHandlers);
/** Every API request the page made in the current test, in order (`METHOD /path`). */
export const apiRequests: string[] = [];
worker.events.on('request:start', ({ request }) => {
  const url = new URL(request.url);
  if (url.pathname.startsWith('/v1/')) apiRequests.push(`${request.method} ${url.pathname}`);
});

/** Call once per test file: starts the worker before the tests, resets platform and stubs after each one. */
export function useMockPlatform(): void {
  before(async () => {
    await worker.start({
      quiet: true,
      // The test runner's own module requests go through the worker too; only API calls must be handled.
      onUnhandledRequest(request, print) {
        if (new URL(request.url).pathname.startsWith('/v1/')) print.error();
      },
    });
  });
  afterEach(() => {
    currentHandlers = freshPlatformHandlers();
    worker.resetHandlers(...currentHandlers);
    apiRequests.length = 0;
  });
  after(() => worker.stop());
}

export const mockPlatform = {
  use: (...handlers: RequestHandler[]) => worker.use(...handlers),
  /** Drops this test's stubs, keeping the platform's state (orders created so far). */
  restore: () => worker.resetHandlers(...currentHandlers),
};

/** Every payment endpoint (`/payments`, the balance and recovery links). */
const PAYMENT_PATH = /\/v1\/(orders\/[^/]+\/(payments|balance)|transactions\/[^/]+\/recover)$/;

/**
 * The next payment request reaches the platform, which runs it, but its answer is lost (connection cut): the widget
 * sees a network error, or with `status` a gateway error of that status. `ran: false` loses the request itself (the
 * platform never sees it). `path`: another POST endpoint whose answer is lost (saving a card).
 */
export function loseNextPaymentAnswer({ ran = true, status, path = PAYMENT_PATH }: { ran?: boolean; status?: number; path?: RegExp } = {}): void {
  let armed = true;
  worker.use(
    http.post(path, async ({ request }) => {
      if (!armed) return undefined;
      armed = false;
      if (ran) await getResponse(currentHandlers, request);
      if (status) return HttpResponse.json({ status, success: false, errors: ['Bad gateway'], code: 'bad_gateway' }, { status });
      return HttpResponse.error();
    }),
  );
}

/**
 * The next payment request is held on its way (the widget sees the connection cut): `land()` later delivers it to the
 * platform, as a request arriving after the widget already asked what became of it. `keys`: the Idempotency-Key of
 * that request and of every payment request after it.
 */
export function holdNextPaymentRequest(): { land: () => Promise<void>; keys: (string | null)[] } {
  let held: Request | undefined;
  const keys: (string | null)[] = [];
  worker.use(
    http.post(PAYMENT_PATH, ({ request }) => {
      keys.push(request.headers.get('Idempotency-Key'));
      if (held) return undefined;
      held = request.clone();
      return HttpResponse.error();
    }),
  );
  return { keys, land: async () => void (held && (await getResponse(currentHandlers, held))) };
}

/** The platform cannot be asked what became of an attempt (still offline) until `mockPlatform.restore()`. */
export const attemptsUnreachable = () => worker.use(http.get('*/v1/orders/:id/payments/attempts/:key', () => HttpResponse.error()));

const call = <T>(method: string, path: string, body?: unknown) => platformCall<T>(method, path, SECRET_KEY, body);

/** Creates an order on the seeded single platform, as a merchant's back end would with its secret key. */
export const createTestOrder = (fields: Record<string, unknown> = {}) =>
  call<{ id: string; amount: number; status: string }>('POST', '/v1/orders', {
    amount: 2500,
    ux: 'single',
    email: 'ada@example.com',
    firstName: 'Ada',
    lastName: 'Lovelace',
    ...fields,
  });

/** Pays an order without a browser (sandbox endpoint), to reach the "already paid" states. */
export const payOrderInSandbox = (orderId: string) => call('POST', `/v1/sandbox/orders/${orderId}/pay`, { card: CARDS.success });
export const cancelOrder = (orderId: string) => call('POST', `/v1/orders/${orderId}/cancel`, {});
export const refundOrder = (orderId: string) => call('POST', `/v1/orders/${orderId}/refund`, {});

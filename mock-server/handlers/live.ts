/**
 * `GET /v1/orders/{id}/live?since={version}&wait={ms}`: a long poll that answers as soon as the order's version differs
 * from `since` (a co-buyer paid, the merchant canceled or refunded, the deadline passed, the sandbox clock moved), or
 * with `changed: false` after `wait` ms (default 20 s, at most 25 s). Any key of the order's platform; it works the
 * same through the MSW service worker and the HTTP sandbox, which a stream (SSE) would not without more machinery.
 *
 * It only reads: every look is a `store.read` on the stored records in place (nothing copied), never a transaction, so a
 * waiting widget holds no lock and delays no writer.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { wallClockNow } from '../clock.ts';
import { domainContext } from '../domain/context.ts';
import { DomainError, notFound } from '../domain/errors.ts';
import { orderFor } from '../domain/orders.ts';
import { callerForKey } from '../domain/platforms.ts';
import type { SandboxRuntime } from '../runtime.ts';
import type { LiveOrder } from '../../src/core/schemas.ts';
import { checkoutOf } from './checkout.ts';

export const LIVE_DEFAULT_WAIT_MS = 20_000;
export const LIVE_MAX_WAIT_MS = 25_000;
/** How often a waiting request looks at the store again: well under the 2 s a widget has to follow a change. */
const LOOK_EVERY_MS = 250;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type Look = { kind: 'answer'; live: Omit<LiveOrder, 'changed'> } | { kind: 'refused'; status: number; body: unknown };

function waitOf(url: URL): number {
  const asked = Number(url.searchParams.get('wait') ?? LIVE_DEFAULT_WAIT_MS);
  return Number.isFinite(asked) ? Math.min(LIVE_MAX_WAIT_MS, Math.max(0, Math.trunc(asked))) : LIVE_DEFAULT_WAIT_MS;
}

export function liveHandlers(runtime: SandboxRuntime): HttpHandler[] {
  return [
    http.get('*/v1/orders/:id/live', async ({ request, params }) => {
      const url = new URL(request.url);
      const since = url.searchParams.get('since');
      const until = wallClockNow() + waitOf(url);
      const look = () =>
        runtime.store.read((view): Look => {
          const caller = callerForKey(view, request.headers.get('Authorization'));
          if (!caller) return { kind: 'refused', status: 401, body: { message: 'Unauthorized' } };
          try {
            const ctx = domainContext(view, runtime.publicUrl(request));
            const checkout = checkoutOf(ctx, caller, orderFor(ctx, caller.platform, String(params.id ?? '')));
            return { kind: 'answer', live: { version: checkout.version, now: checkout.now, status: checkout.order.status } };
          } catch (error) {
            const refusal = error instanceof DomainError ? error : notFound('Order');
            return { kind: 'refused', status: refusal.status, body: { status: refusal.status, success: false, errors: refusal.errors, code: refusal.code } };
          }
        });
      for (;;) {
        const seen = await look();
        if (seen.kind === 'refused') return HttpResponse.json(seen.body as Record<string, unknown>, { status: seen.status });
        const changed = since !== null && seen.live.version !== since;
        if (since === null || changed || wallClockNow() >= until || request.signal.aborted) {
          return HttpResponse.json({ success: true, data: { ...seen.live, changed } satisfies LiveOrder });
        }
        await sleep(LOOK_EVERY_MS);
      }
    }),
  ];
}

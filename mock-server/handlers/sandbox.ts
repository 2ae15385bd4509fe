/** Endpoints no real platform has: they make the mock testable (clock, webhook log, outbox, browserless payments). */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { sandboxNow } from '../clock.ts';
import { conflict, notFound } from '../domain/errors.ts';
import { callerForKey } from '../domain/platforms.ts';
import { answerThreeDS, startPayment } from '../domain/payments.ts';
import { answerAncv, SANDBOX_ANCV_LOGIN } from '../domain/ancv.ts';
import { AncvAppAnswer } from '../schemas/ancv.ts';
import { publicTransaction } from '../domain/transactions.ts';
import { platformById } from '../domain/platforms.ts';
import type { SandboxRuntime } from '../runtime.ts';
import { readableIssues } from '../schemas/locale.ts';
import { ClockMove, PlatformPatch, SandboxPayInput, type CardInput } from '../schemas/requests.ts';
import { endpoint, openEndpoint } from './kit.ts';

const sandboxAccess = { access: 'secretKey' } as const;

function testCardDetails(number: string, now: number): CardInput {
  const digits = number.replace(/\D/g, '');
  const expiryYear = String(new Date(now).getUTCFullYear() + 3);
  return { number: digits, expiryMonth: '12', expiryYear, cvc: /^3[47]/.test(digits) ? '1234' : '123', holder: 'Sandbox Buyer' };
}

export function sandboxHandlers(runtime: SandboxRuntime): HttpHandler[] {
  return [
    openEndpoint(runtime, 'get', '/v1/sandbox/platforms', ({ ctx }) => ({
      organizations: ctx.state.organizations,
      platforms: ctx.state.platforms,
    })),
    endpoint(runtime, 'patch', '/v1/sandbox/platforms/:id', { ...sandboxAccess, body: PlatformPatch }, ({ ctx, params, body }) => {
      const platform = ctx.state.platforms.find((candidate) => candidate.id === params.id);
      if (!platform) throw notFound('Platform');
      platform.webhookUrl = body.webhookUrl;
      return platform;
    }),
    endpoint(runtime, 'get', '/v1/sandbox/clock', sandboxAccess, ({ ctx }) => ({ now: ctx.now })),
    clockMoveHandler(runtime),
    endpoint(runtime, 'get', '/v1/sandbox/webhooks', sandboxAccess, ({ ctx, request }) => {
      const orderId = new URL(request.url).searchParams.get('orderId');
      return ctx.state.webhooks
        .filter((delivery) => !orderId || delivery.orderId === orderId)
        .map(({ inFlight: _claim, ...delivery }) => ({
          ...delivery,
          headers: delivery.signature ? { 'Content-Type': 'application/json', 'SG-Signature': delivery.signature } : null,
        }));
    }),
    endpoint(runtime, 'get', '/v1/sandbox/outbox', sandboxAccess, ({ ctx, request }) => {
      const orderId = new URL(request.url).searchParams.get('orderId');
      return ctx.state.outbox.filter((message) => !orderId || message.orderId === orderId);
    }),
    endpoint(runtime, 'post', '/v1/sandbox/orders/:id/pay', { ...sandboxAccess, body: SandboxPayInput }, ({ ctx, params, body }) => {
      const order = ctx.state.orders[params.id ?? ''];
      if (!order) throw notFound('Order');
      const platform = platformById(ctx.state, order.platformId);
      const { card, threeDS, ...rest } = body;
      const transaction = startPayment(ctx, platform, order, {
        ...rest,
        ...(body.method === 'card' ? { card: testCardDetails(card ?? '4242424242424242', ctx.now) } : {}),
        ...(body.method === 'ancv' ? { ancvLogin: body.ancvLogin ?? SANDBOX_ANCV_LOGIN } : {}),
      });
      if (transaction.threeDS?.status === 'required') answerThreeDS(ctx, transaction, threeDS ?? 'approve');
      return { ...publicTransaction(ctx, transaction, true), orderStatus: order.status };
    }),
    endpoint(runtime, 'post', '/v1/sandbox/orders/:id/viban-transfer', sandboxAccess, ({ ctx, params }) => {
      const order = ctx.state.orders[params.id ?? ''];
      if (!order) throw notFound('Order');
      throw conflict('not_a_viban_order', `Order ${order.id} is a ${order.ux} order, it has no virtual IBAN`);
    }),
    // The buyer answers in the ANCV app: `{"amount": n}` confirms n cents (at most what was asked), `{"refuse": true}` refuses.
    endpoint(runtime, 'post', '/v1/sandbox/transactions/:id/ancv-confirm', { ...sandboxAccess, body: AncvAppAnswer }, ({ ctx, params, body }) => {
      const transaction = ctx.state.transactions[params.id ?? ''];
      if (!transaction) throw notFound('Transaction');
      answerAncv(ctx, transaction, body);
      const order = ctx.state.orders[transaction.orderId];
      return { ...publicTransaction(ctx, transaction, true), orderStatus: order?.status };
    }),
    http.post('*/v1/sandbox/reset', async ({ request }) => {
      const caller = await runtime.store.read((state) => callerForKey(state, request.headers.get('Authorization')));
      if (!caller || caller.scope !== 'secret') return HttpResponse.json({ message: 'Unauthorized' }, { status: 401 });
      await runtime.store.reset();
      return HttpResponse.json({ success: true, data: { reset: true } });
    }),
  ];
}

/** Moving the clock runs due work step by step, delivering webhooks between steps, so it cannot be one transaction. */
function clockMoveHandler(runtime: SandboxRuntime): HttpHandler {
  return http.post('*/v1/sandbox/clock', async ({ request }) => {
    const { caller, now } = await runtime.store.read((state) => ({
      caller: callerForKey(state, request.headers.get('Authorization')),
      now: sandboxNow(state.clockOffsetMs),
    }));
    if (!caller || caller.scope !== 'secret') return HttpResponse.json({ message: 'Unauthorized' }, { status: 401 });
    let raw: unknown;
    try {
      raw = await request.json();
    } catch {
      raw = undefined;
    }
    const parsed = ClockMove.safeParse(raw);
    if (!parsed.success) {
      const errors = ['give {"advanceBy": milliseconds} or {"to": epoch milliseconds}', ...readableIssues(parsed.error.issues)];
      return HttpResponse.json({ status: 400, success: false, errors, code: 'invalid_request' }, { status: 400 });
    }
    const target = 'advanceBy' in parsed.data ? now + parsed.data.advanceBy : parsed.data.to;
    if (target < now) {
      return HttpResponse.json(
        { status: 400, success: false, errors: ['to: the sandbox clock only moves forward'], code: 'invalid_request' },
        { status: 400 },
      );
    }
    const moved = await runtime.advanceClock(target, runtime.publicUrl(request));
    return HttpResponse.json({ success: true, data: { now: moved } });
  });
}

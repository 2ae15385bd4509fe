/** Endpoints no real platform has: they make the mock testable (clock, webhook log, outbox, browserless payments). */
import { http, type HttpHandler } from 'msw';
import { sandboxNow } from '../clock.ts';
import { notFound } from '../domain/errors.ts';
import { orderFor, publicOrder } from '../domain/orders.ts';
import { receiveTransfer } from '../domain/viban-transfers.ts';
import { answerBank } from '../domain/pis.ts';
import { VibanTransferInput } from '../schemas/viban.ts';
import { answerThreeDS, startPayment } from '../domain/payments.ts';
import { answerAncv, SANDBOX_ANCV_LOGIN } from '../domain/ancv.ts';
import { AncvAppAnswer } from '../schemas/ancv.ts';
import { publicTransaction } from '../domain/transactions.ts';
import { platformById } from '../domain/platforms.ts';
import type { SandboxRuntime } from '../runtime.ts';
import { readableIssues } from '../schemas/locale.ts';
import { ClockMove, MAX_CLOCK_MS, PlatformPatch, ResetInput, SandboxPayInput, type CardInput } from '../schemas/requests.ts';
import { dashboardUsers } from '../dashboard/listing.ts';
import { isPlainObject } from './body.ts';
import { callerOf, endpoint, failure, success, LIVE_KEY_ON_SANDBOX, openEndpoint, readBody, Reply, toResponse } from './kit.ts';
import { pageQuery, pageReply } from './paging.ts';
import { sandboxWalletToken } from '../../src/core/wallets.ts';
import { TEST_CARDS } from '../domain/cards.ts';
import type { DomainContext } from '../domain/context.ts';
import { answerAmazonSession, openAmazonSession } from '../domain/wallets.ts';
import { liveKeys, type Platform } from '../seed.ts';
import type { OrderRecord } from '../state.ts';

const sandboxAccess = { access: 'secretKey' } as const;

function testCardDetails(number: string, now: number): CardInput {
  const digits = number.replace(/\D/g, '');
  const expiryYear = String(new Date(now).getUTCFullYear() + 3);
  return { number: digits, expiryMonth: '12', expiryYear, cvc: /^3[47]/.test(digits) ? '1234' : '123', holder: 'Sandbox Buyer' };
}

/** Opens an Amazon Pay session for `order` and answers it as the buyer would: 3434 (declined) for a declining card, else 1111. */
function answeredAmazonSession(ctx: DomainContext, platform: Platform, order: OrderRecord, cardNumber: string): string {
  const session = openAmazonSession(ctx, platform, order);
  const declines = ['declined', 'insufficientFunds'].includes(TEST_CARDS[cardNumber]?.profile ?? '');
  answerAmazonSession(ctx, session, declines ? '3434' : '1111');
  return session.id;
}

export function sandboxHandlers(runtime: SandboxRuntime): HttpHandler[] {
  return [
    openEndpoint(runtime, 'get', '/v1/sandbox/platforms', ({ ctx }) => ({
      organizations: ctx.tx.organizations.all(),
      // Each platform's live keys beside its sandbox keys (CONTRACT §2 "Sandbox and production").
      platforms: ctx.tx.platforms.all().map((platform) => ({ ...platform, live: liveKeys(platform) })),
      users: dashboardUsers(ctx.tx),
    })),
    endpoint(runtime, 'patch', '/v1/sandbox/platforms/:id', { ...sandboxAccess, body: PlatformPatch }, ({ ctx, caller, params, body }) => {
      // A secret key changes its own platform only: another platform answers like an unknown one.
      const platform = caller.platform.id === params.id ? ctx.tx.platforms.get(params.id) : undefined;
      if (!platform) throw notFound('Platform');
      const changed = { ...platform, webhookUrl: body.webhookUrl };
      ctx.tx.platforms.put(changed);
      return changed;
    }),
    endpoint(runtime, 'get', '/v1/sandbox/clock', sandboxAccess, ({ ctx }) => ({ now: ctx.now })),
    clockMoveHandler(runtime),
    endpoint(runtime, 'get', '/v1/sandbox/webhooks', sandboxAccess, ({ ctx, request }) => {
      const orderId = new URL(request.url).searchParams.get('orderId');
      const page = ctx.tx.webhooks.page({ ...pageQuery(request), ...(orderId ? { index: 'orderId', key: orderId } : {}) });
      return pageReply(page, ({ inFlight: _claim, ...delivery }) => ({
        ...delivery,
        headers: delivery.signature ? { 'Content-Type': 'application/json', 'SG-Signature': delivery.signature } : null,
      }));
    }),
    endpoint(runtime, 'get', '/v1/sandbox/outbox', sandboxAccess, ({ ctx, request }) => {
      const orderId = new URL(request.url).searchParams.get('orderId');
      return pageReply(ctx.tx.outbox.page({ ...pageQuery(request), ...(orderId ? { index: 'orderId', key: orderId } : {}) }));
    }),
    // Another platform's order (or transaction, below) answers like an unknown one and is left as it was (CONTRACT §2).
    endpoint(runtime, 'post', '/v1/sandbox/orders/:id/pay', { ...sandboxAccess, body: SandboxPayInput }, ({ ctx, caller, params, body }) => {
      const order = orderFor(ctx, caller.platform, params.id ?? '');
      const platform = platformById(ctx.tx, order.platformId);
      const { card, threeDS, bankAnswer, ...rest } = body;
      const cardNumber = (card ?? '4242424242424242').replace(/\D/g, '');
      const transaction = startPayment(ctx, platform, order, {
        ...rest,
        ...(body.method === 'card' ? { card: testCardDetails(cardNumber, ctx.now) } : {}),
        ...(body.method === 'ancv' ? { ancvLogin: body.ancvLogin ?? SANDBOX_ANCV_LOGIN } : {}),
        // Apple Pay, Google Pay: the token the simulated wallet sheet would send for this test card.
        ...(body.method === 'applepay' || body.method === 'googlepay' ? { wallet: { token: sandboxWalletToken(cardNumber) } } : {}),
        // Amazon Pay: a checkout session the buyer answers at once, on the Amazon page's method for this card's outcome.
        ...(body.method === 'amazonpay' ? { amazonCheckoutSessionId: answeredAmazonSession(ctx, platform, order, cardNumber) } : {}),
        ...(body.method === 'pis' ? { bank: body.bank ?? 'sandbox-bank' } : {}),
      });
      if (transaction.threeDS?.status === 'required') answerThreeDS(ctx, transaction, threeDS ?? 'approve');
      // The buyer answers on the bank page at once (`bankAnswer`, default confirm), as a back-end test wants it.
      if (transaction.paymentMethod === 'pis') answerBank(ctx, transaction, bankAnswer ?? 'confirm');
      return { ...publicTransaction(ctx, transaction, true), orderStatus: order.status };
    }),
    // A bank transfer arrives on the order's virtual IBAN (domain/viban-transfers.ts); another platform's order is a 404.
    endpoint(runtime, 'post', '/v1/sandbox/orders/:id/viban-transfer', { ...sandboxAccess, body: VibanTransferInput }, ({ ctx, caller, params, body }) => {
      const order = orderFor(ctx, caller.platform, params.id ?? '');
      const { transfer, replayed } = receiveTransfer(ctx, order, body);
      return { ...transfer, replayed, order: publicOrder(ctx, order) };
    }),
    // The buyer answers in the ANCV app: `{"amount": n}` confirms n cents (at most what was asked), `{"refuse": true}` refuses.
    endpoint(runtime, 'post', '/v1/sandbox/transactions/:id/ancv-confirm', { ...sandboxAccess, body: AncvAppAnswer }, ({ ctx, caller, params, body }) => {
      const transaction = ctx.tx.transactions.get(params.id ?? '');
      const order = transaction && ctx.tx.orders.get(transaction.orderId);
      if (!transaction || order?.platformId !== caller.platform.id) throw notFound('Transaction');
      answerAncv(ctx, transaction, body);
      // Read again: the answer may have put a new record of the order (its status changed).
      return { ...publicTransaction(ctx, transaction, true), orderStatus: ctx.tx.orders.get(transaction.orderId)?.status };
    }),
    http.post('*/v1/sandbox/reset', async ({ request }) => {
      const refused = await refuseNonSandboxCaller(runtime, request);
      if (refused) return refused;
      // A malformed body wipes nothing: only no body or `{}` resets.
      const raw = await readBody(request, 'command');
      if (!raw.ok) return toResponse(raw.reply, request);
      const parsed = ResetInput.safeParse(raw.value);
      if (!parsed.success) return toResponse(failure(400, 'invalid_request', ['reset takes no options: send no body or {}', ...readableIssues(parsed.error.issues)]), request);
      await runtime.store.reset();
      return toResponse(success({ reset: true }), request);
    }),
  ];
}

/** Sandbox endpoints written by hand answer like `endpoint()`: 401 for a missing or unknown key, 403 for a public key. */
async function refuseNonSandboxCaller(runtime: SandboxRuntime, request: Request): Promise<Response | null> {
  const caller = await runtime.store.read((view) => callerOf(view, request));
  if (caller instanceof Reply) return toResponse(caller, request);
  if (caller.mode === 'live') return toResponse(failure(403, 'forbidden', [LIVE_KEY_ON_SANDBOX]), request);
  if (caller.scope !== 'secret') return toResponse(failure(403, 'forbidden', ['Sandbox endpoints need a secret key of the sandbox']), request);
  return null;
}

/** Moving the clock runs due work step by step, delivering webhooks between steps, so it cannot be one transaction. */
function clockMoveHandler(runtime: SandboxRuntime): HttpHandler {
  return http.post('*/v1/sandbox/clock', async ({ request }) => {
    const refused = await refuseNonSandboxCaller(runtime, request);
    if (refused) return refused;
    const now = await runtime.store.read((view) => sandboxNow(view.clockOffsetMs));
    const raw = await readBody(request, 'command');
    if (!raw.ok) return toResponse(raw.reply, request);
    // Both at once is ambiguous (the union would take `advanceBy` and drop `to` silently): refused, the clock stays.
    if (isPlainObject(raw.value) && 'advanceBy' in raw.value && 'to' in raw.value) {
      return toResponse(failure(400, 'invalid_request', ['give either {"advanceBy": milliseconds} or {"to": epoch milliseconds}, not both']), request);
    }
    const parsed = ClockMove.safeParse(raw.value);
    if (!parsed.success) {
      const errors = ['give {"advanceBy": milliseconds} or {"to": epoch milliseconds}', ...readableIssues(parsed.error.issues)];
      return toResponse(failure(400, 'invalid_request', errors), request);
    }
    const target = 'advanceBy' in parsed.data ? now + parsed.data.advanceBy : parsed.data.to;
    if (target < now) return toResponse(failure(400, 'invalid_request', ['to: the sandbox clock only moves forward']), request);
    if (target > MAX_CLOCK_MS) {
      return toResponse(failure(400, 'invalid_request', [`the sandbox clock cannot go past ${MAX_CLOCK_MS} (${new Date(MAX_CLOCK_MS).toISOString()})`]), request);
    }
    const moved = await runtime.advanceClock(target, runtime.publicUrl(request));
    return toResponse(success({ now: moved }), request);
  });
}

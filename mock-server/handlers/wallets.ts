/**
 * Wallet endpoints (docs/API.md, "Wallets"): Amazon Pay checkout sessions (the widget opens one, the buyer answers it
 * on the simulated Amazon page, the payment completes it), the merchant domains registered for Apple Pay and Amazon
 * Pay, and the Apple Pay domain verification file. Apple Pay and Google Pay payments themselves go through
 * `POST /v1/orders/{id}/payments` like a card.
 */
import { http, type HttpHandler } from 'msw';
import { APPLE_DOMAIN_ASSOCIATION_PATH } from '../../src/core/wallets.ts';
import { orderFor, publicOrder } from '../domain/orders.ts';
import { platformById } from '../domain/platforms.ts';
import { amazonSession, answerAmazonSession, openAmazonSession, publicAmazonSession } from '../domain/wallets.ts';
import {
  domainAssociationFile,
  domainRegistered,
  listWalletDomains,
  registerWalletDomain,
  removeWalletDomain,
  type DomainWallet,
} from '../domain/wallet-domains.ts';
import { domainContext } from '../domain/context.ts';
import { DomainError, notFound } from '../domain/errors.ts';
import { readableIssues } from '../schemas/locale.ts';
import { isWellFormedId } from './body.ts';
import type { SandboxRuntime } from '../runtime.ts';
import { AmazonAnswer, AmazonSessionInput, WalletDomainInput } from '../schemas/wallets.ts';
import { textResponse } from './answer.ts';
import { callerOf, endpoint, failure, openEndpoint, readBody, Reply, success, toResponse } from './kit.ts';
import { modeOf } from '../store/tables.ts';

const publicDomain = ({ method, domain, createdAt }: { method: DomainWallet; domain: string; createdAt: number }) => ({ method, domain, createdAt });

export function walletHandlers(runtime: SandboxRuntime): HttpHandler[] {
  return [
    endpoint(runtime, 'post', '/v1/orders/:id/amazon-pay/sessions', { access: 'anyKey', body: AmazonSessionInput }, ({ ctx, caller, params, body }) => {
      const order = orderFor(ctx, caller.platform, params.id ?? '');
      return success(publicAmazonSession(ctx, openAmazonSession(ctx, caller.platform, order, body)), 201);
    }),
    endpoint(runtime, 'get', '/v1/amazon-pay/sessions/:id', { access: 'anyKey' }, ({ ctx, caller, params }) => {
      const session = amazonSession(ctx, params.id ?? '');
      if (session.platformId !== caller.platform.id) throw notFound('Checkout session');
      return publicAmazonSession(ctx, session);
    }),
    // The simulated Amazon page: the session id in its URL is the capability, as the order id is for hosted pages.
    openEndpoint(runtime, 'get', '/v1/hosted/amazon-pay/:id', ({ ctx, params }) => {
      const session = amazonSession(ctx, params.id ?? '');
      const order = ctx.tx.orders.get(session.orderId);
      if (!order) throw notFound('Checkout session');
      const { amount, currency, locale } = publicOrder(ctx, order);
      return { session: publicAmazonSession(ctx, session), merchant: platformById(ctx.tx, order.platformId).name, amount: session.amount ?? amount, currency, locale, now: ctx.now };
    }),
    http.post('*/v1/hosted/amazon-pay/:id/answer', async ({ request, params }) => {
      const raw = await readBody(request, 'command');
      if (!raw.ok) return toResponse(raw.reply, request);
      const parsed = AmazonAnswer.safeParse(raw.value);
      if (!parsed.success) return toResponse(failure(400, 'invalid_request', readableIssues(parsed.error.issues)), request);
      const id = String(params.id ?? '');
      if (!isWellFormedId(id)) return toResponse(failure(404, 'not_found', ['Checkout session not found']), request);
      const reply = await runtime.store
        .transact((tx) => {
          const ctx = domainContext(tx, runtime.publicUrl(request));
          const session = amazonSession(ctx, id);
          // The page's URL is the capability: the answer is recorded in the session's mode.
          tx.mode = modeOf(session);
          answerAmazonSession(ctx, session, parsed.data.answer);
          return success(publicAmazonSession(ctx, session));
        })
        .catch((error: unknown) => {
          if (error instanceof DomainError) return failure(error.status, error.code, error.errors);
          throw error;
        });
      runtime.kick();
      return toResponse(reply, request);
    }),
    endpoint(runtime, 'get', '/v1/wallet-domains/check', { access: 'anyKey' }, ({ ctx, caller, request }) => {
      const host = new URL(request.url).searchParams.get('domain') ?? '';
      return { domain: host, applepay: domainRegistered(ctx, caller.platform, 'applepay', host), amazonpay: domainRegistered(ctx, caller.platform, 'amazonpay', host) };
    }),
    endpoint(runtime, 'get', '/v1/wallet-domains', { access: 'secretKey' }, ({ ctx, caller }) => listWalletDomains(ctx, caller.platform).map(publicDomain)),
    endpoint(runtime, 'post', '/v1/wallet-domains', { access: 'secretKey', body: WalletDomainInput }, ({ ctx, caller, body }) =>
      success(publicDomain(registerWalletDomain(ctx, caller.platform, body.method, body.domain)), 201),
    ),
    endpoint(runtime, 'post', '/v1/wallet-domains/remove', { access: 'secretKey', body: WalletDomainInput }, ({ ctx, caller, body }) => {
      removeWalletDomain(ctx, caller.platform, body.method, body.domain);
      return { removed: true };
    }),
    // The file a merchant serves at /.well-known/apple-developer-merchantid-domain-association, as a download.
    http.get('*/v1/wallet-domains/apple-pay-file', async ({ request }) => {
      // callerOf, as every keyed endpoint: a secret key in the address is refused (400) rather than silently ignored.
      const caller = await runtime.store.read((view) => callerOf(view, request));
      if (caller instanceof Reply) return toResponse(caller, request);
      if (caller.scope !== 'secret') return toResponse(failure(403, 'forbidden', ['The verification file is downloaded with the secret key of the platform']), request);
      return textResponse(domainAssociationFile(caller.platform), 200, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Disposition': 'attachment; filename="apple-developer-merchantid-domain-association"' }, request);
    }),
    // The sandbox's own pages (demo, hosted pages) are its own merchant domain: it serves the file of the seeded
    // wallets platform, as a merchant serves the one ShareGroop gave it.
    http.get(`*${APPLE_DOMAIN_ASSOCIATION_PATH}`, async ({ request }) => {
      const file = await runtime.store.read((view) => view.platforms.all().find((platform) => platform.slug === 'wallets'));
      if (!file) return textResponse('Not found', 404, { 'Content-Type': 'text/plain; charset=utf-8' }, request);
      return textResponse(domainAssociationFile(file), 200, { 'Content-Type': 'text/plain; charset=utf-8' }, request);
    }),
  ];
}

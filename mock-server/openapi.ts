/** The OpenAPI 3.1 description of the mock platform, generated from the very zod schemas the handlers parse with. */
import * as z from 'zod/mini';
import { Checkout, ErrorBody, FinancingAnswer, LiveOrder, Order, PaymentResult, Transaction } from '../src/core/schemas.ts';
import { ScoringInput } from './schemas/scoring.ts';
import {
  ClockMove,
  CreateOrderInput,
  PaymentInput,
  PlatformPatch,
  RefundInput,
  SandboxPayInput,
  SettlementPaymentInput,
  ThreeDSAnswer,
} from './schemas/requests.ts';
import { SharingView } from '../src/core/schemas.ts';
import { AncvAppAnswer } from './schemas/ancv.ts';
import { VibanTransferInput } from './schemas/viban.ts';
import { BankAnswerInput } from './schemas/pis.ts';
import { AmazonAnswer, AmazonSessionInput, WalletDomainInput } from './schemas/wallets.ts';
import { RECURRING_ENDPOINTS } from './openapi-recurring.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './handlers/paging.ts';
import { DASHBOARD_ENDPOINTS } from './dashboard/openapi.ts';

type Access = 'secret' | 'public' | 'open' | 'session';

interface Endpoint {
  method: 'get' | 'post' | 'patch' | 'delete';
  path: string;
  summary: string;
  access: Access;
  body?: z.ZodMiniType;
  answer?: z.ZodMiniType;
  status?: number;
  /** A list answered a page at a time (`limit`, `startingAfter`; `hasMore` beside `data`). */
  paged?: boolean;
  /** Optional query parameters: name → description. */
  query?: Record<string, string>;
}

const ENDPOINTS: Endpoint[] = [
  { method: 'post', path: '/v1/orders', summary: 'Create an order for any module (secret key); with the public key, only the inline fields of the front-end integration', access: 'public', body: CreateOrderInput, answer: Order, status: 201 },
  { method: 'get', path: '/v1/orders', summary: "The platform's orders, oldest first (secret key)", access: 'secret', answer: z.array(Order), paged: true },
  { method: 'get', path: '/v1/orders/{id}', summary: 'Read an order, with its installments', access: 'public', answer: Order },
  { method: 'get', path: '/v1/orders/{id}/transactions', summary: "The order's transactions", access: 'public', answer: z.array(Transaction), paged: true },
  { method: 'post', path: '/v1/orders/{id}/cancel', summary: 'Cancel what is not captured: pending payments and authorisations are voided', access: 'secret', answer: Order },
  { method: 'post', path: '/v1/orders/{id}/refund', summary: 'Refund all ({}) or an amount; cascades from the last payment to the first: authorised money is voided or reduced, captured money refunded; the order then collects amount - amountRefunded', access: 'secret', body: RefundInput, answer: Order },
  { method: 'get', path: '/v1/transactions/{id}', summary: 'One transaction, with its operations', access: 'public', answer: Transaction },
  { method: 'post', path: '/v1/transactions/{id}/refund', summary: 'Refund one transaction, all or an amount: a captured one is refunded, an authorised one voided or reduced (partial void)', access: 'secret', body: RefundInput, answer: Transaction },
  { method: 'get', path: '/v1/checkout/{id}', summary: 'Widget: the order, the public settings of its platform, its transactions and what is left to pay', access: 'public', answer: Checkout },
  { method: 'get', path: '/v1/orders/{id}/live', summary: 'Widget: long poll. Answers as soon as the order\'s version differs from ?since= (co-buyers, cancel, refund, deadline, sandbox clock), else {changed: false} after ?wait= ms (default 20000, max 25000)', access: 'public', answer: LiveOrder, query: { since: 'the version the caller shows (from the checkout or the last answer)', wait: 'how long to hold the request, ms (default 20000, at most 25000)' } },
  { method: 'post', path: '/v1/orders/{id}/scoring', summary: 'Widget, financed platforms: add scoring data the order lacks (kept on order.scoring); answers whether the platform finances the order. Sandbox rule: a date of birth under 18 on the sandbox clock is refused (reason under_18); incomplete data answers financing "incomplete" with the missing fields. 409 financing_not_offered on a platform without financing', access: 'public', body: ScoringInput, answer: FinancingAnswer },
  { method: 'post', path: '/v1/orders/{id}/payments', summary: 'Widget: pay (header Idempotency-Key replays the first answer). 402 with code card_declined, insufficient_funds', access: 'public', body: PaymentInput, answer: PaymentResult, status: 201 },
  { method: 'get', path: '/v1/orders/{id}/payments/attempts/{key}', summary: 'Widget: what became of the payment sent under this Idempotency-Key (its answer, with the transaction as it stands now); 404 attempt_not_found when nothing ran, so paying again is safe', access: 'public', answer: PaymentResult },
  { method: 'get', path: '/v1/orders/{id}/sharing', summary: 'Split: the sharing space of a collect or picking order (captain first name, basket with paid items, deadline, collected and left); no email or card', access: 'public', answer: SharingView },
  { method: 'post', path: '/v1/transactions/{id}/3ds', summary: "Widget: the buyer's answer to the 3-D Secure challenge", access: 'public', body: ThreeDSAnswer, answer: PaymentResult },
  { method: 'post', path: '/v1/transactions/{id}/cancel', summary: 'Widget: the buyer gives up an ANCV Connect request still waiting for the app', access: 'public', answer: PaymentResult },
  { method: 'post', path: '/v1/transactions/{id}/recover', summary: 'Recovery link: pay an unpaid installment with another card (header Idempotency-Key)', access: 'public', body: SettlementPaymentInput, answer: PaymentResult, status: 201 },
  { method: 'post', path: '/v1/orders/{id}/balance', summary: 'Complete-balance link: pay everything left of an installment or pay-later order at once (header Idempotency-Key)', access: 'public', body: SettlementPaymentInput, answer: PaymentResult, status: 201 },
  { method: 'get', path: '/v1/hosted/orders/{id}', summary: 'Hosted pages: the public key (of the order\'s mode: pk_live_… for a live order), locale and successUrl a hosted page needs to render the order, and for a dashboard payment link linkExpiresAt (ms) and linkExpired (true once it expired while the order awaits its first payment) (no key: the order id is the capability)', access: 'open' },
  { method: 'get', path: '/v1/hosted/transactions/{id}', summary: 'Recovery page: the order, public key and installmentId behind an unpaid transaction (no key: the transaction id is the capability); installmentId still finds the installment once another card paid it', access: 'open' },
  { method: 'get', path: '/v1/hosted/pis/{id}', summary: 'Simulated bank page: the bank transfer initiation behind a pis transaction (amount, reference, bank, merchant, status); no key: the transaction id is the capability', access: 'open' },
  { method: 'post', path: '/v1/hosted/pis/{id}/answer', summary: 'Simulated bank page: the buyer confirms (the order is completed), refuses or cancels a pending bank transfer initiation; taken once (409 pis_not_pending afterwards)', access: 'open', body: BankAnswerInput },
  { method: 'post', path: '/v1/orders/{id}/amazon-pay/sessions', summary: 'Widget, Amazon Pay: open a checkout session for the order; the buyer answers it on the simulated Amazon page at `url` (success 1111, declined 3434, buyer canceled 3064 or Cancel) within 24 hours of sandbox clock, then the widget pays with {method: "amazonpay", amazonCheckoutSessionId}. Body {amount?}: what the Amazon page shows (cents, what the UX pays now; the order\'s amount without it). 409 method_not_available when the platform has no Amazon Pay, link_expired once the order\'s payment link has expired', access: 'public', body: AmazonSessionInput, status: 201 },
  { method: 'get', path: '/v1/amazon-pay/sessions/{id}', summary: 'Widget, Amazon Pay: a checkout session (state open, completed or canceled with reason BuyerCanceled, Declined or Expired; buyerMethod once the buyer chose)', access: 'public' },
  { method: 'get', path: '/v1/hosted/amazon-pay/{id}', summary: 'Simulated Amazon page: the session with the merchant, amount and currency (no key: the session id is the capability)', access: 'open' },
  { method: 'post', path: '/v1/hosted/amazon-pay/{id}/answer', summary: "Simulated Amazon page: the buyer's answer, a sandbox payment method (1111 success, 3434 declined, 3064 buyer canceled) or cancel; 409 checkout_session_closed once completed, canceled or expired", access: 'open', body: AmazonAnswer },
  { method: 'get', path: '/v1/wallet-domains/check', summary: 'Widget: whether the page\'s host (?domain=) may load Apple Pay and Amazon Pay for this platform (registered, or the sandbox\'s own origin)', access: 'public', query: { domain: 'the host name of the page, e.g. shop.example.com' } },
  { method: 'get', path: '/v1/wallet-domains', summary: 'The merchant domains registered for Apple Pay and Amazon Pay on the platform', access: 'secret' },
  { method: 'post', path: '/v1/wallet-domains', summary: 'Register a merchant domain (host name only, per exact host) for applepay or amazonpay; registering it again changes nothing', access: 'secret', body: WalletDomainInput, status: 201 },
  { method: 'post', path: '/v1/wallet-domains/remove', summary: 'Remove a registered merchant domain; 404 when it is not registered', access: 'secret', body: WalletDomainInput },
  { method: 'get', path: '/v1/wallet-domains/apple-pay-file', summary: "Download the platform's Apple Pay domain verification file (text/plain), to serve at /.well-known/apple-developer-merchantid-domain-association on every registered domain", access: 'secret' },
  { method: 'get', path: '/.well-known/apple-developer-merchantid-domain-association', summary: "The Apple Pay domain verification file of the sandbox's own pages (demo, hosted pages): the seeded wallets platform's file, text/plain", access: 'open' },
  { method: 'get', path: '/v1/sandbox/platforms', summary: 'Sandbox: seeded organizations and platforms with their settings and keys (no key needed); each platform has its sandbox keys (secretKey sk_test_…, publicKey pk_test_…) and its live keys under live: {secretKey: sk_live_…, publicKey: pk_live_…}, over data of their own (CONTRACT §2); every other /v1/sandbox endpoint answers 403 to a live key', access: 'open' },
  { method: 'patch', path: '/v1/sandbox/platforms/{id}', summary: "Sandbox: set a platform's webhook URL", access: 'secret', body: PlatformPatch },
  { method: 'get', path: '/v1/sandbox/clock', summary: 'Sandbox: the sandbox time {now}', access: 'secret' },
  { method: 'post', path: '/v1/sandbox/clock', summary: 'Sandbox: move the clock forward and run everything that falls due, in order', access: 'secret', body: ClockMove },
  { method: 'get', path: '/v1/sandbox/webhooks', summary: 'Sandbox: every webhook delivery with its attempts (?orderId= filters)', access: 'secret', paged: true },
  { method: 'get', path: '/v1/sandbox/outbox', summary: 'Sandbox: emails and SMS the platform would have sent (?orderId= filters)', access: 'secret', paged: true },
  { method: 'post', path: '/v1/sandbox/orders/{id}/pay', summary: 'Sandbox: pay as a buyer would, without a browser; answers the transaction', access: 'secret', body: SandboxPayInput, answer: Transaction, status: 201 },
  { method: 'post', path: '/v1/sandbox/orders/{id}/viban-transfer', summary: "Sandbox: a bank transfer arrives on the order's virtual IBAN (EUR). Transfers add up; the one reaching the amount completes the order; beyond it, or on a closed order, the rest is a surplus (order.amountSurplus, webhook order.overpaid); after the order's payment link expired, a transfer to a pending order is returned to the sender whole (returned, returnReason link_expired, webhook order.transferReturned); the same transferId twice credits once (replayed: true). 409 not_a_viban_order, transfer_id_reused", access: 'secret', body: VibanTransferInput },
  { method: 'post', path: '/v1/sandbox/transactions/{id}/ancv-confirm', summary: 'Sandbox: the buyer answers in the ANCV app, possibly for less than asked', access: 'secret', body: AncvAppAnswer, answer: Transaction },
  { method: 'post', path: '/v1/sandbox/reset', summary: 'Sandbox: back to the seeded state', access: 'secret' },
  ...RECURRING_ENDPOINTS,
  ...DASHBOARD_ENDPOINTS,
];

const PAGE_PARAMETERS = [
  { name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE } },
  { name: 'startingAfter', in: 'query', required: false, description: 'The last id of the previous page', schema: { type: 'string' } },
  { name: 'order', in: 'query', required: false, description: 'asc: oldest first; desc: newest first', schema: { enum: ['asc', 'desc'], default: 'asc' } },
];

const SECURITY: Record<Access, Record<string, string[]>[]> = {
  open: [],
  secret: [{ secretKey: [] }],
  public: [{ secretKey: [] }, { publicKey: [] }],
  session: [{ dashboardSession: [] }],
};

function jsonSchema(schema: z.ZodMiniType): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}

export function openapiDocument(serverUrl: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of ENDPOINTS) {
    const success = String(endpoint.status ?? 200);
    const parameters: Record<string, unknown>[] = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map((match) => ({ name: match[1], in: 'path', required: true, schema: { type: 'string' } }));
    if (endpoint.paged) parameters.push(...PAGE_PARAMETERS);
    for (const [name, description] of Object.entries(endpoint.query ?? {})) parameters.push({ name, in: 'query', required: false, description, schema: { type: 'string' } });
    paths[endpoint.path] ??= {};
    (paths[endpoint.path] as Record<string, unknown>)[endpoint.method] = {
      summary: endpoint.summary,
      security: endpoint.access === 'public' && endpoint.method === 'get' ? [...SECURITY.public, { publicKeyInAddress: [] }] : SECURITY[endpoint.access],
      ...(parameters.length ? { parameters } : {}),
      ...(endpoint.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(endpoint.body) } } } } : {}),
      responses: {
        [success]: {
          description: 'Success envelope',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: { success: { const: true }, data: endpoint.answer ? jsonSchema(endpoint.answer) : {}, ...(endpoint.paged ? { hasMore: { type: 'boolean' } } : {}) },
                required: ['success', 'data', ...(endpoint.paged ? ['hasMore'] : [])],
              },
            },
          },
        },
        '400': { description: 'Malformed request', content: { 'application/json': { schema: jsonSchema(ErrorBody) } } },
        '401': { description: 'Unknown or missing key: {"message": "Unauthorized"}' },
        ...(endpoint.access === 'secret' ? { '403': { description: 'A public key on a secret-key endpoint', content: { 'application/json': { schema: jsonSchema(ErrorBody) } } } } : {}),
        ...(endpoint.body ? { '413': { description: 'The body is over 1 MB', content: { 'application/json': { schema: jsonSchema(ErrorBody) } } } } : {}),
        '404': { description: 'Unknown object, or an object of another platform', content: { 'application/json': { schema: jsonSchema(ErrorBody) } } },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'sg-captain mock platform', version: '1.0.0', description: 'The ShareGroop-compatible sandbox. Money in integer cents, times in epoch milliseconds. Repeated and trailing slashes in paths are ignored. Limits: bodies 1 MB (413), JSON nesting 20 levels, strings 10,000 characters (400); see docs/API.md.' },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: {
        secretKey: { type: 'apiKey', in: 'header', name: 'Authorization', description: 'sk_test_… (sandbox) or sk_live_… (live mode: its own data; sandbox endpoints 403; every payment declined, test data with test_card_in_live_mode, test_iban_in_live_mode or test_account_in_live_mode, anything else with live_payments_unavailable); raw key, no Bearer' },
        publicKey: { type: 'apiKey', in: 'header', name: 'Authorization', description: 'pk_test_… or pk_live_… (widget; sees only the orders of its mode)' },
        publicKeyInAddress: { type: 'apiKey', in: 'query', name: 'key', description: 'GET only: a public key (pk_test_…, pk_live_…) in the address, so the browser sends the read with no CORS preflight; the Authorization header wins when both are given; one key only (twice: 400 invalid_request); a secret key in any address is refused with 400 invalid_request, whatever else authenticates' },
        dashboardSession: { type: 'apiKey', in: 'cookie', name: 'sg_dashboard_session', description: 'Dashboard session (POST /v1/dashboard/session); state-changing requests also send X-CSRF-Token' },
      },
    },
    paths,
  };
}

/** The dashboard's endpoints as mock-server/openapi.ts describes them (session cookie; docs/DASHBOARD.md). */
import { PlatformPatch, RefundInput } from '../schemas/requests.ts';
import { ModeInput, PaymentLinkInput, SendLinkInput, SignInInput, WithdrawalInput } from './schemas.ts';

const FILTERS = {
  q: 'an order id, or part of a trackId or an email (case-insensitive)',
  status: 'order status',
  module: "the order's ux",
  paymentMethod: 'orders paid with this method; only its operations are counted and exported',
  from: 'first UTC day of creation, YYYY-MM-DD',
  to: 'last UTC day of creation, YYYY-MM-DD',
};

export const DASHBOARD_ENDPOINTS = [
  { method: 'post', path: '/v1/dashboard/session', summary: 'Dashboard: sign in with a seeded account {email, password}; sets the HttpOnly SameSite=Strict session cookie and answers the account, its platforms and the CSRF token. 401 wrong credentials, 429 after 5 failures per email and address, or 20 per email from all addresses, in 15 minutes (Retry-After)', access: 'open', body: SignInInput },
  { method: 'get', path: '/v1/dashboard/session', summary: 'Dashboard: the signed-in account, its platforms, permissions and CSRF token; 401 session_expired', access: 'session' },
  { method: 'post', path: '/v1/dashboard/session/mode', summary: 'Dashboard: the environment switch, {"mode": "sandbox" | "live"}: kept in the session; every later page, API call and export of the session shows that mode\'s data only (production: the live keys\' orders, keys, withdrawals) (header X-CSRF-Token)', access: 'session', body: ModeInput },
  { method: 'delete', path: '/v1/dashboard/session', summary: 'Dashboard: sign out (header X-CSRF-Token)', access: 'session' },
  { method: 'get', path: '/v1/dashboard/platforms/{id}/orders', summary: "Dashboard: a platform's orders, filtered, with the totals of every page (orders, operations, cents per operation type); hasPrevious says orders come before the page (endingBefore its first id pages back), as hasMore says some come after it", access: 'session', paged: true, query: { ...FILTERS, endingBefore: 'an order id: the page of `limit` orders just before it (the previous page), instead of startingAfter' } },
  { method: 'get', path: '/v1/dashboard/platforms/{id}/operations.csv', summary: 'Dashboard: CSV export, one row per operation of the orders the filters select (all pages)', access: 'session', query: FILTERS },
  { method: 'get', path: '/v1/dashboard/orders/{id}', summary: 'Dashboard: an order with its transactions and their operations, webhook deliveries, messages, links, refundable amount', access: 'session' },
  { method: 'get', path: '/v1/dashboard/transactions/{id}', summary: 'Dashboard: a transaction with its operations, card summary and recovery link', access: 'session' },
  { method: 'post', path: '/v1/dashboard/orders/{id}/refund', summary: 'Dashboard: refund the order, all ({}) or an amount (header X-CSRF-Token)', access: 'session', body: RefundInput },
  { method: 'post', path: '/v1/dashboard/orders/{id}/cancel', summary: 'Dashboard: cancel what is not captured (header X-CSRF-Token)', access: 'session' },
  { method: 'post', path: '/v1/dashboard/transactions/{id}/refund', summary: 'Dashboard: refund one transaction, all or an amount (header X-CSRF-Token)', access: 'session', body: RefundInput },
  { method: 'get', path: '/v1/dashboard/platforms/{id}/settings', summary: "Dashboard: a platform's credentials (secret and webhook secret masked), webhook URL and module settings", access: 'session' },
  { method: 'post', path: '/v1/dashboard/platforms/{id}/credentials/reveal', summary: "Dashboard: the platform's secret key and webhook secret in full (header X-CSRF-Token)", access: 'session' },
  { method: 'patch', path: '/v1/dashboard/platforms/{id}', summary: "Dashboard: set the platform's webhook URL; organization admins only, 403 for a platform admin (header X-CSRF-Token)", access: 'session', body: PlatformPatch },
  { method: 'get', path: '/v1/dashboard/platforms/{id}/withdrawals', summary: "Dashboard: the platform's balance per currency (captured - refunded - withdrawn; ANCV excluded; pay later and financed installments in full at confirmation) and its withdrawals, newest first", access: 'session' },
  { method: 'post', path: '/v1/dashboard/platforms/{id}/withdrawals', summary: 'Dashboard: withdraw an amount (default: the whole balance) of a currency (default EUR); a withdrawal operation linked to no transaction (header X-CSRF-Token)', access: 'session', body: WithdrawalInput },
  { method: 'post', path: '/v1/dashboard/platforms/{id}/payment-links', summary: 'Dashboard: + Create a payment link: creates the order (any module of the platform) and sends its link by email and/or SMS when asked; items[] ({name?, amount, quantity?}, at most 50) must add up to the amount (400 items otherwise); the phone is read as E.164, a French national number as +33; expiresInDays (1-365, optional): after that no payment is taken (409 link_expired) and the hosted page says the link expired (header X-CSRF-Token)', access: 'session', body: PaymentLinkInput },
  { method: 'post', path: '/v1/dashboard/orders/{id}/send-link', summary: "Dashboard: send the order's payment link again (same order), by email and/or SMS (header X-CSRF-Token)", access: 'session', body: SendLinkInput },
] as const;

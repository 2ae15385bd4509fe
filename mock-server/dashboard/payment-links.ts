/**
 * Pay by link from the dashboard (seed 004): "+ Create a payment link" creates the order for any module of the platform
 * and, when asked, sends its payment page link by email and/or SMS through the outbox (the API's `sendLinkConfig`);
 * "send again" on an order sends the same link, creating no second order. Fields it cannot take are refused at the
 * field (an amount of 0, a malformed email or phone, a channel without its address) and nothing is created.
 */
import type { HttpHandler } from 'msw';
import type * as z from 'zod/mini';
import { currenciesFor } from '../domain/currencies.ts';
import { invalid } from '../domain/errors.ts';
import type { Platform } from '../seed.ts';
import { assertLinkValid, createOrder, publicOrder, sendPaymentLink } from '../domain/orders.ts';

const DAY = 24 * 60 * 60 * 1000;
import type { SandboxRuntime } from '../runtime.ts';
import { dashboardEndpoint } from './kit.ts';
import { PaymentLinkInput, SendLinkInput } from './schemas.ts';
import { orderInScope, platformFor } from './scope.ts';

/**
 * A phone number in E.164 (`+33612345678`): spaces, dots, dashes and brackets are ignored, and a French national number
 * (`06 12 34 56 78`) is read as +33. Null when it is neither.
 */
export function normalisePhone(raw: string): string | null {
  const compact = raw.replace(/[\s.\-()]/g, '');
  if (/^0[1-9]\d{8}$/.test(compact)) return `+33${compact.slice(1)}`;
  return /^\+[1-9]\d{7,14}$/.test(compact) ? compact : null;
}

type Channel = 'email' | 'sms';

/** The channels asked for and their addresses; 400 naming each field that is missing or malformed. */
function sendConfig(input: { sendByEmail?: boolean | undefined; sendBySms?: boolean | undefined; email?: string | undefined; phone?: string | undefined }) {
  const errors: string[] = [];
  const channels: Channel[] = [];
  if (input.sendByEmail) {
    channels.push('email');
    if (!input.email) errors.push('email: enter the email to send the link to');
  }
  let phone: string | null = null;
  if (input.sendBySms) {
    channels.push('sms');
    phone = input.phone ? normalisePhone(input.phone) : null;
    if (!phone) errors.push(input.phone ? 'phone: enter a phone number such as +33612345678' : 'phone: enter the phone number to send the link to');
  }
  if (errors.length) throw invalid(errors);
  return channels.length ? { channels, ...(input.email ? { email: input.email } : {}), ...(phone ? { phone } : {}) } : null;
}

/** Items, when given, compose the amount (seed 004): 400 at the `items` field otherwise, before anything is created. */
function assertItemsCompose(body: z.infer<typeof PaymentLinkInput>): void {
  if (!body.items?.length) return;
  const total = body.items.reduce((sum, item) => sum + item.amount * (item.quantity ?? 1), 0);
  if (total !== body.amount) throw invalid(`items: the items add up to ${total} cents, not the amount of ${body.amount} cents`);
}

/** A currency the chosen module does not take is refused at its field, as the form offers only those it takes. */
function assertCurrencyTaken(platform: Platform, body: z.infer<typeof PaymentLinkInput>): void {
  if (body.currency === undefined) return;
  const ux = body.ux ?? platform.settings.uxs[0] ?? 'single';
  const taken = currenciesFor(ux);
  if (!taken.includes(body.currency)) {
    throw invalid(`currency: a ${ux} order takes ${taken.length === 1 ? `${taken[0]} only` : 'ISO 4217 currencies in use'}, not ${body.currency}`);
  }
}

function orderInput(body: z.infer<typeof PaymentLinkInput>) {
  const { sendByEmail: _email, sendBySms: _sms, phone: _phone, expiresInDays: _expiry, items, ...fields } = body;
  const kept = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && value !== '')) as Omit<typeof body, 'sendByEmail' | 'sendBySms' | 'phone' | 'expiresInDays' | 'items'>;
  // An empty name is no name (the form sends what the row holds).
  return { ...kept, ...(items?.length ? { items: items.map(({ name, ...item }) => (name ? { name, ...item } : item)) } : {}) };
}

export function paymentLinkHandlers(runtime: SandboxRuntime): HttpHandler[] {
  return [
    dashboardEndpoint(runtime, 'post', '/v1/dashboard/platforms/:id/payment-links', { body: PaymentLinkInput, permission: 'createLinks' }, ({ ctx, user, params, body }) => {
      const platform = platformFor(ctx.tx, user, params.id ?? '');
      assertCurrencyTaken(platform, body);
      const config = sendConfig(body);
      assertItemsCompose(body);
      const order = createOrder(ctx, platform, orderInput(body));
      // The expiry is set before the link leaves, so that the message can say until when it can be paid.
      if (body.expiresInDays !== undefined) order.linkExpiresAt = ctx.now + body.expiresInDays * DAY;
      if (config) sendPaymentLink(ctx, order, config);
      return { ...publicOrder(ctx, order), ...(order.linkExpiresAt === undefined ? {} : { linkExpiresAt: order.linkExpiresAt }) };
    }),
    dashboardEndpoint(runtime, 'post', '/v1/dashboard/orders/:id/send-link', { body: SendLinkInput, permission: 'createLinks' }, ({ ctx, user, params, body }) => {
      const order = orderInScope(ctx.tx, user, params.id ?? '');
      if (order.status !== 'initiated' && order.status !== 'pending') throw invalid(`This order is ${order.status}: its payment link has nothing left to pay`);
      assertLinkValid(ctx, order);
      const config = sendConfig({ ...body, email: body.email ?? order.email });
      if (!config) throw invalid('Choose email, SMS or both');
      sendPaymentLink(ctx, order, config);
      return { sent: config.channels, orderId: order.id };
    }),
  ];
}

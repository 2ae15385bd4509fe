/** Request bodies of the dashboard's endpoints (zod/mini, readable English messages as the API's). */
import * as z from 'zod/mini';
import { UX_VALUES } from '../../src/core/schemas.ts';
import { MAX_CENTS } from '../schemas/requests.ts';

/** One item of a payment link: a name, its unit amount in cents (above zero) and a quantity (default 1). */
export const PaymentLinkItem = z.object({
  name: z.optional(z.string().check(z.maxLength(200, 'at most 200 characters'))),
  amount: z.int('enter an amount in cents').check(z.minimum(1, 'enter an amount above zero'), z.maximum(MAX_CENTS)),
  quantity: z.optional(z.int('a whole number').check(z.minimum(1, 'at least 1'), z.maximum(999, 'at most 999'))),
});

export const SignInInput = z.object({
  email: z.string().check(z.minLength(1, 'enter your email'), z.maxLength(320)),
  password: z.string().check(z.minLength(1, 'enter your password'), z.maxLength(1000)),
});

/** The environment switch: `sandbox` (test keys' data) or `live` (production: the live keys' data). */
export const ModeInput = z.object({ mode: z.enum(['sandbox', 'live'], 'mode: sandbox or live') });

/** A withdrawal: `amount` in cents (default: the whole balance), `currency` (default EUR). */
export const WithdrawalInput = z.object({
  amount: z.optional(z.int().check(z.minimum(1, 'at least 1 cent'), z.maximum(MAX_CENTS))),
  currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as EUR'))),
});

/**
 * "+ Create a payment link" (seed 004, "Pay by link"): the order's module, amount (cents, above zero), reference and
 * buyer, and whether to send the link by email and/or SMS now. The phone is checked and normalised by the endpoint.
 */
export const PaymentLinkInput = z.object({
  ux: z.optional(z.enum(UX_VALUES)),
  amount: z.int('enter an amount in cents').check(z.minimum(1, 'enter an amount above zero'), z.maximum(MAX_CENTS)),
  trackId: z.optional(z.string().check(z.maxLength(500))),
  email: z.optional(z.email('enter an email such as ada@example.com')),
  firstName: z.optional(z.string().check(z.maxLength(500))),
  lastName: z.optional(z.string().check(z.maxLength(500))),
  phone: z.optional(z.string().check(z.maxLength(40))),
  locale: z.optional(z.enum(['en', 'fr'])),
  /** ISO 4217, default EUR; one of those the chosen module takes (domain/currencies.ts); `amount` in its minor units. */
  currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/, 'currency: an ISO 4217 code such as EUR'))),
  sendByEmail: z.optional(z.boolean()),
  sendBySms: z.optional(z.boolean()),
  /** Days the link can be paid, from its creation (sandbox clock); none: it never expires. */
  /** What the amount is made of (seed 004: "items composing the total amount to pay"): they must add up to it. */
  items: z.optional(z.array(PaymentLinkItem).check(z.maxLength(50, 'at most 50 items'))),
  expiresInDays: z.optional(z.int('expiresInDays: a whole number of days').check(z.minimum(1, 'expiresInDays: at least 1 day'), z.maximum(365, 'expiresInDays: at most 365 days'))),
});

/** "Send again" on an order: the same link, by email and/or SMS, to the order's email or the given ones. */
export const SendLinkInput = z.object({
  sendByEmail: z.optional(z.boolean()),
  sendBySms: z.optional(z.boolean()),
  email: z.optional(z.email('enter an email such as ada@example.com')),
  phone: z.optional(z.string().check(z.maxLength(40))),
});

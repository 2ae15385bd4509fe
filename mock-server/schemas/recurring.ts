/**
 * Request bodies of recurring payments (customers, products, subscriptions; seed "Recurring payments" and
 * "Subscriptions"). Field names as in the seed; `subscription {period, interval}` as on a seed's subscription product.
 */
import * as z from 'zod/mini';
import { CardInput, epochMs, positiveCents, cents, shortText, url } from './requests.ts';

export const PERIODS = ['daily', 'monthly', 'yearly'] as const;

const period = z.enum(PERIODS, { error: 'period must be daily, monthly or yearly' });
/** How many periods between two cycles: 1 to 1000 (a yearly interval of 1000 stays inside a JavaScript Date). */
const interval = z.int({ error: 'interval must be a positive integer' }).check(z.minimum(1, 'interval must be a positive integer'), z.maximum(1000));
const Recurrence = z.object({ period, interval: z._default(interval, 1) });
const email = z.email();
const phone = z.string().check(z.regex(/^\+?[0-9 ]{6,20}$/, 'phone must be digits, optionally starting with +'));
const name = z.string().check(z.minLength(1), z.maxLength(200));

export const CustomerInput = z.object({
  email: z.optional(email),
  firstName: z.optional(shortText),
  lastName: z.optional(shortText),
  phone: z.optional(phone),
  trackId: z.optional(shortText),
});
export type CustomerInput = z.infer<typeof CustomerInput>;

/** Changes the given fields; `defaultMethodId` makes one of its saved methods the default. */
export const CustomerPatch = z.object({ ...CustomerInput.def.shape, defaultMethodId: z.optional(z.string().check(z.maxLength(100))) });
export type CustomerPatch = z.infer<typeof CustomerPatch>;

export const ProductInput = z.object({
  name,
  amount: cents,
  currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/, 'currency must be an ISO 4217 code such as EUR'))),
  description: z.optional(shortText),
  trackId: z.optional(shortText),
  subscription: z.optional(Recurrence),
});
export type ProductInput = z.infer<typeof ProductInput>;

export const ProductPatch = z.object({
  name: z.optional(name),
  amount: z.optional(cents),
  description: z.optional(shortText),
  trackId: z.optional(shortText),
  subscription: z.optional(z.nullable(z.object({ period, interval }))),
});
export type ProductPatch = z.infer<typeof ProductPatch>;

/** An item: its own values, or `productId` whose product fills the keys not given (copied once, at creation). */
export const SubscriptionItemInput = z.object({
  productId: z.optional(z.string().check(z.maxLength(100))),
  name: z.optional(name),
  amount: z.optional(cents),
  quantity: z.optional(z.int().check(z.minimum(1), z.maximum(1_000_000))),
  description: z.optional(shortText),
  trackId: z.optional(shortText),
  subscription: z.optional(Recurrence),
});
export type SubscriptionItemInput = z.infer<typeof SubscriptionItemInput>;

export const ScheduleInput = z.object({
  startAt: z.optional(epochMs),
  endAt: z.optional(z.nullable(epochMs)),
  period,
  interval: z._default(interval, 1),
});

export const SubscriptionInput = z.object({
  amount: z.optional(positiveCents),
  currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/, 'currency must be an ISO 4217 code such as EUR'))),
  locale: z.optional(z.string().check(z.regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'locale must look like en or fr-FR'))),
  customerId: z.optional(z.string().check(z.maxLength(100))),
  email: z.optional(email),
  /** The invoice links also go by SMS to this number. */
  phone: z.optional(phone),
  firstName: z.optional(shortText),
  lastName: z.optional(shortText),
  trackId: z.optional(shortText),
  notifyUrl: z.optional(url),
  items: z.optional(z.array(SubscriptionItemInput).check(z.maxLength(100))),
  schedule: ScheduleInput,
  debitAuto: z.optional(z.boolean()),
});
export type SubscriptionInput = z.infer<typeof SubscriptionInput>;

/** Pricing, items and schedule (seed "Subscription management"): each part given replaces the current one. */
export const SubscriptionPatch = z.object({
  amount: z.optional(positiveCents),
  items: z.optional(z.array(SubscriptionItemInput).check(z.maxLength(100))),
  schedule: z.optional(z.object({ startAt: z.optional(epochMs), endAt: z.optional(z.nullable(epochMs)), period: z.optional(period), interval: z.optional(interval) })),
  debitAuto: z.optional(z.boolean()),
  email: z.optional(email),
  phone: z.optional(phone),
  firstName: z.optional(shortText),
  lastName: z.optional(shortText),
  trackId: z.optional(shortText),
});
export type SubscriptionPatch = z.infer<typeof SubscriptionPatch>;

/** The hosted update-card page: a new card for the subscription's customer (3-D Secure answered with `threeDS`). */
export const UpdateCardInput = z.object({ card: CardInput });
export const UpdateCardThreeDS = z.object({ verificationId: z.string().check(z.maxLength(100)), outcome: z.enum(['approve', 'refuse']) });

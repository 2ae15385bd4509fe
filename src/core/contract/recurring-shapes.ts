/**
 * What the hosted update-card page reads (recurring payments; docs/API.md "Update-card page"): the subscription behind
 * the link, and the answer to a saved card. Written once here, like the other shapes (shapes.ts).
 */
import { cents, epochMs, nullable, object, oneOf, optional, string, type Infer } from './shape.ts';

export const SUBSCRIPTION_STATUSES = ['initiated', 'active', 'unpaid', 'canceled', 'ended'] as const;

/** A saved card as the buyer may see it: brand, last 4 digits, expiry (never the number). */
export const SavedCardShape = object({ paymentMethod: string, last4: string, expiryMonth: string, expiryYear: string });

/** `GET /v1/hosted/subscriptions/{id}`: no key, the subscription id in the emailed link is the capability. */
export const HostedSubscriptionShape = object({
  subscriptionId: string,
  publicKey: string,
  locale: string,
  platformName: string,
  status: oneOf(SUBSCRIPTION_STATUSES),
  /** What the next cycle costs, in cents. */
  amount: cents,
  currency: string,
  /** When the next cycle is debited (epoch ms), or null when none is left. */
  nextCycleAt: nullable(epochMs),
  /** The card debited now, or null when none is saved. */
  card: nullable(SavedCardShape),
});

/**
 * `POST /v1/subscriptions/{id}/card` and `POST /v1/subscriptions/{id}/card/3ds`: `saved` (the new default card), or
 * `challenge` with the `verificationId` to answer after the bank's 3-D Secure page.
 */
export const CardUpdateShape = object({ status: oneOf(['saved', 'challenge']), verificationId: optional(string), card: SavedCardShape });

export type HostedSubscription = Infer<typeof HostedSubscriptionShape>;
export type CardUpdate = Infer<typeof CardUpdateShape>;

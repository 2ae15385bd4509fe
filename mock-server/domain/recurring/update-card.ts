/**
 * The hosted update-card page behind the card-expiry email (seed "Subscription recovery", 3 "Card expiry prevention":
 * "a link for him to update his payment method"). The buyer gives a new card; the sandbox's bank verifies it without
 * taking money (a card that asks for 3-D Secure waits for the buyer's answer on the simulated bank page; a declined card
 * is refused), and it becomes the default method of the subscription's customer, debited from the next attempt on.
 */
import type { CardInput } from '../../schemas/requests.ts';
import type { CustomerMethodRecord, SubscriptionRecord } from '../../state.ts';
import { cardProfile, checkCard } from '../cards.ts';
import type { DomainContext } from '../context.ts';
import { conflict, DomainError } from '../errors.ts';
import { newId } from '../ids.ts';
import { platformById, publicKeyFor } from '../platforms.ts';
import { modeOf } from '../../store/tables.ts';
import { liveDecline, liveDeclineError } from '../live-mode.ts';
import { createCustomer, defaultMethod, saveCard } from './customers.ts';
import { cycleAmount } from './cycles.ts';

type SavedCard = Pick<CustomerMethodRecord['card'], 'paymentMethod' | 'last4' | 'expiryMonth' | 'expiryYear'>;

const shown = ({ paymentMethod, last4, expiryMonth, expiryYear }: SavedCard): SavedCard => ({ paymentMethod, last4, expiryMonth, expiryYear });

/** What the page needs to render: `GET /v1/hosted/subscriptions/{id}` (HostedSubscriptionShape). */
export function hostedSubscription(ctx: DomainContext, subscription: SubscriptionRecord): Record<string, unknown> {
  const platform = platformById(ctx.tx, subscription.platformId);
  const customer = subscription.customerId ? ctx.tx.customers.get(subscription.customerId) : undefined;
  const method = customer && defaultMethod(customer);
  return {
    subscriptionId: subscription.id,
    publicKey: publicKeyFor(platform, modeOf(subscription)),
    locale: subscription.locale,
    platformName: platform.name,
    status: subscription.status,
    amount: cycleAmount(subscription, subscription.cycleRank + 1),
    currency: subscription.currency,
    nextCycleAt: subscription.nextCycleAt,
    card: method ? shown(method.card) : null,
  };
}

function assertUpdatable(subscription: SubscriptionRecord): void {
  if (subscription.status === 'canceled' || subscription.status === 'ended') {
    throw conflict('subscription_closed', `This subscription is ${subscription.status}: there is no card to update`);
  }
}

function save(ctx: DomainContext, subscription: SubscriptionRecord, card: CustomerMethodRecord['card'], profile: CustomerMethodRecord['cardProfile']): Record<string, unknown> {
  let customer = subscription.customerId ? ctx.tx.customers.get(subscription.customerId) : undefined;
  if (!customer) {
    customer = createCustomer(ctx, platformById(ctx.tx, subscription.platformId), { email: subscription.email, firstName: subscription.firstName, lastName: subscription.lastName });
    subscription.customerId = customer.id;
  }
  saveCard(ctx, customer, card, profile);
  delete subscription.cardVerification;
  subscription.updatedAt = ctx.now;
  return { status: 'saved', card: shown(card) };
}

/** A new card from the page (CardUpdateShape): saved at once, or held for 3-D Secure; 402 when the bank declines it. */
export function updateCard(ctx: DomainContext, subscription: SubscriptionRecord, input: CardInput): Record<string, unknown> {
  assertUpdatable(subscription);
  const summary = checkCard(input, ctx.now);
  const live = liveDecline(ctx, { cardNumber: input.number });
  if (live) throw liveDeclineError(live);
  const profile = cardProfile(input.number);
  if (profile === 'declined') throw new DomainError(402, 'card_declined', 'The bank declined this card');
  const card = { ...(summary.bin ? { bin: summary.bin } : {}), last4: summary.last4, expiryMonth: summary.expiryMonth, expiryYear: summary.expiryYear, paymentMethod: summary.brand };
  if (profile !== 'challenge') return save(ctx, subscription, card, profile);
  const verification = { id: newId('auth'), card, cardProfile: profile, createdAt: ctx.now };
  subscription.cardVerification = verification;
  return { status: 'challenge', verificationId: verification.id, card: shown(card) };
}

/** The buyer's 3-D Secure answer for the card held by `updateCard`; a refusal saves nothing (402 authentication_failed). */
export function answerCardChallenge(ctx: DomainContext, subscription: SubscriptionRecord, verificationId: string, outcome: 'approve' | 'refuse'): Record<string, unknown> {
  assertUpdatable(subscription);
  const pending = subscription.cardVerification;
  if (!pending || pending.id !== verificationId) throw conflict('no_challenge_pending', 'No card of this subscription is waiting for a 3-D Secure answer');
  if (outcome === 'refuse') {
    delete subscription.cardVerification;
    return { refused: true };
  }
  return save(ctx, subscription, pending.card, pending.cardProfile);
}

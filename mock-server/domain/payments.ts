/**
 * A buyer pays: the one path shared by the widget, the hosted pages and the browserless sandbox `pay`. The bank's answer
 * comes from the sandbox test cards; 3-D Secure stops the payment until the buyer answers the challenge.
 */
import type { Platform } from '../seed.ts';
import type { PaymentInput } from '../schemas/requests.ts';
import type { OrderRecord, TransactionRecord } from '../state.ts';
import { cardProfile, checkCard } from './cards.ts';
import type { DomainContext } from './context.ts';
import { conflict, DomainError, invalid, KeptRefusal } from './errors.ts';
import { definedFields } from './fields.ts';
import { newId } from './ids.ts';
import { rulesFor } from './modules/index.ts';
import { platformById } from './platforms.ts';
import { authorize, fail, voidTransaction } from './transactions.ts';
import { LIVE_DECLINE_MESSAGES, liveDecline, paymentFunding, type LiveDeclineReason } from './live-mode.ts';
import { amountToCollect, assertLinkOpen } from './orders.ts';
import { startAncvPayment } from './ancv.ts';
import { startSddPayment } from './sdd.ts';
import { startPisPayment } from './pis.ts';
import { isWalletMethod, WALLET_NAMES } from '../../src/core/wallets.ts';
import type { AmazonSessionRecord } from '../state.ts';
import { amazonFunding, assertAmazonSessionPays, closeAmazonSession, walletNotEnabled, walletTokenFunding, type WalletFunding } from './wallets.ts';

export type DeclineReason = 'card_declined' | 'insufficient_funds' | 'authentication_failed' | LiveDeclineReason;

export const DECLINE_MESSAGES: Record<DeclineReason, string> = {
  card_declined: 'The card was declined by the bank',
  insufficient_funds: 'The card was declined: insufficient funds',
  authentication_failed: 'The 3-D Secure authentication was refused',
  ...LIVE_DECLINE_MESSAGES,
};

export function startPayment(ctx: DomainContext, platform: Platform, order: OrderRecord, input: PaymentInput): TransactionRecord {
  // An expired payment link takes no first payment, whatever the method (dashboard pay by link); recovery, balance and
  // co-buyers' payments of an order confirmed in time are not the link's.
  assertLinkOpen(ctx, order);
  // A wallet the platform did not enable is a 409 that says how to get it (seed 004: "Ask success@sharegroop.com").
  if (isWalletMethod(input.method) && !platform.settings.paymentMethods.includes(input.method)) throw walletNotEnabled(input.method);
  if (!platform.settings.paymentMethods.includes(input.method)) {
    throw invalid(`method: this platform accepts ${platform.settings.paymentMethods.join(', ')}`);
  }
  // Live mode's bank declines every payment, test data first (domain/live-mode.ts), before any method's own path.
  const live = liveDecline(ctx, paymentFunding(input));
  if (live) return declinedInLiveMode(ctx, order, input, live);
  // Each method has its own path; the card path below is the one every module shares, wallets included.
  if (input.method === 'ancv') return startAncvPayment(ctx, platform, order, input);
  if (input.method === 'sdd') return startSddPayment(ctx, platform, order, input);
  if (input.method === 'pis') return startPisPayment(ctx, order, input);
  const { card, profile, amazon } = funding(ctx, order, input);
  const plan = rulesFor(order.ux).planPayment(ctx, platform, order, input);
  if (amazon) assertAmazonSessionPays(order, amazon, plan.share ?? plan.amount, plan.scheduleChoice);
  const payer = input.payer ?? {};
  const transaction: TransactionRecord = {
    id: newId('auth'),
    orderId: order.id,
    amount: plan.amount,
    amountCaptured: 0,
    amountRefunded: 0,
    status: 'pendingAuthorization',
    paymentMethod: input.method,
    createdAt: ctx.now,
    card,
    cardProfile: profile,
    role: plan.role,
  };
  const forCobuyer = plan.role === 'cobuyer';
  Object.assign(
    transaction,
    definedFields({
      // A co-buyer is not the buyer the merchant named on the order.
      email: payer.email ?? (forCobuyer ? undefined : order.email),
      firstName: payer.firstName ?? (forCobuyer ? undefined : order.firstName),
      lastName: payer.lastName ?? (forCobuyer ? undefined : order.lastName),
      itemIds: plan.itemIds,
      share: plan.share,
      chosenUx: plan.chosenUx,
      scheduleChoice: plan.scheduleChoice,
    }),
  );
  ctx.tx.transactions.put(transaction);
  order.updatedAt = ctx.now;

  if (transaction.cardProfile === 'declined') fail(ctx, transaction, 'card_declined');
  else if (transaction.cardProfile === 'insufficientFunds') fail(ctx, transaction, 'insufficient_funds');
  else if (transaction.cardProfile === 'challenge' || order.secure3D) transaction.threeDS = { status: 'required' };
  else completeAuthorization(ctx, order, transaction);
  if (amazon) closeAmazonSession(amazon, transaction);
  return transaction;
}

/**
 * A payment live mode declines: recorded as a failed transaction (its `transaction.failed` webhook, the merchant's
 * dashboard shows it) for what the buyer asked (`amount`, else what the order still collects). A malformed card is
 * still a 400 first, as in the sandbox; nothing is authorised, no mandate signed, no session opened.
 */
function declinedInLiveMode(ctx: DomainContext, order: OrderRecord, input: PaymentInput, reason: LiveDeclineReason): TransactionRecord {
  const card = input.method === 'card' && input.card ? checkCard(input.card, ctx.now) : undefined;
  const payer = input.payer ?? {};
  const transaction: TransactionRecord = {
    id: newId('auth'),
    orderId: order.id,
    amount: input.amount ?? amountToCollect(order),
    amountCaptured: 0,
    amountRefunded: 0,
    status: 'pendingAuthorization',
    paymentMethod: input.method,
    createdAt: ctx.now,
    ...definedFields({ card, email: payer.email ?? order.email, firstName: payer.firstName ?? order.firstName, lastName: payer.lastName ?? order.lastName }),
  };
  ctx.tx.transactions.put(transaction);
  order.updatedAt = ctx.now;
  fail(ctx, transaction, reason);
  return transaction;
}

/**
 * The card a payment runs on: typed in the card form, read from a wallet's token, or chosen by the buyer in an Amazon
 * Pay checkout session. What the platform keeps is the card summary and the sandbox bank's profile, never the number,
 * the security code or a wallet token.
 */
function funding(ctx: DomainContext, order: OrderRecord, input: PaymentInput): WalletFunding & { amazon?: AmazonSessionRecord } {
  if (input.method === 'card') {
    if (!input.card) throw invalid('card: the card details are required to pay by card');
    return { card: checkCard(input.card, ctx.now), profile: cardProfile(input.card.number) };
  }
  if (input.method === 'applepay' || input.method === 'googlepay') {
    if (!input.wallet) throw invalid(`wallet: the ${WALLET_NAMES[input.method]} token is required (wallet.token)`);
    return walletTokenFunding(input.method, input.wallet.token, ctx.now);
  }
  if (input.method === 'amazonpay') {
    const { session, funding: found } = amazonFunding(ctx, order, input.amazonCheckoutSessionId);
    return { ...found, amazon: session };
  }
  throw conflict('method_not_available', `Paying by ${input.method} is not available in this sandbox yet`);
}

export function answerThreeDS(ctx: DomainContext, transaction: TransactionRecord, outcome: 'approve' | 'refuse'): void {
  if (transaction.status !== 'pendingAuthorization' || transaction.threeDS?.status !== 'required') {
    throw conflict('no_challenge_pending', 'This payment is not waiting for a 3-D Secure answer');
  }
  const order = ctx.tx.orders.get(transaction.orderId);
  if (!order) throw new Error(`transaction ${transaction.id} has no order`);
  if (outcome === 'refuse') {
    transaction.threeDS = { status: 'refused' };
    fail(ctx, transaction, 'authentication_failed');
    return;
  }
  transaction.threeDS = { status: 'approved' };
  const refusal = staleRefusal(ctx, order, transaction);
  if (refusal) {
    // While the buyer was at their bank the order moved on (others paid, the clock collected an installment): the bank
    // authorises nothing and the attempt ends now, voided as seed 004 voids the transactions no longer awaited, rather
    // than waiting `pendingAuthorization` for a later payment to give it up. The 409 says why; the void is kept.
    voidTransaction(ctx, transaction);
    order.updatedAt = ctx.now;
    throw new KeptRefusal(refusal);
  }
  applyAuthorization(ctx, order, transaction);
}

/** The module's last check before the bank authorises (`beforeAuthorization`): null when the order still takes it. */
function staleRefusal(ctx: DomainContext, order: OrderRecord, transaction: TransactionRecord): DomainError | null {
  try {
    rulesFor(order.ux).beforeAuthorization?.(ctx, order, transaction);
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

/** What else follows an authorisation, whatever the module (tokenisation, a paid invoice): see `onAuthorization`. */
type AuthorizationListener = (ctx: DomainContext, order: OrderRecord, transaction: TransactionRecord) => void;
const authorizationListeners: AuthorizationListener[] = [];

/** Runs `listener` after every authorisation, once the module applied it (registered once, in domain/modules/register.ts). */
export function onAuthorization(listener: AuthorizationListener): void {
  if (!authorizationListeners.includes(listener)) authorizationListeners.push(listener);
}

/** The bank authorises `transaction`: the module applies it to the order, then every `onAuthorization` listener runs. */
export function completeAuthorization(ctx: DomainContext, order: OrderRecord, transaction: TransactionRecord): void {
  rulesFor(order.ux).beforeAuthorization?.(ctx, order, transaction);
  applyAuthorization(ctx, order, transaction);
}

function applyAuthorization(ctx: DomainContext, order: OrderRecord, transaction: TransactionRecord): void {
  authorize(ctx, transaction);
  rulesFor(order.ux).afterAuthorization(ctx, platformById(ctx.tx, order.platformId), order, transaction);
  for (const listener of authorizationListeners) listener(ctx, order, transaction);
}

export function declineReason(transaction: TransactionRecord): DeclineReason | null {
  return transaction.status === 'failed' && transaction.declineReason && transaction.declineReason in DECLINE_MESSAGES
    ? (transaction.declineReason as DeclineReason)
    : null;
}

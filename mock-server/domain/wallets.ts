/**
 * Wallets (seed 004, "Apple Pay", "Google Pay", "Amazon Pay"): what card a wallet pays with, and Amazon Pay's checkout
 * sessions. The payment itself is the card path of `payments.ts` (same lifecycle, 3-D Secure, refunds, webhooks) with
 * `paymentMethod` set to the wallet.
 *
 * Tokens: a simulated sheet sends `sandbox:<test card number>`; a real device's token (Apple Pay `paymentData`, Google
 * Pay `tokenizationData.token`) cannot be decrypted by a mock, so the sandbox treats it as the approved test card, as
 * the seed says for Google Pay ("the sandbox will be setup for tests, no real payments will be made on your card").
 * Neither is stored nor logged: the transaction keeps the card summary only.
 */
import type { CardSummary } from '../../src/core/schemas.ts';
import {
  AMAZON_SESSION_TTL_MS,
  SANDBOX_TOKEN_PREFIX,
  WALLET_NAMES,
  type AmazonTestMethod,
  type WalletMethod,
} from '../../src/core/wallets.ts';
import type { Platform } from '../seed.ts';
import type { AmazonSessionRecord, CardProfile, OrderRecord, ScheduleChoice, TransactionRecord } from '../state.ts';
import { cardBrand, cardProfile, TEST_CARDS } from './cards.ts';
import type { DomainContext } from './context.ts';
import { conflict, invalid, notFound } from './errors.ts';
import { newId } from './ids.ts';
import { assertLinkOpen, formatCents, isSplitUx } from './orders.ts';
import { assertOpen as assertSplitOpen } from './modules/split.ts';
import { assertOrderPayable } from './modules/shared.ts';
import { settlementDue } from './modules/installments-settlement.ts';
import { registerDueWork } from './scheduler.ts';

/** The card a wallet payment runs on, as the platform may keep it, and how the sandbox bank treats it. */
export interface WalletFunding {
  card: CardSummary;
  profile: CardProfile;
}

/** Wallet cards never expire within a test: three years from the sandbox clock (a device holds a current card). */
function summary(number: string, now: number, last4 = number.slice(-4)): CardSummary {
  return {
    brand: cardBrand(number),
    ...(number.length >= 16 ? { bin: number.slice(0, 6) } : {}),
    last4,
    expiryMonth: '12',
    expiryYear: String(new Date(now).getUTCFullYear() + 3),
  };
}

/** The card behind an Apple Pay or Google Pay token. 400 when a sandbox token names no sandbox test card. */
export function walletTokenFunding(method: WalletMethod, token: string, now: number): WalletFunding {
  if (!token.startsWith(SANDBOX_TOKEN_PREFIX)) return { card: summary('4242424242424242', now), profile: 'ok' };
  const number = token.slice(SANDBOX_TOKEN_PREFIX.length);
  if (!TEST_CARDS[number]) {
    throw invalid(`wallet.token: a sandbox ${WALLET_NAMES[method]} token names one of the sandbox test cards (sandbox:4242424242424242…)`);
  }
  return { card: summary(number, now), profile: cardProfile(number) };
}

/** Amazon's simulated payment methods, mapped to the sandbox bank's behaviour (1111 approved, 3434 declined). */
const AMAZON_CARDS: Record<Exclude<AmazonTestMethod, '3064'>, string> = { '1111': '4242424242424242', '3434': '4000000000000002' };

export const amazonSessionUrl = (ctx: DomainContext, session: AmazonSessionRecord) => `${ctx.publicUrl}/amazon-pay/${session.id}`;

/** What a checkout session is opened for (`AmazonSessionInput`): the amount shown, and what a settlement page pays. */
export interface AmazonSessionRequest {
  amount?: number | undefined;
  recoverTransactionId?: string | undefined;
  balance?: boolean | undefined;
}

/**
 * Opens an Amazon Pay checkout session for `order`: the buyer answers on the simulated Amazon page within 24 hours.
 * 409 `order_not_payable` for a paid, canceled or refunded order (a split order: once the module takes no payment),
 * `link_expired` once its dashboard payment link has expired before the order's first payment (`linkClosed`): no
 * session is opened that no payment could complete.
 * The recovery and balance pages (`recoverTransactionId`, `balance`) pay a confirmed order: the session opens while
 * that payment is due, for its amount (the same 404/409 as the payment otherwise; 400 for another amount).
 */
export function openAmazonSession(ctx: DomainContext, platform: Platform, order: OrderRecord, request: AmazonSessionRequest = {}): AmazonSessionRecord {
  if (!platform.settings.paymentMethods.includes('amazonpay')) throw walletNotEnabled('amazonpay');
  let { amount } = request;
  let settles: AmazonSessionRecord['settles'];
  if (request.recoverTransactionId !== undefined || request.balance === true) {
    const due = settlementDue(ctx, order, request);
    if (amount !== undefined && amount !== due) throw invalid(`amount: this payment is ${due} cents, not ${amount}`);
    amount = due;
    settles = request.recoverTransactionId !== undefined ? { recovers: request.recoverTransactionId } : { balance: true };
  }
  // A split order stays payable once confirmed (the captain's authorisation holds it; co-buyers still pay their shares).
  else if (isSplitUx(order.ux)) assertSplitOpen(ctx, order);
  else assertOrderPayable(order);
  assertLinkOpen(ctx, order);
  if (amount !== undefined && amount > order.amount) throw invalid(`amount: at most the order's amount, ${order.amount} cents`);
  const session: AmazonSessionRecord = {
    id: newId('amzs'),
    orderId: order.id,
    platformId: platform.id,
    state: 'open',
    createdAt: ctx.now,
    expiresAt: ctx.now + AMAZON_SESSION_TTL_MS,
    ...(amount !== undefined ? { amount } : {}),
    ...(settles ? { settles } : {}),
  };
  ctx.tx.amazonSessions.put(session);
  return session;
}

export function amazonSession(ctx: DomainContext, id: string): AmazonSessionRecord {
  const session = ctx.tx.amazonSessions.get(id);
  if (!session) throw notFound('Checkout session');
  return session;
}

/**
 * 409 `checkout_session_closed` unless the session is open. A session past its 24 hours counts as expired even before
 * the scheduler's next run marks it so (the server's ticker runs each second; a request can fall in between).
 */
function assertOpen(ctx: DomainContext, session: AmazonSessionRecord): void {
  if (session.state === 'open' && ctx.now >= session.expiresAt) {
    throw conflict('checkout_session_closed', 'This Amazon Pay checkout session is canceled (Expired)');
  }
  if (session.state !== 'open') {
    throw conflict('checkout_session_closed', `This Amazon Pay checkout session is ${session.state}${session.reason ? ` (${session.reason})` : ''}`);
  }
}

/** The buyer's answer on the Amazon page: a payment method (3064 is Amazon's simulation of the buyer canceling), or cancel. */
export function answerAmazonSession(ctx: DomainContext, session: AmazonSessionRecord, answer: AmazonTestMethod | 'cancel'): void {
  assertOpen(ctx, session);
  if (answer === 'cancel' || answer === '3064') {
    session.state = 'canceled';
    session.reason = 'BuyerCanceled';
    return;
  }
  session.buyerMethod = answer;
}

/** The card an Amazon Pay payment runs on: the one the buyer chose in an open session of this order. */
export function amazonFunding(ctx: DomainContext, order: OrderRecord, sessionId: string | undefined): { session: AmazonSessionRecord; funding: WalletFunding } {
  if (!sessionId) throw invalid('amazonCheckoutSessionId: an Amazon Pay payment names the checkout session the buyer answered');
  const session = ctx.tx.amazonSessions.get(sessionId);
  if (!session || session.orderId !== order.id) throw notFound('Checkout session');
  assertOpen(ctx, session);
  if (!session.buyerMethod || session.buyerMethod === '3064') {
    throw conflict('checkout_session_not_answered', 'The buyer has not chosen a payment method on the Amazon Pay page yet');
  }
  const number = AMAZON_CARDS[session.buyerMethod];
  return { session, funding: { card: summary(number, ctx.now, session.buyerMethod), profile: cardProfile(number) } };
}

/** What a session or a payment settles, in words: the first payment, the balance, or the installment of a transaction. */
type Settles = AmazonSessionRecord['settles'];
const purposeOf = (settles: Settles | ScheduleChoice | undefined): string =>
  settles && 'recovers' in settles && settles.recovers !== undefined ? `recovers:${settles.recovers}` : settles && 'balance' in settles && settles.balance ? 'balance' : 'first';
const PURPOSE_WORDS: Record<string, string> = { first: "the order's first payment", balance: 'the remaining balance' };

/**
 * Amazon charges what its page showed (the session's `chargeAmount`; Complete Checkout Session refuses another amount):
 * 409 `checkout_session_amount_mismatch` when what the buyer pays now (the split payer's share, else the amount
 * authorised) is not the session's amount. A session opened without an amount (sandbox `pay`) showed the UX's amount.
 * The page also said what is paid (an installment's recovery, the balance, the first payment): 409
 * `checkout_session_other_payment` for another payment of the order, even for the same amount.
 */
export function assertAmazonSessionPays(order: OrderRecord, session: AmazonSessionRecord, paysNow: number, choice: ScheduleChoice | undefined): void {
  if (session.amount !== undefined && session.amount !== paysNow) {
    throw conflict(
      'checkout_session_amount_mismatch',
      `This Amazon Pay checkout session was opened for ${formatCents(session.amount, order.currency)} but this payment is ${formatCents(paysNow, order.currency)}: open a new session for the amount paid`,
    );
  }
  const opened = purposeOf(session.settles);
  if (opened === purposeOf(choice)) return;
  const what = PURPOSE_WORDS[opened] ?? 'the recovery of another installment';
  throw conflict('checkout_session_other_payment', `This Amazon Pay checkout session was opened for ${what}: open a new session for this payment`);
}

/** Amazon closes the session with the charge: completed when authorised (or waiting for 3-D Secure), else canceled `Declined`. */
export function closeAmazonSession(session: AmazonSessionRecord, transaction: TransactionRecord): void {
  session.transactionId = transaction.id;
  if (transaction.status === 'failed') {
    session.state = 'canceled';
    session.reason = 'Declined';
  } else session.state = 'completed';
}

export function walletNotEnabled(method: WalletMethod) {
  return conflict(
    'method_not_available',
    `${WALLET_NAMES[method]} is not enabled on this platform: ask success@sharegroop.com to activate it, or use a platform whose paymentMethods include ${method}`,
  );
}

/**
 * What the widget and the Amazon page read of a session. A charge that waited for 3-D Secure and then failed (refused,
 * abandoned) is Amazon's declined charge: the session reads canceled `Declined`, never completed (paid).
 */
export function publicAmazonSession(ctx: DomainContext, session: AmazonSessionRecord) {
  const { id, orderId, buyerMethod, transactionId, createdAt, expiresAt } = session;
  const failed = session.state === 'completed' && transactionId !== undefined && ctx.tx.transactions.get(transactionId)?.status === 'failed';
  const state = failed ? 'canceled' : session.state;
  const reason = failed ? 'Declined' : session.reason;
  return { id, orderId, state, reason: reason ?? null, buyerMethod: buyerMethod ?? null, transactionId: transactionId ?? null, createdAt, expiresAt, url: amazonSessionUrl(ctx, session) };
}

registerDueWork({
  name: 'amazon-session-expiry',
  kind: 'amazonSessions',
  dueAt: (session) => (session.state === 'open' ? session.expiresAt : null),
  run(ctx, session) {
    if (session.state !== 'open' || session.expiresAt > ctx.now) return;
    session.state = 'canceled';
    session.reason = 'Expired';
  },
});

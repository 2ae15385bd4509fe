/**
 * What the widget and the mock platform both know of wallets (Apple Pay, Google Pay, Amazon Pay; seed 004, sections
 * "Apple Pay", "Google Pay", "Amazon Pay"): their payment methods, the sandbox's wallet tokens and test cards, and the
 * simulated Amazon Pay outcomes. A wallet payment is a card payment in every other respect (CONTRACT §2).
 */
import type { WalletMethod } from './wallet-methods.ts';

export { isWalletMethod, WALLET_METHODS, walletsOf, type WalletMethod } from './wallet-methods.ts';

/** Brand names, as each brand's guidelines spell them (never translated). */
export const WALLET_NAMES: Record<WalletMethod, string> = { applepay: 'Apple Pay', googlepay: 'Google Pay', amazonpay: 'Amazon Pay' };

/**
 * A simulated wallet sheet's token: `sandbox:` and the chosen test card's number. A real device's token (Apple Pay's
 * `paymentData`, Google Pay's `tokenizationData.token`) is anything else. The platform reads the card from it and keeps
 * only the card summary (brand, last 4, expiry), never the token.
 */
export const SANDBOX_TOKEN_PREFIX = 'sandbox:';
export const sandboxWalletToken = (cardNumber: string) => `${SANDBOX_TOKEN_PREFIX}${cardNumber}`;

/** What a sandbox wallet card does; the simulated sheet describes each with these words (see the widget's catalogue). */
export type WalletCardBehaviour = 'approved' | 'challenge' | 'declined' | 'insufficientFunds';

/**
 * The cards of the simulated wallet sheet: a subset of the sandbox test cards (CONTRACT §6), one per behaviour a
 * checkout must handle: authorised, 3-D Secure challenge, declined, insufficient funds.
 */
export const WALLET_TEST_CARDS: readonly { number: string; network: string; behaviour: WalletCardBehaviour }[] = [
  { number: '4242424242424242', network: 'Visa', behaviour: 'approved' },
  { number: '5555555555554444', network: 'Mastercard', behaviour: 'approved' },
  { number: '4000000000003220', network: 'Visa', behaviour: 'challenge' },
  { number: '4000000000000002', network: 'Visa', behaviour: 'declined' },
  { number: '4000000000009995', network: 'Visa', behaviour: 'insufficientFunds' },
];

/**
 * Amazon Pay's sandbox buyer has simulated payment methods whose last digits decide the outcome (Amazon Pay Checkout v2,
 * "sandbox simulations"): 1111 succeeds, 3434 is declined (the checkout session is canceled, reason `Declined`), 3064 is
 * the buyer canceling (`BuyerCanceled`). The simulated Amazon page offers them; the platform maps each to a test card.
 */
export const AMAZON_TEST_METHODS = ['1111', '3434', '3064'] as const;
export type AmazonTestMethod = (typeof AMAZON_TEST_METHODS)[number];

/** An Amazon Pay checkout session is canceled unless the buyer completes checkout within 24 hours (Amazon Pay v2). */
export const AMAZON_SESSION_TTL_MS = 24 * 60 * 60 * 1000;

/** States of an Amazon Pay checkout session, as Amazon names them; `canceled` carries a reason. */
export type AmazonSessionState = 'open' | 'completed' | 'canceled';
export type AmazonCancelReason = 'BuyerCanceled' | 'Declined' | 'Expired';

/** Where a merchant exposes Apple's domain verification file (seed 004, "Apple Pay integration", step 2). */
export const APPLE_DOMAIN_ASSOCIATION_PATH = '/.well-known/apple-developer-merchantid-domain-association';

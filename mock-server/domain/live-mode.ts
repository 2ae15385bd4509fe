/**
 * The one rule of live mode's bank (CONTRACT §2 "Sandbox and production": "the sandbox test cards and IBANs are
 * declined in live mode"). The mock is no acquirer: it cannot charge a real card or debit a real account either, so in
 * live mode every payment is declined, with a reason that says which of the two it was:
 *
 * - `test_card_in_live_mode`: a sandbox test card (domain/cards.ts TEST_CARDS, the widget's src/core/card.ts table),
 *   typed, saved to a customer, or behind a sandbox wallet token (Apple Pay, Google Pay) or an Amazon Pay sandbox session;
 * - `test_iban_in_live_mode`: a sandbox IBAN (domain/sdd.ts SANDBOX_IBANS, CONTRACT §6), for a SEPA Direct Debit;
 * - `test_account_in_live_mode`: the sandbox ANCV Connect account (SANDBOX_ANCV_LOGIN);
 * - `live_payments_unavailable`: anything else (a real card, IBAN, ANCV account or bank): the sandbox cannot move real
 *   money, and says so rather than pretending.
 *
 * Payments (domain/payments.ts), merchant-initiated debits of saved cards (recurring/debits.ts), SEPA debits on a
 * mandate (sdd.ts) and card updates (recurring/update-card.ts) all ask this function; in the sandbox it answers null.
 */
import { electronicIban } from '../../src/core/iban.ts';
import { SANDBOX_TOKEN_PREFIX } from '../../src/core/wallets.ts';
import type { PaymentInput } from '../schemas/requests.ts';
import type { CustomerMethodRecord } from '../state.ts';
import { normalizeAncvLogin, SANDBOX_ANCV_LOGIN } from './ancv.ts';
import { TEST_CARDS } from './cards.ts';
import type { DomainContext } from './context.ts';
import { DomainError } from './errors.ts';
import { SANDBOX_IBANS } from './sdd.ts';

export type LiveDeclineReason = 'test_card_in_live_mode' | 'test_iban_in_live_mode' | 'test_account_in_live_mode' | 'live_payments_unavailable';

export const LIVE_DECLINE_MESSAGES: Record<LiveDeclineReason, string> = {
  test_card_in_live_mode: 'Declined: this is a sandbox test card, and test cards are refused in live mode (use your sandbox keys, sk_test_/pk_test_)',
  test_iban_in_live_mode: 'Declined: this is a sandbox test IBAN, and test IBANs are refused in live mode (use your sandbox keys, sk_test_/pk_test_)',
  test_account_in_live_mode: 'Declined: this is a sandbox test account, and test accounts are refused in live mode (use your sandbox keys, sk_test_/pk_test_)',
  live_payments_unavailable: 'Declined: this sandbox cannot charge real means of payment; live mode keeps live data apart but takes no payment',
};

/** What a payment would be funded with, as far as telling test data from real data goes. */
export interface Funding {
  cardNumber?: string;
  /** A saved card: only its BIN and last four digits are kept (PCI DSS). */
  savedCard?: Pick<CustomerMethodRecord['card'], 'bin' | 'last4'>;
  iban?: string;
  walletToken?: string;
  amazonSession?: boolean;
  ancvLogin?: string;
}

function isTestCard(funding: Funding): boolean {
  if (funding.cardNumber !== undefined) return funding.cardNumber.replace(/\D/g, '') in TEST_CARDS;
  const saved = funding.savedCard;
  if (saved) return Object.keys(TEST_CARDS).some((number) => number.endsWith(saved.last4) && (saved.bin === undefined || number.startsWith(saved.bin)));
  if (funding.walletToken !== undefined) return funding.walletToken.startsWith(SANDBOX_TOKEN_PREFIX);
  return funding.amazonSession === true;
}

/** Why live mode declines this funding, or null in the sandbox (a transaction whose mode is not live). */
export function liveDecline(ctx: DomainContext, funding: Funding): LiveDeclineReason | null {
  if (ctx.tx.mode !== 'live') return null;
  if (isTestCard(funding)) return 'test_card_in_live_mode';
  if (funding.iban !== undefined && electronicIban(funding.iban) in SANDBOX_IBANS) return 'test_iban_in_live_mode';
  if (funding.ancvLogin !== undefined && normalizeAncvLogin(funding.ancvLogin) === SANDBOX_ANCV_LOGIN) return 'test_account_in_live_mode';
  return 'live_payments_unavailable';
}

/** The funding a buyer's payment names, by method. */
export function paymentFunding(input: PaymentInput): Funding {
  switch (input.method) {
    case 'card':
      return input.card ? { cardNumber: input.card.number } : {};
    case 'applepay':
    case 'googlepay':
      return input.wallet ? { walletToken: input.wallet.token } : {};
    case 'amazonpay':
      return { amazonSession: true };
    case 'sdd':
      return input.iban !== undefined ? { iban: input.iban } : {};
    case 'ancv':
      return input.ancvLogin !== undefined ? { ancvLogin: input.ancvLogin } : {};
    default:
      return {};
  }
}

/** The decline as a refusal (402 with the reason as its code), where no transaction is recorded (a card update). */
export function liveDeclineError(reason: LiveDeclineReason): DomainError {
  return new DomainError(402, reason, LIVE_DECLINE_MESSAGES[reason]);
}

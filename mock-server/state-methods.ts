/**
 * The records of the payment methods beyond cards (virtual IBAN, SEPA Direct Debit, wallets): tables of the store like
 * those of `state.ts`, which re-exports them.
 */
import type { AmazonCancelReason, AmazonSessionState, AmazonTestMethod } from '../src/core/wallets.ts';

/** How a sandbox test card behaves; kept by the platform in place of the number, never exposed. */
export type CardProfile = 'ok' | 'challenge' | 'declined' | 'insufficientFunds' | 'failsLaterDebits' | 'failsFirstLaterDebit';

/** The virtual IBAN of an order, as the API answers it (`order.viban`). */
export interface VibanAccount {
  /** Electronic format (no spaces), valid ISO 13616 with the French RIB key. */
  iban: string;
  bic: string;
  /** The beneficiary's name, as banks ask for it (at most 70 characters, the EPC QR limit). */
  holder: string;
  /** The order's `trackId`, else its id: what the buyer writes in the transfer's remittance information. */
  reference: string;
}

/** One SEPA credit transfer received on a virtual IBAN: what it credited to the order and what was surplus. */
export interface VibanTransfer {
  /** The bank's end-to-end id (`transferId` of the sandbox endpoint, or one the sandbox gave it). */
  transferId: string;
  amount: number;
  credited: number;
  surplus: number;
  receivedAt: number;
  /** The captured `viban` transaction holding `credited`; absent when the whole transfer was surplus or returned. */
  transactionId?: string;
  /**
   * Sent back to the sender's account, in cents (the whole transfer): it reached the IBAN of an order whose payment
   * link had expired, which takes no payment (`returnReason` `link_expired`; domain/viban-transfers.ts).
   */
  returned?: number;
  returnReason?: 'link_expired';
}

/** An IBAN the sandbox issued, kept forever (its id is the IBAN) so that no IBAN is ever issued twice. */
export interface IssuedIban {
  id: string;
  orderId: string;
  platformId: string;
  issuedAt: number;
}

/** How a sandbox IBAN's bank answers a direct debit (CONTRACT §6); kept in place of the IBAN's meaning, never exposed. */
export type SddProfile = 'debited' | 'fails' | 'disputed';

/** One direct debit on a mandate (domain/sdd.ts). */
export interface SddDebit {
  mandateId: string;
  mandateReference: string;
  ibanLast4: string;
  /** SEPA sequence type: `FRST` for a mandate's first debit (10 banking days), `RCUR` for the next ones (5). */
  sequence: 'FRST' | 'RCUR';
  /** When the debit settles (sandbox clock, epoch ms): captured, or failed for the failing sandbox IBAN. */
  settlesAt: number;
  profile: SddProfile;
  /** The disputing sandbox IBAN: when the account holder disputes the settled debit. */
  disputesAt?: number;
  disputedAt?: number;
}

/**
 * A SEPA Direct Debit mandate: the account holder's permission for the creditor (the platform's merchant) to debit
 * their account, signed when they pay in the widget and reused by later `directPayment` orders of the same customer.
 */
export interface MandateRecord {
  id: string;
  /** Unique mandate reference (UMR): at most 35 characters, shown in the mandate email and on each debit. */
  reference: string;
  platformId: string;
  customerId: string;
  /** The debtor's IBAN in electronic format. */
  iban: string;
  firstName: string;
  lastName: string;
  creditorId: string;
  creditorName: string;
  /** Signature date (sandbox clock, epoch ms). */
  signedAt: number;
  /** Every debit initiated on the mandate (transaction ids), oldest first: whether the next one is `FRST` or `RCUR`. */
  debitIds: string[];
  lastDebitAt?: number;
}

/**
 * An Amazon Pay checkout session (domain/wallets.ts): opened by the widget, answered by the buyer on the simulated
 * Amazon page, completed by the payment it leads to; canceled when the buyer cancels, the payment is declined, or 24
 * hours of sandbox time pass (`expiresAt`). Keeps what the platform may keep of the buyer's card: its summary.
 */
export interface AmazonSessionRecord {
  id: string;
  orderId: string;
  platformId: string;
  state: AmazonSessionState;
  reason?: AmazonCancelReason;
  /** What the buyer chose on the Amazon page: nothing yet, then a payment method. */
  buyerMethod?: AmazonTestMethod;
  /** The payment that completed (or tried to complete) the session. */
  transactionId?: string;
  /**
   * What the Amazon page shows the buyer (Amazon's `chargeAmount`), in cents: what the UX pays now (a share, a part, a
   * first installment); the order's amount when the widget did not say.
   */
  amount?: number;
  /**
   * The payment of a confirmed order the session was opened for, from the recovery page (`recovers`: the unpaid
   * transaction) or the balance page (`balance`); none: the order's first payment (or a co-buyer's share).
   */
  settles?: { recovers: string } | { balance: true };
  createdAt: number;
  expiresAt: number;
}

/** A merchant domain registered for a wallet on a platform (seed 004: Apple Pay and Amazon Pay need it). */
export interface WalletDomainRecord {
  /** `<platformId>:<method>:<domain>`. */
  id: string;
  platformId: string;
  method: 'applepay' | 'amazonpay';
  domain: string;
  createdAt: number;
}

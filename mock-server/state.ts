/**
 * The sandbox's records, one kind per table of the store (mock-server/store.ts), each plain JSON so that it can be
 * persisted record by record (SQLite rows in Node, localStorage keys in the browser).
 */
import type { CardSummary, Item, Operation, OrderStatus, PaymentMethod, TransactionStatus, Ux } from '../src/core/schemas.ts';
import { seededPlatforms, SANDBOX_ORGANIZATION, type Organization, type Platform } from './seed.ts';

export interface InstallmentRecord {
  id: string;
  amount: number;
  dueDate: number;
  transactionId: string | null;
  status: 'pending' | 'paid' | 'unpaid' | 'canceled';
  /** Failed capture attempts so far (recovery). */
  attempts: number;
  nextAttemptAt: number | null;
}

export interface OrderRecord {
  id: string;
  platformId: string;
  status: OrderStatus;
  amount: number;
  currency: string;
  locale: string;
  ux: Ux;
  delay?: number;
  dueDate?: number;
  createdAt: number;
  updatedAt: number;
  trackId?: string;
  email?: string;
  firstName?: string;
  lastName?: string;
  items: Item[];
  installments?: InstallmentRecord[];
  installmentsCount?: number;
  singleSplit?: boolean;
  secure3D?: boolean;
  tokenize?: boolean;
  customerId?: string;
  debitAuto?: boolean;
  successUrl?: string;
  notifyUrl?: string;
  scoring?: Record<string, unknown>;
  /**
   * Cents taken off the order by refunds (order or transaction), whether voided from authorisations not captured yet or
   * refunded from captures. The order collects `amount - amountRefunded` at most (see `domain/orders.ts` amountToCollect).
   */
  amountRefunded?: number;
  /** Whether the order's deadline (split, multi) has been processed. */
  deadlineProcessed?: boolean;
  /** Recurring payments: the invoice this order pays, and its subscription (domain/recurring/). */
  invoiceId?: string;
  subscriptionId?: string;
  /** `debitAuto`: the debit of the customer's default method made at creation, and how it went. */
  debit?: { transactionId: string; status: 'captured' | 'failed'; declineReason?: string };
}

/** How a sandbox test card behaves; kept by the platform in place of the number, never exposed. */
export type CardProfile = 'ok' | 'challenge' | 'declined' | 'insufficientFunds' | 'failsLaterDebits' | 'failsFirstLaterDebit';

export interface TransactionRecord {
  id: string;
  orderId: string;
  amount: number;
  amountCaptured: number;
  amountRefunded: number;
  status: TransactionStatus;
  paymentMethod: PaymentMethod;
  createdAt: number;
  email?: string;
  firstName?: string;
  lastName?: string;
  card?: CardSummary;
  cardProfile?: CardProfile;
  threeDS?: { status: 'required' | 'approved' | 'refused' };
  declineReason?: string;
  /** The role of this payment in its order: the captain's share, a co-buyer's, an installment, a balance… */
  role?: 'captain' | 'cobuyer' | 'installment' | 'balance' | 'payment';
  itemIds?: string[];
  /** Split: the payer's own share when the transaction holds more (a direct-mode captain pre-authorises the whole order). */
  share?: number;
  /** Single + split: the ux the buyer chose with this payment; the order takes it once the payment is authorised. */
  chosenUx?: Ux;
  /** Installments and pay later: what the buyer chose with this payment, applied once the bank authorises it. */
  scheduleChoice?: ScheduleChoice;
  /** Capture the authorisation as soon as it is granted. */
  captureOnAuthorization?: boolean;
  /** ANCV Connect: who was asked, how much, and until when the ANCV app may answer (see domain/ancv.ts). */
  ancv?: AncvDetails;
}

export interface AncvDetails {
  login: string;
  requestedAmount: number;
  expiresAt: number;
}

/** See `domain/modules/installments.ts` (the schedule a payment sets up) and `installments-settlement.ts` (the part of a schedule it settles). */
export interface ScheduleChoice {
  installmentsCount?: number;
  /** Pay later: minutes from the payment to the debit. */
  delay?: number;
  /** Everything now instead of a schedule (the buyer's alternative after a refusal). */
  payInFull?: boolean;
  /** Pays what remains of a confirmed order (the complete-balance link). */
  balance?: boolean;
  /** Pays the unpaid installment whose transaction is this one (the recovery link). */
  recovers?: string;
}

export interface WebhookAttempt {
  at: number;
  status: number | null;
  error?: string;
  durationMs: number;
}

export interface WebhookDelivery {
  id: string;
  event: string;
  objectId: string;
  orderId?: string;
  platformId: string;
  url: string | null;
  body: string;
  signature: string | null;
  createdAt: number;
  attempts: WebhookAttempt[];
  status: 'pending' | 'delivered' | 'failed' | 'noEndpoint';
  nextAttemptAt: number | null;
  /**
   * The dispatcher (`owner`) sending this delivery now, claimed at sandbox time `since`: it owns the delivery until its
   * attempt ends; another dispatcher takes it over only if that one is gone (see webhooks.ts).
   */
  inFlight?: { owner: string; since: number };
}

export interface OutboxMessage {
  id: string;
  channel: 'email' | 'sms';
  to: string;
  subject: string;
  text: string;
  links: string[];
  orderId?: string;
  platformId: string;
  date: number;
  kind: string;
}

/** The first answer to a payment sent with an `Idempotency-Key`; `id` is `<platformId>:<key>`. Kept 24 hours of sandbox time. */
export interface IdempotentAnswer {
  id: string;
  status: number;
  body: unknown;
  fingerprint: string;
  /** Sandbox time of the first answer (ms). */
  createdAt: number;
}

/** Every record kind of the sandbox, by table name. */
export interface Records {
  organizations: Organization;
  platforms: Platform;
  orders: OrderRecord;
  transactions: TransactionRecord;
  operations: Operation;
  webhooks: WebhookDelivery;
  outbox: OutboxMessage;
  idempotency: IdempotentAnswer;
  customers: CustomerRecord;
  products: ProductRecord;
  subscriptions: SubscriptionRecord;
  invoices: InvoiceRecord;
}

export type Kind = keyof Records;

/** What is not a record: the sandbox clock's offset from real time (ms). */
export interface Meta {
  clockOffsetMs: number;
}

/** The records a new sandbox starts with: the seeded organization and platforms. */
export function seedRecords(): { [K in Kind]?: Records[K][] } {
  return { organizations: [structuredClone(SANDBOX_ORGANIZATION)], platforms: seededPlatforms() };
}

/**
 * The whole sandbox as one JSON document: the format of `SANDBOX_DATA_FILE` before the SQLite store. Read only to
 * migrate such a file (mock-server/sqlite.ts).
 */
export interface LegacyState {
  version: 1;
  clockOffsetMs: number;
  organizations: Organization[];
  platforms: Platform[];
  orders: Record<string, OrderRecord>;
  transactions: Record<string, TransactionRecord>;
  operations: Operation[];
  webhooks: WebhookDelivery[];
  outbox: OutboxMessage[];
  idempotency: Record<string, Omit<IdempotentAnswer, 'id' | 'createdAt'>>;
}

/** The records of a sandbox saved in the one-document format (JSON data file, browser key), to migrate it. */
export function legacySnapshot(state: LegacyState, now: number): { meta: Meta; records: { [K in Kind]?: Records[K][] } } {
  return {
    meta: { clockOffsetMs: state.clockOffsetMs ?? 0 },
    records: {
      organizations: state.organizations ?? [],
      platforms: state.platforms ?? [],
      orders: Object.values(state.orders ?? {}),
      transactions: Object.values(state.transactions ?? {}),
      operations: state.operations ?? [],
      webhooks: state.webhooks ?? [],
      outbox: state.outbox ?? [],
      // Old answers had no date: they are kept a full day from the migration.
      idempotency: Object.entries(state.idempotency ?? {}).map(([id, answer]) => ({ ...answer, id, createdAt: now })),
    },
  };
}

// Recurring payments (seed "Recurring payments" and "Subscriptions"; domain/recurring/).

/** A card saved by tokenisation: what the platform keeps of it, never the number (PCI DSS: BIN + last 4 at most). */
export interface CustomerMethodRecord {
  id: string;
  token: string;
  method: 'card';
  card: { bin?: string; expiryMonth: string; expiryYear: string; last4: string; paymentMethod: string };
  default: boolean;
  createdAt: number;
  /** How the sandbox's bank answers debits on this card (kept in place of the number, never shown). */
  cardProfile: CardProfile;
}

export interface CustomerRecord {
  id: string;
  platformId: string;
  email?: string;
  firstName?: string;
  lastName?: string;
  phone?: string;
  trackId?: string;
  methods: CustomerMethodRecord[];
  createdAt: number;
  updatedAt: number;
}

export type SubscriptionPeriod = 'daily' | 'monthly' | 'yearly';

export interface ProductRecord {
  id: string;
  platformId: string;
  name: string;
  amount: number;
  currency: string;
  description?: string;
  trackId?: string;
  subscription?: { period: SubscriptionPeriod; interval: number };
  createdAt: number;
  updatedAt: number;
}

export interface SubscriptionItemRecord {
  id: string;
  name?: string;
  amount: number;
  quantity: number;
  description?: string;
  trackId?: string;
  productId?: string;
  /** Counted in the cycles after the first (seed: "items[].subscription defined"). */
  subscription?: { period: SubscriptionPeriod; interval: number };
}

export interface SubscriptionRecord {
  id: string;
  platformId: string;
  customerId?: string;
  status: 'initiated' | 'active' | 'unpaid' | 'canceled' | 'ended';
  amount: number;
  currency: string;
  locale: string;
  email?: string;
  phone?: string;
  firstName?: string;
  lastName?: string;
  trackId?: string;
  notifyUrl?: string;
  schedule: { startAt: number; endAt?: number; period: SubscriptionPeriod; interval: number };
  /** Cycle dates are `anchorAt` + (rank - anchorRank) × interval periods (domain/recurring/cycles.ts); a schedule change re-anchors. */
  anchorAt: number;
  anchorRank: number;
  /** The cycle of the latest invoice; 0 before the first one. */
  cycleRank: number;
  /** When the next cycle opens its invoice; null once no cycle is left. */
  nextCycleAt: number | null;
  items: SubscriptionItemRecord[];
  debitAuto: boolean;
  lastInvoicePaymentLink?: string;
  /** The method an expiry notice was sent for (card-expiry prevention sends one per card). */
  expiryNoticeMethodId?: string;
  /** A card given on the update-card page, waiting for the buyer's 3-D Secure answer (domain/recurring/update-card.ts). */
  cardVerification?: { id: string; card: CustomerMethodRecord['card']; cardProfile: CardProfile; createdAt: number };
  createdAt: number;
  updatedAt: number;
  canceledAt?: number;
  endedAt?: number;
}

export interface InvoiceRecord {
  id: string;
  platformId: string;
  subscriptionId: string;
  cycleRank: number;
  amount: number;
  currency: string;
  status: 'open' | 'paid' | 'unpaid' | 'canceled';
  orderId: string;
  /** The cycle's date (ms). */
  dueDate: number;
  createdAt: number;
  paidAt?: number;
  /** Automatic debits tried so far (the first one and the recovery retries). */
  attempts: number;
  nextAttemptAt: number | null;
}

/**
 * The sandbox's records, one kind per table of the store (mock-server/store.ts), each plain JSON so that it can be
 * persisted record by record (SQLite rows in Node, localStorage keys in the browser).
 */
import type { CardSummary, Item, Operation, OrderStatus, PaymentMethod, TransactionStatus, Ux } from '../src/core/schemas.ts';
import { seededUsers, type DashboardSession, type DashboardUser, type SigninThrottle, type WithdrawalRecord } from './dashboard/accounts.ts';
import { seededPlatforms, SANDBOX_ORGANIZATION, type Organization, type Platform } from './seed.ts';
import type { AmazonSessionRecord, CardProfile, IssuedIban, MandateRecord, SddDebit, VibanAccount, VibanTransfer, WalletDomainRecord } from './state-methods.ts';
import type { CustomerRecord, InvoiceRecord, ProductRecord, SubscriptionRecord } from './state-recurring.ts';

export type * from './state-methods.ts';
export type * from './state-recurring.ts';

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
  /** SEPA Direct Debit: debited at creation on the customer's mandate (domain/sdd.ts). */
  directPayment?: boolean;
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
  /** Virtual IBAN orders: the account issued to this order (domain/modules/viban.ts). */
  viban?: VibanAccount;
  /** Virtual IBAN orders: every bank transfer received, in arrival order (domain/viban-transfers.ts). */
  vibanTransfers?: VibanTransfer[];
  /** Cents received beyond what the order asks (overpayment, or a transfer to an order closed meanwhile). */
  amountSurplus?: number;
  /** Recurring payments: the invoice this order pays, and its subscription (domain/recurring/). */
  invoiceId?: string;
  subscriptionId?: string;
  /**
   * Pay by link from the dashboard: when the payment link expires (sandbox ms). From then on no payment is taken
   * (409 `link_expired`) and the hosted page says the link expired; what was paid before stays (domain/orders.ts).
   */
  linkExpiresAt?: number;
  /** `debitAuto`: the debit of the customer's default method made at creation, and how it went. */
  debit?: { transactionId: string; status: 'captured' | 'failed'; declineReason?: string };
}


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
  /** SEPA Direct Debit: the mandate debited and when the debit settles (see domain/sdd.ts). */
  sdd?: SddDebit;
  /** Bank transfer initiation: the bank chosen and until when its page may answer (see domain/pis.ts). */
  pis?: { bank: string; expiresAt: number };
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
  mandates: MandateRecord;
  vibans: IssuedIban;
  amazonSessions: AmazonSessionRecord;
  walletDomains: WalletDomainRecord;
  customers: CustomerRecord;
  products: ProductRecord;
  subscriptions: SubscriptionRecord;
  invoices: InvoiceRecord;
  /** Dashboard accounts, sessions and failed sign-ins (mock-server/dashboard/). */
  users: DashboardUser;
  sessions: DashboardSession;
  signinThrottles: SigninThrottle;
  withdrawals: WithdrawalRecord;
}

export type Kind = keyof Records;

/** What is not a record: the sandbox clock's offset from real time (ms). */
export interface Meta {
  clockOffsetMs: number;
}

/** The records a new sandbox starts with: the seeded organization and platforms. */
export function seedRecords(): { [K in Kind]?: Records[K][] } {
  return { organizations: [structuredClone(SANDBOX_ORGANIZATION)], platforms: seededPlatforms(), users: seededUsers() };
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

/**
 * The records of recurring payments (seed "Recurring payments" and "Subscriptions"; domain/recurring/): tables of the
 * store like those of `state.ts`, which re-exports them.
 */
import type { CardProfile } from './state-methods.ts';

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
  /** The latest method an expiry notice was sent for (records written before `expiryNoticeMethodIds`). */
  expiryNoticeMethodId?: string;
  /** Every method an expiry notice was sent for: card-expiry prevention sends one per card and subscription. */
  expiryNoticeMethodIds?: string[];
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

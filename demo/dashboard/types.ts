/** What the dashboard's API answers, as its pages read it (mock-server/dashboard/). */
import type { Operation, Order, Transaction } from '../../src/core/schemas.ts';

export type Role = 'organizationAdmin' | 'platformAdmin';
/** The environment the session shows: the sandbox's data or production's (live keys). */
export type Mode = 'sandbox' | 'live';
export type Permission = 'refund' | 'cancel' | 'export' | 'withdraw' | 'createLinks' | 'editSettings';

export interface PlatformSummary {
  id: string;
  name: string;
  module: string;
  slug: string;
}

export interface Account {
  user: { email: string; role: Role; organizationId: string };
  organization: { id: string; name: string } | null;
  platforms: PlatformSummary[];
  permissions: Permission[];
  csrfToken: string;
  expiresAt: number;
  mode: Mode;
}

export interface Totals {
  orders: number;
  operations: number;
  /** Per currency, cents per operation type. */
  amounts: Record<string, Record<Operation['type'], number>>;
}

export type ListedOrder = Order & { paymentMethods: string[] };

export type DetailedTransaction = Transaction & { operations: Operation[]; refundable: number; recoveryLink: string | null };

export interface OrderDetail {
  order: Order;
  platform: { id: string; name: string } | null;
  transactions: DetailedTransaction[];
  webhooks: { id: string; event: string; objectId: string; url: string | null; status: string; createdAt: number; attempts: number; lastStatus: number | null }[];
  messages: { id: string; channel: string; to: string; subject: string; kind: string; date: number; links: string[] }[];
  refundable: number;
  cancelable: boolean;
  /** A payment link created with an expiry (ms), and whether it has expired. */
  link: { expiresAt: number; expired: boolean } | null;
  transfers: { transferId: string; amount: number; credited: number; surplus: number; returned: number; returnReason: string | null; receivedAt: number }[];
}

export interface TransactionDetail {
  transaction: Transaction & { operations: Operation[] };
  order: { id: string; trackId: string | null; status: string; currency: string; platformId: string };
  installment: { id: string; amount: number; dueDate: number; status: string } | null;
  refundable: number;
  recoveryLink: string | null;
}

export function can(account: Account, permission: Permission): boolean {
  return account.permissions.includes(permission);
}

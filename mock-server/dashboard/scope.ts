/**
 * Who reaches what (seed 000, "User management"): an organization admin reaches every platform of its organization, a
 * platform admin only its own; any other platform, order or transaction is answered exactly like an unknown one (404),
 * in pages, API and exports alike. What each role may do is PERMISSIONS: the page shows only these actions, the server
 * refuses the others (403).
 */
import { notFound } from '../domain/errors.ts';
import type { Platform } from '../seed.ts';
import type { OrderRecord, TransactionRecord } from '../state.ts';
import type { StoreView } from '../store.ts';
import type { DashboardUser } from './accounts.ts';

/** The platforms `user` reaches, in seed order. */
export function platformsInScope(view: StoreView, user: DashboardUser): Platform[] {
  return view.platforms
    .all()
    .filter((platform) => platform.organizationId === user.organizationId && (user.role === 'organizationAdmin' || user.platformIds.includes(platform.id)));
}

export function inScope(view: StoreView, user: DashboardUser, platformId: string): boolean {
  const platform = view.platforms.get(platformId);
  return !!platform && platform.organizationId === user.organizationId && (user.role === 'organizationAdmin' || user.platformIds.includes(platformId));
}

/** A platform `user` reaches; any other is an unknown platform (404). */
export function platformFor(view: StoreView, user: DashboardUser, id: string): Platform {
  const platform = view.platforms.get(id);
  if (!platform || !inScope(view, user, id)) throw notFound('Platform');
  return platform;
}

export function orderInScope(view: StoreView, user: DashboardUser, id: string): OrderRecord {
  const order = view.orders.get(id);
  if (!order || !inScope(view, user, order.platformId)) throw notFound('Order');
  return order;
}

export function transactionInScope(view: StoreView, user: DashboardUser, id: string): { transaction: TransactionRecord; order: OrderRecord } {
  const transaction = view.transactions.get(id);
  const order = transaction && view.orders.get(transaction.orderId);
  if (!transaction || !order || !inScope(view, user, order.platformId)) throw notFound('Transaction');
  return { transaction, order };
}

/** What a role may do beyond reading its platforms' orders; the page shows only these, the server refuses the rest. */
export const PERMISSIONS = {
  organizationAdmin: ['refund', 'cancel', 'export', 'withdraw', 'createLinks', 'editSettings'],
  platformAdmin: ['refund', 'cancel', 'export', 'withdraw', 'createLinks'],
} as const satisfies Record<DashboardUser['role'], readonly string[]>;

export type Permission = (typeof PERMISSIONS)[keyof typeof PERMISSIONS][number];

export function can(user: DashboardUser, permission: Permission): boolean {
  return (PERMISSIONS[user.role] as readonly string[]).includes(permission);
}


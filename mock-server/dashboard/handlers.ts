/** Every endpoint of the merchant dashboard (`/v1/dashboard/...`), session-authenticated; served by the Node sandbox. */
import type { HttpHandler } from 'msw';
import type { SandboxRuntime } from '../runtime.ts';
import { seededUsers } from './accounts.ts';
import { orderHandlers } from './orders.ts';
import { paymentLinkHandlers } from './payment-links.ts';
import { sessionHandlers } from './session.ts';
import { settingsHandlers } from './settings.ts';
import { withdrawalHandlers } from './withdrawals.ts';

/**
 * The endpoints, bound to `runtime`. A data file written before the dashboard existed has no accounts: the seeded ones
 * are added to it once (a sandbox that has accounts is left as it is).
 */
export function dashboardHandlers(runtime: SandboxRuntime): HttpHandler[] {
  accountsReady.set(
    runtime,
    runtime.store.transact((tx) => {
      if (tx.users.count() === 0) for (const user of seededUsers()) tx.users.put(user);
    }),
  );
  return [...sessionHandlers(runtime), ...orderHandlers(runtime), ...settingsHandlers(runtime), ...withdrawalHandlers(runtime), ...paymentLinkHandlers(runtime)];
}

const accountsReady = new WeakMap<SandboxRuntime, Promise<void>>();

/** Settles once the seeded accounts are in the runtime's store (tests of an older data file wait for it). */
export function dashboardReady(runtime: SandboxRuntime): Promise<void> {
  return accountsReady.get(runtime) ?? Promise.resolve();
}

/** Every endpoint of the merchant dashboard (`/v1/dashboard/...`), session-authenticated; served by the Node sandbox. */
import type { HttpHandler } from 'msw';
import type { SandboxRuntime } from '../runtime.ts';
import { orderHandlers } from './orders.ts';
import { paymentLinkHandlers } from './payment-links.ts';
import { sessionHandlers } from './session.ts';
import { settingsHandlers } from './settings.ts';
import { withdrawalHandlers } from './withdrawals.ts';

export function dashboardHandlers(runtime: SandboxRuntime): HttpHandler[] {
  return [...sessionHandlers(runtime), ...orderHandlers(runtime), ...settingsHandlers(runtime), ...withdrawalHandlers(runtime), ...paymentLinkHandlers(runtime)];
}

import type { HttpHandler } from 'msw';
import type { SandboxRuntime } from '../runtime.ts';
import '../schemas/locale.ts';
import { ancvHandlers } from './ancv.ts';
import { endpointNotFound, pathGuard } from './body.ts';
import { checkoutHandlers } from './checkout.ts';
import { installmentHandlers } from './installments.ts';
import { liveHandlers } from './live.ts';
import { openapiHandlers } from './openapi.ts';
import { orderHandlers } from './orders.ts';
import { pisHandlers } from './pis.ts';
import { recurringHandlers } from './recurring.ts';
import { sandboxHandlers } from './sandbox.ts';
import { scoringHandlers } from './scoring.ts';
import { splitHandlers } from './split.ts';
import { transactionHandlers } from './transactions.ts';
import { walletHandlers } from './wallets.ts';

/**
 * Every endpoint of the mock platform, bound to one sandbox runtime, behind the path guard (malformed escapes refused,
 * repeated and trailing slashes ignored) so that the browser worker and the HTTP server answer the same. `extra`: endpoints
 * only one side has (the dashboard's, Node only: its passwords need node:crypto).
 */
export function createHandlers(runtime: SandboxRuntime, extra: HttpHandler[] = []): HttpHandler[] {
  const endpoints = [...endpointHandlers(runtime), ...extra];
  return [pathGuard(() => endpoints), ...endpoints, endpointNotFound()];
}

function endpointHandlers(runtime: SandboxRuntime): HttpHandler[] {
  return [
    ...openapiHandlers(runtime),
    ...sandboxHandlers(runtime),
    ...checkoutHandlers(runtime),
    ...liveHandlers(runtime),
    ...scoringHandlers(runtime),
    ...orderHandlers(runtime),
    ...transactionHandlers(runtime),
    ...ancvHandlers(runtime),
    ...splitHandlers(runtime),
    ...installmentHandlers(runtime),
    ...pisHandlers(runtime),
    ...walletHandlers(runtime),
    ...recurringHandlers(runtime),
  ];
}

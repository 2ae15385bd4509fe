import type { HttpHandler } from 'msw';
import type { SandboxRuntime } from '../runtime.ts';
import '../schemas/locale.ts';
import { ancvHandlers } from './ancv.ts';
import { checkoutHandlers } from './checkout.ts';
import { installmentHandlers } from './installments.ts';
import { liveHandlers } from './live.ts';
import { openapiHandlers } from './openapi.ts';
import { orderHandlers } from './orders.ts';
import { sandboxHandlers } from './sandbox.ts';
import { scoringHandlers } from './scoring.ts';
import { splitHandlers } from './split.ts';
import { transactionHandlers } from './transactions.ts';

/** Every endpoint of the mock platform, bound to one sandbox runtime. */
export function createHandlers(runtime: SandboxRuntime): HttpHandler[] {
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
  ];
}

/** The split module's own endpoint: what the captain's widget and the sharing space show about the group's progress. */
import type { HttpHandler } from 'msw';
import { notFound } from '../domain/errors.ts';
import { isSplitUx, orderFor } from '../domain/orders.ts';
import { sharingView } from '../domain/modules/split.ts';
import type { SandboxRuntime } from '../runtime.ts';
import { endpoint } from './kit.ts';

export function splitHandlers(runtime: SandboxRuntime): HttpHandler[] {
  return [
    // Any key of the order's platform: the sharing space reads it with the public key it gets from /v1/hosted/orders/{id}.
    endpoint(runtime, 'get', '/v1/orders/:id/sharing', { access: 'anyKey' }, ({ ctx, caller, params }) => {
      const order = orderFor(ctx, caller.platform, params.id ?? '');
      if (!isSplitUx(order.ux) && !order.singleSplit) throw notFound('Sharing space');
      return sharingView(ctx, order);
    }),
  ];
}

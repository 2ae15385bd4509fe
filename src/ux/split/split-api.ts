/** The split UX's calls to the platform (documented in docs/API.md), through the shared `http` client. */
import * as z from 'zod/mini';
import type { ApiConfig } from '../../core/api.ts';
import type { CardDetails } from '../../core/card.ts';
import { http } from '../../core/http.ts';
import { OrderStatus, PaymentResult, Ux } from '../../core/schemas.ts';

const cents = z.int().check(z.minimum(0));

/** `GET /v1/orders/{id}/sharing`: the group's progress, as co-buyers may see it. */
export const SharingView = z.object({
  orderId: z.string(),
  status: OrderStatus,
  state: z.enum(['waitingForCaptain', 'open', 'completed', 'expired', 'canceled', 'refunded']),
  ux: Ux,
  amount: cents,
  currency: z.string(),
  locale: z.string(),
  dueDate: z.nullable(z.int()),
  platformName: z.string(),
  validationMode: z.enum(['direct', 'standard']),
  captain: z.object({ firstName: z.nullable(z.string()) }),
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      amount: cents,
      quantity: z.int(),
      description: z.optional(z.string()),
      paid: z.boolean(),
    }),
  ),
  collected: cents,
  left: cents,
  contributions: z.int(),
});
export type SharingView = z.infer<typeof SharingView>;

export interface SplitPayment {
  card: CardDetails;
  role: 'captain' | 'cobuyer';
  /** The share in cents (collect). */
  amount?: number;
  /** The items paid for (picking). */
  itemIds?: string[];
  /** Single + split: how the buyer chose to pay. */
  ux?: Ux;
  payer?: { email?: string; firstName?: string; lastName?: string };
}

const encode = encodeURIComponent;

export const getSharing = (api: ApiConfig, orderId: string) =>
  http(api, { method: 'GET', path: `/v1/orders/${encode(orderId)}/sharing`, schema: SharingView });

/** The same `idempotencyKey` replays the first answer: one attempt is never charged twice. */
export const paySplit = (api: ApiConfig, orderId: string, payment: SplitPayment, idempotencyKey: string) =>
  http(api, {
    method: 'POST',
    path: `/v1/orders/${encode(orderId)}/payments`,
    body: { method: 'card', ...payment },
    schema: PaymentResult,
    idempotencyKey,
  });

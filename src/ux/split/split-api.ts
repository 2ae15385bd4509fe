/** The split UX's calls to the platform (documented in docs/API.md), through the shared `http` client. */
import type { ApiConfig } from '../../core/api.ts';
import type { CardDetails } from '../../core/card.ts';
import { http } from '../../core/http.ts';
import type { Ux } from '../../core/schemas.ts';
import { PaymentResult, SharingView } from '../../core/wire-full.ts';

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

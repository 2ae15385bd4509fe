/** The split UX's reads from the platform (documented in docs/API.md); paying goes through the one payment flow. */
import type { ApiConfig } from '../../core/api.ts';
import { http } from '../../core/http.ts';
import { checker } from '../../core/contract/index.ts';
import { SharingViewShape } from '../../core/contract/sharing-shapes.ts';

const SharingView = checker(SharingViewShape);

export const getSharing = (api: ApiConfig, orderId: string) =>
  http(api, { method: 'GET', path: `/v1/orders/${encodeURIComponent(orderId)}/sharing`, schema: SharingView });

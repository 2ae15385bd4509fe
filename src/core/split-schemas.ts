/**
 * Split answers shared by the widget (the split UX validates them) and the mock platform (its OpenAPI document describes
 * them), in zod/mini like `schemas.ts`.
 */
import * as z from 'zod/mini';
import { OrderStatus, Ux } from './schemas.ts';

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
  /** Who joined, as co-buyers may see each other: a first name (or its initial, or null) and an amount, nothing more. */
  cobuyers: z.array(z.object({ firstName: z.nullable(z.string()), amount: cents })),
});
export type SharingView = z.infer<typeof SharingView>;

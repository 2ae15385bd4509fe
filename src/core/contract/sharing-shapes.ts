/**
 * The sharing space's answer (docs/API.md, "Split"), written once like the shapes of `shapes.ts`, in a module of its
 * own: only the split chunk reads it, so the entry module does not carry it.
 */
import { boolean, cents, int, list, nullable, object, oneOf, optional, string, type Infer } from './shape.ts';
import { itemFields, OrderStatusShape, PaymentMethodShape, SHARING_STATES, UxShape } from './shapes.ts';

/** `GET /v1/orders/{id}/sharing`: the group's progress, as co-buyers may see it. */
export const SharingViewShape = object({
  orderId: string,
  status: OrderStatusShape,
  state: oneOf(SHARING_STATES),
  ux: UxShape,
  amount: cents,
  currency: string,
  locale: string,
  dueDate: nullable(int),
  platformName: string,
  validationMode: oneOf(['direct', 'standard']),
  captain: object({ firstName: nullable(string) }),
  /** The sharing view names every item (a nameless one by its place in the basket, `#2`). */
  items: list(object({ ...itemFields, name: string, paid: boolean })),
  collected: cents,
  left: cents,
  contributions: int,
  /** Who joined, as co-buyers may see each other: a first name (or its initial, or null) and an amount, nothing more. */
  cobuyers: list(object({ firstName: nullable(string), amount: cents })),
  /** The methods the platform takes: a co-buyer sees its wallets' buttons (absent from an older platform: the card only). */
  paymentMethods: optional(list(PaymentMethodShape)),
});

export type SharingView = Infer<typeof SharingViewShape>;

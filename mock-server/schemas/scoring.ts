/** `POST /v1/orders/{id}/scoring`: scoring fields the buyer adds (each optional: only what the order lacks). */
import * as z from 'zod/mini';

const field = z.optional(z.string().check(z.maxLength(200)));

export const ScoringInput = z.strictObject({
  birthDate: field,
  streetAddress: field,
  postalCode: field,
  city: field,
  phone: field,
});
export type ScoringInput = z.infer<typeof ScoringInput>;

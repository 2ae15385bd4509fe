/** Request bodies of the ANCV Connect endpoints (zod/mini, readable English messages like the other request schemas). */
import * as z from 'zod/mini';

/** `POST /v1/sandbox/transactions/{id}/ancv-confirm`: what the buyer answers in the ANCV app. */
export const AncvAppAnswer = z.union([
  z.strictObject({ amount: z.int().check(z.minimum(1)) }),
  z.strictObject({ refuse: z.literal(true) }),
]);
export type AncvAppAnswer = z.infer<typeof AncvAppAnswer>;

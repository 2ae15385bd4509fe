/** `POST /v1/sandbox/orders/{id}/viban-transfer`: a bank transfer arrives on the order's virtual IBAN. */
import * as z from 'zod/mini';
import { cents } from './requests.ts';

export const VibanTransferInput = z.object({
  amount: cents.check(z.refine((value) => value > 0, 'a transfer moves at least 1 cent')),
  /** SEPA credit transfers are in euros; another currency is refused with a readable error (domain/viban-transfers.ts). */
  currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as EUR'))),
  /** The bank's end-to-end id (SEPA: at most 35 characters of its Latin set): the same id twice credits once. */
  transferId: z.optional(z.string().check(z.regex(/^[A-Za-z0-9/\-?:().,'+ ]{1,35}$/, "1 to 35 letters, digits, spaces or / - ? : ( ) . , ' +"))),
});

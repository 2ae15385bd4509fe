/** Request bodies of the wallet endpoints (handlers/wallets.ts). */
import * as z from 'zod/mini';
import { AMAZON_TEST_METHODS } from '../../src/core/wallets.ts';
import { positiveCents, scheduleFields } from './requests.ts';

/** The buyer's answer on the simulated Amazon page: one of Amazon's sandbox payment methods, or cancel. */
export const AmazonAnswer = z.object({ answer: z.enum([...AMAZON_TEST_METHODS, 'cancel']) });

/**
 * `POST /v1/orders/{id}/amazon-pay/sessions`: what the Amazon page shows (`amount`, integer cents, what the UX pays
 * now); no body: the order's amount. The recovery and balance pages say what their payment settles
 * (`recoverTransactionId`, `balance`): the session then opens on a confirmed order, for that payment's amount.
 */
export const AmazonSessionInput = z.object({
  amount: z.optional(positiveCents),
  recoverTransactionId: scheduleFields.recoverTransactionId,
  balance: scheduleFields.balance,
});

/** A merchant domain for Apple Pay or Amazon Pay (host name only; checked by domain/wallet-domains.ts). */
export const WalletDomainInput = z.object({
  method: z.enum(['applepay', 'amazonpay']),
  domain: z.string().check(z.minLength(1), z.maxLength(253)),
});

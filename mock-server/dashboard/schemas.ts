/** Request bodies of the dashboard's endpoints (zod/mini, readable English messages as the API's). */
import * as z from 'zod/mini';
import { MAX_CENTS } from '../schemas/requests.ts';

export const SignInInput = z.object({
  email: z.string().check(z.minLength(1, 'email: enter your email'), z.maxLength(320)),
  password: z.string().check(z.minLength(1, 'password: enter your password'), z.maxLength(1000)),
});

/** A withdrawal: `amount` in cents (default: the whole balance), `currency` (default EUR). */
export const WithdrawalInput = z.object({
  amount: z.optional(z.int().check(z.minimum(1, 'amount: at least 1 cent'), z.maximum(MAX_CENTS))),
  currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/, 'currency: an ISO 4217 code such as EUR'))),
});

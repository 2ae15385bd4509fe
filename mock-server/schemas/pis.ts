/** `POST /v1/hosted/pis/{id}/answer`: what the buyer answers on the simulated bank page. */
import * as z from 'zod/mini';

export const BankAnswerInput = z.object({ outcome: z.enum(['confirm', 'refuse', 'cancel']) });

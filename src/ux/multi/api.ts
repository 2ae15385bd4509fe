/** The multi and ANCV UX's calls to the platform (documented in docs/API.md); paying goes through the one payment flow. */
import type { ApiConfig } from '../../core/api.ts';
import { http } from '../../core/http.ts';
import { checker, PaymentResultShape, TransactionShape } from '../../core/contract/index.ts';

const PaymentResult = checker(PaymentResultShape);
const Transaction = checker(TransactionShape);

const encode = encodeURIComponent;

/** Polled while an ANCV request waits for the buyer's answer in the ANCV app. */
export const getTransaction = (api: ApiConfig, transactionId: string) =>
  http(api, { method: 'GET', path: `/v1/transactions/${encode(transactionId)}`, schema: Transaction });

/** Withdraws an ANCV request still waiting for the app. */
export const cancelAncvRequest = (api: ApiConfig, transactionId: string) =>
  http(api, { method: 'POST', path: `/v1/transactions/${encode(transactionId)}/cancel`, schema: PaymentResult });

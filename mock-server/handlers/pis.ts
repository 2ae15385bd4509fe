/**
 * The sandbox's simulated bank for bank transfer initiation (domain/pis.ts). Its page (`/bank/{transactionId}`) belongs
 * to the sandbox, not to the merchant: like the other hosted pages it needs no key, the transaction id in its URL being
 * the capability (an unguessable UUID, shown to nobody but the buyer who started the attempt).
 */
import { http, type HttpHandler } from 'msw';
import { bankById } from '../../src/core/pis-banks.ts';
import { domainContext, type DomainContext } from '../domain/context.ts';
import { DomainError, notFound } from '../domain/errors.ts';
import { answerBank } from '../domain/pis.ts';
import { platformById } from '../domain/platforms.ts';
import type { SandboxRuntime } from '../runtime.ts';
import { readableIssues } from '../schemas/locale.ts';
import { BankAnswerInput } from '../schemas/pis.ts';
import type { TransactionRecord } from '../state.ts';
import { isWellFormedId } from './body.ts';
import { failure, openEndpoint, readBody, success, toResponse, type Reply } from './kit.ts';
import { modeOf } from '../store/tables.ts';

/** What the bank page shows: amount, reference (the order's trackId, else its id), bank, merchant, status. */
function bankView(ctx: DomainContext, transaction: TransactionRecord) {
  const order = ctx.tx.orders.get(transaction.orderId);
  if (!order || transaction.paymentMethod !== 'pis' || !transaction.pis) throw notFound('Bank transfer initiation');
  return {
    transactionId: transaction.id,
    orderId: order.id,
    status: transaction.status,
    declineReason: transaction.declineReason ?? null,
    amount: transaction.amount,
    currency: order.currency,
    reference: order.trackId ?? order.id,
    bank: bankById(transaction.pis.bank)?.name ?? transaction.pis.bank,
    merchant: platformById(ctx.tx, order.platformId).name,
    locale: order.locale,
    expiresAt: transaction.pis.expiresAt,
  };
}

const initiation = (ctx: DomainContext, id: string) => {
  const transaction = isWellFormedId(id) ? ctx.tx.transactions.get(id) : undefined;
  if (!transaction) throw notFound('Bank transfer initiation');
  return transaction;
};

export function pisHandlers(runtime: SandboxRuntime): HttpHandler[] {
  return [
    openEndpoint(runtime, 'get', '/v1/hosted/pis/:id', ({ ctx, params }) => bankView(ctx, initiation(ctx, params.id ?? ''))),
    // The buyer's answer on the bank page, taken once: a second answer (a reload, a double click) is a 409 changing nothing.
    http.post('*/v1/hosted/pis/:id/answer', async ({ request, params }) => {
      const raw = await readBody(request, 'command');
      if (!raw.ok) return toResponse(raw.reply, request);
      const parsed = BankAnswerInput.safeParse(raw.value);
      if (!parsed.success) return toResponse(failure(400, 'invalid_request', readableIssues(parsed.error.issues)), request);
      const reply = await runtime.store
        .transact((tx): Reply => {
          const ctx = domainContext(tx, runtime.publicUrl(request));
          const transaction = initiation(ctx, String(params.id ?? ''));
          // The page's URL is the capability: what the answer records (operations, webhooks) is in the payment's mode.
          tx.mode = modeOf(transaction);
          bankView(ctx, transaction);
          answerBank(ctx, transaction, parsed.data.outcome);
          return success(bankView(ctx, transaction));
        })
        .catch((error: unknown) => {
          if (error instanceof DomainError) return failure(error.status, error.code, error.errors);
          throw error;
        });
      if (reply.status < 400) runtime.kick();
      return toResponse(reply, request);
    }),
  ];
}


/**
 * The SEPA Direct Debit UX's views: the mandate text shown before the pay button, and the outcome of a debit (scheduled,
 * then collected or refused as the order moves on), each in the page's language.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Transaction } from '../../core/contract/index.ts';
import type { SddWords } from './sdd-i18n.ts';

/** What the buyer's debit is, as the platform answered it and as live updates move it. */
export interface DebitReceipt {
  transactionId: string;
  amount: number;
  status: Transaction['status'];
  mandateReference: string;
  ibanLast4: string;
  debitDate: number;
}

/** The receipt of a payment answer (or of the same transaction in a later checkout); undefined without SDD details. */
export function receiptOf(transaction: Transaction): DebitReceipt | undefined {
  const debit = transaction.sdd;
  if (!debit) return undefined;
  return {
    transactionId: transaction.id,
    amount: transaction.amount,
    status: transaction.status,
    mandateReference: debit.mandateReference,
    ibanLast4: debit.ibanLast4,
    debitDate: debit.debitDate,
  };
}

/** The mandate the buyer gives by paying: the creditor named with its identifier, the amount, the buyer's rights. */
export function renderMandate(words: SddWords, creditor: { id: string; name: string }, amount: string): TemplateResult {
  return html`<section class="mandate" part="mandate" aria-labelledby="sg-sdd-mandate-title">
    <h2 part="heading" id="sg-sdd-mandate-title">${words.t('mandateTitle')}</h2>
    <p>${words.t('mandateText', { creditor: creditor.name, creditorId: creditor.id, amount })}</p>
    <p>${words.t('mandateRights')}</p>
    <p class="timing">${words.t('debitTiming')}</p>
  </section>`;
}

/** The outcome's title and body: scheduled while pending, then collected or refused. */
export function outcomeKeys(receipt: DebitReceipt) {
  if (receipt.status === 'failed') return ['failedTitle', 'failedBody'] as const;
  const collected = receipt.status === 'captured' || receipt.status === 'refunded' || receipt.status === 'refundedPartial';
  return collected ? (['collectedTitle', 'collectedBody'] as const) : (['scheduledTitle', 'scheduledBody'] as const);
}

/**
 * The outcome: "Direct debit scheduled for {date}" while pending (the order is `pending`), then collected or refused.
 * The title takes focus when it first shows; `retry` offers another account after a refusal.
 */
export function renderOutcome(
  words: SddWords,
  receipt: DebitReceipt,
  money: (cents: number) => string,
  options: { emailed: boolean; retry: () => void; retryLabel: string },
): TemplateResult {
  const params = { amount: money(receipt.amount), last4: receipt.ibanLast4, date: words.day(receipt.debitDate) };
  const [title, body] = outcomeKeys(receipt);
  const failed = title === 'failedTitle';
  const collected = title === 'collectedTitle';
  return html`<section class="notice ${failed ? 'danger' : 'success'}" part="success" aria-labelledby="sg-success-title">
    <h2 part="heading" id="sg-success-title" tabindex="-1">${words.t(title)}</h2>
    <p>${words.t(body, params)}</p>
    ${failed || collected ? nothing : html`<p>${words.t('scheduledFollowUp')}</p>`}
    <p class="reference">${words.t('mandateReference', { reference: receipt.mandateReference })}</p>
    ${options.emailed && !failed ? html`<p>${words.t('emailSent')}</p>` : nothing}
    ${failed ? html`<button class="button secondary" part="retry-button" type="button" @click=${options.retry}>${options.retryLabel}</button>` : nothing}
  </section>`;
}

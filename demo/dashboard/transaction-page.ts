/**
 * One transaction as the seed's transaction view shows it: amounts and status, the card summary (brand, last four
 * digits and expiry only: the platform never keeps a full number), its operations, the recovery link of an unpaid
 * installment (seed 004: "also available in the dashboard, on transaction details"), and a refund as the role allows.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { get } from './api.ts';
import { date, money, words } from './format.ts';
import { operationsTable } from './operations-table.ts';
import { DashboardPage } from './page.ts';
import './refund-form.ts';
import { can, type TransactionDetail } from './types.ts';

export class TransactionPage extends DashboardPage<TransactionDetail> {
  static override properties = { ...DashboardPage.properties, transactionId: { attribute: false } };

  declare transactionId: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('transactionId')) void this.load(() => get<TransactionDetail>(`/v1/dashboard/transactions/${encodeURIComponent(this.transactionId)}`));
  }

  override render() {
    return this.frame('Transaction', (detail) => {
      const { transaction, order } = detail;
      const currency = order.currency;
      const card = transaction.card;
      return html`
        <h1 tabindex="-1">Transaction <span class="id">${transaction.id}</span></h1>
        <p><a href="/dashboard/orders/${order.id}">Order ${order.id}</a>${order.trackId ? ` (${order.trackId})` : ''}</p>
        <section class="card" aria-labelledby="summary-title">
          <h2 id="summary-title">Summary</h2>
          <dl class="fields">
            <dt>Status</dt><dd><span class="status">${words(transaction.status)}</span></dd>
            <dt>Payment method</dt><dd>${transaction.paymentMethod}</dd>
            <dt>Amount</dt><dd>${money(transaction.amount, currency)}</dd>
            <dt>Captured</dt><dd>${money(transaction.amountCaptured, currency)}</dd>
            <dt>Refunded</dt><dd>${money(transaction.amountRefunded, currency)}</dd>
            <dt>Created</dt><dd>${date(transaction.createdAt)}</dd>
            <dt>Payer</dt><dd>${[transaction.firstName, transaction.lastName].filter(Boolean).join(' ') || '—'} ${transaction.email ? html`&lt;${transaction.email}&gt;` : nothing}</dd>
            ${card ? html`<dt>Card</dt><dd>${card.brand} •••• ${card.last4}, expires ${card.expiryMonth}/${card.expiryYear}</dd>` : nothing}
            ${transaction.declineReason ? html`<dt>Declined</dt><dd>${words(transaction.declineReason)}</dd>` : nothing}
            ${detail.installment
              ? html`<dt>Installment</dt><dd>${money(detail.installment.amount, currency)} due ${date(detail.installment.dueDate)}, ${detail.installment.status}</dd>`
              : nothing}
            ${detail.recoveryLink ? html`<dt>Recovery link</dt><dd><a href=${detail.recoveryLink}>${detail.recoveryLink}</a></dd>` : nothing}
          </dl>
        </section>
        ${can(this.account, 'refund') && detail.refundable > 0
          ? html`<section class="card" aria-labelledby="refund-title">
              <h2 id="refund-title">Refund this transaction</h2>
              <sg-dashboard-refund
                .action=${`/v1/dashboard/transactions/${transaction.id}/refund`}
                .refundable=${detail.refundable}
                .currency=${currency}
                .onRefunded=${(data: unknown) => (this.data = data as TransactionDetail)}
              ></sg-dashboard-refund>
            </section>`
          : nothing}
        <h2>Operations</h2>
        ${operationsTable(transaction.operations, currency, `Operations of ${transaction.id}`)}
      `;
    });
  }
}

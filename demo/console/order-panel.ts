/** The console's order panel: the order's figures (labelled), its links, installments and transactions, refund and cancel. */
import { html, nothing, type TemplateResult } from 'lit';
import { parseAmount } from '../../src/core/money.ts';
import { when } from '../shared/dates.ts';
import { actionError, formValues, money, scrollTable, status } from './bits.ts';
import type { ConsoleModel } from './model.ts';

export function orderPanel(model: ConsoleModel): TemplateResult {
  const { order, transactions } = model.state;
  if (!order) return html`<section aria-labelledby="order-title"><h2 id="order-title">Order</h2><p class="muted">No order yet.</p></section>`;
  const next = order.installments?.find((installment) => installment.status === 'pending');
  return html`<section class="wide" aria-labelledby="order-title">
    <h2 id="order-title">Order <code>${order.id}</code></h2>
    <dl class="facts">
      <div><dt>Status</dt><dd>${status(order.status)}</dd></div>
      <div><dt>Amount</dt><dd>${money(order.amount, order.currency)}</dd></div>
      <div><dt>Confirmed amount</dt><dd>${money(order.amountConfirmed, order.currency)}</dd></div>
      <div><dt>UX</dt><dd><code>${order.ux}</code></dd></div>
      <div><dt>Due</dt><dd>${when(order.dueDate)}</dd></div>
    </dl>
    <p>Hosted payment page: <a href=${order.redirectUrl} target="_blank" rel="noopener">${order.redirectUrl}</a>
      ${order.sharingLink ? html`<br />Sharing link: <a href=${order.sharingLink} target="_blank" rel="noopener">${order.sharingLink}</a>` : nothing}</p>
    ${order.installments?.length
      ? html`<h3>Installments</h3>
          ${scrollTable('Installments', html`<table><thead><tr><th scope="col">#</th><th scope="col">Amount</th><th scope="col">Due</th><th scope="col">Status</th><th scope="col">Transaction</th></tr></thead><tbody>
            ${order.installments.map((installment, index) => html`<tr><td>${index + 1}</td><td>${money(installment.amount, order.currency)}</td><td>${when(installment.dueDate)}</td><td>${status(installment.status)}</td><td><code>${installment.transactionId ?? '—'}</code></td></tr>`)}
          </tbody></table>`)}
          <button class="secondary" ?disabled=${!next} @click=${() => next && void model.clockTo(next.dueDate + 1000, 'order')}>Move the clock to the next due date</button>`
      : nothing}
    <h3>Transactions</h3>
    ${transactions.length
      ? scrollTable('Transactions', html`<table><thead><tr><th scope="col">Transaction</th><th scope="col">Method</th><th scope="col">Amount</th><th scope="col">Captured</th><th scope="col">Refunded</th><th scope="col">Status</th><th scope="col">Operations</th></tr></thead><tbody>
          ${transactions.map((transaction) => html`<tr>
            <td><code>${transaction.id}</code>${transaction.card ? html`<br /><span class="muted">${transaction.card.brand} •••• ${transaction.card.last4}</span>` : nothing}</td>
            <td>${transaction.paymentMethod}</td><td>${money(transaction.amount, order.currency)}</td><td>${money(transaction.amountCaptured, order.currency)}</td><td>${money(transaction.amountRefunded, order.currency)}</td>
            <td>${status(transaction.status)}${transaction.declineReason ? html`<br /><span class="muted">${transaction.declineReason}</span>` : nothing}</td>
            <td>${(transaction.operations ?? []).map((operation) => html`<div>${operation.type} ${money(operation.amount, order.currency)} <span class="muted">${when(operation.date)}</span></div>`)}</td>
          </tr>`)}
        </tbody></table>`)
      : html`<p class="muted">No transaction yet.</p>`}
    <form class="row" @submit=${(event: Event) => {
      event.preventDefault();
      const typed = formValues(event.target as HTMLFormElement).refundAmount ?? '';
      const amount = typed ? parseAmount(typed) : null;
      if (typed && (amount === null || amount === 0)) model.showError('order', `Refund amount: "${typed}" is not an amount; type one such as 12.50, or nothing to refund everything`);
      else void model.refund(amount);
    }}>
      <div><label for="refund-amount">Refund amount (empty: everything)</label><input id="refund-amount" name="refundAmount" inputmode="decimal" /></div>
      <div><button type="submit">Refund</button><button type="button" class="secondary" @click=${() => void model.cancel()}>Cancel order</button><button type="button" class="secondary" @click=${() => void model.refreshOrder()}>Refresh</button></div>
    </form>
    ${actionError(model, 'order')}
  </section>`;
}

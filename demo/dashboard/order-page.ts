/**
 * One order as the seed's order view shows it: its fields, buyer, items and installments, each transaction with its
 * operations, the webhooks and messages sent about it, its payment or sharing link; and, as the role allows, refund
 * and cancel (the same domain functions as the API's).
 */
import { html, nothing, type PropertyValues } from 'lit';
import { ApiError, get, post } from './api.ts';
import { date, money, words } from './format.ts';
import { operationsTable } from './operations-table.ts';
import { DashboardPage } from './page.ts';
import './refund-form.ts';
import { can, type OrderDetail } from './types.ts';

export class OrderPage extends DashboardPage<OrderDetail> {
  static override properties = { ...DashboardPage.properties, orderId: { attribute: false }, cancelError: { state: true }, sendNote: { state: true }, busy: { state: true } };

  declare orderId: string;
  declare cancelError: string | null;
  /** What "send again" did, or why it could not. */
  declare sendNote: { ok: boolean; text: string } | null;
  /** While a cancel or a sending runs: a second press would send the link twice, or report the first cancel as an error. */
  declare busy: boolean;

  constructor() {
    super();
    this.busy = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('orderId')) void this.load(() => get<OrderDetail>(`/v1/dashboard/orders/${encodeURIComponent(this.orderId)}`));
  }

  async #cancel(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.cancelError = null;
    try {
      this.data = await post<OrderDetail>(`/v1/dashboard/orders/${encodeURIComponent(this.orderId)}/cancel`);
    } catch (error) {
      this.cancelError = error instanceof ApiError ? error.message : 'The sandbox could not be reached: try again';
    } finally {
      this.busy = false;
    }
  }

  async #sendAgain(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      await post(`/v1/dashboard/orders/${encodeURIComponent(this.orderId)}/send-link`, { sendByEmail: true });
      this.sendNote = { ok: true, text: 'The payment link was sent again by email.' };
      this.data = await get<OrderDetail>(`/v1/dashboard/orders/${encodeURIComponent(this.orderId)}`);
    } catch (error) {
      this.sendNote = { ok: false, text: error instanceof ApiError ? error.message : 'The sandbox could not be reached: try again' };
    } finally {
      this.busy = false;
    }
  }

  #actions(detail: OrderDetail) {
    const { order } = detail;
    const refund = can(this.account, 'refund') && detail.refundable > 0;
    const cancel = can(this.account, 'cancel') && detail.cancelable;
    // An expired link cannot be sent again (the sandbox refuses it, 409 link_expired): the action is not offered.
    const resend = can(this.account, 'createLinks') && !!order.email && (order.status === 'initiated' || order.status === 'pending') && !detail.link?.expired;
    if (!refund && !cancel && !resend) return nothing;
    return html`<section class="card" aria-labelledby="actions-title">
      <h2 id="actions-title">Actions</h2>
      ${refund
        ? html`<sg-dashboard-refund
            .action=${`/v1/dashboard/orders/${order.id}/refund`}
            .refundable=${detail.refundable}
            .currency=${order.currency}
            .onRefunded=${(data: unknown) => (this.data = data as OrderDetail)}
          ></sg-dashboard-refund>`
        : nothing}
      ${cancel
        ? html`<p class="actions">
              <button class="button secondary" type="button" aria-disabled=${this.busy ? 'true' : 'false'} @click=${() => void this.#cancel()}>Cancel the order</button>
              <span class="muted">Releases what is not captured yet.</span>
            </p>
            ${this.cancelError ? html`<p class="notice danger" role="alert">${this.cancelError}</p>` : nothing}`
        : nothing}
      ${resend
        ? html`<p class="actions">
            <button class="button secondary" type="button" aria-disabled=${this.busy ? 'true' : 'false'} @click=${() => void this.#sendAgain()}>Send the link again by email</button>
            <span class="muted">To ${order.email}; the same order and link.</span>
          </p>`
        : nothing}
      ${this.sendNote?.ok === false ? html`<p class="notice danger" role="alert">${this.sendNote.text}</p>` : nothing}
      <p role="status">${this.sendNote?.ok ? this.sendNote.text : ''}</p>
    </section>`;
  }

  override render() {
    return this.frame('Order', (detail) => {
      const { order } = detail;
      const currency = order.currency;
      return html`
        <h1 tabindex="-1">Order <span class="id">${order.id}</span></h1>
        <p><a href="/dashboard/platforms/${order.platformId}/orders">Orders of ${detail.platform?.name ?? 'the platform'}</a></p>
        <section class="card" aria-labelledby="summary-title">
          <h2 id="summary-title">Summary</h2>
          <dl class="fields">
            <dt>Status</dt><dd><span class="status">${words(order.status)}</span></dd>
            <dt>Amount</dt><dd>${money(order.amount, currency)}</dd>
            <dt>Confirmed</dt><dd>${money(order.amountConfirmed, currency)}</dd>
            <dt>Refunded</dt><dd>${money(order.amountRefunded ?? 0, currency)}</dd>
            <dt>Module</dt><dd>${order.ux}</dd>
            <dt>trackId</dt><dd>${order.trackId ?? '—'}</dd>
            <dt>Created</dt><dd>${date(order.createdAt)}</dd>
            <dt>Updated</dt><dd>${date(order.updatedAt)}</dd>
            ${order.dueDate ? html`<dt>Due date</dt><dd>${date(order.dueDate)}</dd>` : nothing}
            <dt>Buyer</dt><dd>${[order.firstName, order.lastName].filter(Boolean).join(' ') || '—'} ${order.email ? html`&lt;${order.email}&gt;` : nothing}</dd>
            <dt>Payment link</dt><dd><a href=${order.redirectUrl}>${order.redirectUrl}</a></dd>
            ${detail.link ? html`<dt>Link expiry</dt><dd>${detail.link.expired ? `Expired ${date(detail.link.expiresAt)}: it can no longer be paid` : `Expires ${date(detail.link.expiresAt)}`}</dd>` : nothing}
            ${order.sharingLink ? html`<dt>Sharing link</dt><dd><a href=${order.sharingLink}>${order.sharingLink}</a></dd>` : nothing}
          </dl>
        </section>
        ${this.#actions(detail)}
        ${order.items.length
          ? html`<h2>Items</h2>
              <div class="table-wrap" role="region" aria-label="Items" tabindex="0"><table>
                <caption>${order.items.length} ${order.items.length === 1 ? 'item' : 'items'}</caption>
                <thead><tr><th scope="col">Name</th><th scope="col">trackId</th><th scope="col" class="num">Quantity</th><th scope="col" class="num">Amount</th></tr></thead>
                <tbody>${order.items.map((item) => html`<tr><td>${item.name ?? '—'}</td><td>${item.trackId ?? '—'}</td><td class="num">${item.quantity}</td><td class="num">${money(item.amount, currency)}</td></tr>`)}</tbody>
              </table></div>`
          : nothing}
        ${order.installments?.length
          ? html`<h2>Installments</h2>
              <div class="table-wrap" role="region" aria-label="Installments" tabindex="0"><table>
                <caption>Schedule</caption>
                <thead><tr><th scope="col">Due</th><th scope="col" class="num">Amount</th><th scope="col">Status</th><th scope="col">Transaction</th></tr></thead>
                <tbody>${order.installments.map(
                  (installment) => html`<tr><td>${date(installment.dueDate)}</td><td class="num">${money(installment.amount, currency)}</td><td>${installment.status}</td>
                    <td>${installment.transactionId ? html`<a class="id" href="/dashboard/transactions/${installment.transactionId}">${installment.transactionId}</a>` : '—'}</td></tr>`,
                )}</tbody>
              </table></div>`
          : nothing}
        <h2>Transactions</h2>
        ${detail.transactions.length === 0 ? html`<p>No payment yet.</p>` : nothing}
        ${detail.transactions.map(
          (transaction) => html`<section class="card" aria-label="Transaction ${transaction.id}">
            <h3><a class="id" href="/dashboard/transactions/${transaction.id}">${transaction.id}</a></h3>
            <p>${words(transaction.status)} · ${transaction.paymentMethod} · ${money(transaction.amount, currency)} asked, ${money(transaction.amountCaptured, currency)} captured,
              ${money(transaction.amountRefunded, currency)} refunded</p>
            ${transaction.recoveryLink ? html`<p>Recovery link: <a href=${transaction.recoveryLink}>${transaction.recoveryLink}</a></p>` : nothing}
            ${operationsTable(transaction.operations, currency, `Operations of ${transaction.id}`)}
          </section>`,
        )}
        ${detail.transfers.length ? transfersTable(detail.transfers, currency) : nothing}
        <h2>Webhooks</h2>
        <div class="table-wrap" role="region" aria-label="Webhooks" tabindex="0"><table>
          <caption>${detail.webhooks.length} webhook deliveries</caption>
          <thead><tr><th scope="col">Event</th><th scope="col">Status</th><th scope="col" class="num">Attempts</th><th scope="col">Created</th><th scope="col">URL</th></tr></thead>
          <tbody>${detail.webhooks.map((hook) => html`<tr><td>${hook.event}</td><td>${words(hook.status)}${hook.lastStatus ? ` (${hook.lastStatus})` : ''}</td><td class="num">${hook.attempts}</td><td>${date(hook.createdAt)}</td><td>${hook.url ?? 'no endpoint'}</td></tr>`)}</tbody>
        </table></div>
        <h2>Emails and SMS</h2>
        <div class="table-wrap" role="region" aria-label="Emails and SMS" tabindex="0"><table>
          <caption>${detail.messages.length} messages</caption>
          <thead><tr><th scope="col">Channel</th><th scope="col">To</th><th scope="col">Subject</th><th scope="col">Sent</th></tr></thead>
          <tbody>${detail.messages.map((message) => html`<tr><td>${message.channel}</td><td>${message.to}</td><td>${message.subject}</td><td>${date(message.date)}</td></tr>`)}</tbody>
        </table></div>
      `;
    });
  }
}

/** A virtual IBAN order's bank transfers: what each credited, what was surplus, what went back to its sender and why. */
function transfersTable(transfers: OrderDetail['transfers'], currency: string) {
  return html`<h2>Bank transfers</h2>
    <div class="table-wrap" role="region" aria-label="Bank transfers" tabindex="0"><table>
      <caption>${transfers.length} transfers to the virtual IBAN</caption>
      <thead><tr><th scope="col">Transfer</th><th scope="col" class="num">Amount</th><th scope="col" class="num">Credited</th><th scope="col" class="num">Surplus</th><th scope="col" class="num">Returned</th><th scope="col">Received</th></tr></thead>
      <tbody>${transfers.map(
        (transfer) => html`<tr><td>${transfer.transferId}</td><td class="num">${money(transfer.amount, currency)}</td><td class="num">${money(transfer.credited, currency)}</td><td class="num">${money(transfer.surplus, currency)}</td><td class="num">${money(transfer.returned, currency)}${transfer.returnReason === 'link_expired' ? ' (payment link expired)' : ''}</td><td>${date(transfer.receivedAt)}</td></tr>`,
      )}</tbody>
    </table></div>`;
}

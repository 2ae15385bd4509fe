/**
 * QA console panel "Recurring payments": the platform's customers (with their default card), subscriptions and the
 * chosen subscription's invoices, and a form creating a subscription (optionally on a customer, with debitAuto).
 * Self-contained: it renders into the container it is given with a secret key (the console mounts it for the platform
 * it shows), and refreshes itself; the clock panel moves the cycles.
 *
 *   const panel = mountRecurringPanel(element, { secretKey });
 *   panel.update({ secretKey: other });
 */
import { html, nothing, render } from 'lit';
import { formatMoney, parseAmount } from '../../src/core/money.ts';
import { pager, scrollTable } from '../console/bits.ts';
import { firstPage, loadPage, newerPage, olderPage, type Paged } from '../console/paging.ts';
import { when } from '../shared/dates.ts';
import { call } from '../shared/sandbox.ts';

export interface RecurringPanelOptions {
  secretKey: string;
}

export interface RecurringPanel {
  update(options: RecurringPanelOptions): void;
  refresh(): Promise<void>;
  destroy(): void;
}

interface Card { last4: string; paymentMethod: string; expiryMonth: string; expiryYear: string }
interface Customer { id: string; email?: string; methods: { id: string; default: boolean; card: Card }[] }
interface Subscription { id: string; status: string; amount: number; currency: string; cycleRank: number; nextCycleAt: number | null; customerId?: string; email?: string; schedule: { period: string; interval: number }; lastInvoicePaymentLink?: string; updateCardLink: string }
interface Invoice { id: string; cycleRank: number; amount: number; currency: string; status: string; dueDate: number; orderId: string; attempts: number }

const REFRESH_EVERY_MS = 3_000;
const money = (cents: number, currency: string) => formatMoney(cents, currency, 'en');
const status = (value: string) => html`<span class="status ${value}">${value}</span>`;

export function mountRecurringPanel(container: HTMLElement, initial: RecurringPanelOptions): RecurringPanel {
  let options = { ...initial };
  // Each list a page at a time (ten, newest first), walked with the API's startingAfter cursor.
  let customers: Paged<Customer> = firstPage();
  let subscriptions: Paged<Subscription> = firstPage();
  let invoices: Paged<Invoice> = firstPage();
  let chosen: string | null = null;
  let error = '';
  let busy = false;

  async function refresh(): Promise<void> {
    const key = options.secretKey;
    try {
      [customers, subscriptions] = await Promise.all([loadPage('/v1/customers', key, '', customers), loadPage('/v1/subscriptions', key, '', subscriptions)]);
      invoices = chosen ? await loadPage('/v1/invoices', key, `&subscriptionId=${encodeURIComponent(chosen)}`, invoices) : firstPage();
    } catch (thrown) {
      error = thrown instanceof Error ? thrown.message : String(thrown);
    }
    draw();
  }

  async function create(form: HTMLFormElement): Promise<void> {
    const values = Object.fromEntries([...new FormData(form).entries()].map(([key, value]) => [key, String(value).trim()]));
    const amount = parseAmount(values.amount ?? '');
    if (!amount) {
      error = 'Amount: type an amount such as 9.90';
      return draw();
    }
    const body: Record<string, unknown> = { amount, schedule: { period: values.period, interval: Number(values.interval || 1) } };
    if (values.email) body.email = values.email;
    if (values.customerId) body.customerId = values.customerId;
    if (values.debitAuto === 'on') body.debitAuto = true;
    busy = true;
    error = '';
    draw();
    try {
      chosen = (await call<Subscription>('POST', '/v1/subscriptions', options.secretKey, body)).id;
      subscriptions = firstPage();
      invoices = firstPage();
    } catch (thrown) {
      error = thrown instanceof Error ? thrown.message : String(thrown);
    }
    busy = false;
    await refresh();
  }

  function turn<T extends { id: string }>(paged: Paged<T>, direction: 'newer' | 'older', keep: (moved: Paged<T>) => void): void {
    keep(direction === 'older' ? olderPage(paged) : newerPage(paged));
    void refresh();
  }

  function draw(): void {
    const defaultCard = (customer: Customer) => {
      const card = customer.methods.find((method) => method.default)?.card;
      return card ? `${card.paymentMethod} •••• ${card.last4} ${card.expiryMonth}/${card.expiryYear}` : 'no card';
    };
    render(
      html`${error ? html`<p class="error" role="alert">${error}</p>` : nothing}
        <form aria-labelledby="recurring-create" aria-busy=${String(busy)} @submit=${(event: Event) => {
          event.preventDefault();
          void create(event.target as HTMLFormElement);
        }}>
          <h3 id="recurring-create">Create a subscription</h3>
          <label for="sub-amount">Amount (€)</label><input id="sub-amount" name="amount" inputmode="decimal" value="9.90" />
          <label for="sub-email">Buyer email (the link is emailed)</label><input id="sub-email" name="email" type="email" placeholder="buyer@example.com" />
          <label for="sub-period">Period</label>
          <select id="sub-period" name="period"><option>monthly</option><option>daily</option><option>yearly</option></select>
          <label for="sub-interval">Interval</label><input id="sub-interval" name="interval" type="number" min="1" value="1" />
          <label for="sub-customer">Customer</label>
          <select id="sub-customer" name="customerId"><option value="">none</option>${customers.items.map((customer) => html`<option value=${customer.id}>${customer.email ?? customer.id} (${defaultCard(customer)})</option>`)}</select>
          <label><input type="checkbox" name="debitAuto" /> debitAuto (debit the customer's default card at once)</label>
          <button type="submit" ?disabled=${busy}>Create subscription</button>
        </form>
        <h3>Subscriptions</h3>
        ${scrollTable('Subscriptions', html`<table><thead><tr><th scope="col">Id</th><th scope="col">Status</th><th scope="col">Amount</th><th scope="col">Cycle</th><th scope="col">Next cycle</th><th scope="col">Links</th></tr></thead>
          <tbody>${subscriptions.items.map((subscription) => html`<tr>
            <td><button type="button" class="link" aria-pressed=${String(chosen === subscription.id)} @click=${() => { chosen = subscription.id; invoices = firstPage(); void refresh(); }}><code>${subscription.id.slice(0, 13)}…</code></button></td>
            <td>${status(subscription.status)}</td><td>${money(subscription.amount, subscription.currency)} ${subscription.schedule.period} ×${subscription.schedule.interval}</td>
            <td>${subscription.cycleRank}</td><td>${when(subscription.nextCycleAt)}</td>
            <td>${subscription.lastInvoicePaymentLink ? html`<a href=${subscription.lastInvoicePaymentLink} target="_blank">last invoice</a> · ` : nothing}<a href=${subscription.updateCardLink} target="_blank">update card</a></td>
          </tr>`)}</tbody></table>`)}
        ${pager('Subscription', subscriptions, busy, (direction) => turn(subscriptions, direction, (moved) => (subscriptions = moved)))}
        ${chosen ? html`<h3>Invoices of <code>${chosen.slice(0, 13)}…</code></h3>
          ${scrollTable('Invoices', html`<table><thead><tr><th scope="col">Cycle</th><th scope="col">Date</th><th scope="col">Amount</th><th scope="col">Status</th><th scope="col">Attempts</th><th scope="col">Order</th></tr></thead>
            <tbody>${invoices.items.map((invoice) => html`<tr><td>${invoice.cycleRank}</td><td>${when(invoice.dueDate)}</td><td>${money(invoice.amount, invoice.currency)}</td><td>${status(invoice.status)}</td><td>${invoice.attempts}</td><td><a href=${`/pay/${invoice.orderId}`} target="_blank"><code>${invoice.orderId.slice(0, 13)}…</code></a></td></tr>`)}</tbody></table>`)}
          ${pager('Invoice', invoices, busy, (direction) => turn(invoices, direction, (moved) => (invoices = moved)))}` : nothing}
        <h3>Customers</h3>
        <ul>${customers.items.map((customer) => html`<li><code>${customer.id.slice(0, 13)}…</code> ${customer.email ?? ''}: ${defaultCard(customer)} (${customer.methods.length} saved)</li>`)}</ul>
        ${pager('Customer', customers, busy, (direction) => turn(customers, direction, (moved) => (customers = moved)))}`,
      container,
    );
  }

  const timer = setInterval(() => {
    if (!document.hidden && !busy) void refresh();
  }, REFRESH_EVERY_MS);
  void refresh();
  return {
    update(next) {
      options = { ...next };
      chosen = null;
      [customers, subscriptions, invoices] = [firstPage(), firstPage(), firstPage()];
      void refresh();
    },
    refresh,
    destroy() {
      clearInterval(timer);
      render(nothing, container);
    },
  };
}

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
import { scrollTable } from '../console/bits.ts';
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
  let customers: Customer[] = [];
  let subscriptions: Subscription[] = [];
  let invoices: Invoice[] = [];
  let chosen: string | null = null;
  let error = '';
  let busy = false;

  const get = <T>(path: string) => call<T>('GET', path, options.secretKey);

  async function refresh(): Promise<void> {
    try {
      [customers, subscriptions] = await Promise.all([get<Customer[]>('/v1/customers?order=desc&limit=20'), get<Subscription[]>('/v1/subscriptions?order=desc&limit=20')]);
      invoices = chosen ? await get<Invoice[]>(`/v1/invoices?subscriptionId=${encodeURIComponent(chosen)}`) : [];
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
    } catch (thrown) {
      error = thrown instanceof Error ? thrown.message : String(thrown);
    }
    busy = false;
    await refresh();
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
          <select id="sub-customer" name="customerId"><option value="">none</option>${customers.map((customer) => html`<option value=${customer.id}>${customer.email ?? customer.id} (${defaultCard(customer)})</option>`)}</select>
          <label><input type="checkbox" name="debitAuto" /> debitAuto (debit the customer's default card at once)</label>
          <button type="submit" ?disabled=${busy}>Create subscription</button>
        </form>
        <h3>Subscriptions</h3>
        ${scrollTable('Subscriptions', html`<table><thead><tr><th scope="col">Id</th><th scope="col">Status</th><th scope="col">Amount</th><th scope="col">Cycle</th><th scope="col">Next cycle</th><th scope="col">Links</th></tr></thead>
          <tbody>${subscriptions.map((subscription) => html`<tr>
            <td><button type="button" class="link" aria-pressed=${String(chosen === subscription.id)} @click=${() => { chosen = subscription.id; void refresh(); }}><code>${subscription.id.slice(0, 13)}…</code></button></td>
            <td>${status(subscription.status)}</td><td>${money(subscription.amount, subscription.currency)} ${subscription.schedule.period} ×${subscription.schedule.interval}</td>
            <td>${subscription.cycleRank}</td><td>${when(subscription.nextCycleAt)}</td>
            <td>${subscription.lastInvoicePaymentLink ? html`<a href=${subscription.lastInvoicePaymentLink} target="_blank">last invoice</a> · ` : nothing}<a href=${subscription.updateCardLink} target="_blank">update card</a></td>
          </tr>`)}</tbody></table>`)}
        ${chosen ? html`<h3>Invoices of <code>${chosen.slice(0, 13)}…</code></h3>
          ${scrollTable('Invoices', html`<table><thead><tr><th scope="col">Cycle</th><th scope="col">Date</th><th scope="col">Amount</th><th scope="col">Status</th><th scope="col">Attempts</th><th scope="col">Order</th></tr></thead>
            <tbody>${invoices.map((invoice) => html`<tr><td>${invoice.cycleRank}</td><td>${when(invoice.dueDate)}</td><td>${money(invoice.amount, invoice.currency)}</td><td>${status(invoice.status)}</td><td>${invoice.attempts}</td><td><a href=${`/pay/${invoice.orderId}`} target="_blank"><code>${invoice.orderId.slice(0, 13)}…</code></a></td></tr>`)}</tbody></table>`)}` : nothing}
        <h3>Customers</h3>
        <ul>${customers.map((customer) => html`<li><code>${customer.id.slice(0, 13)}…</code> ${customer.email ?? ''}: ${defaultCard(customer)} (${customer.methods.length} saved)</li>`)}</ul>`,
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
      void refresh();
    },
    refresh,
    destroy() {
      clearInterval(timer);
      render(nothing, container);
    },
  };
}

/**
 * A platform's orders: search (order id, trackId, email), filters (status, module, payment method, creation dates),
 * newest first, a page at a time, with the totals of every page and the CSV export of exactly what the filters select.
 * The filters live in the address, so that a filtered list can be shared, reloaded and exported as it is.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { ORDER_STATUSES, PAYMENT_METHODS, UX_VALUES } from '../../src/core/schemas.ts';
import { ApiError, download, request } from './api.ts';
import { date, money, words } from './format.ts';
import { DashboardPage } from './page.ts';
import { platformNav } from './platform-nav.ts';
import { navigate } from './routes.ts';
import { can, type ListedOrder, type Totals } from './types.ts';

const PAGE_SIZE = 20;
const FILTERS = ['q', 'status', 'module', 'paymentMethod', 'from', 'to'] as const;

interface OrdersData {
  orders: ListedOrder[];
  /** Orders come after this page ("Next page"). */
  hasMore: boolean;
  /** Orders come before this page ("Previous page"). */
  hasPrevious: boolean;
  totals: Totals;
}

export class OrdersPage extends DashboardPage<OrdersData> {
  static override properties = { ...DashboardPage.properties, platformId: { attribute: false }, query: { attribute: false }, exportError: { state: true } };

  declare platformId: string;
  declare query: URLSearchParams;
  /** Why the last export failed, said next to it. */
  declare exportError: string | null;

  constructor() {
    super();
    this.exportError = null;
  }

  /** The filters of the address, without the page cursor. */
  #filters(): URLSearchParams {
    const filters = new URLSearchParams();
    for (const name of FILTERS) {
      const value = this.query.get(name);
      if (value) filters.set(name, value);
    }
    return filters;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('platformId') || changed.has('query')) {
      const paging = new URLSearchParams(this.#filters());
      paging.set('order', 'desc');
      paging.set('limit', String(PAGE_SIZE));
      // The cursors of the address: after the last order of the page shown (next), or before its first (previous).
      const after = this.query.get('after');
      const before = this.query.get('before');
      if (after) paging.set('startingAfter', after);
      else if (before) paging.set('endingBefore', before);
      void this.load(async () => {
        const answer = await request<ListedOrder[]>('GET', `/v1/dashboard/platforms/${encodeURIComponent(this.platformId)}/orders?${paging}`);
        return { orders: answer.data, hasMore: answer.hasMore === true, hasPrevious: answer['hasPrevious'] === true, totals: answer['totals'] as Totals };
      });
    }
  }

  /** The address of the page after (`after`) or before (`before`) the order `id`, with the same filters. */
  #pageUrl(filters: URLSearchParams, cursor: 'after' | 'before', id: string): string {
    return `${location.pathname}?${new URLSearchParams([...filters, [cursor, id]])}`;
  }

  /** The export through `download` (api.ts): an ended session goes to sign-in instead of saving its error as a CSV. */
  #export(event: MouseEvent, url: string): void {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    this.exportError = null;
    download(url).catch((error: unknown) => {
      if (error instanceof ApiError && error.status === 401) return;
      this.exportError = error instanceof ApiError ? error.message : 'The sandbox could not be reached: try again';
    });
  }

  #apply(event: SubmitEvent): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const filters = new URLSearchParams();
    for (const name of FILTERS) {
      const value = String(data.get(name) ?? '').trim();
      if (value) filters.set(name, value);
    }
    navigate(`${location.pathname}${filters.size ? `?${filters}` : ''}`);
  }

  /** What the sandbox refused in the address's filters, by field (`q`, `status`, … and `''` for the rest); empty when none. */
  #refused(): Map<string, string[]> {
    return this.failure instanceof ApiError && this.failure.status === 400 ? this.failure.byField() : new Map();
  }

  /** `aria-invalid` and the message of a refused filter, so that it is said at its field. */
  #invalid(name: string) {
    const errors = this.#refused().get(name);
    return { invalid: errors ? 'true' : 'false', describedBy: errors ? `${name}-error` : nothing, message: errors ? html`<span class="field-error" id="${name}-error">${errors.join(' ')}</span>` : nothing };
  }

  #select(name: string, label: string, values: readonly string[]) {
    const current = this.query.get(name) ?? '';
    const { invalid, describedBy, message } = this.#invalid(name);
    return html`<label
      >${label}
      <select name=${name} aria-invalid=${invalid} aria-describedby=${describedBy}>
        <option value="" ?selected=${current === ''}>All</option>
        ${values.map((value) => html`<option value=${value} ?selected=${current === value}>${words(value)}</option>`)}
      </select>
      ${message}
    </label>`;
  }

  #input(name: 'q' | 'from' | 'to', label: string, type: string, placeholder?: string) {
    const { invalid, describedBy, message } = this.#invalid(name);
    // The sandbox searches at most 200 characters (dashboard/query.ts).
    return html`<label
      >${label}
      <input name=${name} type=${type} .value=${this.query.get(name) ?? ''} placeholder=${placeholder ?? nothing} maxlength=${name === 'q' ? '200' : nothing} aria-invalid=${invalid} aria-describedby=${describedBy} />
      ${message}
    </label>`;
  }

  #form() {
    return html`<form class="filters card" role="search" aria-label="Orders" @submit=${this.#apply}>
      ${this.#input('q', 'Search', 'search', 'Order id, trackId or email')}
      ${this.#select('status', 'Status', ORDER_STATUSES)} ${this.#select('module', 'Module', UX_VALUES)}
      ${this.#select('paymentMethod', 'Payment method', PAYMENT_METHODS)}
      ${this.#input('from', 'Created from', 'date')} ${this.#input('to', 'Created until', 'date')}
      <div class="actions">
        <button class="button" type="submit">Apply filters</button>
        <a href=${location.pathname}>Clear</a>
      </div>
    </form>`;
  }

  #totals(totals: Totals) {
    const currencies = Object.entries(totals.amounts);
    return html`<p role="status" class="totals">
      ${totals.orders} ${totals.orders === 1 ? 'order' : 'orders'} · ${totals.operations} ${totals.operations === 1 ? 'operation' : 'operations'}
      ${currencies.map(
        ([currency, sums]) =>
          html` · authorised ${money(sums.authorization, currency)} · captured <span data-total="capture">${money(sums.capture, currency)}</span> ·
            voided ${money(sums.void, currency)} · refunded <span data-total="refund">${money(sums.refund, currency)}</span>`,
      )}
    </p>`;
  }

  override render() {
    const platform = this.account.platforms.find((candidate) => candidate.id === this.platformId);
    const refused = this.#refused();
    // Filters the sandbox refuses (reversed dates, a search too long, a status the address made up) keep the form, so
    // that they can be corrected where they are said; no list is shown for them.
    if (refused.size) {
      return html`<h1 tabindex="-1">${platform?.name ?? 'Platform'}: orders</h1>
        ${platformNav(this.platformId, 'orders')}
        <p class="notice danger" role="alert">These filters cannot be applied: ${[...refused.values()].flat().join('; ')}.</p>
        ${this.#form()}`;
    }
    return this.frame('Orders', (data) => {
      const filters = this.#filters();
      const exportUrl = `/v1/dashboard/platforms/${encodeURIComponent(this.platformId)}/operations.csv${filters.size ? `?${filters}` : ''}`;
      const [first, last] = [data.orders[0], data.orders.at(-1)];
      return html`
        <h1 tabindex="-1">${platform?.name ?? 'Platform'}: orders</h1>
        ${platformNav(this.platformId, 'orders')}
        ${this.#form()}
        <div class="actions">
          ${this.#totals(data.totals)}
          ${can(this.account, 'export') ? html`<a class="button secondary" href=${exportUrl} download @click=${(event: MouseEvent) => this.#export(event, exportUrl)}>Export CSV</a>` : nothing}
          ${can(this.account, 'createLinks') ? html`<a class="button" href="/dashboard/platforms/${this.platformId}/payment-links/new">+ Create a payment link</a>` : nothing}
        </div>
        ${this.exportError ? html`<p class="notice danger" role="alert">${this.exportError}</p>` : nothing}
        <div class="table-wrap" role="region" aria-label="Orders" tabindex="0">
          <table>
            <caption>Orders, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Order</th><th scope="col">trackId</th><th scope="col">Buyer</th><th scope="col">Status</th><th scope="col">Module</th>
                <th scope="col">Paid with</th><th scope="col" class="num">Amount</th><th scope="col">Created</th>
              </tr>
            </thead>
            <tbody>
              ${data.orders.length === 0 ? html`<tr><td colspan="8">No order matches these filters.</td></tr>` : nothing}
              ${data.orders.map(
                (order) => html`<tr>
                  <td><a class="id" href="/dashboard/orders/${order.id}">${order.id}</a></td>
                  <td>${order.trackId ?? '—'}</td>
                  <td>${order.email ?? '—'}</td>
                  <td><span class="status">${words(order.status)}</span></td>
                  <td>${order.ux}</td>
                  <td>${order.paymentMethods.join(', ') || '—'}</td>
                  <td class="num">${money(order.amount, order.currency)}</td>
                  <td>${date(order.createdAt)}</td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>
        <nav class="pager" aria-label="Pages">
          ${data.hasPrevious && first
            ? html`<span class="back">
                <a href=${`${location.pathname}${filters.size ? `?${filters}` : ''}`}>First page</a>
                <a href=${this.#pageUrl(filters, 'before', first.id)} rel="prev">Previous page</a>
              </span>`
            : html`<span></span>`}
          ${data.hasMore && last ? html`<a href=${this.#pageUrl(filters, 'after', last.id)} rel="next">Next page</a>` : nothing}
        </nav>
      `;
    });
  }
}

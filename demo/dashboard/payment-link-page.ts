/**
 * "+ Create a payment link" (seed 004, "Pay by link"): module, amount, reference, items, buyer, and whether to send the link by
 * email and/or SMS now. What the form or the server refuses is said at its field, and nothing is created; once created,
 * the order's page opens (its payment link, the messages sent).
 */
import { html, nothing, type PropertyValues } from 'lit';
import { currencyDigits, parseAmount } from '../../src/core/money.ts';
import { ApiError, get, post } from './api.ts';
import { words } from './format.ts';
import { DashboardPage } from './page.ts';
import { navigate } from './routes.ts';
import { itemErrors, itemsFieldset, readItems } from './link-items.ts';

interface Created {
  id: string;
}

type Field = 'ux' | 'amount' | 'trackId' | 'email' | 'firstName' | 'lastName' | 'phone' | 'expiresInDays' | '';

/** How long a link can be paid, in days (the server takes 1 to 365); the first one is the default. */
const EXPIRIES: [string, string][] = [
  ['30', '30 days'],
  ['1', '1 day'],
  ['7', '7 days'],
  ['90', '90 days'],
  ['', 'Never'],
];

export class PaymentLinkPage extends DashboardPage<{ uxs: string[]; name: string }> {
  static override properties = { ...DashboardPage.properties, platformId: { attribute: false }, errors: { state: true }, busy: { state: true }, itemRows: { state: true } };

  declare platformId: string;
  declare errors: Map<string, string[]>;
  /** While the order is being created: a second press would create a second order and send the link twice. */
  declare busy: boolean;
  /** Stable keys of the item rows shown (a removed row's inputs go with it). */
  declare itemRows: number[];
  #nextRow = 0;

  constructor() {
    super();
    this.errors = new Map();
    this.busy = false;
    this.itemRows = [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('platformId')) {
      void this.load(async () => {
        const settings = await get<{ name: string; settings: { uxs: string[] } }>(`/v1/dashboard/platforms/${encodeURIComponent(this.platformId)}/settings`);
        return { uxs: settings.settings.uxs, name: settings.name };
      });
    }
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const data = new FormData(event.target as HTMLFormElement);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const read = readItems(data, this.itemRows, 'EUR');
    // Items without an amount typed: the amount is what they add up to.
    const itemsTotal = read.items.reduce((sum, item) => sum + item.amount * (item.quantity ?? 1), 0);
    const fromItems = text('amount') === '' && this.itemRows.length > 0;
    const amount = fromItems ? itemsTotal : parseAmount(text('amount'), currencyDigits('EUR'));
    const errors = new Map<string, string[]>(read.errors);
    if (amount === null) errors.set('amount', ['enter an amount such as 49.90']);
    else if (amount === 0 && !fromItems) errors.set('amount', ['enter an amount above zero']);
    this.errors = errors;
    if (errors.size === 0 && amount !== null) {
      const body: Record<string, unknown> = { ux: text('ux'), amount, sendByEmail: data.get('sendByEmail') === 'on', sendBySms: data.get('sendBySms') === 'on' };
      for (const name of ['trackId', 'email', 'firstName', 'lastName', 'phone']) if (text(name)) body[name] = text(name);
      if (text('expiresInDays')) body.expiresInDays = Number(text('expiresInDays'));
      if (read.items.length) body.items = read.items;
      this.busy = true;
      try {
        const created = await post<Created>(`/v1/dashboard/platforms/${encodeURIComponent(this.platformId)}/payment-links`, body);
        navigate(`/dashboard/orders/${created.id}`);
        return;
      } catch (error) {
        if (error instanceof ApiError) {
          // `items.1.amount: …` names a row's field: said there, not in the general message.
          const fields = new ApiError(error.status, error.errors.filter((message) => !/^items[.:]/.test(message)), error.code).byField();
          for (const [name, messages] of itemErrors(error.errors)) fields.set(name, messages);
          this.errors = fields;
        } else this.errors = new Map([['', ['The sandbox could not be reached: try again']]]);
      } finally {
        this.busy = false;
      }
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  /** A new row takes the focus at its name, so that a keyboard user types on. */
  async #addItem(): Promise<void> {
    const row = this.#nextRow++;
    this.itemRows = [...this.itemRows, row];
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`input[name="item-name-${row}"]`)?.focus();
  }

  /** A removed row took its button with it: the focus goes to "Add an item" rather than to the page's start. */
  async #removeItem(row: number): Promise<void> {
    this.itemRows = this.itemRows.filter((kept) => kept !== row);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('fieldset.items > button')?.focus();
  }

  #input(name: Field, label: string, type = 'text', extra: { inputmode?: string; autocomplete?: string } = {}) {
    const errors = this.errors.get(name);
    return html`<label
      >${label}
      <input
        name=${name}
        type=${type}
        inputmode=${extra.inputmode ?? nothing}
        autocomplete=${extra.autocomplete ?? 'off'}
        aria-invalid=${errors ? 'true' : 'false'}
        aria-describedby=${errors ? `${name}-error` : nothing}
      />
      ${errors ? html`<span class="field-error" id="${name}-error">${errors.join(' ')}</span>` : nothing}
    </label>`;
  }

  override render() {
    return this.frame('Create a payment link', (platform) => {
      const general = [...this.errors].filter(([field]) => !['ux', 'amount', 'trackId', 'email', 'firstName', 'lastName', 'phone', 'expiresInDays'].includes(field) && !field.startsWith('items'));
      const expiryErrors = this.errors.get('expiresInDays');
      return html`
        <h1 tabindex="-1">Create a payment link</h1>
        <p><a href="/dashboard/platforms/${this.platformId}/orders">Orders of ${platform.name}</a></p>
        ${general.length ? html`<p class="notice danger" role="alert">${general.flatMap(([, messages]) => messages).join(' ')}</p>` : nothing}
        <form novalidate class="card filters" @submit=${this.#submit}>
          <label
            >Module
            <select name="ux">
              ${platform.uxs.map((ux) => html`<option value=${ux}>${words(ux)}</option>`)}
            </select>
          </label>
          ${this.#input('amount', 'Amount (EUR)', 'text', { inputmode: 'decimal' })} ${this.#input('trackId', 'Reference (trackId)')}
          ${this.#input('email', 'Buyer email', 'email', { autocomplete: 'off' })} ${this.#input('firstName', 'First name')}
          ${this.#input('lastName', 'Last name')} ${this.#input('phone', 'Buyer phone', 'tel', { inputmode: 'tel' })}
          <label
            >Link expires after
            <select name="expiresInDays" aria-invalid=${expiryErrors ? 'true' : 'false'} aria-describedby=${expiryErrors ? 'expiresInDays-error' : nothing}>
              ${EXPIRIES.map(([value, label]) => html`<option value=${value}>${label}</option>`)}
            </select>
            ${expiryErrors ? html`<span class="field-error" id="expiresInDays-error">${expiryErrors.join(' ')}</span>` : nothing}
          </label>
          ${itemsFieldset(
            this.itemRows,
            this.errors,
            'EUR',
            () => void this.#addItem(),
            (row) => void this.#removeItem(row),
          )}
          <fieldset style="border: 0; padding: 0; margin: 0;">
            <legend style="font-weight: 600; font-size: 0.9em;">Send the link now</legend>
            <label style="display: flex; gap: 0.5em; align-items: center;"><input type="checkbox" name="sendByEmail" style="min-height: auto;" /> Send by email</label>
            <label style="display: flex; gap: 0.5em; align-items: center;"><input type="checkbox" name="sendBySms" style="min-height: auto;" /> Send by SMS</label>
          </fieldset>
          <div class="actions"><button class="button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>Create the payment link</button></div>
        </form>
      `;
    });
  }
}

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
import { amountExample, itemErrors, itemsFieldset, readItems } from './link-items.ts';

interface Created {
  id: string;
}

type Field = 'ux' | 'currency' | 'amount' | 'trackId' | 'email' | 'firstName' | 'lastName' | 'phone' | 'expiresInDays' | '';

const CURRENCY_NAMES = new Intl.DisplayNames(['en'], { type: 'currency' });

/** How long a link can be paid, in days (the server takes 1 to 365); the first one is the default. */
const EXPIRIES: [string, string][] = [
  ['30', '30 days'],
  ['1', '1 day'],
  ['7', '7 days'],
  ['90', '90 days'],
  ['', 'Never'],
];

interface LinkSettings {
  uxs: string[];
  name: string;
  /** The currencies each module takes (the platform's answer), by ux. */
  currencies: Record<string, string[]>;
}

export class PaymentLinkPage extends DashboardPage<LinkSettings> {
  static override properties = {
    ...DashboardPage.properties,
    platformId: { attribute: false },
    errors: { state: true },
    busy: { state: true },
    itemRows: { state: true },
    ux: { state: true },
    currency: { state: true },
  };

  declare platformId: string;
  declare errors: Map<string, string[]>;
  /** While the order is being created: a second press would create a second order and send the link twice. */
  declare busy: boolean;
  /** Stable keys of the item rows shown (a removed row's inputs go with it). */
  declare itemRows: number[];
  /** The module chosen ('' until the settings are read: the platform's first). */
  declare ux: string;
  /** The currency chosen: the amounts are typed in its units. */
  declare currency: string;
  #nextRow = 0;

  constructor() {
    super();
    this.errors = new Map();
    this.busy = false;
    this.itemRows = [];
    this.ux = '';
    this.currency = 'EUR';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('platformId')) {
      void this.load(async () => {
        const settings = await get<{ name: string; settings: { uxs: string[] }; currencies: Record<string, string[]> }>(`/v1/dashboard/platforms/${encodeURIComponent(this.platformId)}/settings`);
        this.#choose(settings.settings.uxs[0] ?? '', settings.currencies);
        return { uxs: settings.settings.uxs, name: settings.name, currencies: settings.currencies };
      });
    }
  }

  /** Chooses the module `ux`: the currency stays when the module takes it, else EUR (or the module's first). */
  #choose(ux: string, currencies: Record<string, string[]>): void {
    const taken = currencies[ux] ?? ['EUR'];
    this.ux = ux;
    if (!taken.includes(this.currency)) this.currency = taken.includes('EUR') ? 'EUR' : (taken[0] ?? 'EUR');
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const data = new FormData(event.target as HTMLFormElement);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const currency = this.currency;
    const read = readItems(data, this.itemRows, currency);
    // Items without an amount typed: the amount is what they add up to.
    const itemsTotal = read.items.reduce((sum, item) => sum + item.amount * (item.quantity ?? 1), 0);
    const fromItems = text('amount') === '' && this.itemRows.length > 0;
    const amount = fromItems ? itemsTotal : parseAmount(text('amount'), currencyDigits(currency));
    const errors = new Map<string, string[]>(read.errors);
    if (amount === null) errors.set('amount', [`enter an amount such as ${amountExample(4990, currency)}`]);
    else if (amount === 0 && !fromItems) errors.set('amount', ['enter an amount above zero']);
    this.errors = errors;
    if (errors.size === 0 && amount !== null) {
      const body: Record<string, unknown> = { ux: text('ux'), currency, amount, sendByEmail: data.get('sendByEmail') === 'on', sendBySms: data.get('sendBySms') === 'on' };
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

  #digits(): number {
    return currencyDigits(this.currency);
  }

  /** The currencies the chosen module takes; the amounts below are typed in the one chosen. */
  #currency(taken: string[]) {
    const errors = this.errors.get('currency');
    return html`<label
      >Currency
      <select
        name="currency"
        aria-invalid=${errors ? 'true' : 'false'}
        aria-describedby=${errors ? 'currency-error' : nothing}
        @change=${(event: Event) => (this.currency = (event.target as HTMLSelectElement).value)}
      >
        ${taken.map((code) => html`<option value=${code} ?selected=${code === this.currency}>${code} · ${CURRENCY_NAMES.of(code)}</option>`)}
      </select>
      ${errors ? html`<span class="field-error" id="currency-error">${errors.join(' ')}</span>` : nothing}
    </label>`;
  }

  override render() {
    return this.frame('Create a payment link', (platform) => {
      const general = [...this.errors].filter(([field]) => !['ux', 'currency', 'amount', 'trackId', 'email', 'firstName', 'lastName', 'phone', 'expiresInDays'].includes(field) && !field.startsWith('items'));
      const expiryErrors = this.errors.get('expiresInDays');
      return html`
        <h1 tabindex="-1">Create a payment link</h1>
        <p><a href="/dashboard/platforms/${this.platformId}/orders">Orders of ${platform.name}</a></p>
        ${general.length ? html`<p class="notice danger" role="alert">${general.flatMap(([, messages]) => messages).join(' ')}</p>` : nothing}
        <form novalidate class="card filters" @submit=${this.#submit}>
          <label
            >Module
            <select name="ux" @change=${(event: Event) => this.#choose((event.target as HTMLSelectElement).value, platform.currencies)}>
              ${platform.uxs.map((ux) => html`<option value=${ux} ?selected=${ux === this.ux}>${words(ux)}</option>`)}
            </select>
          </label>
          ${this.#currency(platform.currencies[this.ux] ?? ['EUR'])}
          ${this.#input('amount', `Amount (${this.currency})`, 'text', { inputmode: this.#digits() ? 'decimal' : 'numeric' })} ${this.#input('trackId', 'Reference (trackId)')}
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
            this.currency,
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

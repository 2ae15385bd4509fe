/**
 * A platform's merchant wallet: the balance per currency (captured − refunded − withdrawn; ANCV paid by ANCV directly;
 * pay later and financed installments in full at confirmation), a withdrawal form as the role allows, and the history
 * of withdrawal operations (linked to no transaction).
 */
import { html, nothing, type PropertyValues } from 'lit';
import { centsToDecimalString, currencyDigits, parseAmount } from '../../src/core/money.ts';
import { ApiError, get, post } from './api.ts';
import { date, money } from './format.ts';
import { DashboardPage } from './page.ts';
import { platformNav } from './platform-nav.ts';
import { can } from './types.ts';

interface Wallet {
  balances: Record<string, number>;
  withdrawals: { id: string; type: 'withdrawal'; amount: number; currency: string; date: number; requestedBy: string }[];
}

export class WithdrawalsPage extends DashboardPage<Wallet> {
  static override properties = { ...DashboardPage.properties, platformId: { attribute: false }, fieldErrors: { state: true }, done: { state: true }, busy: { state: true } };

  declare platformId: string;
  /** What was refused, by currency. */
  declare fieldErrors: Map<string, string>;
  declare done: string | null;
  /** While a withdrawal is being recorded: a second press would be refused (or withdraw twice) and hide the first's success. */
  declare busy: boolean;

  constructor() {
    super();
    this.fieldErrors = new Map();
    this.done = null;
    this.busy = false;
  }

  #path(): string {
    return `/v1/dashboard/platforms/${encodeURIComponent(this.platformId)}/withdrawals`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('platformId')) void this.load(() => get<Wallet>(this.#path()));
  }

  async #withdraw(event: SubmitEvent, currency: string, balance: number): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const amount = parseAmount(String(new FormData(event.target as HTMLFormElement).get('amount') ?? ''), currencyDigits(currency));
    this.done = null;
    let error: string | null = null;
    if (amount === null) error = `Enter an amount such as ${centsToDecimalString(balance, currencyDigits(currency))}`;
    else if (amount === 0) error = 'The amount must be above zero';
    else if (amount > balance) error = `At most ${money(balance, currency)} can be withdrawn`;
    this.fieldErrors = error ? new Map([[currency, error]]) : new Map();
    if (error || amount === null) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>(`#withdraw-amount-${currency}`)?.focus();
      return;
    }
    this.busy = true;
    try {
      this.data = await post<Wallet>(this.#path(), { amount, currency });
      this.done = `Withdrew ${money(amount, currency)}.`;
    } catch (failure) {
      const message = failure instanceof ApiError ? failure.errors.map((text) => text.replace(/^amount: /, '')).join(' ') : 'The sandbox could not be reached: try again';
      this.fieldErrors = new Map([[currency, message]]);
    } finally {
      this.busy = false;
    }
  }

  /** One form per currency with money to withdraw: each balance is its own (cents of different currencies never add up). */
  #forms(balances: Record<string, number>) {
    if (!can(this.account, 'withdraw')) return nothing;
    const withdrawable = Object.entries(balances).filter(([, cents]) => cents > 0);
    if (withdrawable.length === 0) return html`<p>Nothing to withdraw.</p>`;
    return withdrawable.map(([currency, balance]) => {
      const error = this.fieldErrors.get(currency);
      const id = `withdraw-amount-${currency}`;
      return html`<form novalidate class="actions" @submit=${(event: SubmitEvent) => void this.#withdraw(event, currency, balance)}>
        <label
          >Amount to withdraw (${currency})
          <input
            id=${id}
            name="amount"
            inputmode="decimal"
            autocomplete="off"
            .value=${centsToDecimalString(balance, currencyDigits(currency))}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${error ? `${id}-error` : nothing}
          />
          ${error ? html`<span class="field-error" id="${id}-error">${error}</span>` : nothing}
        </label>
        <button class="button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>Withdraw ${currency}</button>
      </form>`;
    });
  }

  override render() {
    const platform = this.account.platforms.find((candidate) => candidate.id === this.platformId);
    return this.frame('Withdrawals', (wallet) => html`
      <h1 tabindex="-1">${platform?.name ?? 'Platform'}: withdrawals</h1>
      ${platformNav(this.platformId, 'withdrawals')}
      <section class="card" aria-labelledby="balance-title">
        <h2 id="balance-title">Balance</h2>
        <dl class="fields">
          ${Object.entries(wallet.balances).map(([currency, cents]) => html`<dt>${currency}</dt><dd data-balance=${currency}>${money(cents, currency)}</dd>`)}
        </dl>
        <p class="muted">Captured less refunded less withdrawn. ANCV payments are paid to you by ANCV; pay later and financed installments count in full once confirmed.</p>
        ${this.#forms(wallet.balances)}
        <p role="status">${this.done ?? ''}</p>
      </section>
      <div class="table-wrap" role="region" aria-label="Withdrawals" tabindex="0">
        <table>
          <caption>Withdrawals, newest first</caption>
          <thead><tr><th scope="col">Operation</th><th scope="col" class="num">Amount</th><th scope="col">Date</th><th scope="col">Asked by</th></tr></thead>
          <tbody>
            ${wallet.withdrawals.length === 0 ? html`<tr><td colspan="4">No withdrawal yet.</td></tr>` : nothing}
            ${wallet.withdrawals.map(
              (withdrawal) => html`<tr><td class="id">${withdrawal.id}</td><td class="num">${money(withdrawal.amount, withdrawal.currency)}</td><td>${date(withdrawal.date)}</td><td>${withdrawal.requestedBy}</td></tr>`,
            )}
          </tbody>
        </table>
      </div>
    `);
  }
}

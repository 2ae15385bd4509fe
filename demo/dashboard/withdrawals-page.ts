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
  static override properties = { ...DashboardPage.properties, platformId: { attribute: false }, fieldError: { state: true }, done: { state: true }, busy: { state: true } };

  declare platformId: string;
  declare fieldError: string | null;
  declare done: string | null;
  /** While a withdrawal is being recorded: a second press would be refused (or withdraw twice) and hide the first's success. */
  declare busy: boolean;

  constructor() {
    super();
    this.fieldError = null;
    this.done = null;
    this.busy = false;
  }

  #path(): string {
    return `/v1/dashboard/platforms/${encodeURIComponent(this.platformId)}/withdrawals`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('platformId')) void this.load(() => get<Wallet>(this.#path()));
  }

  async #withdraw(event: SubmitEvent, balance: number): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const amount = parseAmount(String(new FormData(event.target as HTMLFormElement).get('amount') ?? ''), currencyDigits('EUR'));
    this.done = null;
    if (amount === null) this.fieldError = 'Enter an amount such as 12.50';
    else if (amount === 0) this.fieldError = 'The amount must be above zero';
    else if (amount > balance) this.fieldError = `At most ${money(balance, 'EUR')} can be withdrawn`;
    else this.fieldError = null;
    if (this.fieldError || amount === null) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#withdraw-amount')?.focus();
      return;
    }
    this.busy = true;
    try {
      this.data = await post<Wallet>(this.#path(), { amount, currency: 'EUR' });
      this.done = `Withdrew ${money(amount, 'EUR')}.`;
    } catch (error) {
      this.fieldError = error instanceof ApiError ? error.errors.map((message) => message.replace(/^amount: /, '')).join(' ') : 'The sandbox could not be reached: try again';
    } finally {
      this.busy = false;
    }
  }

  #form(balance: number) {
    if (!can(this.account, 'withdraw')) return nothing;
    if (balance <= 0) return html`<p>Nothing to withdraw in EUR.</p>`;
    return html`<form novalidate class="actions" @submit=${(event: SubmitEvent) => void this.#withdraw(event, balance)}>
      <label
        >Amount to withdraw (EUR)
        <input
          id="withdraw-amount"
          name="amount"
          inputmode="decimal"
          autocomplete="off"
          .value=${centsToDecimalString(balance, 2)}
          aria-invalid=${this.fieldError ? 'true' : 'false'}
          aria-describedby=${this.fieldError ? 'withdraw-error' : nothing}
        />
        ${this.fieldError ? html`<span class="field-error" id="withdraw-error">${this.fieldError}</span>` : nothing}
      </label>
      <button class="button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>Withdraw</button>
    </form>`;
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
        ${this.#form(wallet.balances['EUR'] ?? 0)}
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

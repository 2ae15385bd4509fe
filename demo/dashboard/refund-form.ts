/**
 * `<sg-dashboard-refund>`: refund any amount up to what is refundable, exactly (the remaining amount itself is allowed,
 * one cent more is refused: hyperswitch-control-center#3799). The amount is typed in the currency's units and parsed to
 * cents digit by digit (src/core/money.ts); what the form or the server refuses is said at the field.
 */
import { html, LitElement, nothing } from 'lit';
import { centsToDecimalString, currencyDigits, parseAmount } from '../../src/core/money.ts';
import { ApiError, post } from './api.ts';
import { money } from './format.ts';
import { dashboardStyles } from './styles.ts';

export class RefundForm extends LitElement {
  static override styles = dashboardStyles;
  static override properties = {
    action: { attribute: false },
    refundable: { attribute: false },
    currency: { attribute: false },
    fieldError: { state: true },
    alert: { state: true },
    done: { state: true },
    busy: { state: true },
  };

  /** The dashboard endpoint to POST `{amount}` to. */
  declare action: string;
  declare refundable: number;
  declare currency: string;
  declare fieldError: string | null;
  declare alert: string | null;
  declare done: string | null;
  declare busy: boolean;
  /** Called with the endpoint's answer once the refund is made. */
  onRefunded: (data: unknown) => void = () => undefined;

  constructor() {
    super();
    this.fieldError = null;
    this.alert = null;
    this.done = null;
    this.busy = false;
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const typed = String(new FormData(event.target as HTMLFormElement).get('amount') ?? '');
    const amount = parseAmount(typed, currencyDigits(this.currency));
    this.alert = null;
    this.done = null;
    if (amount === null) this.fieldError = `Enter an amount such as ${centsToDecimalString(this.refundable, currencyDigits(this.currency))}`;
    else if (amount === 0) this.fieldError = 'The amount must be above zero';
    else if (amount > this.refundable) this.fieldError = `At most ${money(this.refundable, this.currency)} is left to refund`;
    else this.fieldError = null;
    if (this.fieldError || amount === null) {
      await this.updateComplete;
      this.renderRoot.querySelector('input')?.focus();
      return;
    }
    this.busy = true;
    try {
      const data = await post(this.action, { amount });
      this.done = `Refunded ${money(amount, this.currency)}.`;
      this.onRefunded(data);
    } catch (error) {
      const fields = error instanceof ApiError ? error.byField() : new Map([['', ['The sandbox could not be reached: try again']]]);
      this.fieldError = fields.get('amount')?.join(' ') ?? null;
      this.alert = [...fields].filter(([field]) => field !== 'amount').flatMap(([, messages]) => messages).join(' ') || null;
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const digits = currencyDigits(this.currency);
    const id = 'refund-amount';
    return html`<form novalidate @submit=${this.#submit} class="actions">
        <label
          >Amount to refund (${this.currency})
          <input
            id=${id}
            name="amount"
            inputmode="decimal"
            autocomplete="off"
            .value=${centsToDecimalString(this.refundable, digits)}
            aria-invalid=${this.fieldError ? 'true' : 'false'}
            aria-describedby="refund-hint${this.fieldError ? ' refund-error' : ''}"
          />
          <span class="muted" id="refund-hint">Up to ${money(this.refundable, this.currency)}</span>
          ${this.fieldError ? html`<span class="field-error" id="refund-error">${this.fieldError}</span>` : nothing}
        </label>
        <button class="button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>Refund</button>
      </form>
      ${this.alert ? html`<p class="notice danger" role="alert">${this.alert}</p>` : nothing}
      <p role="status">${this.done ?? ''}</p>`;
  }
}

if (!customElements.get('sg-dashboard-refund')) customElements.define('sg-dashboard-refund', RefundForm);

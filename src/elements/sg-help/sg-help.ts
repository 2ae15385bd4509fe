/**
 * `<sg-help>`: a short explanation, for buyers, of how the order's module works (pay now, share with a group, pay
 * later, installments, transfer, debit…), with the order's amount and deadline. Mounted by `ShareGroop.initHelp`; loads
 * the order with the public key like `<sg-link>` and reports the same states and events. A chunk of its own.
 */
import { html, LitElement, nothing } from 'lit';
import { getCheckoutSummary } from '../../core/checkout-api.ts';
import type { CheckoutSummary } from '../../core/contract/index.ts';
import { toCaptainError } from '../../core/errors.ts';
import { SgErrorEvent, SgReadyEvent } from '../../events/index.ts';
import { LocaleController } from '../../parts/locale-controller.ts';
import { followTheme } from '../../styles/theme.ts';
import { base, tokens } from '../../styles/tokens.styles.ts';
import { failureMessage, needStateWords, needsStateWords, renderLoadState, type LoadFailure, type LoadState } from '../checkout-states.ts';
import { hostStyles } from '../host.styles.ts';
import { helpWords } from './help-words.ts';
import { helpStyles } from './sg-help.styles.ts';

type HelpState = LoadState | { kind: 'ready'; checkout: CheckoutSummary };

/**
 * A short explanation, for buyers, of how the order's module works (pay now, share with a group, several cards, pay
 * later, installments, transfer, bank, direct debit), with its amount and deadline, in the page's language. Mounted by
 * `ShareGroop.initHelp`; loads the order with the public key like `<sg-link>`.
 *
 * @summary How the order's payment module works, explained to buyers.
 * @fires {SgReadyEvent} sg-ready - the order is loaded and its explanation shown (`onReady`). `detail`: `{ order: string, amount: number, amountRemaining: number, currency: string, status: OrderStatus, ux: Ux }`
 * @fires {SgErrorEvent} sg-error - unknown order, key refused, network down, attributes missing (`onError`). `detail`: `{ code: CaptainErrorCode, message: string, order?: string }`
 * @csspart help - the explanation
 * @csspart loading - the loading state
 * @csspart error - the load failure notice
 * @csspart retry-button - Retry after a load failure
 * @csspart closed - the notice of an order that can no longer be paid
 * @csspart heading - the title of a notice
 * @cssprop --sg-color-text - and every other `--sg-*` token of docs/THEMING.md, as on `<sg-captain>`
 */
export class SgHelp extends LitElement {
  static override styles = [tokens, base, hostStyles, helpStyles];
  static override properties = {
    orderId: { attribute: 'order-id' },
    publicKey: { attribute: 'public-key' },
    locale: { reflect: true },
    apiUrl: { attribute: 'api-url' },
    theme: {},
    state: { state: true },
  };

  /** Id of the order to explain. */
  declare orderId: string | undefined;
  /** The platform's public key (`pk_test_…`). */
  declare publicKey: string | undefined;
  /** The buyer's language as a BCP 47 tag (`fr`, `fr-CH`…); English by default. */
  declare locale: string;
  /** Origin of the platform's API; defaults to the page's origin. */
  declare apiUrl: string | undefined;
  /** `light` (default), `dark` or `auto` (docs/THEMING.md). */
  declare theme: string | undefined;
  declare state: HelpState;
  #generation = 0;
  /** The words of `locale`, switched live without reading the order again (the language asked last wins). */
  readonly #words = new LocaleController(this);

  constructor() {
    super();
    this.orderId = undefined;
    this.publicKey = undefined;
    this.locale = 'en';
    this.apiUrl = undefined;
    this.state = { kind: 'loading' };
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    followTheme(this, changed);
    if (changed.has('locale')) void this.#words.ask(this.locale);
    if (['orderId', 'publicKey', 'apiUrl'].some((key) => changed.has(key))) void this.#load();
  }

  async #load(): Promise<void> {
    const generation = ++this.#generation;
    this.state = { kind: 'loading' };
    await this.#words.ready;
    if (generation !== this.#generation) return;
    if (!this.publicKey || !this.orderId) return this.#fail('config');
    try {
      const checkout = await getCheckoutSummary({ apiUrl: this.apiUrl || location.origin, key: this.publicKey }, this.orderId);
      if (generation !== this.#generation) return;
      this.state = { kind: 'ready', checkout };
      const { order, amountRemaining } = checkout;
      this.dispatchEvent(new SgReadyEvent({ order: order.id, amount: order.amount, amountRemaining, currency: order.currency, status: order.status, ux: order.ux }));
    } catch (error) {
      if (generation === this.#generation) await this.#fail(toCaptainError(error).code);
    }
  }

  async #fail(failure: LoadFailure): Promise<void> {
    if (needsStateWords(failure)) failure = await needStateWords().then(() => failure, () => 'network' as const);
    this.state = { kind: 'failed', failure };
    const code = failure === 'config' ? 'invalid_request' : failure;
    this.dispatchEvent(new SgErrorEvent({ code, message: failureMessage(failure, this.#words.i18n), order: this.orderId }));
  }

  protected override render() {
    const { state } = this;
    const { i18n } = this.#words;
    if (state.kind !== 'ready') return renderLoadState(state, i18n, () => void this.#load());
    const { order } = state.checkout;
    const params = { amount: i18n.money(order.amount, order.currency), date: order.dueDate === undefined ? '' : i18n.date(order.dueDate) };
    const { title, steps, deadline } = helpWords(i18n, order.ux, params);
    return html`<section class="help" part="help" lang=${i18n.locale} aria-labelledby="sg-help-title">
      <h2 id="sg-help-title">${title}</h2>
      ${steps.map((step) => html`<p>${step}</p>`)}
      ${order.dueDate !== undefined && order.ux !== 'single' ? html`<p>${deadline}</p>` : nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-help': SgHelp;
  }
}

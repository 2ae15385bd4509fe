/**
 * `<sg-link>`: shows the sharing link of a split order with a Copy button. Minimal for now (the split UX is a later
 * issue) but real: it loads the order like `<sg-captain>` and reports the same states and events.
 */
import { html, LitElement, nothing } from 'lit';
import { getCheckout } from '../../core/api.ts';
import { toCaptainError } from '../../core/errors.ts';
import { englishI18n, loadI18n, type I18n } from '../../core/i18n/index.ts';
import type { Checkout } from '../../core/contract/index.ts';
import { SgErrorEvent, SgReadyEvent } from '../../events/index.ts';
import { renderLiveRegion } from '../../parts/live-region.ts';
import { base, tokens } from '../../styles/tokens.styles.ts';
import { failureMessage, needStateWords, needsStateWords, renderLoadState, type LoadFailure, type LoadState } from '../checkout-states.ts';
import { hostStyles } from '../host.styles.ts';
import { linkText } from './link-i18n.ts';
import { linkStyles } from './sg-link.styles.ts';

type LinkState = LoadState | { kind: 'ready'; checkout: Checkout };

/**
 * @fires sg-ready - the order is loaded
 * @fires sg-error - unknown order, wrong key, network down
 * @csspart link-input, copy-button, share-button - the link and its buttons (share only where the browser has a share sheet)
 */
export class SgLink extends LitElement {
  static override styles = [tokens, base, hostStyles, linkStyles];
  static override properties = {
    orderId: { attribute: 'order-id' },
    publicKey: { attribute: 'public-key' },
    locale: { reflect: true },
    apiUrl: { attribute: 'api-url' },
    state: { state: true },
    announcement: { state: true },
  };

  declare orderId: string | undefined;
  declare publicKey: string | undefined;
  declare locale: string;
  declare apiUrl: string | undefined;
  declare state: LinkState;
  declare announcement: string;
  private loadGeneration = 0;
  private i18n: I18n;

  constructor() {
    super();
    this.orderId = undefined;
    this.publicKey = undefined;
    this.locale = 'en';
    this.apiUrl = undefined;
    this.state = { kind: 'loading' };
    this.announcement = '';
    this.i18n = englishI18n;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (['orderId', 'publicKey', 'apiUrl', 'locale'].some((key) => changed.has(key))) void this.load();
  }

  private async load(): Promise<void> {
    const generation = ++this.loadGeneration;
    this.state = { kind: 'loading' };
    this.i18n = await loadI18n(this.locale);
    if (generation !== this.loadGeneration) return;
    if (!this.publicKey || !this.orderId) {
      void this.fail('config');
      return;
    }
    try {
      const checkout = await getCheckout({ apiUrl: this.apiUrl || location.origin, key: this.publicKey }, this.orderId);
      if (generation !== this.loadGeneration) return;
      this.state = { kind: 'ready', checkout };
      const { order, amountRemaining } = checkout;
      this.dispatchEvent(
        new SgReadyEvent({ order: order.id, amount: order.amount, amountRemaining, currency: order.currency, status: order.status, ux: order.ux }),
      );
    } catch (error) {
      if (generation === this.loadGeneration) void this.fail(toCaptainError(error).code);
    }
  }

  private async fail(failure: LoadFailure): Promise<void> {
    if (needsStateWords(failure)) failure = await needStateWords().then(() => failure, () => 'network' as const);
    this.state = { kind: 'failed', failure };
    const code = failure === 'config' ? 'invalid_request' : failure;
    this.dispatchEvent(new SgErrorEvent({ code, message: failureMessage(failure, this.i18n), order: this.orderId }));
  }

  private async copy(link: string): Promise<void> {
    // Emptied first, so that copying twice is announced twice (a live region speaks changes only).
    this.announcement = '';
    await this.updateComplete;
    try {
      await navigator.clipboard.writeText(link);
      this.announcement = linkText(this.i18n, 'linkCopied');
    } catch {
      this.renderRoot.querySelector('input')?.select();
      this.announcement = linkText(this.i18n, 'linkCopyFailed');
    }
  }

  /** The platform's share sheet (phones, some desktops); the button exists only where the browser has one. */
  private async share(link: string): Promise<void> {
    try {
      await navigator.share({ title: linkText(this.i18n, 'linkTitle'), url: link });
    } catch {
      // The buyer closed the sheet, or sharing failed: the link and Copy are still there.
    }
  }

  protected override render() {
    const { state, i18n } = this;
    if (state.kind !== 'ready') return renderLoadState(state, i18n, () => void this.load());
    const link = state.checkout.order.sharingLink;
    return html`<section class="link" lang=${i18n.locale} aria-labelledby="sg-link-title">
      <h2 id="sg-link-title">${linkText(i18n, 'linkTitle')}</h2>
      ${link
        ? html`<label for="sg-link-input">${linkText(i18n, 'linkLabel')}</label>
            <div class="row">
              <input id="sg-link-input" part="link-input" type="url" readonly .value=${link} @focus=${(event: FocusEvent) => (event.target as HTMLInputElement).select()} />
              <button type="button" class="button" part="copy-button" @click=${() => this.copy(link)}>${linkText(i18n, 'linkCopy')}</button>
              ${typeof navigator.share === 'function'
                ? html`<button type="button" class="button secondary" part="share-button" @click=${() => this.share(link)}>${linkText(i18n, 'linkShare')}</button>`
                : nothing}
            </div>`
        : html`<p>${linkText(i18n, 'linkMissing')}</p>`}
      ${renderLiveRegion(this.announcement)}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-link': SgLink;
  }
}

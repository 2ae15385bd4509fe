/**
 * `<sg-link>`: shows the sharing link of a split order with a Copy button. Minimal for now (the split UX is a later
 * issue) but real: it loads the order like `<sg-captain>` and reports the same states and events.
 */
import { html, LitElement, nothing } from 'lit';
import { getCheckout } from '../../core/api.ts';
import { toCaptainError } from '../../core/errors.ts';
import type { I18n } from '../../core/i18n/index.ts';
import { Announcement } from '../../parts/announcement.ts';
import { LocaleController } from '../../parts/locale-controller.ts';
import type { Checkout } from '../../core/contract/index.ts';
import { SgErrorEvent, SgReadyEvent } from '../../events/index.ts';
import { LiveOrderController } from '../../parts/live-order.ts';
import { renderLiveRegion } from '../../parts/live-region.ts';
import { followTheme } from '../../styles/theme.ts';
import { base, tokens } from '../../styles/tokens.styles.ts';
import { failureMessage, needStateWords, needsStateWords, renderLoadState, type LoadFailure, type LoadState } from '../checkout-states.ts';
import { hostStyles } from '../host.styles.ts';
import { linkText, type LinkMessageKey } from './link-i18n.ts';
import { linkStyles } from './sg-link.styles.ts';

type LinkState = LoadState | { kind: 'ready'; checkout: Checkout };

/** Why a sharing link no longer takes payments, by order status. */
const CLOSED: Partial<Record<Checkout['order']['status'], LinkMessageKey>> = {
  completed: 'linkClosedCompleted',
  canceled: 'linkClosedCanceled',
  refunded: 'linkClosedRefunded',
};

/**
 * The sharing link of a split order (`collect`, `picking`) with Copy and, where the browser has a share sheet, Share
 * buttons; it follows the order and says when the sharing is closed (paid, canceled, refunded). Loads the order with the
 * public key like `<sg-captain>` and reports the same load states and events.
 *
 * @summary The sharing link of a split order, with Copy and Share.
 * @fires {SgReadyEvent} sg-ready - the order is loaded (`onReady`). `detail`: `{ order: string, amount: number, amountRemaining: number, currency: string, status: OrderStatus, ux: Ux }`
 * @fires {SgErrorEvent} sg-error - unknown order, key refused, network down, attributes missing (`onError`). `detail`: `{ code: CaptainErrorCode, message: string, order?: string }`
 * @csspart link-input - the link's read-only input
 * @csspart copy-button - Copy
 * @csspart share-button - Share (only where the browser has a share sheet)
 * @csspart loading - the loading state
 * @csspart error - the load failure notice
 * @csspart retry-button - Retry after a load failure
 * @csspart closed - the notice of an order that can no longer be paid
 * @csspart heading - the title of a notice
 * @cssprop --sg-color-text - and every other `--sg-*` token of docs/THEMING.md, as on `<sg-captain>`
 */
export class SgLink extends LitElement {
  static override styles = [tokens, base, hostStyles, linkStyles];
  static override properties = {
    orderId: { attribute: 'order-id' },
    publicKey: { attribute: 'public-key' },
    locale: { reflect: true },
    apiUrl: { attribute: 'api-url' },
    theme: {},
    state: { state: true },
  };

  /** Id of the split order whose link to show. */
  declare orderId: string | undefined;
  /** The platform's public key (`pk_test_…`). */
  declare publicKey: string | undefined;
  /** The buyer's language as a BCP 47 tag (`fr`, `fr-CH`…); English by default. */
  declare locale: string;
  /** Origin of the platform's API; defaults to the page's origin. */
  declare apiUrl: string | undefined;
  /** `light` (default), `dark` or `auto` (docs/THEMING.md). */
  declare theme: string | undefined;
  declare state: LinkState;
  private loadGeneration = 0;
  /** The words of `locale`, switched live without reading the order again (the language asked last wins). */
  private readonly words = new LocaleController(this);
  /** What the link's live region says (copied, closed), dropped once the page speaks another language. */
  private readonly announcement = new Announcement(this);
  private get i18n(): I18n {
    return this.words.i18n;
  }
  /** Follows the order: once the group has paid or the order is canceled, the link says so instead of inviting. */
  private readonly live = new LiveOrderController(this, {
    target: () => (this.state.kind === 'ready' && this.publicKey ? { api: this.api, orderId: this.state.checkout.order.id } : undefined),
    onChange: () => this.refresh(),
  });

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
    if (changed.has('locale')) void this.words.ask(this.locale);
    if (['orderId', 'publicKey', 'apiUrl'].some((key) => changed.has(key))) void this.load();
  }

  private async load(): Promise<void> {
    const generation = ++this.loadGeneration;
    this.state = { kind: 'loading' };
    await this.words.ready;
    if (generation !== this.loadGeneration) return;
    if (!this.publicKey || !this.orderId) {
      void this.fail('config');
      return;
    }
    try {
      const checkout = await getCheckout(this.api, this.orderId);
      if (generation !== this.loadGeneration) return;
      this.state = { kind: 'ready', checkout };
      if (CLOSED[checkout.order.status]) this.live.stop();
      else this.live.follow(checkout.version);
      const { order, amountRemaining } = checkout;
      this.dispatchEvent(
        new SgReadyEvent({ order: order.id, amount: order.amount, amountRemaining, currency: order.currency, status: order.status, ux: order.ux }),
      );
    } catch (error) {
      if (generation === this.loadGeneration) void this.fail(toCaptainError(error).code);
    }
  }

  private get api() {
    return { apiUrl: this.apiUrl || location.origin, key: this.publicKey ?? '' };
  }

  /** The order changed: shows it again without going through the loading state; a closed sharing is announced. */
  private async refresh(): Promise<void> {
    if (this.state.kind !== 'ready') return;
    const generation = this.loadGeneration;
    try {
      const checkout = await getCheckout(this.api, this.state.checkout.order.id);
      if (generation !== this.loadGeneration) return;
      this.state = { kind: 'ready', checkout };
      const closed = CLOSED[checkout.order.status];
      if (closed) {
        this.live.stop();
        this.announcement.say(linkText(this.i18n, closed), this.i18n);
      }
    } catch {
      // The link stays as it was; the next change reads the order again.
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
    this.announcement.say('', this.i18n);
    await this.updateComplete;
    try {
      await navigator.clipboard.writeText(link);
      this.announcement.say(linkText(this.i18n, 'linkCopied'), this.i18n);
    } catch {
      this.renderRoot.querySelector('input')?.select();
      this.announcement.say(linkText(this.i18n, 'linkCopyFailed'), this.i18n);
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
    const closed = CLOSED[state.checkout.order.status];
    return html`<section class="link" lang=${i18n.locale} aria-labelledby="sg-link-title">
      <h2 id="sg-link-title">${linkText(i18n, 'linkTitle')}</h2>
      ${closed
        ? html`<p part="closed">${linkText(i18n, closed)}</p>`
        : link
        ? html`<label for="sg-link-input">${linkText(i18n, 'linkLabel')}</label>
            <div class="row">
              <input id="sg-link-input" part="link-input" type="url" readonly .value=${link} @focus=${(event: FocusEvent) => (event.target as HTMLInputElement).select()} />
              <button type="button" class="button" part="copy-button" @click=${() => this.copy(link)}>${linkText(i18n, 'linkCopy')}</button>
              ${typeof navigator.share === 'function'
                ? html`<button type="button" class="button secondary" part="share-button" @click=${() => this.share(link)}>${linkText(i18n, 'linkShare')}</button>`
                : nothing}
            </div>`
        : html`<p>${linkText(i18n, 'linkMissing')}</p>`}
      ${renderLiveRegion(this.announcement.in(i18n))}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-link': SgLink;
  }
}

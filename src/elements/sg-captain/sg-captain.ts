/**
 * `<sg-captain>`: the captain's payment widget. Thin on purpose: it loads the order, picks the UX from the registry,
 * mounts it and relays its events. Every failure becomes a visible state plus an `sg-error` event, never an exception.
 */
import { html, LitElement, nothing } from 'lit';
import { createOrder, getCheckoutSummary, type ApiConfig, type InlineOrder } from '../../core/checkout-api.ts';
import { CaptainError, toCaptainError } from '../../core/errors.ts';
import type { I18n } from '../../core/i18n/index.ts';
import { platformClock } from '../../core/platform-clock.ts';
import type { CheckoutSummary } from '../../core/contract/index.ts';
import { SgErrorEvent, SgReadyEvent } from '../../events/index.ts';
import { defineElement } from '../../define-element.ts';
import { LiveOrderController } from '../../parts/live-order.ts';
import { LocaleController } from '../../parts/locale-controller.ts';
import { isWalletMethod, walletsOf } from '../../core/wallet-methods.ts';
import { base, tokens } from '../../styles/tokens.styles.ts';
import { loadUx, uxToMount } from '../../ux/registry.ts';
import type { MountedUx } from '../../ux/types.ts';
import {
  closedMessage,
  closedReason,
  downloadFailed,
  failureMessage,
  needStateWords,
  needsStateWords,
  renderLoadState,
  unavailableMessage,
  type LoadState,
} from '../checkout-states.ts';
import { hostStyles } from '../host.styles.ts';
import { closesUx, connectedCaptains, isPayable, LOADING_SHOWN_AFTER_MS, offerWallets } from './captains.ts';
import { captainStyles } from './sg-captain.styles.ts';

export const lastConnectedCaptain = () => [...connectedCaptains].at(-1) as SgCaptain | undefined;

type CaptainState = LoadState | { kind: 'ready'; ux: MountedUx; orderId: string };

/**
 * The captain's payment form for one order: loads the order with the platform's public key, shows the
 * payment UX of its module (pay now, split, several cards, installments, pay later, transfer, bank, direct debit) and
 * reports every outcome as a bubbling, composed DOM event whose `detail` is what the script tag's callback receives.
 * Amounts are integer cents. Register it with `defineSgElements()`; nothing is ever thrown into the page.
 *
 * @summary The captain's payment form: pays one order and reports the outcome as `sg-*` events.
 * @fires {SgReadyEvent} sg-ready - the order is loaded and the form shown (`onReady`). `detail`: `{ order: string, amount: number, amountRemaining: number, currency: string, status: OrderStatus, ux: Ux, availablePaymentMethods: { [method]: boolean } }`
 * @fires {SgValidatedEvent} sg-validated - the payment is authorised (`onValidated`). `detail`: `{ order: string, amount: number, auth: string, email?: string, firstName?: string, lastName?: string, status: OrderStatus }`: `auth` is the transaction id, `status` the order's after the payment
 * @fires {SgInvalidEvent} sg-invalid - the buyer must act (`onInvalid`). `detail`: `{ code: 'invalid_fields' | 'card_declined' | 'insufficient_funds' | 'authentication_failed', message: string, fields: string[] }`
 * @fires {SgErrorEvent} sg-error - anything else: unknown order, key refused, network down, order not payable (`onError`). `detail`: `{ code: CaptainErrorCode | 'ux_unavailable', message: string, order?: string }`
 * @csspart base - the element's box (inside `--sg-padding`) (all)
 * @csspart loading - the loading state (all)
 * @csspart error - the load failure notice (unknown order, network); in a form: a field's error text (all)
 * @csspart closed - the notice of an order that can no longer be paid (all)
 * @csspart unavailable - the notice of a UX this build cannot show (all)
 * @csspart retry-button - Retry after a load failure; Try again after a refused debit or transfer (all, sdd, pis)
 * @csspart heading - the title of a notice, of a load state, of a success (all)
 * @csspart form - the payment form (all)
 * @csspart amount - the amount line ("Amount to pay … €25.00"); in viban: the amount row of the transfer details (all)
 * @csspart notice - a decline, a failure or a lost answer, above the pay button (all)
 * @csspart pay-button - the submit button (card, sdd, pis)
 * @csspart success - the success state (and the split captain's "underway" state) (all)
 * @csspart card-form - the card fields' box (card)
 * @csspart field - a field: its label, hint, input and error (card, sdd, multi)
 * @csspart field-number - the card number field (also `field`) (card)
 * @csspart field-expiry - the expiry date field (card)
 * @csspart field-cvc - the security code field (card)
 * @csspart field-holder - the cardholder name field (card)
 * @csspart label - a field's label (card, sdd, multi)
 * @csspart hint - a field's hint ("MM / YY") (card, sdd, multi)
 * @csspart input - a text input (card, sdd, multi)
 * @csspart brand - the card brand badge beside the number (card)
 * @csspart error-summary - the list of fields to fix, after Pay (card, sdd)
 * @csspart wallets - the wallet buttons' group (express checkout) (card)
 * @csspart wallet-button - each wallet button (card)
 * @csspart wallet-applepay - the Apple Pay button (also `wallet-button`) (card)
 * @csspart wallet-googlepay - the Google Pay button (card)
 * @csspart wallet-amazonpay - the Amazon Pay button (card)
 * @csspart wallets-divider - "or pay by card" under the wallet buttons (card)
 * @csspart wallet-sheet - the simulated wallet sheet (sandbox) (card)
 * @csspart sheet-pay-button, sheet-cancel-button - its Pay and Cancel buttons (card)
 * @csspart three-ds-dialog - the 3-D Secure dialog (the bank's page) (card)
 * @csspart three-ds-bank - the bank's name in it (card)
 * @csspart approve-button, refuse-button - its Approve and Refuse buttons (card)
 * @csspart progress - how much the group has paid (split, multi)
 * @csspart mode-choice - "Pay alone" / "Share with the group" (split)
 * @csspart share - the captain's share: participants or amount, or items (split)
 * @csspart share-summary - the share it comes to (split)
 * @csspart link - the sharing link (`<sg-link>`) (split)
 * @csspart link-input - the link's read-only input (split, sg-link)
 * @csspart copy-button - Copy (split, sg-link, viban)
 * @csspart share-button - Share (where the browser can) (split, sg-link)
 * @csspart link-closed - the link's notice once the order is closed (split)
 * @csspart link-loading - the link while it loads (split)
 * @csspart link-error - the link's load failure (split)
 * @csspart link-retry-button - its Retry button (split)
 * @csspart link-heading - the title of the link's notices (split)
 * @csspart methods - the choice between card and ANCV (multi)
 * @csspart field-amount - the amount this card pays (multi)
 * @csspart field-ancv-login - the ANCV account field (multi)
 * @csspart after-payment - what is left after this payment (multi)
 * @csspart ancv-waiting - an ANCV request waiting for the buyer's approval (multi)
 * @csspart ancv-cancel-button - its Cancel button (multi)
 * @csspart schedule - the schedule (its title and rows) (installments, paylater)
 * @csspart schedule-row - one due date and amount (installments, paylater)
 * @csspart count-choice - the number of installments (installments)
 * @csspart date-choice - the debit date choice (paylater)
 * @csspart debit-date - the chosen debit date (paylater)
 * @csspart card-validity - "Your card must be valid until …" (installments, paylater)
 * @csspart pay-in-full-button - Pay in full, after a refusal (installments, paylater)
 * @csspart scoring-form - the financing questions (installments, paylater)
 * @csspart scoring-submit - their submit button (installments, paylater)
 * @csspart scoring-checking - while the answers are checked (installments, paylater)
 * @csspart scoring-refused - financing refused (installments, paylater)
 * @csspart scoring-failed - the check failed (installments, paylater)
 * @csspart sdd-fields - the account holder and IBAN fields (sdd)
 * @csspart field-first-name, field-last-name, field-iban - first name, last name, IBAN (sdd)
 * @csspart mandate - the mandate text (sdd)
 * @csspart bank-chooser - the list of banks (pis)
 * @csspart bank - one bank (pis)
 * @csspart pis-waiting - waiting for the bank's confirmation (pis)
 * @csspart details - the transfer details (viban)
 * @csspart detail - one of them (IBAN, BIC, holder, reference) (viban)
 * @csspart copy-tooltip - "Copied" (viban)
 * @csspart qr-code - the EPC QR code (viban)
 * @cssprop --sg-font-family - all text; default `system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif`
 * @cssprop --sg-font-size - base size; everything else is in `em`; default `1rem`
 * @cssprop --sg-color-text - text; default `#1a1f36`, dark `#e8eaf0`
 * @cssprop --sg-color-muted - hints, secondary text; default `#545969`, dark `#aab0be`
 * @cssprop --sg-color-background - the element, inputs, dialogs; default `#ffffff`, dark `#161a23`
 * @cssprop --sg-color-surface - notices, badges; default `#f6f8fa`, dark `#232a38`
 * @cssprop --sg-color-border - input borders (3:1 against the background, WCAG 1.4.11); default `#8a8f9c`, dark `#7e8596`
 * @cssprop --sg-color-primary - pay button, links, chosen options; default `#3b3bd1`, dark `#9d9dff`
 * @cssprop --sg-color-on-primary - text on the primary colour; default `#ffffff`, dark `#11132a`
 * @cssprop --sg-color-danger - errors, declines; default `#b3261e`, dark `#ff8f85`
 * @cssprop --sg-color-success - success notices; default `#1e7b34`, dark `#72d38d`
 * @cssprop --sg-color-focus - focus ring; default `#3b3bd1`, dark `#b3b3ff`
 * @cssprop --sg-radius - corners; default `6px`
 * @cssprop --sg-spacing - spacing unit; default `1rem`
 * @cssprop --sg-max-width - widest the element grows; default `32rem`
 * @cssprop --sg-padding - inner padding of `<sg-captain>`; default `0`
 */
export class SgCaptain extends LitElement {
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [tokens, base, hostStyles, captainStyles];
  static override properties = {
    orderId: { attribute: 'order-id', reflect: true },
    publicKey: { attribute: 'public-key' },
    locale: { reflect: true },
    apiUrl: { attribute: 'api-url' },
    order: { attribute: false },
    sandboxWallets: { attribute: 'sandbox-wallets', type: Boolean },
    theme: {},
    state: { state: true },
  };

  /** Id of an order created by the merchant's back end. */
  declare orderId: string | undefined;
  /** The platform's public key (`pk_test_…`). */
  declare publicKey: string | undefined;
  /** The buyer's language as a BCP 47 tag: `en` (default), `fr`, `de`, `es`, `it`, `nl` (`fr-CH` reads as `fr`; another language, as English). */
  declare locale: string;
  /** Origin of the platform's API; defaults to the page's origin. */
  declare apiUrl: string | undefined;
  /** Front-end integration: an order to create with the public key, used when no `order-id` is given. */
  declare order: InlineOrder | undefined;
  /**
   * Sandbox switch (test keys only): every wallet the platform enables shows, and opens the simulated wallet sheet
   * instead of the device's (docs/WIDGET.md, "Wallets").
   */
  declare sandboxWallets: boolean;
  /** `light` (default), `dark`, or `auto` (the buyer's `prefers-color-scheme`): docs/THEMING.md. */
  declare theme: string | undefined;
  declare state: CaptainState;

  /** The running load: a newer one (attributes changed, Retry pressed) aborts its fetch and ignores its answers. */
  #loading: AbortController | undefined;
  /** For `LOADING_SHOWN_AFTER_MS` after the first connection, no loading state is drawn. */
  #loadingHidden = true;
  /** Remembers an order created from `order`, so a Retry does not create a second one. */
  #createdOrderId: string | undefined;
  /** The words of `locale`, switched live (a newer language asked wins, whichever load ends last); fetched beside the order. */
  readonly #locale = new LocaleController(this, (i18n) => this.state.kind === 'ready' && this.state.ux.relocalize(i18n));
  get #i18n(): I18n {
    return this.#locale.i18n;
  }
  /**
   * Follows the order as others change it (co-buyers, merchant, deadline, sandbox clock) while a UX shows it. Its code is
   * in the entry module with the element's (every captain follows its order), so there is nothing to fetch first.
   */
  readonly #live = new LiveOrderController(this, {
    target: () => (this.state.kind === 'ready' ? { api: this.#api, orderId: this.state.orderId } : undefined),
    onChange: () => this.#refresh(),
  });

  constructor() {
    super();
    // Written out for the element manifest (cem reads a property's default here), though they read undefined unset.
    this.orderId = undefined;
    this.publicKey = undefined;
    this.locale = 'en';
    this.apiUrl = undefined;
    this.order = undefined;
    this.sandboxWallets = false;
    this.state = { kind: 'loading' };
    // A UX's attempt refused as not payable: the order changed meanwhile, so read it now rather than at the next look.
    this.addEventListener('sg-error', (event) => {
      if (event.composedPath()[0] !== this && event.detail.code === 'order_not_payable') void this.#refresh(true);
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connectedCaptains.add(this);
    if (this.#loadingHidden) {
      setTimeout(() => {
        this.#loadingHidden = false;
        this.requestUpdate();
      }, LOADING_SHOWN_AFTER_MS);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connectedCaptains.delete(this);
  }

  /** Submits the mounted payment form, as the merchant's own pay button. Resolves when the attempt ends; never rejects. */
  async pay(): Promise<void> {
    if (this.state.kind !== 'ready') return;
    try {
      await this.state.ux.submit();
    } catch (error) {
      this.#report(toCaptainError(error));
    }
  }

  /** Loads the order again (what the Retry button does). */
  reload(): void {
    void this.#load();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('locale')) void this.#locale.ask(this.locale);
    // Inline rather than `followTheme` (styles/theme.ts), which would cost the entry more bytes.
    if (changed.has('theme')) import('../../styles/dark.styles.ts').then((dark) => dark.applyTheme(this.renderRoot as ShadowRoot, this.theme), () => {});
    if (changed.has('order')) this.#createdOrderId = undefined;
    if (['orderId', 'publicKey', 'apiUrl', 'order', 'sandboxWallets'].some((key) => changed.has(key))) void this.#load();
  }

  get #api(): ApiConfig {
    return { apiUrl: this.apiUrl || location.origin, key: this.publicKey ?? '' };
  }

  async #load(): Promise<void> {
    this.#loading?.abort();
    const loading = (this.#loading = new AbortController());
    const focusWasInside = this.matches(':focus-within');
    const isCurrent = () => !loading.signal.aborted;
    this.state = { kind: 'loading' };
    this.#live.stop();
    const api = this.#api;
    let orderId = this.orderId || this.#createdOrderId;
    // Asked before anything awaits or renders: its answer is what the form waits for (issue 14, bench:render).
    const asked = this.publicKey && orderId ? getCheckoutSummary(api, orderId, loading.signal) : undefined;
    asked?.catch(() => undefined); // met below, where it is awaited
    await this.#locale.ready;
    if (!isCurrent()) return;
    if (!this.publicKey || (!this.orderId && !this.order)) {
      this.state = { kind: 'failed', failure: 'config' };
      this.#report(new CaptainError('invalid_request', failureMessage('config', this.#i18n)));
      return;
    }
    try {
      if (!orderId && this.order) {
        orderId = this.#createdOrderId = (await createOrder(api, this.order)).id;
      }
      const summary = await (asked ?? getCheckoutSummary(api, orderId as string, loading.signal));
      const clock = platformClock(summary.now);
      if (!isCurrent()) return;
      const { order, amountRemaining } = summary;
      if (!isPayable(summary)) return await this.#close(summary, clock.now(), isCurrent);
      // The wallet chunk and its availability checks run while the UX loads, on a platform that enables a wallet.
      const wallets = walletsOf(summary.settings.paymentMethods);
      const offering = wallets.length ? offerWallets(wallets, this.sandboxWallets, api) : undefined;
      const module = await loadUx(uxToMount(summary)).catch(downloadFailed);
      if (!isCurrent()) return;
      if (!module) {
        await needStateWords();
        if (!isCurrent()) return;
        this.state = { kind: 'unavailable', ux: order.ux };
        this.dispatchEvent(new SgErrorEvent({ code: 'ux_unavailable', message: unavailableMessage(order.ux, this.#i18n), order: order.id }));
        return;
      }
      // The sharing link a split captain sees after paying is a public element: the host defines it, not the UX.
      if (module.sharingLink) defineElement('sg-link', (await import('../sg-link/sg-link.ts').catch(downloadFailed)).SgLink);
      if (!isCurrent()) return;
      const ux = module.mount(summary, api, this.#i18n, clock);
      this.state = { kind: 'ready', ux, orderId: order.id };
      this.#live.follow(summary.version);
      const offer = await offering;
      if (!isCurrent()) return;
      const walletsShown = !!offer?.methods.length && ux.offerWallets(offer);
      await this.updateComplete;
      await ux.updateComplete;
      if (!isCurrent()) return;
      if (focusWasInside) ux.element.focus();
      // What this page can pay with: each method the platform enables, a wallet only where its button shows.
      const availablePaymentMethods = Object.fromEntries(summary.settings.paymentMethods.map((method) => [method, !isWalletMethod(method) || (walletsShown && !!offer?.methods.includes(method))]));
      this.dispatchEvent(
        new SgReadyEvent({ order: order.id, amount: order.amount, amountRemaining, currency: order.currency, status: order.status, ux: order.ux, availablePaymentMethods }),
      );
    } catch (error) {
      if (!isCurrent()) return;
      let captainError = toCaptainError(error);
      if (needsStateWords(captainError.code)) {
        const failed = captainError;
        captainError = await needStateWords().then(() => failed, toCaptainError);
        if (!isCurrent()) return;
      }
      this.state = { kind: 'failed', failure: captainError.code };
      this.#report(captainError);
    }
    if (focusWasInside) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#sg-state-title')?.focus();
    }
  }

  /**
   * Shows why the order cannot be paid (in the page's language, once its words are fetched) and tells the merchant's
   * page, unless `current()` says a newer load or state took over meanwhile; `focus`: the state's title takes focus;
   * `told`: the page already heard `order_not_payable` (a refused attempt), and hears it once.
   */
  async #close(summary: CheckoutSummary, now: number, current: () => boolean, focus = false, told = false): Promise<void> {
    await needStateWords();
    if (!current()) return;
    const reason = closedReason(summary.order, now);
    this.state = { kind: 'closed', status: summary.order.status, reason, dueDate: summary.order.dueDate };
    this.#live.stop();
    if (!told) this.#report(new CaptainError('order_not_payable', closedMessage(reason, this.#i18n, summary.order)), summary.order.id);
    await this.updateComplete;
    if (focus) this.renderRoot.querySelector<HTMLElement>('#sg-state-title')?.focus();
  }

  /**
   * The order changed elsewhere: read it again. A UX that can still pay gets the new checkout and the platform's time
   * (it keeps what the buyer typed); one that can no longer pay gives way to the closed state, unless it shows a
   * payment's outcome (kept, and kept up to date). A UX in the middle of an attempt is left alone. `told`: a refused
   * attempt already told the page `order_not_payable`.
   */
  async #refresh(told = false): Promise<void> {
    const state = this.state;
    if (state.kind !== 'ready') return;
    const loading = this.#loading;
    const current = () => loading === this.#loading && this.state === state;
    try {
      const summary = await getCheckoutSummary(this.#api, state.orderId);
      const clock = platformClock(summary.now);
      // In the middle of an attempt (every UX marks its form, or its waiting ANCV request, `aria-busy`) the UX follows its
      // own answers; a refused attempt reads the order again (the `sg-error` listener).
      if (!current() || state.ux.busy) return;
      if (isPayable(summary) || !closesUx(state.ux, summary.order.status)) state.ux.update(summary, clock);
      else await this.#close(summary, clock.now(), current, this.matches(':focus-within'), told);
    } catch (error) {
      // What is shown stays; the next change, or the buyer's next attempt, reads the order again.
      if (error instanceof CaptainError && error.details.length) console.warn(`[sg-captain] live update: ${error.code}:`, ...error.details);
    }
  }

  /** Reports a failure to the page in the buyer's words; the platform's details go to developers via `console`. */
  #report(error: CaptainError, order = this.orderId || this.#createdOrderId): void {
    const failure = error.code;
    const message = error.code === 'order_not_payable' ? error.message : failureMessage(failure, this.#i18n);
    if (error.details.length) console.warn(`[sg-captain] ${error.code}:`, ...error.details);
    this.dispatchEvent(new SgErrorEvent({ code: error.code, message, order }));
  }

  protected override render() {
    const state = this.state;
    if (state.kind === 'loading' && this.#loadingHidden) return nothing;
    return html`<div class="captain" lang=${this.#i18n.locale} part="base">
      ${state.kind === 'ready' ? state.ux.element : renderLoadState(state, this.#i18n, () => this.reload())}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-captain': SgCaptain;
  }
}

/**
 * `<sg-captain>`: the captain's payment widget. Thin on purpose: it loads the order, picks the UX from the registry,
 * mounts it and relays its events. Every failure becomes a visible state plus an `sg-error` event, never an exception.
 */
import { html, LitElement } from 'lit';
import { createOrder, getCheckoutSummary, type ApiConfig, type InlineOrder } from '../../core/checkout-api.ts';
import { CaptainError, toCaptainError } from '../../core/errors.ts';
import { englishI18n, loadI18n, type I18n } from '../../core/i18n/index.ts';
import { platformClock } from '../../core/platform-clock.ts';
import type { CheckoutSummary } from '../../core/contract/index.ts';
import { SgErrorEvent, SgReadyEvent } from '../../events/index.ts';
import { defineElement } from '../../define-element.ts';
import type { LiveOrderController } from '../../parts/live-order.ts';
import type { WalletOffer } from '../../parts/wallet-offer.ts';
import { isWalletMethod, walletsOf, type WalletMethod } from '../../core/wallet-methods.ts';
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
import { captainStyles } from './sg-captain.styles.ts';

/** The wallets available on this page; none when the wallet chunk cannot be fetched (the card form still works). */
const offerWallets = (methods: WalletMethod[], simulated: boolean, api: ApiConfig): Promise<WalletOffer> =>
  import('../../parts/wallets/index.ts').then(
    (code) => code.walletOffer({ methods, simulated, api }),
    () => ({ methods: [], simulated }),
  );

type CaptainState = LoadState | { kind: 'ready'; ux: MountedUx; orderId: string };

/** A single order of the single UX is payable only while nothing is secured. */
const isPayable = (checkout: CheckoutSummary) =>
  (checkout.order.status === 'initiated' && checkout.amountRemaining > 0) ||
  // A split order whose captain has paid stays open to the captain: the split UX shows the group's progress and the link.
  ((checkout.order.ux === 'collect' || checkout.order.ux === 'picking') && checkout.order.status === 'confirmed') ||
  // A virtual IBAN order awaits its transfers from creation on: the UX shows where to send them.
  (checkout.order.ux === 'viban' && checkout.order.status === 'pending');


/** Captains on the page, in the order they were connected (shadow roots included): `ShareGroop.pay()` submits the last. */
const connectedCaptains = new Set<SgCaptain>();
export const lastConnectedCaptain = (): SgCaptain | undefined => [...connectedCaptains].at(-1);

/**
 * Whether a live change that leaves the order unpayable replaces the UX with the closed state: not over a payment's
 * outcome (`part="success"`, kept and updated) unless the order was canceled or refunded since.
 */
const closesUx = (ux: MountedUx, status: string) =>
  status === 'canceled' || status === 'refunded' || !(ux.showsOutcome || (ux.settlesElsewhere && status === 'completed'));

/**
 * @fires sg-ready - the order is loaded and the payment form is shown
 * @fires sg-validated - the payment is authorised: `{ order, amount, auth, email, firstName, lastName, status }`
 * @fires sg-invalid - the buyer must act: fields in error, card declined, 3-D Secure refused
 * @fires sg-error - anything else (unknown order, wrong key, network down, order not payable)
 * @csspart loading, error, closed, unavailable, retry-button - load states
 * @csspart form, amount, card-form, field, label, hint, input, error, brand, error-summary, notice, pay-button, success,
 *   three-ds-dialog, approve-button, refuse-button - the payment UX
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
    state: { state: true },
  };

  /** Id of an order created by the merchant's back end. */
  declare orderId: string | undefined;
  /** The platform's public key (`pk_test_…`). */
  declare publicKey: string | undefined;
  /** `en` (default) or `fr`. */
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
  declare state: CaptainState;

  /** The running load: a newer one (attributes changed, Retry pressed) aborts its fetch and ignores its answers. */
  #loading: AbortController | undefined;
  /** Remembers an order created from `order`, so a Retry does not create a second one. */
  #createdOrderId: string | undefined;
  #i18n: I18n;
  /** The catalogue of `locale`, fetched in parallel with the order. */
  #i18nReady: Promise<I18n>;
  /**
   * Follows the order as others change it (co-buyers, merchant, deadline, sandbox clock). Its code is fetched once the
   * form shows: showing the form does not wait for it.
   */
  #live: LiveOrderController | undefined;

  constructor() {
    super();
    this.orderId = undefined;
    this.publicKey = undefined;
    this.locale = 'en';
    this.apiUrl = undefined;
    this.order = undefined;
    this.sandboxWallets = false;
    this.state = { kind: 'loading' };
    this.#createdOrderId = undefined;
    this.#i18n = englishI18n;
    this.#i18nReady = Promise.resolve(englishI18n);
    // A UX's attempt refused as not payable: the order changed meanwhile, so read it now rather than at the next look.
    this.addEventListener('sg-error', (event) => {
      if (event.composedPath()[0] !== this && event.detail.code === 'order_not_payable') void this.#refresh();
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connectedCaptains.add(this);
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
    if (changed.has('locale')) void this.#switchLocale();
    if (changed.has('order')) this.#createdOrderId = undefined;
    if (['orderId', 'publicKey', 'apiUrl', 'order', 'sandboxWallets'].some((key) => changed.has(key))) void this.#load();
  }

  async #switchLocale(): Promise<void> {
    const requested = this.locale;
    this.#i18nReady = loadI18n(requested);
    const i18n = await this.#i18nReady;
    if (requested !== this.locale) return;
    this.#i18n = i18n;
    if (this.state.kind === 'ready') this.state.ux.relocalize(i18n);
    this.requestUpdate();
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
    this.#live?.stop();
    this.#i18n = await this.#i18nReady;
    if (!isCurrent()) return;
    if (!this.publicKey || (!this.orderId && !this.order)) {
      this.state = { kind: 'failed', failure: 'config' };
      this.#report(new CaptainError('invalid_request', failureMessage('config', this.#i18n)));
      return;
    }
    try {
      const api = this.#api;
      let orderId = this.orderId || this.#createdOrderId;
      if (!orderId && this.order) {
        orderId = this.#createdOrderId = (await createOrder(api, this.order)).id;
      }
      const summary = await getCheckoutSummary(api, orderId as string, loading.signal);
      const clock = platformClock(summary.now);
      if (!isCurrent()) return;
      const { order, amountRemaining } = summary;
      if (!isPayable(summary)) {
        await needStateWords();
        if (!isCurrent()) return;
        this.#close(summary, clock.now());
        return;
      }
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
      ux.element.setAttribute('exportparts', 'form, amount, card-form, field, label, hint, input, error, brand, error-summary, notice, pay-button, success, three-ds-dialog, approve-button, refuse-button, details, detail, copy-button, copy-tooltip, qr-code, bank-chooser, bank, pis-waiting, retry-button');
      this.state = { kind: 'ready', ux, orderId: order.id };
      void this.#follow(summary.version, isCurrent);
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

  /** Shows why the order cannot be paid (in the page's language) and tells the merchant's page. */
  #close(summary: CheckoutSummary, now: number): void {
    const reason = closedReason(summary.order, now);
    this.state = { kind: 'closed', status: summary.order.status, reason, dueDate: summary.order.dueDate };
    this.#live?.stop();
    this.#report(new CaptainError('order_not_payable', closedMessage(reason, this.#i18n, summary.order)), summary.order.id);
  }

  async #follow(version: string | undefined, isCurrent: () => boolean): Promise<void> {
    // Offline, the form still works without live updates; the next load tries again.
    const module = await import('../../parts/live-order.ts').catch(() => undefined);
    if (!module || !isCurrent()) return;
    this.#live ??= new module.LiveOrderController(this, {
      target: () => (this.state.kind === 'ready' ? { api: this.#api, orderId: this.state.orderId } : undefined),
      onChange: () => this.#refresh(),
    });
    this.#live.follow(version);
  }

  /**
   * The order changed elsewhere: read it again. A UX that can still pay gets the new checkout and the platform's time
   * (it keeps what the buyer typed); one that can no longer pay gives way to the closed state, unless it shows a
   * payment's outcome (kept, and kept up to date). A UX in the middle of an attempt is left alone.
   */
  async #refresh(): Promise<void> {
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
      if (!isPayable(summary) && closesUx(state.ux, summary.order.status)) {
        const focusWasInside = this.matches(':focus-within');
        await needStateWords();
        if (!current()) return;
        this.#close(summary, clock.now());
        await this.updateComplete;
        if (focusWasInside) this.renderRoot.querySelector<HTMLElement>('#sg-state-title')?.focus();
        return;
      }
      if (current()) state.ux.update(summary, clock);
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

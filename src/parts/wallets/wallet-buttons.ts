/**
 * `<sg-wallet-buttons>`: the express checkout above the card form. One real <button> per available wallet, named
 * "Pay with Apple Pay" (…) in the page's language, styled to each brand's rules, at least 44 px high. A click opens the
 * wallet (the simulated sheet with the sandbox switch, the device's sheet, or Amazon's page) and pays through the
 * UX's payment flow with the wallet as its method part. A cancel creates nothing, fires no event and returns focus to
 * the button; a decline is the flow's notice, and the card form stays usable.
 */
import { html, LitElement, nothing } from 'lit';
import { toCaptainError } from '../../core/errors.ts';
import type { HttpConfig } from '../../core/http.ts';
import type { I18n } from '../../core/i18n/index.ts';
import { sandboxWalletToken, WALLET_NAMES, type WalletMethod } from '../../core/wallets.ts';
import { SgErrorEvent } from '../../events/index.ts';
import { base, tokens } from '../../styles/tokens.styles.ts';
import type { WalletOffer } from '../wallet-offer.ts';
import { visitAmazon } from './amazon.ts';
import { payOnDevice } from './device.ts';
import { walletButtonsStyles } from './wallet-buttons.styles.ts';
import { walletPart, type WalletPart } from './wallet-part.ts';
import type { WalletSheet } from './wallet-sheet.ts';
import { walletText } from './wallet-words.ts';
import { exportParts } from '../export-parts.ts';
import { Announcement } from '../announcement.ts';

/** What a wallet shows and where its payment goes: the UX's payment (amount in cents). */
export interface WalletPayment {
  merchant: string;
  amount: number;
  currency: string;
  api: HttpConfig;
  orderId: string;
  /**
   * What the payment settles on a confirmed order, sent with the Amazon Pay session (`{recoverTransactionId}` from the
   * recovery page, `{balance: true}` from the balance page): the session then opens for that payment.
   */
  settles?: Record<string, unknown>;
}

/** Amount in the currency's major unit, as the device APIs want it, from integer cents (never through a float). */
const majorUnits = (cents: number) => `${Math.trunc(cents / 100)}.${String(Math.abs(cents % 100)).padStart(2, '0')}`;

export class WalletButtons extends LitElement {
  static override styles = [tokens, base, walletButtonsStyles];
  static override properties = {
    offer: { attribute: false },
    i18n: { attribute: false },
    payment: { attribute: false },
    busy: { type: Boolean },
    pay: { attribute: false },
    amazonPage: { state: true },
  };

  declare offer: WalletOffer | undefined;
  declare i18n: I18n | undefined;
  declare payment: WalletPayment | undefined;
  /** The UX's payment flow is busy: the buttons say so and do nothing. */
  declare busy: boolean;
  /** Pays with a wallet's part through the UX's flow (`PaymentFlow.payWith`). */
  declare pay: ((part: WalletPart) => Promise<void>) | undefined;
  /** Amazon's page for the session, shown as a link while the browser blocks its window. */
  declare amazonPage: string | undefined;
  /** Polite words: waiting for Amazon, canceled, pop-up blocked, why a wallet could not pay. */
  readonly #status = new Announcement(this);
  #running = false;
  /** Stops following an Amazon session the buyer opened from the link (the Cancel beside it). */
  #amazonVisit: AbortController | undefined;

  constructor() {
    super();
    this.offer = undefined;
    this.i18n = undefined;
    this.payment = undefined;
    this.busy = false;
    this.pay = undefined;
    this.amazonPage = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The UX's flow puts `part="wallets"` on this element.
    exportParts(this, 'wallet-button,wallet-applepay,wallet-googlepay,wallet-amazonpay,wallets-divider,wallet-sheet,sheet-pay-button,sheet-cancel-button');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // The UX dropped its buttons (the share typed is no longer one): stop following an Amazon session nobody will pay.
    this.#amazonVisit?.abort();
  }

  #button(method: WalletMethod): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>(`button[data-wallet="${method}"]`);
  }

  async #start(method: WalletMethod): Promise<void> {
    const { i18n, payment, pay, offer } = this;
    if (this.busy || this.#running || !i18n || !payment || !pay || !offer) return;
    this.#running = true;
    this.#status.say('', i18n);
    try {
      const opened = await this.#open(method, offer, i18n, payment);
      if (!opened) {
        // Canceled: nothing was created; back to the button the buyer pressed.
        if (!this.#status.in(i18n)) this.#status.say(walletText(i18n, 'canceled'), i18n);
        this.#button(method)?.focus();
        return;
      }
      this.#status.say('', i18n);
      await pay(opened.part);
      opened.done?.(!opened.part.wasDeclined());
    } catch (error) {
      // Amazon's session could not be opened, so nothing was paid: one error, the form stays. The words say why: the
      // platform unreachable, the order no longer payable (paid or canceled meanwhile), or another refusal.
      const failure = toCaptainError(error);
      const unreachable = failure.code === 'network' || (failure.status ?? 500) >= 500;
      // A refusal's words are fetched with it (the flow's mapping, `refusal-words.ts`); failing that, "could not be completed".
      const words = unreachable ? undefined : await import('../refusal-words.ts').catch(() => undefined);
      const message = unreachable ? i18n.t('payNetworkError') : (words?.refusalNotice(failure.code, i18n).message ?? i18n.t('payFailed'));
      this.#status.say(message, i18n);
      this.dispatchEvent(new SgErrorEvent({ code: failure.code, message, order: payment.orderId }));
    } finally {
      this.#running = false;
    }
  }

  /** Opens the wallet; its part to pay with, or `null` when the buyer canceled (status says why when it matters). */
  async #open(method: WalletMethod, offer: WalletOffer, i18n: I18n, payment: WalletPayment): Promise<{ part: WalletPart; done?: (ok: boolean) => void } | null> {
    if (method === 'amazonpay') {
      this.#status.say(walletText(i18n, 'amazonWaiting'), i18n);
      this.#amazonVisit = new AbortController();
      const outcome = await visitAmazon(payment.api, payment.orderId, payment.amount, { blocked: (url) => void this.#showAmazonLink(url, i18n), signal: this.#amazonVisit.signal, ...(payment.settles ? { settles: payment.settles } : {}) }).finally(() => {
        this.amazonPage = this.#amazonVisit = undefined;
      });
      if (outcome.kind === 'chosen') return { part: walletPart(method, { amazonCheckoutSessionId: outcome.sessionId }, outcome.last4) };
      this.#status.say(outcome.kind === 'blocked' ? walletText(i18n, 'amazonBlocked') : outcome.kind === 'expired' ? walletText(i18n, 'amazonExpired') : '', i18n);
      return null;
    }
    if (offer.simulated) {
      const sheet = this.renderRoot.querySelector<WalletSheet>('sg-wallet-sheet');
      const card = await sheet?.choose({ wallet: method, merchant: payment.merchant, amount: payment.amount, currency: payment.currency });
      return card ? { part: walletPart(method, { wallet: { token: sandboxWalletToken(card.number) } }, card.number.slice(-4)) } : null;
    }
    const device = await payOnDevice(method, { merchant: payment.merchant, amount: majorUnits(payment.amount), currency: payment.currency, live: !payment.api.key.startsWith('pk_test_') });
    return device ? { part: walletPart(method, { wallet: { token: device.token } }, device.last4), done: device.done } : null;
  }

  /** The browser blocked Amazon's window: the buyer opens its page from a link (focused, so that they find it). */
  async #showAmazonLink(url: string, i18n: I18n): Promise<void> {
    this.amazonPage = url;
    this.#status.say(walletText(i18n, 'amazonBlocked'), i18n);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.amazon-page a')?.focus();
  }

  #renderAmazonPage(i18n: I18n) {
    return this.amazonPage
      ? html`<p class="amazon-page">
          <a href=${this.amazonPage} target="_blank" rel="noopener" part="amazon-pay-link">${walletText(i18n, 'amazonOpen')}</a>
          <button type="button" class="text" @click=${() => this.#amazonVisit?.abort()}>${walletText(i18n, 'cancel')}</button>
        </p>`
      : nothing;
  }

  protected override render() {
    const { i18n, offer } = this;
    if (!i18n || !offer?.methods.length) return nothing;
    return html`<div class="wallets" role="group" aria-label=${walletText(i18n, 'group')}>
        ${offer.methods.map(
          (method) => html`<button
            type="button"
            class="wallet wallet-${method}"
            part="wallet-button wallet-${method}"
            data-wallet=${method}
            lang=${i18n.locale}
            aria-disabled=${this.busy ? 'true' : 'false'}
            @click=${() => void this.#start(method)}
          >
            ${walletText(i18n, 'payWith', { wallet: WALLET_NAMES[method] })}
          </button>`,
        )}
      </div>
      <p class="status" role="status">${this.#status.in(i18n)}</p>
      ${this.#renderAmazonPage(i18n)}
      <p class="or" part="wallets-divider">${walletText(i18n, 'orCard')}</p>
      ${offer.simulated ? html`<sg-wallet-sheet .i18n=${i18n} exportparts="wallet-sheet,sheet-pay-button,sheet-cancel-button"></sg-wallet-sheet>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-wallet-buttons': WalletButtons;
  }
}

/**
 * `<sg-share-space>`: the sharing space behind a split order's `sharingLink`, for co-buyers: who invites them (the
 * captain's first name), the basket, the deadline, the platform and what is collected, kept live (parts/live-order.ts);
 * each co-buyer pays a share (collect) or items (picking) by card. A completed, expired or canceled sharing says so and
 * offers nothing to pay. Mounted by the hosted page `demo/share.html`, in any tab or browser, with the public key.
 */
import { html, LitElement } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ApiConfig } from '../../core/api.ts';
import { toCaptainError, type CaptainError } from '../../core/errors.ts';
import type { I18n } from '../../core/i18n/index.ts';
import { Announcement } from '../../parts/announcement.ts';
import { cardFormStyles } from '../../parts/card-form.styles.ts';
import { renderLiveRegion } from '../../parts/live-region.ts';
import { LocaleController } from '../../parts/locale-controller.ts';
import { base, tokens, uxStyles } from '../../styles/tokens.styles.ts';
import { PaymentFlow, type FlowNotice } from '../../parts/payment-flow.ts';
import type { SharingView } from '../../core/contract/index.ts';
import { checkCobuyerShare } from './share-choice.ts';
import { getSharing } from './split-api.ts';
import { renderClosedState, renderCobuyerShare, renderSpaceSummary } from './share-space-views.ts';
import { splitText, type SplitMessageKey } from './split-i18n.ts';
import { LiveOrderController } from '../../parts/live-order.ts';
import { splitStyles } from './split-ux.styles.ts';
import { renderShareWallets, shareWalletOffer } from './share-wallets.ts';
import type { WalletOffer } from '../../parts/wallet-offer.ts';

/** `failed.failure`: no such sharing, no answer (network), or an answer that was not the platform's (5xx page, malformed). */
type Load = { kind: 'loading' } | { kind: 'failed'; failure: 'notFound' | 'network' | 'unknown' } | { kind: 'ready'; view: SharingView };

export class ShareSpace extends LitElement {
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [tokens, base, cardFormStyles, uxStyles, splitStyles];
  static override properties = {
    orderId: { attribute: 'order-id' },
    publicKey: { attribute: 'public-key' },
    apiUrl: { attribute: 'api-url' },
    locale: {},
    load: { state: true },
    amountText: { state: true },
    chosenItems: { state: true },
    firstName: { state: true },
    showShareError: { state: true },
    paidAmount: { state: true },
    sandboxWallets: { attribute: 'sandbox-wallets', type: Boolean },
    wallets: { state: true },
  };

  declare orderId: string | undefined;
  declare publicKey: string | undefined;
  declare apiUrl: string | undefined;
  declare locale: string | undefined;
  declare load: Load;
  declare amountText: string;
  declare chosenItems: ReadonlySet<string>;
  declare firstName: string;
  declare showShareError: boolean;
  /** What this co-buyer paid, once they did. */
  declare paidAmount: number | undefined;
  /** The sandbox switch (docs/WIDGET.md, "Wallets"): the wallet buttons open the simulated sheet (test keys only). */
  declare sandboxWallets: boolean;
  declare wallets: WalletOffer | undefined;

  private readonly payment = new PaymentFlow(this);
  /** The page's language (its `locale`, else the order's), switched live when `locale` changes. */
  private readonly words = new LocaleController(this);
  /** "Collected so far" when someone else paid, in the language it was said in. */
  private readonly progress = new Announcement(this);
  /** Follows the group (co-buyers paying, the captain, the merchant, the deadline); stops once the sharing has ended. */
  private readonly live = new LiveOrderController(this, {
    target: () => (this.load.kind === 'ready' ? { api: this.api, orderId: this.load.view.orderId } : undefined),
    onChange: () => this.refresh(),
  });

  constructor() {
    super();
    this.orderId = this.publicKey = this.apiUrl = this.locale = undefined;
    this.load = { kind: 'loading' };
    this.amountText = this.firstName = '';
    this.chosenItems = new Set();
    this.showShareError = this.sandboxWallets = false;
    this.paidAmount = this.wallets = undefined;
  }

  private get api(): ApiConfig {
    return { apiUrl: this.apiUrl || location.origin, key: this.publicKey ?? '' };
  }

  private get i18n(): I18n {
    return this.words.i18n;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (['orderId', 'publicKey', 'apiUrl'].some((key) => changed.has(key))) void this.refresh(true);
    // A new language: the same view in its words (the words said in the old one are not kept: `Announcement`).
    else if (changed.has('locale')) void this.words.ask(this.locale ?? (this.load.kind === 'ready' ? this.load.view.locale : undefined));
  }

  private text(key: SplitMessageKey, params?: Record<string, string | number>): string {
    return splitText(this.i18n, key, params);
  }

  /** Reads the group's progress; announces a change of the amount collected (someone else paid). */
  async refresh(first = false): Promise<void> {
    if (!this.orderId || !this.publicKey) {
      this.load = { kind: 'failed', failure: 'notFound' };
      return;
    }
    try {
      const view = await getSharing(this.api, this.orderId);
      if (first) await this.words.ask(this.locale ?? view.locale);
      const before = this.load.kind === 'ready' ? this.load.view : undefined;
      this.load = { kind: 'ready', view };
      if (first) this.live.follow();
      if (first) void shareWalletOffer(view, this.sandboxWallets, this.api).then((offer) => (this.wallets = offer));
      // An ended sharing (completed, expired, canceled, refunded) changes no more.
      if (view.state !== 'open' && view.state !== 'waitingForCaptain') this.live.stop();
      // Items someone else paid meanwhile cannot stay chosen.
      const paid = new Set(view.items.filter((item) => item.paid).map((item) => item.id));
      if ([...this.chosenItems].some((id) => paid.has(id))) this.chosenItems = new Set([...this.chosenItems].filter((id) => !paid.has(id)));
      if (before && (before.collected !== view.collected || before.state !== view.state)) {
        this.progress.say(this.text('updated', { collected: this.money(view.collected), left: this.money(view.left) }), this.i18n);
      }
    } catch (error) {
      // A failed poll keeps what is shown; only a first load that fails replaces it.
      if (this.load.kind !== 'ready') this.load = { kind: 'failed', failure: loadFailure(toCaptainError(error).code) };
    }
  }

  private money(cents: number): string {
    return this.load.kind === 'ready' ? this.i18n.money(cents, this.load.view.currency) : String(cents);
  }

  /** Pays this co-buyer's share, as the pay button does. */
  async submit(): Promise<void> {
    if (this.load.kind !== 'ready' || this.load.view.state !== 'open' || this.paidAmount !== undefined) return;
    const view = this.load.view;
    const check = checkCobuyerShare(view, this.amountText, this.chosenItems, this.i18n);
    const firstName = this.firstName.trim();
    const outcome = await this.payment.submit(() => ({
      api: this.api,
      i18n: this.i18n,
      orderId: view.orderId,
      merchant: view.platformName,
      currency: view.currency,
      body: {
        role: 'cobuyer',
        ...(view.ux === 'picking' ? { itemIds: [...this.chosenItems] } : { amount: 'share' in check ? check.share : 0 }),
        ...(firstName ? { payer: { firstName } } : {}),
      },
      invalid: () => {
        if (!('error' in check)) return undefined;
        this.showShareError = true;
        return { fields: ['share'], message: check.error };
      },
      focusInvalid: () => this.renderRoot.querySelector<HTMLElement>('#sg-share-field')?.focus(),
      explain: (error) => this.explain(error, view),
    }));
    if (outcome.kind !== 'paid') return;
    // What the platform authorised: after "Check again" the attempt sent earlier, whatever amount was typed since.
    this.paidAmount = outcome.result.transaction.amount;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#sg-thanks-title')?.focus();
    await this.refresh();
  }

  /** Refused by the platform: most often someone else paid meanwhile. Reads where the group stands, then says why. */
  private async explain({ code }: CaptainError, before: SharingView): Promise<FlowNotice | undefined> {
    await this.refresh();
    const now = this.load.kind === 'ready' ? this.load.view : before;
    // In the page's language, and in any other it switches to while the notice shows.
    const message: SplitMessageKey | undefined = now.state !== 'open' ? 'closedMeanwhile' : code === 'amount_exceeds_remaining' ? 'notEnoughLeft' : code === 'item_already_paid' ? 'itemTaken' : undefined;
    const said = (i18n: I18n): FlowNotice => ({ tone: 'danger', title: i18n.t('errorUnknownTitle'), message: splitText(i18n, message ?? 'itemTaken', { left: i18n.money(now.left, now.currency) }), in: said });
    return message && said(this.i18n);
  }

  protected override render() {
    const load = this.load;
    if (load.kind === 'loading') {
      return html`<div class="loading" part="loading"><span>${this.i18n.t('loading')}</span></div>${renderLiveRegion('')}`;
    }
    if (load.kind === 'failed') {
      return html`<div class="notice danger" role="alert" part="error">
        ${load.failure === 'notFound'
          ? html`<h2>${this.text('shareUnknownTitle')}</h2><p>${this.text('shareUnknown')}</p>`
          : load.failure === 'network'
            ? html`<h2>${this.i18n.t('errorNetworkTitle')}</h2><p>${this.i18n.t('errorNetwork')}</p>`
            : html`<h2>${this.i18n.t('errorUnknownTitle')}</h2><p>${this.i18n.t('errorUnknown')}</p>`}
      </div>`;
    }
    const { view } = load;
    return html`<section lang=${this.i18n.locale} aria-labelledby="sg-space-title" part="space">
      ${renderSpaceSummary(view, this.i18n)} ${this.renderState(view)}
      ${renderLiveRegion(this.progress.in(this.i18n))}
      ${renderLiveRegion(this.payment.announcement)}
      <sg-three-ds-dialog .i18n=${this.i18n}></sg-three-ds-dialog>
    </section>`;
  }

  private renderState(view: SharingView) {
    if (this.paidAmount === undefined) return renderClosedState(view, this.i18n) ?? this.renderForm(view);
    return html`<div class="notice success" part="success">
      <h3 id="sg-thanks-title" tabindex="-1">${this.text('thanksTitle')}</h3>
      <p>${this.text('thanksBody', { amount: this.money(this.paidAmount) })}</p>
    </div>`;
  }

  private renderForm(view: SharingView) {
    const i18n = this.i18n;
    const check = checkCobuyerShare(view, this.amountText, this.chosenItems, this.i18n);
    const error = this.showShareError && 'error' in check ? check.error : '';
    const busy = this.payment.busy;
    const amount = 'share' in check ? this.money(check.share) : '';
    return html`<form novalidate part="form" aria-busy=${busy ? 'true' : 'false'} @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        void this.submit();
      }}>
      ${renderCobuyerShare({
        view,
        i18n,
        error,
        busy,
        amountText: this.amountText,
        chosenItems: this.chosenItems,
        edit: (change) => Object.assign(this, change),
        left: () => (this.showShareError = this.amountText !== '' || this.showShareError),
      })}
      <div class="field">
        <label for="sg-first-name">${this.text('yourFirstName')}</label>
        <input id="sg-first-name" type="text" autocomplete="given-name" maxlength="80" ?readonly=${busy} .value=${live(this.firstName)}
          @input=${(event: InputEvent) => (this.firstName = (event.target as HTMLInputElement).value)} />
      </div>
      ${renderShareWallets({ offer: this.wallets, view, i18n, api: this.api, flow: this.payment, share: 'share' in check ? check.share : undefined, submit: () => this.submit() })}
      ${this.payment.renderNotice(i18n)} ${this.payment.cardForm.renderErrorSummary(i18n)} ${this.payment.cardForm.renderFields(i18n)}
      ${this.payment.renderSubmit(i18n.t('pay', { amount }).trim(), i18n)}
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-share-space': ShareSpace;
  }
}

/** A malformed answer or a server's error page reached the platform: saying "check your connection" would mislead. */
function loadFailure(code: string): 'notFound' | 'network' | 'unknown' {
  return code === 'not_found' ? 'notFound' : code === 'network' ? 'network' : 'unknown';
}

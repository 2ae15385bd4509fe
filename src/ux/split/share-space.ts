/**
 * `<sg-share-space>`: the sharing space behind a split order's `sharingLink`, for co-buyers. It shows who invites them
 * (the captain's first name), the basket, the deadline, the platform and what is collected, kept live by the
 * `LiveOrderController` (parts/live-order.ts); each
 * co-buyer pays a share (collect) or items (picking) by card. A completed, expired or canceled sharing says so and offers
 * nothing to pay. Mounted by the hosted page `demo/share.html`; it works in any tab or browser, with the public key.
 */
import { html, LitElement, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { answerThreeDS, type ApiConfig } from '../../core/api.ts';
import { toCaptainError } from '../../core/errors.ts';
import { englishI18n, loadI18n, type I18n, type MessageKey } from '../../core/i18n/index.ts';
import { currencyDigits, parseAmount } from '../../core/money.ts';
import { cardFormStyles } from '../../parts/card-form.styles.ts';
import { renderLiveRegion } from '../../parts/live-region.ts';
import { base, tokens, uxStyles } from '../../styles/tokens.styles.ts';
import { CardPaymentController } from '../../parts/card-payment-controller.ts';
import { LiveOrderController } from '../../parts/live-order.ts';
import { DECLINE_MESSAGES } from '../../parts/card-flow.ts';
import type { SharingView } from '../../core/split-schemas.ts';
import { getSharing, paySplit, type SplitPayment } from './split-api.ts';
import { deadlineText, splitText, type SplitMessageKey } from './split-i18n.ts';
import { splitStyles } from './split-ux.styles.ts';
import { lineTotal } from './split-ux.ts';

type Load = { kind: 'loading' } | { kind: 'failed'; notFound: boolean } | { kind: 'ready'; view: SharingView };

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
    notice: { state: true },
    paidAmount: { state: true },
    progressAnnouncement: { state: true },
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
  declare notice: { title: string; message: string } | undefined;
  /** What this co-buyer paid, once they did. */
  declare paidAmount: number | undefined;
  declare progressAnnouncement: string;

  private readonly payment = new CardPaymentController(this);
  private i18n: I18n = englishI18n;
  /** Follows the group (co-buyers paying, the captain, the merchant, the deadline); stops once the sharing has ended. */
  private readonly live = new LiveOrderController(this, {
    target: () => (this.load.kind === 'ready' ? { api: this.api, orderId: this.load.view.orderId } : undefined),
    onChange: () => this.refresh(),
  });

  constructor() {
    super();
    this.orderId = undefined;
    this.publicKey = undefined;
    this.apiUrl = undefined;
    this.locale = undefined;
    this.load = { kind: 'loading' };
    this.amountText = '';
    this.chosenItems = new Set();
    this.firstName = '';
    this.showShareError = false;
    this.notice = undefined;
    this.paidAmount = undefined;
    this.progressAnnouncement = '';
  }

  private get api(): ApiConfig {
    return { apiUrl: this.apiUrl || location.origin, key: this.publicKey ?? '' };
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (['orderId', 'publicKey', 'apiUrl', 'locale'].some((key) => changed.has(key))) void this.refresh(true);
  }

  private text(key: SplitMessageKey, params?: Record<string, string | number>): string {
    return splitText(this.i18n, key, params);
  }

  /** Reads the group's progress; announces a change of the amount collected (someone else paid). */
  async refresh(first = false): Promise<void> {
    if (!this.orderId || !this.publicKey) {
      this.load = { kind: 'failed', notFound: true };
      return;
    }
    try {
      const view = await getSharing(this.api, this.orderId);
      if (first || this.i18n.locale !== (this.locale ?? view.locale)) this.i18n = await loadI18n(this.locale ?? view.locale);
      const before = this.load.kind === 'ready' ? this.load.view : undefined;
      this.load = { kind: 'ready', view };
      if (first) this.live.follow();
      // An ended sharing (completed, expired, canceled, refunded) changes no more.
      if (view.state !== 'open' && view.state !== 'waitingForCaptain') this.live.stop();
      // Items someone else paid meanwhile cannot stay chosen.
      const paid = new Set(view.items.filter((item) => item.paid).map((item) => item.id));
      if ([...this.chosenItems].some((id) => paid.has(id))) this.chosenItems = new Set([...this.chosenItems].filter((id) => !paid.has(id)));
      if (before && (before.collected !== view.collected || before.state !== view.state)) {
        this.progressAnnouncement = this.text('updated', { collected: this.money(view.collected), left: this.money(view.left) });
      }
    } catch (error) {
      // A failed poll keeps what is shown; only a first load that fails replaces it.
      if (this.load.kind !== 'ready') this.load = { kind: 'failed', notFound: toCaptainError(error).code === 'not_found' };
    }
  }

  private money(cents: number): string {
    return this.load.kind === 'ready' ? this.i18n.money(cents, this.load.view.currency) : String(cents);
  }

  private checkShare(view: SharingView): { share: number } | { error: string } {
    if (view.ux === 'picking') {
      const chosen = view.items.filter((item) => this.chosenItems.has(item.id) && !item.paid);
      if (!chosen.length) return { error: this.text('itemsRequired') };
      return { share: chosen.reduce((sum, item) => sum + lineTotal(item), 0) };
    }
    const amount = parseAmount(this.amountText, currencyDigits(view.currency));
    if (amount === null) return { error: this.text('amountInvalid') };
    if (amount <= 0) return { error: this.text('amountTooSmall') };
    if (amount > view.left) return { error: this.text('amountTooBig', { max: this.money(view.left) }) };
    return { share: amount };
  }

  /** Pays this co-buyer's share, as the pay button does. */
  submit(): Promise<void> {
    return this.payment.run(() => this.attemptPayment());
  }

  private async attemptPayment(): Promise<void> {
    if (this.load.kind !== 'ready' || this.load.view.state !== 'open' || this.paidAmount !== undefined) return;
    const view = this.load.view;
    const check = this.checkShare(view);
    this.notice = undefined;
    if ('error' in check) {
      this.showShareError = true;
      this.payment.cardForm.validate();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#sg-share-field')?.focus();
      return;
    }
    const payment: Omit<SplitPayment, 'card'> = {
      role: 'cobuyer',
      ...(view.ux === 'picking' ? { itemIds: [...this.chosenItems] } : { amount: check.share }),
      ...(this.firstName.trim() ? { payer: { firstName: this.firstName.trim() } } : {}),
    };
    const outcome = await this.payment.attempt({
      api: this.api,
      merchant: view.platformName,
      currency: view.currency,
      i18n: this.i18n,
      pay: (card, key) => paySplit(this.api, view.orderId, { ...payment, card }, key),
      answerThreeDS,
    });
    if (outcome.kind === 'invalidFields') {
      await this.updateComplete;
      this.payment.cardForm.focusSummary();
      return;
    }
    if (outcome.kind === 'paid') {
      this.paidAmount = check.share;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#sg-thanks-title')?.focus();
      await this.refresh();
      return;
    }
    if (outcome.kind === 'declined') {
      await this.showNotice(this.i18n.t('declinedTitle'), `${this.i18n.t(DECLINE_MESSAGES[outcome.code])} ${this.i18n.t('declinedRetryHint')}`);
      return;
    }
    // Refused by the platform: most often someone else paid meanwhile. Read where the group stands, then say why.
    await this.refresh();
    const now = this.load.kind === 'ready' ? this.load.view : view;
    const { code } = outcome.error;
    const message =
      now.state !== 'open'
        ? this.text('closedMeanwhile')
        : code === 'amount_exceeds_remaining'
          ? this.text('notEnoughLeft', { left: this.money(now.left) })
          : view.ux === 'picking' && code === 'order_not_payable'
            ? this.text('itemTaken')
            : this.i18n.t(code === 'network' ? 'payNetworkError' : ('errorUnknown' satisfies MessageKey));
    await this.showNotice(this.i18n.t(code === 'network' ? 'errorNetworkTitle' : 'errorUnknownTitle'), message);
  }

  private async showNotice(title: string, message: string): Promise<void> {
    this.notice = { title, message };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#sg-payment-notice')?.focus();
  }

  private edit(change: () => void): void {
    change();
    this.payment.forgetAttempt();
  }

  protected override render() {
    const load = this.load;
    if (load.kind === 'loading') {
      return html`<div class="loading" part="loading"><span>${this.i18n.t('loading')}</span></div>${renderLiveRegion('')}`;
    }
    if (load.kind === 'failed') {
      return html`<div class="notice danger" role="alert" part="error">
        <h2>${load.notFound ? this.text('shareUnknownTitle') : this.i18n.t('errorNetworkTitle')}</h2>
        <p>${load.notFound ? this.text('shareUnknown') : this.i18n.t('errorNetwork')}</p>
      </div>`;
    }
    const { view } = load;
    const i18n = this.i18n;
    const captain = view.captain.firstName;
    return html`<section lang=${i18n.locale} aria-labelledby="sg-space-title" part="space">
      <h2 id="sg-space-title">${captain ? this.text('spaceTitle', { name: captain }) : this.text('spaceTitleAnonymous')}</h2>
      <p class="muted">${this.text('spacePlatform', { platform: view.platformName })}</p>
      ${view.dueDate !== null && (view.state === 'open' || view.state === 'waitingForCaptain') ? html`<p>${this.text('deadline', { date: deadlineText(i18n, view.dueDate) })}</p>` : nothing}
      <h3>${this.text('basket')}</h3>
      ${view.items.length
        ? html`<ul class="basket" part="basket">
            ${view.items.map(
              (item) =>
                html`<li><span>${item.name} × ${item.quantity}${item.paid ? html` <span class="muted">(${this.text('itemPaid')})</span>` : nothing}</span><span>${this.money(lineTotal(item))}</span></li>`,
            )}
          </ul>`
        : html`<p class="muted">${this.text('basketEmpty')}</p>`}
      <div class="progress" part="progress">
        <label for="sg-progress">${this.text('progress', { collected: this.money(view.collected), total: this.money(view.amount) })}</label>
        <progress id="sg-progress" max=${view.amount} .value=${view.collected}></progress>
        <p class="muted">${this.text('progressLeft', { left: this.money(view.left) })}</p>
      </div>
      ${this.renderState(view)}
      <div class="visually-hidden" role="status" aria-live="polite">${this.progressAnnouncement}</div>
      ${renderLiveRegion(this.payment.announcement)}
      <sg-three-ds-dialog .i18n=${i18n} exportparts="dialog: three-ds-dialog, approve-button, refuse-button"></sg-three-ds-dialog>
    </section>`;
  }

  private renderState(view: SharingView) {
    if (this.paidAmount !== undefined) {
      return html`<div class="notice success" part="success">
        <h3 id="sg-thanks-title" tabindex="-1">${this.text('thanksTitle')}</h3>
        <p>${this.text('thanksBody', { amount: this.money(this.paidAmount) })}</p>
      </div>`;
    }
    const closed = (title: SplitMessageKey, body: string) =>
      html`<div class="notice" part="closed"><h3 id="sg-closed-title" tabindex="-1">${this.text(title)}</h3><p>${body}</p></div>`;
    switch (view.state) {
      case 'waitingForCaptain':
        return html`<div class="notice" part="waiting"><p>${this.text('waitingForCaptain')}</p></div>`;
      case 'completed':
        return closed('stateCompletedTitle', this.text('stateCompleted'));
      case 'expired':
        return closed('stateExpiredTitle', this.text('stateExpired', { date: view.dueDate !== null ? deadlineText(this.i18n, view.dueDate) : '' }));
      case 'canceled':
        return closed('stateCanceledTitle', this.text('stateCanceled'));
      case 'refunded':
        return closed('stateRefundedTitle', this.text('stateCanceled'));
      case 'open':
        return this.renderForm(view);
    }
  }

  private renderForm(view: SharingView) {
    const i18n = this.i18n;
    const check = this.checkShare(view);
    const error = this.showShareError && 'error' in check ? check.error : '';
    const busy = this.payment.busy;
    const amount = 'share' in check ? this.money(check.share) : '';
    return html`<form novalidate part="form" aria-busy=${busy ? 'true' : 'false'} @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        void this.submit();
      }}>
      ${view.ux === 'picking' ? this.renderItems(view, error) : this.renderAmount(view, error)}
      <div class="field">
        <label for="sg-first-name">${this.text('yourFirstName')}</label>
        <input id="sg-first-name" type="text" autocomplete="given-name" maxlength="80" ?readonly=${busy} .value=${live(this.firstName)}
          @input=${(event: InputEvent) => (this.firstName = (event.target as HTMLInputElement).value)} />
      </div>
      ${this.notice
        ? html`<div class="notice danger" id="sg-payment-notice" tabindex="-1" part="notice"><h3>${this.notice.title}</h3><p>${this.notice.message}</p></div>`
        : nothing}
      ${this.payment.cardForm.renderErrorSummary(i18n)} ${this.payment.cardForm.renderFields(i18n)}
      <button class="button pay" part="pay-button" type="submit" aria-disabled=${busy ? 'true' : 'false'}>
        ${busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${i18n.t('pay', { amount }).trim()}
      </button>
    </form>`;
  }

  private renderAmount(view: SharingView, error: string) {
    return html`<div class="field ${error ? 'invalid' : ''}">
      <label for="sg-share-field">${this.text('shareAmount')}</label>
      <span class="hint" id="sg-share-hint">${this.text('shareAmountHint', { max: this.money(view.left) })}</span>
      <input class="short" id="sg-share-field" type="text" inputmode="decimal" autocomplete="off" ?readonly=${this.payment.busy}
        aria-invalid=${error ? 'true' : 'false'} aria-describedby="sg-share-hint sg-share-error" .value=${live(this.amountText)}
        @input=${(event: InputEvent) => this.edit(() => (this.amountText = (event.target as HTMLInputElement).value))}
        @blur=${() => {
          if (this.amountText) this.showShareError = true;
        }} />
      <p class="error" id="sg-share-error">${error}</p>
    </div>`;
  }

  private renderItems(view: SharingView, error: string) {
    return html`<fieldset id="sg-share-field" tabindex="-1" aria-describedby="sg-share-error">
      <legend>${this.text('chooseItems')}</legend>
      ${view.items.map(
        (item) => html`<div class="choice ${item.paid ? 'paid' : ''}">
          <input type="checkbox" id="sg-item-${item.id}" ?disabled=${item.paid || this.payment.busy} .checked=${live(this.chosenItems.has(item.id))}
            @change=${(event: Event) =>
              this.edit(() => {
                const next = new Set(this.chosenItems);
                if ((event.target as HTMLInputElement).checked) next.add(item.id);
                else next.delete(item.id);
                this.chosenItems = next;
              })} />
          <label for="sg-item-${item.id}">${this.text('itemLabel', { name: item.name, quantity: item.quantity, amount: this.money(lineTotal(item)) })}${item.paid ? ` (${this.text('itemPaid')})` : ''}</label>
        </div>`,
      )}
      <p class="error" id="sg-share-error">${error}</p>
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-share-space': ShareSpace;
  }
}

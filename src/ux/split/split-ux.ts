/**
 * The captain's split UX (orders of ux `collect` and `picking`). The captain chooses their share (an even split between
 * a number of participants, an amount, or the items they pay for), pays it by card (3-D Secure as in single), then gets
 * the sharing link for the group. On single + split platforms the buyer first chooses between paying alone and sharing.
 */
import { html, LitElement, nothing } from 'lit';
import { answerThreeDS } from '../../core/api.ts';
import { live } from 'lit/directives/live.js';
import type { MessageKey } from '../../core/i18n/index.ts';
import { currencyDigits, parseAmount, splitEvenly } from '../../core/money.ts';
import type { Item, PaymentResult } from '../../core/schemas.ts';
import { SgErrorEvent, SgInvalidEvent, SgValidatedEvent } from '../../events/index.ts';
import { cardFormStyles } from '../../parts/card-form.styles.ts';
import { renderLiveRegion } from '../../parts/live-region.ts';
import { base, tokens, uxStyles } from '../../styles/tokens.styles.ts';
import type { UxContext, UxElement } from '../types.ts';
import { CardPaymentController, paymentErrorNotice } from '../../parts/card-payment-controller.ts';
import { DECLINE_MESSAGES, validatedDetail } from '../../parts/card-flow.ts';
import type { SharingView } from '../../core/split-schemas.ts';
import { getSharing, paySplit, type SplitPayment } from './split-api.ts';
import { deadlineText, splitText, type SplitMessageKey } from './split-i18n.ts';
import { splitStyles } from './split-ux.styles.ts';

type PayMode = 'alone' | 'share';
type ShareMethod = 'even' | 'amount';
/** Most participants offered: every share must be at least one cent, and a group is rarely larger. */
const MAX_PARTICIPANTS = 50;

interface Notice {
  title: MessageKey;
  message: string;
  hint?: MessageKey;
}

interface Paid {
  result: PaymentResult;
  share: number;
  alone: boolean;
}

type ShareField = 'participants' | 'amount' | 'items';
type ShareCheck = { share: number; error?: undefined } | { share?: undefined; error: { field: ShareField; message: string } };

export const lineTotal = (item: Pick<Item, 'amount' | 'quantity'>) => item.amount * item.quantity;

export class SplitUx extends LitElement implements UxElement {
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [tokens, base, cardFormStyles, uxStyles, splitStyles];
  static override properties = {
    context: { attribute: false },
    mode: { state: true },
    method: { state: true },
    participantsText: { state: true },
    amountText: { state: true },
    chosenItems: { state: true },
    showShareError: { state: true },
    notice: { state: true },
    paid: { state: true },
    underway: { state: true },
  };

  declare context: UxContext | undefined;
  declare mode: PayMode;
  declare method: ShareMethod;
  declare participantsText: string;
  declare amountText: string;
  declare chosenItems: ReadonlySet<string>;
  /** Share errors show after a pay attempt, or once the buyer left a field they had typed in. */
  declare showShareError: boolean;
  declare notice: Notice | undefined;
  declare paid: Paid | undefined;
  /** The captain came back after paying: where the group stands. */
  declare underway: SharingView | undefined;

  private readonly payment = new CardPaymentController(this);

  constructor() {
    super();
    this.context = undefined;
    this.mode = 'share';
    this.method = 'even';
    this.participantsText = '2';
    this.amountText = '';
    this.chosenItems = new Set();
    this.showShareError = false;
    this.notice = undefined;
    this.paid = undefined;
    this.underway = undefined;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    this.payment.cardForm.clock = this.context?.clock; // a card's expiry is judged on the platform's clock
    const order = this.context?.checkout.order;
    // After the captain's payment too: the group's progress follows the live order (co-buyers paying).
    if (changed.has('context') && (order?.status === 'confirmed' || this.paid)) void this.loadUnderway();
  }

  private async loadUnderway(): Promise<void> {
    const { checkout, api } = this.context as UxContext;
    try {
      this.underway = await getSharing(api, checkout.order.id);
    } catch {
      // Without the progress the link still shows: it is what the captain came back for.
      this.underway = undefined;
    }
  }

  private get offersChoice(): boolean {
    return this.context?.checkout.settings.singleSplit === true;
  }

  private get shareUx(): 'collect' | 'picking' {
    return this.context?.checkout.order.ux === 'picking' ? 'picking' : 'collect';
  }

  private text(key: SplitMessageKey, params?: Record<string, string | number>): string {
    return splitText((this.context as UxContext).i18n, key, params);
  }

  /** The captain's share in cents, or why it cannot be paid. */
  private checkShare(): ShareCheck {
    const { checkout, i18n } = this.context as UxContext;
    const { order } = checkout;
    const total = order.amount;
    if (this.mode === 'alone') return { share: total };
    if (this.shareUx === 'picking') {
      const chosen = order.items.filter((item) => this.chosenItems.has(item.id));
      if (!chosen.length) return { error: { field: 'items', message: this.text('itemsRequired') } };
      return { share: chosen.reduce((sum, item) => sum + lineTotal(item), 0) };
    }
    if (this.method === 'even') {
      const max = Math.min(MAX_PARTICIPANTS, total);
      const count = /^\d+$/.test(this.participantsText.trim()) ? Number(this.participantsText.trim()) : NaN;
      if (!(count >= 2 && count <= max)) return { error: { field: 'participants', message: this.text('participantsInvalid', { max }) } };
      // The captain pays first, so the extra cents of an uneven split are theirs (contract: 100,00 in 3 = 33,34 + …).
      return { share: splitEvenly(total, count)[0] as number };
    }
    const amount = parseAmount(this.amountText, currencyDigits(order.currency));
    if (amount === null) return { error: { field: 'amount', message: this.text('amountInvalid') } };
    if (amount <= 0) return { error: { field: 'amount', message: this.text('amountTooSmall') } };
    if (amount > total) return { error: { field: 'amount', message: this.text('amountTooBig', { max: i18n.money(total, order.currency) }) } };
    return { share: amount };
  }

  submit(): Promise<void> {
    return this.payment.run(() =>
      !this.context || this.paid || this.context.checkout.order.status !== 'initiated' ? undefined : this.attemptPayment(),
    );
  }

  private async attemptPayment(): Promise<void> {
    const { checkout, api, i18n } = this.context as UxContext;
    const { order } = checkout;
    const check = this.checkShare();
    if (check.error) {
      this.showShareError = true;
      this.payment.cardForm.validate();
      this.notice = undefined;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#sg-share-${check.error.field}`)?.focus();
      this.dispatchEvent(new SgInvalidEvent({ code: 'invalid_fields', message: check.error.message, fields: [check.error.field] }));
      return;
    }
    const share = check.share;
    const alone = this.mode === 'alone';
    this.notice = undefined;
    const payment: Omit<SplitPayment, 'card'> = {
      role: 'captain',
      ...(alone ? { amount: order.amount } : this.shareUx === 'picking' ? { itemIds: [...this.chosenItems] } : { amount: share }),
      ...(this.offersChoice ? { ux: alone ? 'single' : this.shareUx } : {}),
      payer: { email: order.email, firstName: order.firstName, lastName: order.lastName },
    };
    const outcome = await this.payment.attempt({
      api,
      merchant: checkout.settings.platformName,
      currency: order.currency,
      i18n,
      pay: (card, key) => paySplit(api, order.id, { ...payment, card }, key),
      answerThreeDS,
    });
    switch (outcome.kind) {
      case 'invalidFields':
        await this.updateComplete;
        this.payment.cardForm.focusSummary();
        this.dispatchEvent(new SgInvalidEvent({ code: 'invalid_fields', message: i18n.t('errorSummaryTitle'), fields: outcome.fields }));
        return;
      case 'declined': {
        const message = DECLINE_MESSAGES[outcome.code];
        await this.showNotice({ title: 'declinedTitle', message: i18n.t(message), hint: 'declinedRetryHint' });
        this.dispatchEvent(new SgInvalidEvent({ code: outcome.code, message: i18n.t(message), fields: [] }));
        return;
      }
      case 'error': {
        const { error } = outcome;
        const { title, message: key } = paymentErrorNotice(error.code, 'errorUnknown');
        await this.showNotice({ title, message: i18n.t(key) });
        this.dispatchEvent(new SgErrorEvent({ code: error.code, message: i18n.t(key), order: order.id }));
        return;
      }
      case 'paid': {
        const { transaction, order: updated } = outcome.result;
        this.paid = { result: outcome.result, share, alone };
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('#sg-success-title')?.focus();
        // `amount` is what the captain pays; in direct mode the card holds the whole order as a guarantee on top.
        this.dispatchEvent(new SgValidatedEvent(validatedDetail(transaction, updated, share)));
      }
    }
  }

  private async showNotice(notice: Notice): Promise<void> {
    this.notice = notice;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#sg-payment-notice')?.focus();
  }

  private edit(change: () => void): void {
    change();
    this.payment.forgetAttempt();
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.submit();
  }

  protected override render() {
    const context = this.context;
    if (!context) return nothing;
    if (this.paid) return this.renderPaid(this.paid);
    const { checkout, i18n } = context;
    const { order } = checkout;
    if (order.status === 'confirmed') return this.renderUnderway();
    const check = this.checkShare();
    const shareText = check.share !== undefined ? i18n.money(check.share, order.currency) : '';
    const busy = this.payment.busy;
    return html`<form novalidate part="form" aria-busy=${busy ? 'true' : 'false'} @submit=${this.onSubmit}>
        <p class="amount" part="amount"><span>${this.text('orderTotal')}</span> <strong>${i18n.money(order.amount, order.currency)}</strong></p>
        ${this.offersChoice ? this.renderModeChoice() : nothing}
        ${this.mode === 'share' ? this.renderShareChoice(check) : nothing}
        ${this.notice
          ? html`<div class="notice danger" id="sg-payment-notice" tabindex="-1" part="notice">
              <h3>${i18n.t(this.notice.title)}</h3>
              <p>${this.notice.message}</p>
              ${this.notice.hint ? html`<p>${i18n.t(this.notice.hint)}</p>` : nothing}
            </div>`
          : nothing}
        ${this.payment.cardForm.renderErrorSummary(i18n)} ${this.payment.cardForm.renderFields(i18n)}
        <button class="button pay" part="pay-button" type="submit" aria-disabled=${busy ? 'true' : 'false'}>
          ${busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${i18n.t('pay', { amount: shareText }).trim()}
        </button>
      </form>
      ${renderLiveRegion(this.payment.announcement)}
      <sg-three-ds-dialog .i18n=${i18n} exportparts="dialog: three-ds-dialog, approve-button, refuse-button"></sg-three-ds-dialog>`;
  }

  private renderModeChoice() {
    const { checkout, i18n } = this.context as UxContext;
    const { order } = checkout;
    const option = (mode: PayMode, label: string, hint: string) =>
      html`<div class="choice">
        <input
          type="radio"
          id="sg-mode-${mode}"
          name="sg-mode"
          .checked=${live(this.mode === mode)}
          aria-describedby="sg-mode-${mode}-hint"
          ?disabled=${this.payment.busy}
          @change=${() => this.edit(() => (this.mode = mode))}
        />
        <label for="sg-mode-${mode}">${label}</label>
        <span class="hint" id="sg-mode-${mode}-hint">${hint}</span>
      </div>`;
    return html`<fieldset part="mode-choice">
      <legend>${this.text('howToPay')}</legend>
      ${option('alone', this.text('payAlone'), this.text('payAloneHint', { amount: i18n.money(order.amount, order.currency) }))}
      ${option('share', this.text('shareWithGroup'), this.text('shareWithGroupHint', { date: order.dueDate ? deadlineText(i18n, order.dueDate) : '' }))}
    </fieldset>`;
  }

  private renderShareChoice(check: ShareCheck) {
    const { checkout, i18n } = this.context as UxContext;
    const { order } = checkout;
    const error = this.showShareError ? check.error : undefined;
    const summary =
      check.share !== undefined
        ? this.text('shareSummary', { share: i18n.money(check.share, order.currency), total: i18n.money(order.amount, order.currency) })
        : '';
    return html`<fieldset part="share">
      <legend>${this.text('yourShare')}</legend>
      ${this.shareUx === 'picking' ? this.renderItems(order.items, error?.field === 'items' ? error.message : '') : this.renderCollect(error)}
      <p class="summary" role="status" part="share-summary">${summary}</p>
    </fieldset>`;
  }

  private renderCollect(error: ShareCheck['error']) {
    const { checkout, i18n } = this.context as UxContext;
    const { order } = checkout;
    const max = Math.min(MAX_PARTICIPANTS, order.amount);
    const method = (value: ShareMethod, label: string) =>
      html`<div class="choice">
        <input
          type="radio"
          id="sg-method-${value}"
          name="sg-method"
          .checked=${live(this.method === value)}
          ?disabled=${this.payment.busy}
          @change=${() => this.edit(() => (this.method = value))}
        />
        <label for="sg-method-${value}">${label}</label>
      </div>`;
    const field = (name: 'participants' | 'amount', label: string, hint: string, value: string, inputmode: 'numeric' | 'decimal') => {
      const message = error?.field === name ? error.message : '';
      return html`<div class="field ${message ? 'invalid' : ''}">
        <label for="sg-share-${name}">${label}</label>
        <span class="hint" id="sg-share-${name}-hint">${hint}</span>
        <input
          class="short"
          id="sg-share-${name}"
          type="text"
          inputmode=${inputmode}
          autocomplete="off"
          ?readonly=${this.payment.busy}
          aria-invalid=${message ? 'true' : 'false'}
          aria-describedby="sg-share-${name}-hint sg-share-${name}-error"
          .value=${live(value)}
          @input=${(event: InputEvent) =>
            this.edit(() => {
              const text = (event.target as HTMLInputElement).value;
              if (name === 'participants') this.participantsText = text;
              else this.amountText = text;
            })}
          @blur=${() => {
            if (value) this.showShareError = true;
          }}
        />
        <p class="error" id="sg-share-${name}-error">${message}</p>
      </div>`;
    };
    return html`${method('even', this.text('splitEvenly'))}
      ${this.method === 'even'
        ? field('participants', this.text('participants'), this.text('participantsHint', { max }), this.participantsText, 'numeric')
        : nothing}
      ${method('amount', this.text('chooseAmount'))}
      ${this.method === 'amount'
        ? field('amount', this.text('shareAmount'), this.text('shareAmountHint', { max: i18n.money(order.amount, order.currency) }), this.amountText, 'decimal')
        : nothing}`;
  }

  private renderItems(items: readonly Item[], message: string) {
    const { checkout, i18n } = this.context as UxContext;
    const currency = checkout.order.currency;
    return html`<div
      id="sg-share-items"
      tabindex="-1"
      role="group"
      aria-label=${this.text('chooseItems')}
      aria-describedby="sg-share-items-error"
    >
      ${items.map(
        (item) =>
          html`<div class="choice">
            <input
              type="checkbox"
              id="sg-item-${item.id}"
              .checked=${live(this.chosenItems.has(item.id))}
              ?disabled=${this.payment.busy}
              @change=${(event: Event) =>
                this.edit(() => {
                  const next = new Set(this.chosenItems);
                  if ((event.target as HTMLInputElement).checked) next.add(item.id);
                  else next.delete(item.id);
                  this.chosenItems = next;
                })}
            />
            <label for="sg-item-${item.id}">
              ${this.text('itemLabel', { name: item.name, quantity: item.quantity, amount: i18n.money(lineTotal(item), currency) })}
            </label>
          </div>`,
      )}
      <p class="error" id="sg-share-items-error">${message}</p>
    </div>`;
  }

  private renderUnderway() {
    const { checkout, api, i18n } = this.context as UxContext;
    const { order } = checkout;
    const view = this.underway;
    const money = (cents: number) => i18n.money(cents, order.currency);
    return html`<section class="notice success" part="success" aria-labelledby="sg-underway-title">
        <h2 id="sg-underway-title" tabindex="-1">${this.text('underwayTitle')}</h2>
        <p>${this.text('underwayBody', { date: order.dueDate ? deadlineText(i18n, order.dueDate) : '' })}</p>
      </section>
      ${view
        ? html`<div class="progress" part="progress">
            <label for="sg-progress">${this.text('progress', { collected: money(view.collected), total: money(view.amount) })}</label>
            <progress id="sg-progress" max=${view.amount} .value=${view.collected}></progress>
            <p class="muted">${this.text('progressLeft', { left: money(view.left) })}</p>
          </div>`
        : nothing}
      <sg-link order-id=${order.id} public-key=${api.key} api-url=${api.apiUrl} locale=${i18n.locale} exportparts="link-input, copy-button, share-button"></sg-link>`;
  }

  private renderPaid({ result, share, alone }: Paid) {
    const { checkout, api, i18n } = this.context as UxContext;
    // The live order once it is newer than the payment's answer: co-buyers may have paid since.
    const order = checkout.order.updatedAt >= result.order.updatedAt ? checkout.order : result.order;
    const currency = order.currency;
    const money = (cents: number) => i18n.money(cents, currency);
    const collected = this.underway?.collected ?? share;
    const left = this.underway?.left ?? Math.max(0, order.amount - share);
    const date = order.dueDate ? deadlineText(i18n, order.dueDate) : '';
    const body =
      alone || order.status === 'completed'
        ? alone
          ? i18n.t('successBody', { amount: money(share) })
          : this.text('captainPaidComplete', { share: money(share) })
        : checkout.settings.validationMode === 'standard'
          ? this.text('captainPaidStandard', { share: money(share), left: money(left), date })
          : this.text('captainPaidDirect', { share: money(share), total: money(order.amount), date });
    return html`<section class="notice success" part="success" aria-labelledby="sg-success-title">
        <h2 id="sg-success-title" tabindex="-1">${alone ? this.text('paidAloneTitle') : this.text('captainPaidTitle')}</h2>
        <p>${body}</p>
        <p class="muted">${i18n.t('successReference', { reference: result.transaction.id })}</p>
      </section>
      ${alone || order.status === 'completed'
        ? nothing
        : html`<div class="progress" part="progress">
              <label for="sg-progress">${this.text('progress', { collected: money(collected), total: money(order.amount) })}</label>
              <progress id="sg-progress" max=${order.amount} .value=${collected}></progress>
              <p class="muted">${this.text('progressLeft', { left: money(left) })} · ${this.text('deadline', { date })}</p>
            </div>
            <sg-link order-id=${order.id} public-key=${api.key} api-url=${api.apiUrl} locale=${i18n.locale} exportparts="link-input, copy-button, share-button"></sg-link>`}
      ${renderLiveRegion(this.payment.announcement)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-split-ux': SplitUx;
  }
}

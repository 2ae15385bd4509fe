/**
 * The single UX: one buyer pays the whole order by card. Owns the payment flow (validate → pay → optional 3-D Secure →
 * success or decline) and its focus management; the fields come from the shared card form part.
 */
import { html, LitElement, nothing } from 'lit';
import { answerChallenge, payByCard } from '../../core/checkout-api.ts';
import type { CardField } from '../../core/card.ts';
import type { CaptainError } from '../../core/errors.ts';
import type { MessageKey } from '../../core/i18n/index.ts';
import type { CheckoutSummary, PaymentResultSummary } from '../../core/wire.ts';
import { SgErrorEvent, SgInvalidEvent, SgValidatedEvent, type InvalidDetail } from '../../events/index.ts';
import { loadedCardFlow, type CardFlow, type CardFormController } from '../../parts/card-form.ts';
import { cardFormStyles } from '../../parts/card-form.styles.ts';
import { CardPaymentController, paymentErrorNotice } from '../../parts/card-payment-controller.ts';
import { renderLiveRegion } from '../../parts/live-region.ts';
import { base, tokens, uxStyles } from '../../styles/tokens.styles.ts';
import type { UxContext, UxElement } from '../types.ts';
import { singleUxStyles } from './single-ux.styles.ts';

interface Notice {
  tone: 'danger';
  title: MessageKey;
  message: MessageKey;
  hint?: MessageKey;
}

interface Receipt {
  amount: number;
  reference: string;
}

export class SingleUx extends LitElement implements UxElement<CheckoutSummary> {
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [tokens, base, cardFormStyles, uxStyles, singleUxStyles];
  static override properties = {
    context: { attribute: false },
    notice: { state: true },
    receipt: { state: true },
  };

  declare context: UxContext<CheckoutSummary> | undefined;
  declare notice: Notice | undefined;
  declare receipt: Receipt | undefined;

  readonly #payment: CardPaymentController;

  constructor() {
    super();
    this.context = undefined;
    this.notice = undefined;
    this.receipt = undefined;
    this.#payment = new CardPaymentController(this);
  }

  protected override willUpdate(): void {
    // A card's expiry is judged on the platform's clock.
    this.#cardForm.clock = this.context?.clock;
  }

  get #cardForm(): CardFormController {
    return this.#payment.cardForm;
  }

  submit(): Promise<void> {
    return this.#payment.run(() => (!this.context || this.receipt ? undefined : this.#attemptPayment()));
  }

  get #busy(): boolean {
    return this.#payment.busy;
  }

  async #attemptPayment(): Promise<void> {
    const context = this.context;
    if (!context) return;
    const { checkout, api, i18n } = context;
    this.notice = undefined;
    // Checked before the attempt starts when the card code is there, so that the summary takes focus within this update
    // (otherwise the attempt loads it and checks).
    const fieldsInError = loadedCardFlow() ? this.#cardForm.validate() : [];
    if (fieldsInError.length) return this.#invalid(fieldsInError);
    const { order } = checkout;
    const payer = { email: order.email, firstName: order.firstName, lastName: order.lastName };
    const outcome = await this.#payment.attempt({
      api,
      i18n,
      merchant: checkout.settings.platformName,
      currency: order.currency,
      holdBusy: true,
      pay: (card, key) => payByCard(api, order.id, { card, amount: checkout.amountRemaining, payer }, key),
      answerThreeDS: answerChallenge,
    });
    switch (outcome.kind) {
      case 'invalidFields':
        return this.#invalid(outcome.fields);
      case 'paid':
        return this.#succeed(outcome.result);
      case 'declined':
        return this.#decline(outcome.code);
      case 'error':
        return this.#fail(outcome.error);
    }
  }

  async #invalid(fields: CardField[]): Promise<void> {
    const { i18n } = this.context as UxContext<CheckoutSummary>;
    await this.updateComplete;
    this.#cardForm.focusSummary();
    this.#emit(new SgInvalidEvent({ code: 'invalid_fields', message: i18n.t('errorSummaryTitle'), fields }));
  }

  async #succeed({ transaction, order }: PaymentResultSummary): Promise<void> {
    // The attempt loaded the card code already.
    const { validatedDetail } = loadedCardFlow() as CardFlow;
    this.receipt = { amount: transaction.amount, reference: transaction.id };
    this.#payment.release();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#sg-success-title')?.focus();
    this.#emit(new SgValidatedEvent(validatedDetail(transaction, order)));
  }

  async #decline(code: InvalidDetail['code']): Promise<void> {
    const { i18n } = this.context as UxContext<CheckoutSummary>;
    const message = (loadedCardFlow() as CardFlow).DECLINE_MESSAGES[code];
    await this.#showNotice({ tone: 'danger', title: 'declinedTitle', message, hint: 'declinedRetryHint' });
    this.#emit(new SgInvalidEvent({ code, message: i18n.t(message), fields: [] }));
  }

  async #fail(error: CaptainError): Promise<void> {
    const { checkout, i18n } = this.context as UxContext<CheckoutSummary>;
    const { title, message } = paymentErrorNotice(error.code, 'payFailed');
    await this.#showNotice({ tone: 'danger', title, message });
    this.#emit(new SgErrorEvent({ code: error.code, message: i18n.t(message), order: checkout.order.id }));
  }

  async #showNotice(notice: Notice): Promise<void> {
    this.notice = notice;
    this.#payment.release();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#sg-payment-notice')?.focus();
  }

  #emit(event: Event): void {
    this.dispatchEvent(event);
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.submit();
  }

  protected override render() {
    const context = this.context;
    if (!context) return nothing;
    const { checkout, i18n } = context;
    const currency = checkout.order.currency;
    if (this.receipt) {
      return html`<section class="notice success" part="success" aria-labelledby="sg-success-title">
          <h2 id="sg-success-title" tabindex="-1">${i18n.t('successTitle')}</h2>
          <p>${i18n.t('successBody', { amount: i18n.money(this.receipt.amount, currency) })}</p>
          <p class="reference">${i18n.t('successReference', { reference: this.receipt.reference })}</p>
        </section>
        ${renderLiveRegion(this.#payment.announcement)}`;
    }
    const amount = i18n.money(checkout.amountRemaining, currency);
    const notice = this.notice;
    return html`<form novalidate part="form" aria-busy=${this.#busy ? 'true' : 'false'} @submit=${this.#onSubmit}>
        <p class="amount" part="amount"><span>${i18n.t('amountToPay')}</span> <strong>${amount}</strong></p>
        ${notice
          ? html`<div class="notice ${notice.tone}" id="sg-payment-notice" tabindex="-1" part="notice">
              <h3>${i18n.t(notice.title)}</h3>
              <p>${i18n.t(notice.message)}</p>
              ${notice.hint ? html`<p>${i18n.t(notice.hint)}</p>` : nothing}
            </div>`
          : nothing}
        ${this.#cardForm.renderErrorSummary(i18n)} ${this.#cardForm.renderFields(i18n)}
        <button class="button pay" part="pay-button" type="submit" aria-disabled=${this.#busy ? 'true' : 'false'}>
          ${this.#busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${i18n.t('pay', { amount })}
        </button>
      </form>
      ${renderLiveRegion(this.#payment.announcement)}
      <sg-three-ds-dialog .i18n=${i18n} exportparts="dialog: three-ds-dialog, approve-button, refuse-button"></sg-three-ds-dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-single-ux': SingleUx;
  }
}

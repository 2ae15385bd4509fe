/**
 * The single UX: one buyer pays the whole order by card. Owns the payment flow (validate → pay → optional 3-D Secure →
 * success or decline) and its focus management; the fields come from the shared card form part.
 */
import { html, LitElement, nothing } from 'lit';
import { answerThreeDS, pay } from '../../core/api.ts';
import { digitsOnly, toCardDetails } from '../../core/card.ts';
import { toCaptainError, type CaptainError } from '../../core/errors.ts';
import { newIdempotencyKey } from '../../core/http.ts';
import type { MessageKey } from '../../core/i18n/index.ts';
import type { PaymentResult } from '../../core/schemas.ts';
import { SgErrorEvent, SgInvalidEvent, SgValidatedEvent, type InvalidDetail } from '../../events/index.ts';
import { CardFormController } from '../../parts/card-form.ts';
import { cardFormStyles } from '../../parts/card-form.styles.ts';
import { renderLiveRegion } from '../../parts/live-region.ts';
import type { ThreeDSDialog } from '../../parts/three-ds-dialog.ts';
import { base, tokens } from '../../styles/tokens.styles.ts';
import type { UxContext, UxElement } from '../types.ts';
import { singleUxStyles } from './single-ux.styles.ts';

type Phase = 'form' | 'processing' | 'challenge' | 'success';

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

const DECLINE_MESSAGES: Record<InvalidDetail['code'], MessageKey> = {
  invalid_fields: 'declinedCard',
  card_declined: 'declinedCard',
  insufficient_funds: 'declinedFunds',
  authentication_failed: 'declinedAuthentication',
};

export class SingleUx extends LitElement implements UxElement {
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [tokens, base, cardFormStyles, singleUxStyles];
  static override properties = {
    context: { attribute: false },
    phase: { state: true },
    notice: { state: true },
    receipt: { state: true },
    announcement: { state: true },
  };

  declare context: UxContext | undefined;
  declare phase: Phase;
  declare notice: Notice | undefined;
  declare receipt: Receipt | undefined;
  declare announcement: string;

  private readonly cardForm: CardFormController;
  /** The running attempt: a second click or `pay()` joins it instead of paying twice. */
  private inFlight: Promise<void> | undefined;
  /**
   * One key per payment attempt. Kept when the network fails (the platform may have charged: retrying with the same key
   * replays that answer), renewed after a definitive answer or when the buyer edits the card.
   */
  private attemptKey: string | undefined;

  constructor() {
    super();
    this.context = undefined;
    this.phase = 'form';
    this.notice = undefined;
    this.receipt = undefined;
    this.announcement = '';
    this.inFlight = undefined;
    this.attemptKey = undefined;
    this.cardForm = new CardFormController(this, () => {
      this.attemptKey = undefined;
    });
  }

  submit(): Promise<void> {
    if (this.inFlight) return this.inFlight;
    if (!this.context || this.phase === 'success') return Promise.resolve();
    this.inFlight = this.attemptPayment().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  private get busy(): boolean {
    return this.phase === 'processing' || this.phase === 'challenge';
  }

  private async attemptPayment(): Promise<void> {
    const context = this.context;
    if (!context) return;
    const { checkout, api, i18n } = context;
    const fieldsInError = this.cardForm.validate();
    if (fieldsInError.length) {
      this.notice = undefined;
      await this.updateComplete;
      this.cardForm.focusSummary();
      this.emit(new SgInvalidEvent({ code: 'invalid_fields', message: i18n.t('errorSummaryTitle'), fields: fieldsInError }));
      return;
    }

    this.notice = undefined;
    this.setPhase('processing', i18n.t('processing'));
    this.attemptKey ??= newIdempotencyKey();
    const card = toCardDetails(this.cardForm.values);
    const { order } = checkout;
    try {
      let result = await pay(
        api,
        order.id,
        { card, amount: checkout.amountRemaining, payer: { email: order.email, firstName: order.firstName, lastName: order.lastName } },
        this.attemptKey,
      );
      if (result.transaction.status === 'pendingAuthorization' && result.transaction.threeDS?.status === 'required') {
        result = await this.runChallenge(result, digitsOnly(card.number).slice(-4));
      }
      this.attemptKey = undefined;
      await this.settle(result);
    } catch (error) {
      await this.fail(toCaptainError(error));
    }
  }

  private async runChallenge(result: PaymentResult, last4: string): Promise<PaymentResult> {
    const { checkout, api, i18n } = this.context as UxContext;
    this.setPhase('challenge', i18n.t('waitingForBank'));
    const dialog = this.renderRoot.querySelector<ThreeDSDialog>('sg-three-ds-dialog');
    const outcome = dialog
      ? await dialog.challenge({
          merchant: checkout.settings.platformName,
          amount: i18n.money(result.transaction.amount, checkout.order.currency),
          last4: result.transaction.card?.last4 ?? last4,
        })
      : 'refuse';
    this.setPhase('processing', i18n.t('processing'));
    return answerThreeDS(api, result.transaction.id, outcome);
  }

  private async settle({ transaction, order }: PaymentResult): Promise<void> {
    if (transaction.status === 'authorized' || transaction.status === 'captured') {
      this.receipt = { amount: transaction.amount, reference: transaction.id };
      this.setPhase('success', '');
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#sg-success-title')?.focus();
      this.emit(
        new SgValidatedEvent({
          order: order.id,
          amount: transaction.amount,
          auth: transaction.id,
          email: transaction.email ?? order.email,
          firstName: transaction.firstName ?? order.firstName,
          lastName: transaction.lastName ?? order.lastName,
          status: order.status,
        }),
      );
      return;
    }
    const reason = transaction.declineReason;
    const code: InvalidDetail['code'] =
      reason === 'insufficient_funds' || reason === 'authentication_failed' ? reason : 'card_declined';
    await this.decline(code);
  }

  private async decline(code: InvalidDetail['code']): Promise<void> {
    const { i18n } = this.context as UxContext;
    const message = DECLINE_MESSAGES[code];
    this.cardForm.clearSecurityCode();
    await this.showNotice({ tone: 'danger', title: 'declinedTitle', message, hint: 'declinedRetryHint' });
    this.emit(new SgInvalidEvent({ code, message: i18n.t(message), fields: [] }));
  }

  private async fail(error: CaptainError): Promise<void> {
    const { checkout, i18n } = this.context as UxContext;
    if (error.code === 'card_declined' || error.code === 'insufficient_funds' || error.code === 'authentication_failed') {
      this.attemptKey = undefined;
      await this.decline(error.code);
      return;
    }
    // Without an answer the platform may have charged: keep the attempt key so "Pay" again replays, never re-charges.
    const keepKey = error.code === 'network' || error.code === 'unknown' || error.code === 'invalid_response';
    if (!keepKey) this.attemptKey = undefined;
    const message: MessageKey =
      error.code === 'network'
        ? 'payNetworkError'
        : error.code === 'order_not_payable'
          ? 'orderNotPayable'
          : error.code === 'amount_exceeds_remaining'
            ? 'amountExceedsRemaining'
            : 'payFailed';
    await this.showNotice({ tone: 'danger', title: error.code === 'network' ? 'errorNetworkTitle' : 'errorUnknownTitle', message });
    this.emit(new SgErrorEvent({ code: error.code, message: i18n.t(message), order: checkout.order.id }));
  }

  private async showNotice(notice: Notice): Promise<void> {
    this.notice = notice;
    this.setPhase('form', '');
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#sg-payment-notice')?.focus();
  }

  private setPhase(phase: Phase, announcement: string): void {
    this.phase = phase;
    this.announcement = announcement;
    this.cardForm.readOnly = phase === 'processing' || phase === 'challenge';
  }

  private emit(event: Event): void {
    this.dispatchEvent(event);
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.submit();
  }

  protected override render() {
    const context = this.context;
    if (!context) return nothing;
    const { checkout, i18n } = context;
    const currency = checkout.order.currency;
    if (this.phase === 'success' && this.receipt) {
      return html`<section class="notice success" part="success" aria-labelledby="sg-success-title">
          <h2 id="sg-success-title" tabindex="-1">${i18n.t('successTitle')}</h2>
          <p>${i18n.t('successBody', { amount: i18n.money(this.receipt.amount, currency) })}</p>
          <p class="reference">${i18n.t('successReference', { reference: this.receipt.reference })}</p>
        </section>
        ${renderLiveRegion(this.announcement)}`;
    }
    const amount = i18n.money(checkout.amountRemaining, currency);
    const notice = this.notice;
    return html`<form novalidate part="form" aria-busy=${this.busy ? 'true' : 'false'} @submit=${this.onSubmit}>
        <p class="amount" part="amount"><span>${i18n.t('amountToPay')}</span> <strong>${amount}</strong></p>
        ${notice
          ? html`<div class="notice ${notice.tone}" id="sg-payment-notice" tabindex="-1" part="notice">
              <h3>${i18n.t(notice.title)}</h3>
              <p>${i18n.t(notice.message)}</p>
              ${notice.hint ? html`<p>${i18n.t(notice.hint)}</p>` : nothing}
            </div>`
          : nothing}
        ${this.cardForm.renderErrorSummary(i18n)} ${this.cardForm.renderFields(i18n)}
        <button class="button pay" part="pay-button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
          ${this.busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${i18n.t('pay', { amount })}
        </button>
      </form>
      ${renderLiveRegion(this.announcement)}
      <sg-three-ds-dialog .i18n=${i18n} exportparts="dialog: three-ds-dialog, approve-button, refuse-button"></sg-three-ds-dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-single-ux': SingleUx;
  }
}

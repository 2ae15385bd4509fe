/**
 * The single UX: one buyer pays the whole order by card. Its layout only: the amount, the card form and the pay button
 * of the shared payment flow (validate → pay → optional 3-D Secure → success, decline or a lost answer learned).
 */
import { html, LitElement, nothing } from 'lit';
import { SgValidatedEvent } from '../../events/index.ts';
import { cardFormStyles } from '../../parts/card-form.styles.ts';
import { renderLiveRegion } from '../../parts/live-region.ts';
import { PaymentFlow, payerOf, paymentOf } from '../../parts/payment-flow.ts';
import { base, tokens, uxStyles } from '../../styles/tokens.styles.ts';
import type { SummaryContext, UxElement } from '../types.ts';
import { singleUxStyles } from './single-ux.styles.ts';

interface Receipt {
  amount: number;
  reference: string;
}

export class SingleUx extends LitElement implements UxElement<SummaryContext> {
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [tokens, base, cardFormStyles, uxStyles, singleUxStyles];
  static override properties = {
    context: { attribute: false },
    receipt: { state: true },
  };

  declare context: SummaryContext | undefined;
  declare receipt: Receipt | undefined;

  readonly #flow = new PaymentFlow(this);

  protected override willUpdate(): void {
    // A card's expiry is judged on the platform's clock.
    this.#flow.clock = this.context?.clock;
  }

  async submit(): Promise<void> {
    const context = this.context;
    const outcome = await this.#flow.submit(() => {
      if (!context || this.receipt) return undefined;
      return { ...paymentOf(context), holdBusy: true, body: { amount: context.checkout.amountRemaining, payer: payerOf(context.checkout.order) } };
    });
    if (outcome.kind !== 'paid') return;
    this.receipt = { amount: outcome.result.transaction.amount, reference: outcome.result.transaction.id };
    this.#flow.release();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#sg-success-title')?.focus();
    this.dispatchEvent(new SgValidatedEvent(outcome.validated));
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
    const flow = this.#flow;
    if (this.receipt) {
      return html`<section class="notice success" part="success" aria-labelledby="sg-success-title">
          <h2 id="sg-success-title" part="heading" tabindex="-1">${i18n.t('successTitle')}</h2>
          <p>${i18n.t('successBody', { amount: i18n.money(this.receipt.amount, currency) })}</p>
          <p class="reference">${i18n.t('successReference', { reference: this.receipt.reference })}</p>
        </section>
        ${renderLiveRegion(flow.announcement)}`;
    }
    const amount = i18n.money(checkout.amountRemaining, currency);
    return html`<form novalidate part="form" aria-busy=${flow.busy ? 'true' : 'false'} @submit=${this.#onSubmit}>
        <p class="amount" part="amount"><span>${i18n.t('amountToPay')}</span> <strong dir="ltr">${amount}</strong></p>
        ${flow.renderWallets(context, checkout.amountRemaining, () => this.submit())}
        ${flow.renderNotice(i18n)} ${flow.cardForm.renderErrorSummary(i18n)} ${flow.cardForm.renderFields(i18n)}
        ${flow.renderSubmit(i18n.t('pay', { amount }), i18n)}
      </form>
      ${renderLiveRegion(flow.announcement)}
      <sg-three-ds-dialog .i18n=${i18n}></sg-three-ds-dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-single-ux': SingleUx;
  }
}

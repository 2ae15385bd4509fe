/**
 * The captain's split UX (orders of ux `collect` and `picking`). The captain chooses their share (an even split between
 * a number of participants, an amount, or the items they pay for), pays it through the shared payment flow, then gets
 * the sharing link for the group. On single + split platforms the buyer first chooses between paying alone and sharing.
 */
import { html, LitElement, nothing } from 'lit';
import type { SharingView } from '../../core/contract/index.ts';
import { SgValidatedEvent } from '../../events/index.ts';
import { cardFormStyles } from '../../parts/card-form.styles.ts';
import { renderLiveRegion } from '../../parts/live-region.ts';
import { PaymentFlow, paymentOf } from '../../parts/payment-flow.ts';
import { base, tokens, uxStyles } from '../../styles/tokens.styles.ts';
import type { UxContext, UxElement } from '../types.ts';
import { checkShare, renderModeChoice, renderShareChoice, shareFields, type ShareInput, type ShareView } from './share-choice.ts';
import { getSharing } from './split-api.ts';
import { splitText } from './split-i18n.ts';
import { splitStyles } from './split-ux.styles.ts';
import { renderPaid, renderUnderway, type Paid } from './split-views.ts';

export class SplitUx extends LitElement implements UxElement {
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [tokens, base, cardFormStyles, uxStyles, splitStyles];
  static override properties = {
    context: { attribute: false },
    input: { state: true },
    showShareError: { state: true },
    paid: { state: true },
    underway: { state: true },
  };

  declare context: UxContext | undefined;
  declare input: ShareInput;
  /** Share errors show after a pay attempt, or once the buyer left a field they had typed in. */
  declare showShareError: boolean;
  declare paid: Paid | undefined;
  /** The captain came back after paying: where the group stands. */
  declare underway: SharingView | undefined;

  readonly #flow = new PaymentFlow(this);
  /** What the attempt under the flow's key was sent with: the share it pays, and whether the captain pays alone. */
  #sent: { share: number; alone: boolean } | undefined;

  constructor() {
    super();
    this.context = undefined;
    this.input = { mode: 'share', method: 'even', participantsText: '2', amountText: '', chosenItems: new Set() };
    this.showShareError = false;
    this.paid = undefined;
    this.underway = undefined;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    this.#flow.clock = this.context?.clock; // a card's expiry is judged on the platform's clock
    const context = this.context;
    // After the captain's payment too: the group's progress follows the live order (co-buyers paying).
    if (changed.has('context') && context && (context.checkout.order.status === 'confirmed' || this.paid)) void this.#loadUnderway(context);
  }

  async #loadUnderway({ checkout, api }: UxContext): Promise<void> {
    try {
      this.underway = await getSharing(api, checkout.order.id);
    } catch {
      // Without the progress the link still shows: it is what the captain came back for.
      this.underway = undefined;
    }
  }

  #offersChoice(context: UxContext): boolean {
    return context.checkout.settings.singleSplit === true;
  }

  async submit(): Promise<void> {
    const context = this.context;
    if (!context || this.paid || context.checkout.order.status !== 'initiated') return;
    const { order } = context.checkout;
    const input = this.input;
    const check = checkShare(input, order, context.i18n);
    // "Check again" asks about the attempt already sent: what it paid is the share sent then, whatever was edited since.
    if (!this.#flow.unresolved && !this.#flow.busy && check.share !== undefined) this.#sent = { share: check.share, alone: input.mode === 'alone' };
    const outcome = await this.#flow.submit(() => ({
      ...paymentOf(context),
      body: check.share === undefined ? {} : shareFields(input, order, check.share, this.#offersChoice(context)),
      invalid: () => {
        this.showShareError = !!check.error;
        return check.error && { fields: [check.error.field], message: check.error.message };
      },
      focusInvalid: () => this.renderRoot.querySelector<HTMLElement>(`#sg-share-${check.error?.field ?? ''}`)?.focus(),
    }));
    const sent = this.#sent;
    if (outcome.kind !== 'paid' || !sent) return;
    this.paid = { result: outcome.result, ...sent };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#sg-success-title')?.focus();
    // `amount` is what the captain pays; in direct mode the card holds the whole order as a guarantee on top.
    this.dispatchEvent(new SgValidatedEvent({ ...outcome.validated, amount: sent.share }));
  }

  #view(context: UxContext): ShareView {
    return {
      ...this.input,
      order: context.checkout.order,
      i18n: context.i18n,
      offersChoice: this.#offersChoice(context),
      busy: this.#flow.busy,
      showError: this.showShareError,
      edit: (change) => {
        this.input = { ...this.input, ...change };
      },
      left: () => (this.showShareError = true),
    };
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.submit();
  }

  protected override render() {
    const context = this.context;
    if (!context) return nothing;
    const flow = this.#flow;
    if (this.paid) return html`${renderPaid(context, this.paid, this.underway)} ${renderLiveRegion(flow.announcement)}`;
    const { checkout, i18n } = context;
    const { order } = checkout;
    if (order.status === 'confirmed') return renderUnderway(context, this.underway);
    const view = this.#view(context);
    const check = checkShare(view, order, i18n);
    const shareText = check.share !== undefined ? i18n.money(check.share, order.currency) : '';
    return html`<form novalidate part="form" aria-busy=${flow.busy ? 'true' : 'false'} @submit=${this.#onSubmit}>
        <p class="amount" part="amount"><span>${splitText(i18n, 'orderTotal')}</span> <strong>${i18n.money(order.amount, order.currency)}</strong></p>
        ${view.offersChoice ? renderModeChoice(view) : nothing} ${view.mode === 'share' ? renderShareChoice(view, check) : nothing}
        ${check.share !== undefined && !check.error ? flow.renderWallets(context, check.share, () => this.submit()) : nothing}
        ${flow.renderNotice(i18n)} ${flow.cardForm.renderErrorSummary(i18n)} ${flow.cardForm.renderFields(i18n)}
        ${flow.renderSubmit(i18n.t('pay', { amount: shareText }).trim(), i18n)}
      </form>
      ${renderLiveRegion(flow.announcement)}
      <sg-three-ds-dialog .i18n=${i18n}></sg-three-ds-dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-split-ux': SplitUx;
  }
}

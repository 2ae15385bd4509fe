/**
 * The SEPA Direct Debit UX (`ux: "sdd"`, seed 004 "SEPA Direct Debit"): the account holder's first name, last name and
 * IBAN, the mandate naming the merchant (creditor) and its SEPA creditor identifier, then the pay button. Paying goes
 * through the shared `PaymentFlow` with the fields as its method part (`{ method: 'sdd', iban }`): the platform signs
 * the mandate and starts a `pending` debit. The buyer then sees "Direct debit scheduled for {date}" (announced, focused)
 * and `sg-validated` fires once with `status: "pending"` (CONTRACT §2): the merchant confirms the order on
 * `order.completed`, when the debit settles. Live updates move the outcome on (collected, or refused by the bank, with
 * the offer to pay from another account).
 */
import { html, LitElement, nothing } from 'lit';
import { holderNamePart } from '../../core/account-holder.ts';
import { SgValidatedEvent } from '../../events/index.ts';
import { cardFormStyles } from '../../parts/card-form.styles.ts';
import { Announcement } from '../../parts/announcement.ts';
import { renderLiveRegion } from '../../parts/live-region.ts';
import { PaymentFlow, paymentOf } from '../../parts/payment-flow.ts';
import { base, tokens, uxStyles } from '../../styles/tokens.styles.ts';
import type { UxContext, UxElement } from '../types.ts';
import { SddFieldsController } from './sdd-fields.ts';
import { sddWords, type SddWords } from './sdd-i18n.ts';
import { sddUxStyles } from './sdd-ux.styles.ts';
import { outcomeKeys, receiptOf, renderMandate, renderOutcome, type DebitReceipt } from './sdd-views.ts';

export class SddUx extends LitElement implements UxElement<UxContext> {
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [tokens, base, cardFormStyles, uxStyles, sddUxStyles];
  static override properties = {
    context: { attribute: false },
    receipt: { state: true },
  };

  declare context: UxContext | undefined;
  declare receipt: DebitReceipt | undefined;

  /** The flow's announcements (processing, the debit scheduled), in the language they were said in. */
  readonly #said = new Announcement(this);
  readonly #flow = new PaymentFlow(this, (phase, announcement) => {
    this.#fields.readOnly = phase !== 'form';
    this.#said.say(announcement, this.context?.i18n);
  });
  readonly #fields = new SddFieldsController(this);
  #prefilledFrom: string | undefined;
  #words: SddWords | undefined;
  #wordsLocale: string | undefined;

  constructor() {
    super();
    this.context = undefined;
    this.receipt = undefined;
  }

  protected override willUpdate(): void {
    const context = this.context;
    if (!context) return;
    this.#flow.clock = context.clock;
    if (this.#wordsLocale !== context.i18n.locale) {
      this.#words = sddWords(context.i18n);
      this.#wordsLocale = context.i18n.locale;
    }
    this.#fields.words = this.#words;
    // The account holder is most often the buyer the merchant named: prefilled once, editable.
    const order = context.checkout.order;
    if (this.#prefilledFrom !== order.id) {
      this.#prefilledFrom = order.id;
      this.#fields.values = { ...this.#fields.values, firstName: order.firstName ?? '', lastName: order.lastName ?? '' };
    }
    // A live update moves the debit on (collected, refused): the receipt follows its transaction.
    const receipt = this.receipt;
    const current = receipt && context.checkout.transactions.find((transaction) => transaction.id === receipt.transactionId);
    const moved = current && receiptOf(current);
    if (moved && moved.status !== receipt?.status) {
      this.receipt = moved;
      // The page changed by itself, focus left where it was: what the live region said ("scheduled for…") gives way.
      if (this.#words) this.#said.say(this.#words.t(outcomeKeys(moved)[0]), context.i18n);
    }
  }

  async submit(): Promise<void> {
    const context = this.context;
    const outcome = await this.#flow.submit(() => {
      if (!context || this.receipt) return undefined;
      const { firstName, lastName } = this.#fields.values;
      return {
        ...paymentOf(context),
        method: this.#fields,
        holdBusy: true,
        body: { amount: context.checkout.amountRemaining, payer: { email: context.checkout.order.email, firstName: holderNamePart(firstName), lastName: holderNamePart(lastName) } },
      };
    });
    if (outcome.kind !== 'paid' || !context) return;
    const receipt = receiptOf(outcome.result.transaction);
    this.receipt = receipt;
    this.#flow.release(receipt && this.#words ? this.#words.t('scheduledAnnounce', { date: this.#words.day(receipt.debitDate) }) : '');
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#sg-success-title')?.focus();
    this.dispatchEvent(new SgValidatedEvent(outcome.validated));
  }

  /** After the bank refused the debit: the form again, the holder kept, a new IBAN to give. */
  async #payFromAnotherAccount(): Promise<void> {
    this.receipt = undefined;
    this.#flow.release();
    this.#fields.values = { ...this.#fields.values, iban: '' };
    this.#fields.reset();
    await this.updateComplete;
    this.#fields.focusError();
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.submit();
  }

  protected override render() {
    const context = this.context;
    const words = this.#words;
    if (!context || !words) return nothing;
    const { checkout, i18n } = context;
    const currency = checkout.order.currency;
    const flow = this.#flow;
    if (this.receipt) {
      return html`${renderOutcome(words, this.receipt, (cents) => i18n.money(cents, currency), {
          emailed: checkout.order.email !== undefined,
          retry: () => void this.#payFromAnotherAccount(),
          retryLabel: words.t('otherAccount'),
        })}
        ${renderLiveRegion(this.#said.in(i18n))}`;
    }
    const amount = i18n.money(checkout.amountRemaining, currency);
    const creditor = checkout.settings.sddCreditor ?? { id: '', name: checkout.settings.platformName };
    return html`<form novalidate part="form" aria-busy=${flow.busy ? 'true' : 'false'} @submit=${this.#onSubmit}>
        <p class="amount" part="amount"><span>${i18n.t('amountToPay')}</span> <strong>${amount}</strong></p>
        ${flow.renderNotice(i18n)} ${this.#fields.render()} ${renderMandate(words, creditor, amount)}
        ${flow.renderSubmit(words.t('pay', { amount }), i18n)}
      </form>
      ${renderLiveRegion(this.#said.in(i18n))}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-sdd-ux': SddUx;
  }
}

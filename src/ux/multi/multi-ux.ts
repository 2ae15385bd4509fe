/**
 * The multi UX: one buyer pays an order in several parts, an amount per card and, where the platform has ANCV Connect,
 * by Chèque-Vacances beside the card. Also the stand-alone ANCV UX (platform whose only method is `ancv`): the same
 * flow with ANCV alone, since an ANCV payment confirmed for less than asked leaves a rest to pay.
 *
 * The platform keeps the rules (docs/API.md); this element shows what was paid and what is left, updated as the buyer
 * types the next amount, runs each payment (3-D Secure for cards, the wait for the ANCV app for ANCV), and fires
 * `sg-validated` once the order is fully paid.
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { answerThreeDS, getCheckout } from '../../core/api.ts';
import type { CaptainError } from '../../core/errors.ts';
import { currencyDigits } from '../../core/money.ts';
import type { Checkout, PaymentResult, Transaction } from '../../core/schemas.ts';
import { SgErrorEvent, SgInvalidEvent, SgValidatedEvent, type InvalidDetail } from '../../events/index.ts';
import type { CardFormController } from '../../parts/card-form.ts';
import { cardFormStyles } from '../../parts/card-form.styles.ts';
import { CardPaymentController } from '../../parts/card-payment-controller.ts';
import { validatedDetail } from '../../parts/card-flow.ts';
import { renderLiveRegion } from '../../parts/live-region.ts';
import { base, tokens, uxStyles } from '../../styles/tokens.styles.ts';
import type { UxContext, UxElement } from '../types.ts';
import {
  afterPaymentNote,
  amountHintKey,
  amountInputText,
  ancvMinimumOf,
  checkAmount,
  isPendingAncv,
  isSecured,
  leavesBelowAncvMinimum,
  progressOf,
  type PaymentChoice,
  type Progress,
} from './amounts.ts';
import { ancvAnswerNotice } from './ancv-answer.ts';
import { ancvLoginProblem } from './ancv-login.ts';
import { AncvPollController, renderAncvWaiting } from './ancv-waiting.ts';
import { cancelAncvRequest, getTransaction, payPart } from './api.ts';
import { multiText, type MultiMessageKey, type MultiNotice, type MultiText } from './messages.ts';
import { renderMethodChooser } from './method-chooser.ts';
import { AMOUNT_ID, LOGIN_ID, renderAmountField, renderAncvLoginField } from './multi-fields.ts';
import { multiUxStyles } from './multi-ux.styles.ts';
import { renderPaymentsSummary } from './payments-summary.ts';
import { renderProgressSummary } from './progress-summary.ts';

type Phase = 'form' | 'complete';

/** Typing pauses this long before "what is left" is announced, so a screen reader does not read every keystroke. */
const ANNOUNCE_AFTER_TYPING_MS = 600;

const DECLINES: Record<'card_declined' | 'insufficient_funds' | 'authentication_failed', MultiMessageKey> = {
  card_declined: 'declinedCard',
  insufficient_funds: 'declinedFunds',
  authentication_failed: 'declinedAuthentication',
};

export class MultiUx extends LitElement implements UxElement {
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [tokens, base, cardFormStyles, uxStyles, multiUxStyles];
  static override properties = {
    context: { attribute: false },
    pollIntervalMs: { attribute: false },
    checkout: { state: true },
    phase: { state: true },
    choice: { state: true },
    amountText: { state: true },
    loginText: { state: true },
    showFieldErrors: { state: true },
    notice: { state: true },
    announcement: { state: true },
  };

  declare context: UxContext | undefined;
  /** How often a waiting ANCV request is checked; tests shorten it. */
  declare pollIntervalMs: number;
  declare checkout: Checkout | undefined;
  declare phase: Phase;
  declare choice: PaymentChoice;
  declare amountText: string;
  declare loginText: string;
  declare showFieldErrors: boolean;
  declare notice: MultiNotice | undefined;
  declare announcement: string;

  private readonly payment: CardPaymentController;
  private readonly poller: AncvPollController;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  /** The amount field follows what is left until the buyer types in it. */
  private amountEdited = false;

  constructor() {
    super();
    this.context = undefined;
    this.pollIntervalMs = 2000;
    this.checkout = undefined;
    this.phase = 'form';
    this.choice = 'card';
    this.amountText = '';
    this.loginText = '';
    this.showFieldErrors = false;
    this.notice = undefined;
    this.announcement = '';
    this.poller = new AncvPollController(this, {
      pending: () => this.pendingRequests,
      intervalMs: () => this.pollIntervalMs,
      active: () => this.phase !== 'complete',
      check: (id) => getTransaction((this.context as UxContext).api, id),
      answered: (transaction) => this.ancvAnswered(transaction),
    });
    this.payment = new CardPaymentController(this, {
      onPhase: (_phase, announcement) => {
        if (announcement) this.announcement = announcement;
      },
    });
  }

  private get cardForm(): CardFormController {
    return this.payment.cardForm;
  }

  private get text(): MultiText {
    return multiText(this.context?.i18n.locale ?? 'en');
  }

  private money(cents: number): string {
    const context = this.context;
    return context ? context.i18n.money(cents, context.checkout.order.currency) : String(cents);
  }

  private get methods(): PaymentChoice[] {
    const accepted = this.checkout?.settings.paymentMethods ?? [];
    return (['card', 'ancv'] as const).filter((method) => accepted.includes(method));
  }

  private get progress(): Progress | undefined {
    return this.checkout ? progressOf(this.checkout) : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.cardForm.clock = this.context?.clock; // a card's expiry is judged on the platform's clock
    if (changed.has('context') && this.context && this.context.checkout !== changed.get('context')?.checkout) {
      this.adopt(this.context.checkout);
      if (!this.methods.includes(this.choice)) this.choice = this.methods[0] ?? 'card';
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  /** Takes a fresh checkout from the platform: amounts, pending ANCV requests, completion. */
  private adopt(checkout: Checkout): void {
    this.checkout = checkout;
    if (!this.amountEdited) this.amountText = this.defaultAmountText();
    this.poller.schedule();
  }

  private defaultAmountText(): string {
    const progress = this.progress;
    if (!progress || progress.available === 0 || !this.context) return '';
    return amountInputText(progress.available, this.context.i18n.locale, currencyDigits(this.context.checkout.order.currency));
  }

  private async refresh(): Promise<Checkout | undefined> {
    const context = this.context;
    if (!context) return undefined;
    const checkout = await getCheckout(context.api, context.checkout.order.id);
    this.adopt(checkout);
    return checkout;
  }

  // ── Submitting ──────────────────────────────────────────────────────────────────────────────

  submit(): Promise<void> {
    return this.payment.run(() =>
      !this.context || this.phase === 'complete' || (this.progress?.available ?? 0) === 0 ? undefined : this.attemptPayment(),
    );
  }

  private amountCheck() {
    const context = this.context as UxContext;
    return checkAmount(this.amountText, this.choice, this.progress as Progress, ancvMinimumOf(this.checkout as Checkout), currencyDigits(context.checkout.order.currency));
  }

  private async attemptPayment(): Promise<void> {
    const context = this.context as UxContext;
    const amount = this.amountCheck();
    const loginProblem = this.choice === 'ancv' ? ancvLoginProblem(this.loginText) : null;
    const cardFields = this.choice === 'card' ? this.cardForm.validate() : [];
    if (!amount.ok || loginProblem || cardFields.length) {
      this.showFieldErrors = true;
      this.notice = undefined;
      await this.updateComplete;
      if (!amount.ok) this.focusById(AMOUNT_ID);
      else if (loginProblem) this.focusById(LOGIN_ID);
      else this.cardForm.focusSummary();
      const fields = [...(amount.ok ? [] : ['amount']), ...(loginProblem ? ['ancvLogin'] : []), ...cardFields];
      this.dispatchEvent(new SgInvalidEvent({ code: 'invalid_fields', message: context.i18n.t('errorSummaryTitle'), fields }));
      return;
    }
    this.notice = undefined;
    const { order } = context.checkout;
    const payer = { email: order.email, firstName: order.firstName, lastName: order.lastName };
    if (this.choice === 'ancv') {
      const ancvLogin = this.loginText.trim();
      const outcome = await this.payment.send({
        i18n: context.i18n,
        holdBusy: true,
        send: (key) => payPart(context.api, order.id, { method: 'ancv', ancvLogin, amount: amount.cents, payer }, key),
      });
      if (outcome.kind === 'sent') await this.afterAncvRequest(outcome.result);
      else if (outcome.kind === 'declined') await this.decline(outcome.code);
      else await this.fail(outcome.error);
      return;
    }
    const outcome = await this.payment.attempt({
      api: context.api,
      i18n: context.i18n,
      merchant: context.checkout.settings.platformName,
      currency: order.currency,
      holdBusy: true,
      pay: (card, key) => payPart(context.api, order.id, { method: 'card', card, amount: amount.cents, payer }, key),
      answerThreeDS,
    });
    if (outcome.kind === 'paid') await this.afterCardPayment(outcome.result);
    else if (outcome.kind === 'declined') await this.decline(outcome.code);
    else if (outcome.kind === 'error') await this.fail(outcome.error);
  }

  private async afterCardPayment({ transaction }: PaymentResult): Promise<void> {
    if (!isSecured(transaction)) {
      const reason = transaction.declineReason;
      await this.decline(reason === 'insufficient_funds' || reason === 'authentication_failed' ? reason : 'card_declined');
      return;
    }
    // The next part is paid with another card: start from an empty form (the holder's name usually stays).
    this.payment.renewCardForm();
    this.amountEdited = false;
    this.showFieldErrors = false;
    const checkout = await this.refresh();
    if (checkout && (await this.completeIfPaid(checkout, transaction))) return;
    await this.showNotice({
      tone: 'success',
      title: 'partPaidTitle',
      message: 'partPaidCard',
      params: { amount: this.money(transaction.amount), left: this.money(this.progress?.left ?? 0) },
    });
  }

  private async afterAncvRequest({ transaction }: PaymentResult): Promise<void> {
    this.amountEdited = false;
    this.showFieldErrors = false;
    await this.refresh();
    this.payment.release(this.text('waitingAnnouncement', { amount: this.money(transaction.amount) }));
    await this.updateComplete;
    this.focusById(`sg-waiting-${transaction.id}`);
  }

  private async decline(code: keyof typeof DECLINES): Promise<void> {
    await this.showNotice({ tone: 'danger', title: 'declinedTitle', message: DECLINES[code], params: {} });
    this.dispatchEvent(new SgInvalidEvent({ code: code as InvalidDetail['code'], message: this.text(DECLINES[code]), fields: [] }));
  }

  private async fail(error: CaptainError): Promise<void> {
    const context = this.context as UxContext;
    let message: MultiMessageKey = error.code === 'network' ? 'networkError' : 'orderNotPayable';
    if (error.code === 'amount_exceeds_remaining' || error.code === 'invalid_request') {
      // Another tab, a late ANCV confirmation or the deadline moved the amounts: show them as they are now.
      message = 'amountChanged';
      await this.refresh().catch(() => undefined);
      if (this.checkout?.order.status !== 'initiated') message = 'orderNotPayable';
    }
    await this.showNotice({ tone: 'danger', title: 'errorTitle', message, params: {} });
    this.dispatchEvent(new SgErrorEvent({ code: error.code, message: this.text(message), order: context.checkout.order.id }));
  }

  /** The order is fully paid: success state and `sg-validated`, once. */
  private async completeIfPaid(checkout: Checkout, last: Transaction): Promise<boolean> {
    const { order } = checkout;
    if (order.status !== 'confirmed' && order.status !== 'completed') return false;
    this.poller.stop();
    this.notice = undefined;
    this.phase = 'complete';
    this.payment.release();
    await this.updateComplete;
    this.focusById('sg-complete-title');
    this.dispatchEvent(new SgValidatedEvent(validatedDetail(last, order, order.amount)));
    return true;
  }

  // ── Waiting for the ANCV app ──────────────────────────────────────────────────────────────────

  private get pendingRequests(): Transaction[] {
    return this.checkout?.transactions.filter(isPendingAncv) ?? [];
  }

  private async ancvAnswered(transaction: Transaction): Promise<void> {
    // What is left changed under the buyer's eyes: the amount field follows it again.
    this.amountEdited = false;
    const checkout = await this.refresh();
    if (!checkout) return;
    if (isSecured(transaction) && (await this.completeIfPaid(checkout, transaction))) return;
    await this.showNotice(ancvAnswerNotice(transaction, this.progress?.left ?? 0, (cents) => this.money(cents)));
  }

  private async cancelRequest(request: Transaction): Promise<void> {
    const context = this.context as UxContext;
    try {
      const { transaction } = await cancelAncvRequest(context.api, request.id);
      await this.ancvAnswered(transaction);
    } catch {
      // Answered in the app meanwhile: show what became of it.
      const now = await getTransaction(context.api, request.id).catch(() => undefined);
      if (now && now.status !== 'pending') await this.ancvAnswered(now);
    }
  }

  // ── Small helpers ──────────────────────────────────────────────────────────────────────────────

  private async showNotice(notice: MultiNotice): Promise<void> {
    this.notice = notice;
    this.payment.release();
    await this.updateComplete;
    this.focusById('sg-multi-notice');
  }

  private focusById(id: string): void {
    this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }

  private get busy(): boolean {
    return this.payment.busy;
  }

  private onAmountInput(event: InputEvent): void {
    this.amountText = (event.target as HTMLInputElement).value;
    this.amountEdited = true;
    this.payment.forgetAttempt();
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announcement = this.afterPaymentText() ?? '';
    }, ANNOUNCE_AFTER_TYPING_MS);
  }

  private onChoice(choice: PaymentChoice): void {
    if (choice === this.choice) return;
    this.choice = choice;
    this.payment.forgetAttempt();
    this.showFieldErrors = false;
  }

  /** "After this payment: €x left to pay." for what is typed now, or nothing while it is not an amount. */
  private afterPaymentText(): string | undefined {
    const progress = this.progress;
    if (!progress || !this.context) return undefined;
    const note = afterPaymentNote(this.amountCheck().cents, progress);
    return note && this.text(note.key, { left: this.money(note.left) });
  }

  // ── Rendering ──────────────────────────────────────────────────────────────────────────────────

  protected override render() {
    const context = this.context;
    const progress = this.progress;
    if (!context || !progress || !this.checkout) return nothing;
    const money = (cents: number) => this.money(cents);
    if (this.phase === 'complete') return html`${renderPaymentsSummary(this.checkout, this.text, money)}${renderLiveRegion(this.announcement)}`;
    const waiting = { t: this.text, money, locale: context.i18n.locale, onCancel: (request: Transaction) => this.cancelRequest(request) };
    return html`${renderProgressSummary(progress, this.text, money)} ${this.renderNotice()} ${this.pendingRequests.map((request) => renderAncvWaiting(request, waiting))}
      ${progress.available > 0 ? this.renderForm(progress) : nothing} ${renderLiveRegion(this.announcement)}
      <sg-three-ds-dialog .i18n=${context.i18n} exportparts="dialog: three-ds-dialog, approve-button, refuse-button"></sg-three-ds-dialog>`;
  }

  private renderNotice() {
    const notice = this.notice;
    if (!notice) return nothing;
    return html`<div class="notice ${notice.tone}" id="sg-multi-notice" tabindex="-1" part="notice">
      <h3>${this.text(notice.title)}</h3>
      <p>${this.text(notice.message, notice.params)}</p>
    </div>`;
  }

  private renderForm(progress: Progress) {
    const context = this.context as UxContext;
    const t = this.text;
    const methods = this.methods;
    const check = this.amountCheck();
    const minimum = ancvMinimumOf(this.checkout as Checkout);
    const limits = { available: this.money(progress.available), minimum: this.money(minimum) };
    const hint = t(amountHintKey(this.choice, progress, minimum), limits);
    const belowMinimum =
      methods.includes('ancv') && check.ok && leavesBelowAncvMinimum(check.cents, progress, minimum)
        ? t(methods.includes('card') ? 'belowMinimumNote' : 'belowMinimumNoteAncvOnly', {
            left: this.money(progress.available - check.cents),
            minimum: this.money(minimum),
          })
        : undefined;
    // The button names what will be asked: what is typed, or (before anything is typed) what is available.
    const payAmount = this.money(check.cents ?? progress.available);
    return html`<form novalidate part="form" aria-busy=${this.busy ? 'true' : 'false'} @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        void this.submit();
      }}>
      ${renderMethodChooser({ methods, choice: this.choice, busy: this.busy, t, onChoice: (choice) => this.onChoice(choice) })}
      ${renderAmountField({
        t,
        choice: this.choice,
        text: this.amountText,
        currency: context.checkout.order.currency,
        hint,
        after: this.afterPaymentText(),
        belowMinimum,
        problem: this.showFieldErrors && !check.ok ? check.problem : undefined,
        limits,
        busy: this.busy,
        onInput: (event) => this.onAmountInput(event),
      })}
      ${this.choice === 'ancv' ? this.renderLogin() : html`${this.cardForm.renderErrorSummary(context.i18n)} ${this.cardForm.renderFields(context.i18n)}`}
      <button class="button pay" part="pay-button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
        ${this.busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${t(this.choice === 'ancv' ? 'payAncv' : 'payCard', { amount: payAmount })}
      </button>
    </form>`;
  }

  private renderLogin() {
    return renderAncvLoginField({
      t: this.text,
      text: this.loginText,
      problem: this.showFieldErrors ? ancvLoginProblem(this.loginText) : null,
      busy: this.busy,
      onInput: (event) => {
        this.loginText = (event.target as HTMLInputElement).value;
        this.payment.forgetAttempt();
      },
    });
  }


}

declare global {
  interface HTMLElementTagNameMap {
    'sg-multi-ux': MultiUx;
  }
}

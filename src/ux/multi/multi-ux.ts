/**
 * The multi UX: one buyer pays an order in parts, by card and, where the platform has ANCV Connect, by Chèque-Vacances
 * (alone on a stand-alone ANCV platform: a confirmation for less leaves a rest to pay). It shows what is paid and left,
 * hands each part to the shared payment flow (the ANCV login as the method's part), waits for the ANCV app, and fires
 * `sg-validated` once the order is fully paid. The platform keeps the rules (docs/API.md).
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { getCheckout } from '../../core/api.ts';
import type { CaptainError } from '../../core/errors.ts';
import { currencyDigits } from '../../core/money.ts';
import type { Checkout, Transaction } from '../../core/contract/index.ts';
import { SgValidatedEvent } from '../../events/index.ts';
import { cardFormStyles } from '../../parts/card-form.styles.ts';
import { Announcement } from '../../parts/announcement.ts';
import { renderLiveRegion } from '../../parts/live-region.ts';
import { noticeFor, validatedDetail } from '../../parts/payment-attempt.ts';
import { PaymentFlow, payerOf, paymentOf, type FlowNotice, type FlowOutcome } from '../../parts/payment-flow.ts';
import { base, tokens, uxStyles } from '../../styles/tokens.styles.ts';
import type { UxContext, UxElement } from '../types.ts';
import { amountCheckOf, amountInputText, isPendingAncv, isSecured, methodsOf, progressOf, type PaymentChoice } from './amounts.ts';
import { ancvAnswerNotice } from './ancv-answer.ts';
import { ancvLoginProblem } from '../../core/ancv-login.ts';
import { AncvPollController, renderAncvWaiting } from './ancv-waiting.ts';
import { cancelAncvRequest, getTransaction } from './api.ts';
import { amountChangedIn, multiNoticeIn, multiText, type MultiText, type NoticeMaker } from './messages.ts';
import { afterPaymentText, renderMultiForm } from './multi-form.ts';
import { AMOUNT_ID, LOGIN_ID } from './multi-fields.ts';
import { multiUxStyles } from './multi-ux.styles.ts';
import { renderPaymentsSummary } from './payments-summary.ts';
import { renderProgressSummary } from './progress-summary.ts';

/** Typing pauses this long before "what is left" is announced, so a screen reader does not read every keystroke. */
const ANNOUNCE_AFTER_TYPING_MS = 600;

export class MultiUx extends LitElement implements UxElement {
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [tokens, base, cardFormStyles, uxStyles, multiUxStyles];
  static override properties = {
    context: { attribute: false },
    pollIntervalMs: { attribute: false },
    complete: { state: true },
    choice: { state: true },
    amountText: { state: true },
    loginText: { state: true },
    showFieldErrors: { state: true },
  };

  declare context: UxContext | undefined;
  /** How often a waiting ANCV request is checked; tests shorten it. */
  declare pollIntervalMs: number;
  declare complete: boolean;
  declare choice: PaymentChoice;
  declare amountText: string;
  declare loginText: string;
  declare showFieldErrors: boolean;

  readonly #said = new Announcement(this);
  readonly #flow = new PaymentFlow(this, (_phase, announcement) => {
    if (announcement) this.#said.say(announcement, this.context?.i18n);
  });
  readonly #poller = new AncvPollController(this, {
    pending: () => this.#pending,
    intervalMs: () => this.pollIntervalMs,
    active: () => !this.complete,
    check: (id) => (this.context ? getTransaction(this.context.api, id) : Promise.reject(new Error('no order'))),
    withdraw: async (id) => (this.context ? (await cancelAncvRequest(this.context.api, id)).transaction : Promise.reject(new Error('no order'))),
    answered: (transaction) => this.#ancvAnswered(transaction),
  });
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  /** The amount field follows what is left until the buyer types in it. */
  #amountEdited = false;

  constructor() {
    super();
    this.context = undefined;
    this.pollIntervalMs = 2000;
    this.complete = this.showFieldErrors = false;
    this.choice = 'card';
    this.amountText = this.loginText = '';
  }

  get #text(): MultiText {
    return multiText(this.context?.i18n);
  }

  #money = (cents: number): string => (this.context ? this.context.i18n.money(cents, this.context.checkout.order.currency) : String(cents));

  get #pending(): Transaction[] {
    return this.context?.checkout.transactions.filter(isPendingAncv) ?? [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#flow.clock = this.context?.clock; // a card's expiry is judged on the platform's clock
    const context = this.context;
    if (!changed.has('context') || !context || context.checkout === changed.get('context')?.checkout) return;
    if (!this.#amountEdited) {
      const { available } = progressOf(context.checkout);
      this.amountText = available ? amountInputText(available, context.i18n.locale, currencyDigits(context.checkout.order.currency)) : '';
    }
    const methods = methodsOf(context.checkout);
    if (!methods.includes(this.choice)) this.choice = methods[0] ?? 'card';
    this.#poller.schedule();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#announceTimer);
  }

  /** Reads the order again (amounts, pending ANCV requests, completion): the context follows the platform. */
  async #refresh(): Promise<Checkout | undefined> {
    const context = this.context;
    if (!context) return undefined;
    const checkout = await getCheckout(context.api, context.checkout.order.id);
    this.context = { ...context, checkout };
    await this.updateComplete;
    return checkout;
  }

  async submit(): Promise<void> {
    const context = this.context;
    if (!context || this.complete || progressOf(context.checkout).available === 0) return;
    const { checkout, i18n } = context;
    const { order } = checkout;
    const amount = amountCheckOf(checkout, this.amountText, this.choice);
    const ancv = this.choice === 'ancv';
    const loginProblem = ancv ? ancvLoginProblem(this.loginText) : null;
    const t = this.#text;
    const outcome: FlowOutcome = await this.#flow.submit(() => ({
      ...paymentOf(context),
      holdBusy: true,
      body: { amount: amount.cents, payer: payerOf(order) },
      ...(ancv ? { method: { validate: () => [], fields: () => ({ method: 'ancv', ancvLogin: this.loginText.trim() }) } } : {}),
      invalid: () => {
        const fields = [...(amount.ok ? [] : ['amount']), ...(loginProblem ? ['ancvLogin'] : [])];
        this.showFieldErrors = true;
        return fields.length ? { fields, message: i18n.t('errorSummaryTitle') } : undefined;
      },
      focusInvalid: () => this.renderRoot.querySelector<HTMLElement>(`#${amount.ok ? LOGIN_ID : AMOUNT_ID}`)?.focus(),
      declineHint: (words) => multiText(words)('alreadyPaidKept'),
      explain: (error) => this.#explain(error, t, i18n),
    }));
    if (outcome.kind !== 'paid') return;
    this.#amountEdited = false;
    this.showFieldErrors = false;
    const { transaction } = outcome.result;
    if (isPendingAncv(transaction)) {
      await this.#refresh();
      this.#flow.release(t('waitingAnnouncement', { amount: this.#money(transaction.amount) }));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#sg-waiting-${transaction.id}`)?.focus();
      return;
    }
    // The next part is paid with another card: start from an empty form (the holder's name usually stays).
    this.#flow.renewCardForm();
    const now = await this.#refresh().catch(() => undefined);
    if (now && (await this.#completeIfPaid(now, transaction))) return;
    await this.#notice((money) => ({ tone: 'success', title: 'partPaidTitle', message: 'partPaidCard', params: { amount: money(transaction.amount), left: money(now ? progressOf(now).left : 0) } }));
  }

  /** Another tab, a late ANCV confirmation or the deadline moved the amounts: show them as they are now (or the order closed). */
  async #explain(error: CaptainError, t: MultiText, i18n: UxContext['i18n']): Promise<FlowNotice | undefined> {
    if (error.code !== 'amount_exceeds_remaining' && error.code !== 'invalid_request') return undefined;
    const now = await this.#refresh().catch(() => undefined);
    return now?.order.status === 'initiated' ? amountChangedIn(i18n) : noticeFor('order_not_payable', i18n);
  }

  /** The order is fully paid: success state and `sg-validated`, once. */
  async #completeIfPaid(checkout: Checkout, last: Transaction): Promise<boolean> {
    const { order } = checkout;
    if (order.status !== 'confirmed' && order.status !== 'completed') return false;
    this.#poller.stop();
    await this.#flow.showNotice(undefined);
    this.complete = true;
    this.#flow.release();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#sg-complete-title')?.focus();
    this.dispatchEvent(new SgValidatedEvent(validatedDetail({ transaction: last, order }, order.amount)));
    return true;
  }

  async #ancvAnswered(transaction: Transaction): Promise<void> {
    // What is left changed under the buyer's eyes: the amount field follows it again.
    this.#amountEdited = false;
    const checkout = await this.#refresh();
    if (!checkout) return;
    if (isSecured(transaction) && (await this.#completeIfPaid(checkout, transaction))) return;
    await this.#notice((money) => ancvAnswerNotice(transaction, progressOf(checkout).left, money));
  }

  #notice(make: NoticeMaker): Promise<void> {
    this.#flow.release();
    return this.#flow.showNotice(multiNoticeIn(this.context?.i18n, this.context?.checkout.order.currency ?? 'EUR', make));
  }

  #onAmountInput(event: InputEvent): void {
    this.amountText = (event.target as HTMLInputElement).value;
    this.#amountEdited = true;
    clearTimeout(this.#announceTimer);
    const checkout = this.context?.checkout;
    const after = () => (checkout ? afterPaymentText(checkout, this.amountText, this.choice, this.#text, this.#money) : undefined);
    this.#announceTimer = setTimeout(() => this.#said.say(after() ?? '', this.context?.i18n), ANNOUNCE_AFTER_TYPING_MS);
  }

  #onChoice(choice: PaymentChoice): void {
    if (choice === this.choice) return;
    this.choice = choice;
    this.showFieldErrors = false;
  }

  protected override render() {
    const context = this.context;
    if (!context) return nothing;
    const { checkout, i18n } = context;
    const t = this.#text;
    const money = this.#money;
    if (this.complete) return html`${renderPaymentsSummary(checkout, t, money)}${renderLiveRegion(this.#said.in(i18n))}`;
    const progress = progressOf(checkout);
    const waiting = { t, money, locale: i18n.locale, onCancel: (request: Transaction) => void this.#poller.cancel(request) };
    const form = renderMultiForm({
      t,
      context,
      flow: this.#flow,
      money,
      choice: this.choice,
      amountText: this.amountText,
      loginText: this.loginText,
      showFieldErrors: this.showFieldErrors,
      onChoice: (choice) => this.#onChoice(choice),
      onAmountInput: (event) => this.#onAmountInput(event),
      onLoginInput: (event) => {
        this.loginText = (event.target as HTMLInputElement).value;
      },
      onSubmit: () => this.submit(),
    });
    return html`${renderProgressSummary(progress, t, money)} ${this.#flow.renderNotice(i18n)} ${this.#pending.map((request) => renderAncvWaiting(request, waiting))}
      ${progress.available > 0 ? form : nothing} ${renderLiveRegion(this.#said.in(i18n))}
      <sg-three-ds-dialog .i18n=${i18n}></sg-three-ds-dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-multi-ux': MultiUx;
  }
}

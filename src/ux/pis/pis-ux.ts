/**
 * The bank transfer initiation UX (`ux: "pis"`, seed 004 "Bank Transfer initiation"): the buyer chooses a bank
 * (highlighted ones first, a search box), continues to that bank's page (the sandbox's simulated bank, in a window of
 * its own, opened within the click so no popup blocker stops it), confirms there, and this UX, waiting meanwhile, shows
 * the success (`sg-validated` once) or why it failed, with "Try again". The attempt itself goes through the one payment
 * flow (`method: "pis"`, a bank), so a double click or a lost answer never starts two. A reload while an attempt waits
 * at the bank resumes the wait.
 */
import { html, LitElement, nothing } from 'lit';
import { getCheckout } from '../../core/api.ts';
import { bankById, type SandboxBank } from '../../core/pis-banks.ts';
import { formatDateTime } from '../../core/date-format.ts';
import type { Transaction } from '../../core/contract/index.ts';
import { SgInvalidEvent, SgValidatedEvent } from '../../events/index.ts';
import { Announcement } from '../../parts/announcement.ts';
import { renderLiveRegion } from '../../parts/live-region.ts';
import { PaymentFlow, payerOf, paymentOf, type MethodPart } from '../../parts/payment-flow.ts';
import { base, tokens, uxStyles } from '../../styles/tokens.styles.ts';
import type { UxContext, UxElement } from '../types.ts';
import { renderChooser } from './bank-chooser.ts';
import { failureKey, pisText, type PisText } from './pis-i18n.ts';
import { pisUxStyles } from './pis-ux.styles.ts';
import { BankWaitController, renderWaiting } from './pis-waiting.ts';

type Ended = { kind: 'paid'; transaction: Transaction } | { kind: 'failed'; reason: string | undefined };

export class PisUx extends LitElement implements UxElement {
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [tokens, base, uxStyles, pisUxStyles];
  static override properties = {
    context: { attribute: false },
    chosen: { state: true },
    search: { state: true },
    missing: { state: true },
    attempt: { state: true },
    ended: { state: true },
  };

  declare context: UxContext | undefined;
  declare chosen: string | undefined;
  declare search: string;
  declare missing: boolean;
  /** The attempt waiting at the bank. */
  declare attempt: Transaction | undefined;
  declare ended: Ended | undefined;

  readonly #flow = new PaymentFlow(this);
  readonly #wait = new BankWaitController(this, { api: () => this.context?.api, attempt: () => this.attempt, answered: (transaction) => void this.#answered(transaction) });
  readonly #said = new Announcement(this);

  constructor() {
    super();
    this.context = undefined;
    this.chosen = undefined;
    this.search = '';
    this.missing = false;
    this.attempt = undefined;
    this.ended = undefined;
  }

  get #t(): PisText {
    return pisText(this.context?.i18n);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // Mounted (or reloaded) while an attempt waits at the bank: the wait resumes.
    if (changed.has('context') && !this.attempt && !this.ended) {
      const waiting = this.context?.checkout.transactions.find((transaction) => transaction.paymentMethod === 'pis' && transaction.status === 'pending');
      if (waiting) this.#waitFor(waiting);
    }
  }

  readonly #bankPart: MethodPart = {
    validate: () => {
      this.missing = !this.chosen;
      return this.chosen ? [] : ['bank'];
    },
    fields: () => ({ method: 'pis', bank: this.chosen }),
    focusError: () => this.renderRoot.querySelector<HTMLElement>('#sg-bank-search')?.focus(),
  };

  async submit(): Promise<void> {
    const context = this.context;
    if (!context || this.attempt || this.ended?.kind === 'paid') return;
    // Opened within the click (a window opened after an answer is a popup browsers block), pointed at the bank once known.
    const bankWindow = this.chosen ? window.open('', 'sg-pis-bank') : null;
    const outcome = await this.#flow.submit(() => ({ ...paymentOf(context), method: this.#bankPart, body: { payer: payerOf(context.checkout.order) } }));
    if (outcome.kind !== 'paid' || !outcome.result.transaction.pis) {
      bankWindow?.close();
      return;
    }
    const { transaction } = outcome.result;
    if (bankWindow) bankWindow.location.href = transaction.pis?.bankUrl ?? '';
    this.#waitFor(transaction);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#sg-waiting-title')?.focus();
  }

  #waitFor(transaction: Transaction): void {
    this.attempt = transaction;
    this.#said.say(this.#t('waitingTitle'), this.context?.i18n);
    this.#wait.schedule();
  }

  async #answered(transaction: Transaction): Promise<void> {
    const context = this.context;
    this.attempt = undefined;
    if (transaction.status !== 'captured' || !context) {
      const reason = transaction.declineReason;
      this.ended = { kind: 'failed', reason };
      this.#said.say('', undefined);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#sg-pis-failure')?.focus();
      // Refused at the bank or left there until it expired: told to the page as a refused 3-D Secure is (the buyer
      // did not confirm at their bank). Canceled by the buyer, or replaced by a later attempt: nothing to tell, as a
      // wallet's cancel.
      if (reason !== 'canceled_at_bank' && reason !== 'superseded') {
        this.dispatchEvent(new SgInvalidEvent({ code: 'authentication_failed', message: this.#t(failureKey(reason)), fields: [] }));
      }
      return;
    }
    this.ended = { kind: 'paid', transaction };
    // What the live region said (waiting for the bank) is over: it now says what happened.
    this.#said.say(`${this.#t('successTitle')}. ${this.#t('successBody', { amount: context.i18n.money(transaction.amount, context.checkout.order.currency) })}`, context.i18n);
    // The order as the platform has it now (completed), for the merchant's callback.
    const order = await getCheckout(context.api, context.checkout.order.id).then((checkout) => checkout.order, () => context.checkout.order);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#sg-success-title')?.focus();
    const { email, firstName, lastName } = { ...order, ...transaction };
    this.dispatchEvent(new SgValidatedEvent({ order: order.id, amount: transaction.amount, auth: transaction.id, email, firstName, lastName, status: order.status === 'initiated' ? 'completed' : order.status }));
  }

  async #tryAgain(): Promise<void> {
    this.ended = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('input[name="bank"]:checked, #sg-bank-search')?.focus();
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.submit();
  }

  protected override render() {
    const context = this.context;
    if (!context) return nothing;
    const { checkout, i18n } = context;
    const t = this.#t;
    const amount = i18n.money(checkout.amountRemaining || checkout.order.amount, checkout.order.currency);
    const reference = checkout.order.trackId ?? checkout.order.id;
    const ended = this.ended;
    if (ended?.kind === 'paid') {
      return html`<section class="notice success" part="success" aria-labelledby="sg-success-title">
          <h2 part="heading" id="sg-success-title" tabindex="-1">${t('successTitle')}</h2>
          <p>${t('successBody', { amount: i18n.money(ended.transaction.amount, checkout.order.currency) })}</p>
          <p class="reference">${t('successReference', { reference })}</p>
        </section>
        ${renderLiveRegion(this.#said.in(i18n))}`;
    }
    const attempt = this.attempt;
    if (attempt) {
      const bank = bankById(attempt.pis?.bank ?? '')?.name ?? '';
      const expires = formatDateTime(attempt.pis?.expiresAt ?? 0, i18n.locale);
      return html`${renderWaiting(t, attempt, amount, bank, expires)} ${renderLiveRegion(this.#said.in(i18n))}`;
    }
    if (ended?.kind === 'failed') {
      return html`<div class="notice danger" id="sg-pis-failure" part="notice" role="alert" tabindex="-1">
          <h2 part="heading">${t('refusedTitle')}</h2>
          <p>${t(failureKey(ended.reason))}</p>
          <button type="button" class="button" part="retry-button" @click=${() => void this.#tryAgain()}>${t('tryAgain')}</button>
        </div>
        ${renderLiveRegion(this.#said.in(i18n))}`;
    }
    const flow = this.#flow;
    const chosen = bankById(this.chosen ?? '');
    return html`<form novalidate part="form" aria-busy=${flow.busy ? 'true' : 'false'} @submit=${this.#onSubmit}>
        <p class="amount" part="amount"><span>${i18n.t('amountToPay')}</span> <strong>${amount}</strong></p>
        <p class="intro">${t('intro', { amount })}</p>
        ${flow.renderNotice(i18n)}
        ${renderChooser({
          t,
          locale: i18n.locale,
          chosen: this.chosen,
          search: this.search,
          missing: this.missing,
          disabled: flow.busy,
          onChoose: (bank: SandboxBank) => {
            this.chosen = bank.id;
            this.missing = false;
          },
          onSearch: (text) => (this.search = text),
        })}
        ${flow.renderSubmit(chosen ? t('continueTo', { bank: chosen.name }) : t('continue'), i18n)}
      </form>
      ${renderLiveRegion(flow.announcement)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-pis-ux': PisUx;
  }
}

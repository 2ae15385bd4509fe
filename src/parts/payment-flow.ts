/**
 * The one payment flow of every UX and hosted page, as a reactive controller: the card form (or the method part a UX
 * hands it), the attempt's phase and Idempotency-Key, the double-submit guard, the notice, and the pay button, which
 * offers to check again, never to pay, while an attempt's outcome is unknown. A UX is then its layout and its own inputs.
 *
 * The attempt itself (keyed request, 3-D Secure, lost answers, the words of each error code) is `payment-attempt.ts`,
 * fetched with the card code when the buyer pays: the page that only shows the form does not download it.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { I18n, MessageKey } from '../core/i18n/index.ts';
import type { PlatformClock } from '../core/platform-clock.ts';
import { SgErrorEvent } from '../events/index.ts';
import { CardFormController, loadCardFlow } from './card-form.ts';
import type * as AttemptModule from './payment-attempt.ts';
import { keyedNotice, type AttemptState, type FlowHost, type FlowNotice, type FlowOutcome, type MethodPart, type PaymentPhase, type PayOptions } from './payment-types.ts';
import type { SummaryContext } from './ux-contract.ts';

export type { FlowNotice, FlowOutcome, MethodPart, PaymentPhase, PayOptions } from './payment-types.ts';

type Attempt = typeof AttemptModule;
type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/**
 * The payment code (and the card code it needs for its words), fetched once: when the buyer first reaches the card form,
 * or when paying. A failed fetch is tried again next time.
 */
let loaded: Attempt | undefined;
let loading: Promise<Attempt> | undefined;
export function loadPaymentCode(): Promise<Attempt> {
  return (loading ??= Promise.all([import('./payment-attempt.ts'), loadCardFlow()]).then(
    ([attempt]) => (loaded = attempt),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  ));
}

export const NOTICE_ID = 'sg-payment-notice';

/** What every payment of a UX's order shares: where it goes, in whose words, shown how. */
export const paymentOf = ({ checkout: { order, settings }, api, i18n }: SummaryContext) => ({
  api,
  i18n,
  orderId: order.id,
  merchant: settings.platformName,
  currency: order.currency,
});

/** The buyer as the order names them. */
export const payerOf = ({ email, firstName, lastName }: Payer) => ({ email, firstName, lastName });
type Payer = { email?: string | undefined; firstName?: string | undefined; lastName?: string | undefined };

/**
 * The parts of a card payment every UX taking one exports (docs/THEMING.md): form, notices, card fields. The wallet
 * buttons and the 3-D Secure dialog, fetched later, add theirs (`export-parts.ts`).
 */
export const PAY_PARTS = 'form,amount,heading,notice,pay-button,success,card-form,field,field-number,field-expiry,field-cvc,field-holder,label,hint,input,error,brand,error-summary,wallets';

export class PaymentFlow implements ReactiveController, FlowHost {
  phase: PaymentPhase = 'form';
  /** Polite status text (processing, waiting for the bank, checking). */
  announcement = '';
  notice: FlowNotice | undefined;
  /** The last attempt's outcome could not be learned: submitting checks again instead of paying. */
  unresolved = false;
  readonly attempt: AttemptState = { key: undefined, ambiguous: false };
  /** The card form; a new one after `renewCardForm()`. */
  cardForm: CardFormController;
  readonly host: Host;
  readonly #onPhase: ((phase: PaymentPhase, announcement: string) => void) | undefined;
  /** The running attempt: a second click or `pay()` joins it instead of paying twice. */
  #inFlight: Promise<FlowOutcome> | undefined;
  #clock: PlatformClock | undefined;
  /** A wallet's part for the next submit only (`payWith`). */
  #wallet: MethodPart | undefined;

  constructor(host: Host, onPhase?: (phase: PaymentPhase, announcement: string) => void) {
    this.host = host;
    this.#onPhase = onPhase;
    host.addController(this);
    this.cardForm = this.#newCardForm();
  }

  hostConnected(): void {}

  get card(): CardFormController {
    return this.cardForm;
  }

  get busy(): boolean {
    return this.phase !== 'form';
  }

  /** The next payment is made with another card: an empty form, keeping the holder's name. */
  renewCardForm(): void {
    const holder = this.cardForm.values.holder;
    this.host.removeController(this.cardForm);
    this.cardForm = this.#newCardForm();
    this.cardForm.values = { ...this.cardForm.values, holder };
  }

  /** Whose time decides whether a card has expired: the platform's (the UX context's `clock`), kept across renewals. */
  set clock(clock: PlatformClock | undefined) {
    this.#clock = this.cardForm.clock = clock;
  }

  /**
   * Pays with `options` (or, while an attempt's outcome is unknown, asks the platform about it); `undefined` when there
   * is nothing to pay. While an attempt runs, joins it (the double-submit guard).
   */
  submit(options: () => PayOptions | undefined): Promise<FlowOutcome> {
    // A second click joins the running attempt; only the first caller acts on its outcome.
    if (this.#inFlight) return this.#inFlight.then(() => ({ kind: 'idle' }));
    const wallet = this.#wallet;
    this.#wallet = undefined;
    const asked = options();
    if (!asked) return Promise.resolve({ kind: 'idle' });
    const chosen = wallet ? { ...asked, method: wallet } : asked;
    this.#inFlight = this.#pay(chosen)
      .catch((thrown: unknown) => {
        // Whatever went wrong stays in the widget: a notice and one sg-error, never an exception in the merchant's page.
        console.warn('[sg-captain] payment failed:', thrown);
        return this.#fail(chosen, 'unknown', 'errorUnknownTitle', 'payFailed');
      })
      .finally(() => {
        this.#inFlight = undefined;
      });
    return this.#inFlight;
  }

  async #pay(options: PayOptions): Promise<FlowOutcome> {
    // Once loaded, the attempt starts within the click (busy at once, the error summary focused in the same update).
    let code = loaded;
    try {
      code ??= await loadPaymentCode();
    } catch {
      // Offline before anything was sent: nothing can have been charged.
      return this.#fail(options, 'network', 'errorNetworkTitle', 'payNetworkError');
    }
    return this.unresolved ? code.check(this, options) : code.pay(this, options);
  }

  /** No attempt could run or end: back to the form with a notice, and one `sg-error` with its words. */
  async #fail({ i18n, orderId }: PayOptions, code: 'unknown' | 'network', title: MessageKey, message: MessageKey): Promise<FlowOutcome> {
    this.setPhase('form', '');
    await this.showNotice(keyedNotice(i18n, title, message));
    this.host.dispatchEvent(new SgErrorEvent({ code, message: i18n.t(message), order: orderId }));
    return { kind: 'idle' };
  }

  /**
   * Pays with a wallet's part (`method`) instead of the card form: `submit` is the UX's own, so the payment carries what
   * its pay button would (amount, payer, share…) and ends the same way (sg-validated, a decline's notice, 3-D Secure).
   */
  payWith(method: MethodPart, submit: () => Promise<void>): Promise<void> {
    this.#wallet = method;
    try {
      return submit();
    } finally {
      this.#wallet = undefined;
    }
  }

  /**
   * The wallet buttons above the card form (express checkout) when the host offers wallets; `amount` (cents) is shown
   * on the wallet's sheet, `submit` is the UX's own.
   */
  renderWallets(context: SummaryContext, amount: number, submit: () => Promise<void>): TemplateResult | typeof nothing {
    const offer = context.wallets;
    if (!offer?.methods.length) return nothing;
    const { merchant, currency, api, orderId, i18n } = paymentOf(context);
    return html`<sg-wallet-buttons
      part="wallets"
      .offer=${offer}
      .i18n=${i18n}
      .payment=${{ merchant, amount, currency, api, orderId }}
      .busy=${this.busy}
      .pay=${(method: MethodPart) => this.payWith(method, submit)}
    ></sg-wallet-buttons>`;
  }

  setPhase(phase: PaymentPhase, announcement: string): void {
    this.phase = phase;
    this.announcement = announcement;
    this.cardForm.readOnly = phase !== 'form';
    this.#onPhase?.(phase, announcement);
    this.host.requestUpdate();
  }

  /** Back to the form after a `holdBusy` payment. */
  release(announcement = ''): void {
    this.setPhase('form', announcement);
  }

  /** Shows `notice` above the pay button and moves focus to it; `undefined` clears it. */
  async showNotice(notice: FlowNotice | undefined): Promise<void> {
    this.notice = notice;
    this.host.requestUpdate();
    if (!notice) return;
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(`#${NOTICE_ID}`)?.focus();
  }

  /** The notice in `i18n`'s language (the page's, which may change while it shows), with what the host adds to it (pay-in-full after a decline). */
  renderNotice(i18n: I18n, extra: unknown = nothing): TemplateResult | typeof nothing {
    const notice = this.notice?.in(i18n);
    return notice
      ? // A decline or failure is also announced as it appears (role=alert), not only when focus reaches it.
        html`<div class="notice ${notice.tone}" id=${NOTICE_ID} tabindex="-1" part="notice" role=${notice.tone === 'danger' ? 'alert' : nothing}>
          <h3 part="heading">${notice.title}</h3>
          <p>${notice.message}</p>
          ${notice.hint ? html`<p>${notice.hint}</p>` : nothing} ${extra}
        </div>`
      : nothing;
  }

  /** The submit button: `label` (its name begins with "Pay"), or "Check again" while an attempt's outcome is unknown. */
  renderSubmit(label: string, i18n: I18n): TemplateResult {
    const busy = this.busy;
    return html`<button class="button pay" part="pay-button" type="submit" aria-disabled=${busy ? 'true' : 'false'} ?data-unresolved=${this.unresolved}>
      ${busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${this.unresolved ? i18n.t('checkAgain') : label}
    </button>`;
  }

  #newCardForm(): CardFormController {
    const form = new CardFormController(this.host, undefined, () => void loadPaymentCode().catch(() => {}));
    form.clock = this.#clock;
    return form;
  }
}

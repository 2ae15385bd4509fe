/**
 * One card payment attempt, for every UX and hosted page that takes a card: validate the card form, pay with an
 * idempotency key, run the 3-D Secure dialog when the bank asks, and report a plain outcome. The host passes the request
 * (which endpoint, which fields) and decides what each outcome shows and which events it fires; this controller owns the
 * card form, the attempt's phase, its key and the double-submit guard.
 *
 * One key per attempt: kept when the network failed (the platform may have charged: paying again replays that answer),
 * renewed after a definitive answer or when the buyer edits the card or what they pay (`forgetAttempt`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ApiConfig } from '../core/checkout-api.ts';
import type { CardDetails, CardField } from '../core/card.ts';
import { CaptainError, toCaptainError, type CaptainErrorCode } from '../core/errors.ts';
import { newIdempotencyKey } from '../core/http.ts';
import type { I18n, MessageKey } from '../core/i18n/index.ts';
import type { PaymentResult } from '../core/schemas.ts';
import type { PaymentResultSummary } from '../core/wire.ts';
import type { InvalidDetail } from '../events/index.ts';
import { CardFormController, loadCardFlow, loadedCardFlow } from './card-form.ts';
import type { ThreeDSOutcome } from './three-ds-dialog.ts';

export type PaymentPhase = 'form' | 'processing' | 'challenge';

type DeclineCode = Exclude<InvalidDetail['code'], 'invalid_fields'>;

/** `R`: the payment answer as the host validated it (the summary for the single UX, the full shape for the others). */
export type AttemptOutcome<R = PaymentResultSummary> =
  | { kind: 'paid'; result: R }
  | { kind: 'invalidFields'; fields: CardField[] }
  | { kind: 'declined'; code: DeclineCode }
  | { kind: 'error'; error: CaptainError };

/** What a request without the card form (an ANCV request) can come to: any answer counts as sent. */
export type SendOutcome = { kind: 'sent'; result: PaymentResult } | Exclude<AttemptOutcome, { kind: 'paid' | 'invalidFields' }>;

interface RequestOptions {
  i18n: I18n;
  /**
   * Stay busy after the answer until the host calls `release()`: for a host that still has work to do (refresh the order,
   * show the next state) before the form may be used again.
   */
  holdBusy?: boolean;
}

export interface AttemptOptions<R extends PaymentResultSummary> extends RequestOptions {
  api: ApiConfig;
  /** Shown on the simulated bank page. */
  merchant: string;
  currency: string;
  /** The payment request; `idempotencyKey` is the attempt's key (an endpoint without one may ignore it). */
  pay(card: CardDetails, idempotencyKey: string): Promise<R>;
  /** Sends the buyer's 3-D Secure answer; validates the answer like `pay` does. */
  answerThreeDS(api: ApiConfig, transactionId: string, outcome: ThreeDSOutcome): Promise<R>;
}

export interface SendOptions extends RequestOptions {
  send(idempotencyKey: string): Promise<PaymentResult>;
}

/** The notice of a payment error that is not a decline: its title and, unless the error says more, `fallback`. */
export function paymentErrorNotice(code: CaptainErrorCode, fallback: MessageKey): { title: MessageKey; message: MessageKey } {
  const message: MessageKey =
    code === 'network' ? 'payNetworkError' : code === 'order_not_payable' ? 'orderNotPayable' : code === 'amount_exceeds_remaining' ? 'amountExceedsRemaining' : fallback;
  return { title: code === 'network' ? 'errorNetworkTitle' : 'errorUnknownTitle', message };
}

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

export interface CardPaymentControllerOptions {
  /** Told of every phase change with its polite status text (empty when going back to the form). */
  onPhase?(phase: PaymentPhase, announcement: string): void;
}

export class CardPaymentController implements ReactiveController {
  phase: PaymentPhase = 'form';
  /** Polite status text (processing, waiting for the bank). */
  announcement = '';
  /** The card form; a new one after `renewCardForm()`. */
  cardForm: CardFormController;
  readonly #host: Host;
  readonly #onPhase: CardPaymentControllerOptions['onPhase'];
  #attemptKey: string | undefined;
  /** The running attempt: a second click or `pay()` joins it instead of paying twice. */
  #inFlight: Promise<void> | undefined;

  constructor(host: Host, options: CardPaymentControllerOptions = {}) {
    this.#host = host;
    this.#onPhase = options.onPhase;
    host.addController(this);
    this.cardForm = this.#newCardForm();
  }

  hostConnected(): void {}

  get busy(): boolean {
    return this.phase !== 'form';
  }

  /** The buyer changed what they pay: a new attempt, never a replay of the previous one. */
  forgetAttempt(): void {
    this.#attemptKey = undefined;
  }

  /** The next payment is made with another card: an empty form, keeping the holder's name. */
  renewCardForm(): void {
    const holder = this.cardForm.values.holder;
    this.#host.removeController(this.cardForm);
    this.cardForm = this.#newCardForm();
    this.cardForm.values = { ...this.cardForm.values, holder };
  }

  /**
   * The double-submit guard: while an attempt runs, joins it; otherwise runs `start`, which returns nothing when there is
   * nothing to pay.
   */
  run(start: () => Promise<void> | undefined): Promise<void> {
    if (this.#inFlight) return this.#inFlight;
    const attempt = start();
    if (!attempt) return Promise.resolve();
    this.#inFlight = attempt.finally(() => {
      this.#inFlight = undefined;
    });
    return this.#inFlight;
  }

  /**
   * Validates the card form and pays. The card code loads first when the buyer has not touched the form yet; when it
   * cannot load (offline), the attempt ends as a network error before anything is sent.
   */
  async attempt<R extends PaymentResultSummary>(options: AttemptOptions<R>): Promise<AttemptOutcome<R>> {
    let flow = loadedCardFlow();
    try {
      // Only when missing: with the code there, the attempt starts (and shows busy) within the click.
      flow ??= await loadCardFlow();
    } catch (thrown) {
      return { kind: 'error', error: new CaptainError('network', 'the payment code did not load', { cause: thrown }) };
    }
    const fields = this.cardForm.validate();
    if (fields.length) return { kind: 'invalidFields', fields };
    return this.#request(options, flow.cardAnswer(options, this.cardForm, this.#host.renderRoot, (phase, text) => this.#setPhase(phase, text)));
  }

  /** A payment request that does not use the card form (ANCV), under the same key, phase and error handling. */
  send(options: SendOptions): Promise<SendOutcome> {
    return this.#request(options, async (key): Promise<SendOutcome> => ({ kind: 'sent', result: await options.send(key) }));
  }

  /** Back to the form after a `holdBusy` attempt. */
  release(announcement = ''): void {
    this.#setPhase('form', announcement);
  }

  async #request<T extends { kind: string }>(
    options: RequestOptions,
    answer: (key: string) => Promise<T>,
  ): Promise<T | Extract<AttemptOutcome, { kind: 'declined' | 'error' }>> {
    this.#setPhase('processing', options.i18n.t('processing'));
    this.#attemptKey ??= newIdempotencyKey();
    const settle = () => {
      if (!options.holdBusy) this.#setPhase('form', '');
    };
    try {
      const outcome = await answer(this.#attemptKey);
      this.#attemptKey = undefined;
      settle();
      return outcome;
    } catch (thrown) {
      const error = toCaptainError(thrown);
      settle();
      if (error.code === 'card_declined' || error.code === 'insufficient_funds' || error.code === 'authentication_failed') {
        this.#attemptKey = undefined;
        this.cardForm.clearSecurityCode();
        return { kind: 'declined', code: error.code };
      }
      // Without an answer the platform may have charged: keep the key so paying again replays instead of charging twice.
      if (!(error.code === 'network' || error.code === 'unknown' || error.code === 'invalid_response')) this.#attemptKey = undefined;
      return { kind: 'error', error };
    }
  }

  #newCardForm(): CardFormController {
    return new CardFormController(this.#host, () => this.forgetAttempt());
  }

  #setPhase(phase: PaymentPhase, announcement: string): void {
    this.phase = phase;
    this.announcement = announcement;
    this.cardForm.readOnly = phase !== 'form';
    this.#onPhase?.(phase, announcement);
    this.#host.requestUpdate();
  }
}

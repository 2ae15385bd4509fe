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
import { digitsOnly, toCardDetails, type CardDetails, type CardField } from '../core/card.ts';
import { toCaptainError, type CaptainError, type CaptainErrorCode } from '../core/errors.ts';
import { newIdempotencyKey } from '../core/http.ts';
import type { I18n, MessageKey } from '../core/i18n/index.ts';
import type { PaymentResult } from '../core/schemas.ts';
import type { PaymentResultSummary } from '../core/wire.ts';
import type { InvalidDetail, ValidatedDetail } from '../events/index.ts';
import { CardFormController } from './card-form.ts';
import { defineElement } from '../define-element.ts';
import type { ThreeDSDialog, ThreeDSOutcome } from './three-ds-dialog.ts';

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

export const DECLINE_MESSAGES: Record<InvalidDetail['code'], MessageKey> = {
  invalid_fields: 'declinedCard',
  card_declined: 'declinedCard',
  insufficient_funds: 'declinedFunds',
  authentication_failed: 'declinedAuthentication',
};

/** The notice of a payment error that is not a decline: its title and, unless the error says more, `fallback`. */
export function paymentErrorNotice(code: CaptainErrorCode, fallback: MessageKey): { title: MessageKey; message: MessageKey } {
  const message: MessageKey =
    code === 'network' ? 'payNetworkError' : code === 'order_not_payable' ? 'orderNotPayable' : code === 'amount_exceeds_remaining' ? 'amountExceedsRemaining' : fallback;
  return { title: code === 'network' ? 'errorNetworkTitle' : 'errorUnknownTitle', message };
}

type PaidOrder = Pick<PaymentResultSummary['order'], 'id' | 'email' | 'firstName' | 'lastName' | 'status'>;

/** The `sg-validated` detail of a payment: the payer as the transaction names them (else the order), `amount` paid. */
export function validatedDetail(transaction: PaymentResultSummary['transaction'], order: PaidOrder, amount = transaction.amount): ValidatedDetail {
  return {
    order: order.id,
    amount,
    auth: transaction.id,
    email: transaction.email ?? order.email,
    firstName: transaction.firstName ?? order.firstName,
    lastName: transaction.lastName ?? order.lastName,
    status: order.status,
  };
}

/**
 * The host's `<sg-three-ds-dialog>`, its element defined first: the dialog's code is a chunk of its own, fetched when a
 * bank first asks for 3-D Secure (the payment's answer just came, so the platform is reachable; if the chunk is not,
 * the attempt ends as an error and keeps its key, so paying again replays the platform's answer).
 */
async function threeDSDialogIn(root: HTMLElement | DocumentFragment): Promise<ThreeDSDialog | null> {
  const { ThreeDSDialog } = await import('./three-ds-dialog.ts');
  defineElement('sg-three-ds-dialog', ThreeDSDialog);
  return root.querySelector<ThreeDSDialog>('sg-three-ds-dialog');
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

  async attempt<R extends PaymentResultSummary>(options: AttemptOptions<R>): Promise<AttemptOutcome<R>> {
    const fields = this.cardForm.validate();
    if (fields.length) return { kind: 'invalidFields', fields };
    const { api, i18n } = options;
    const card = toCardDetails(this.cardForm.values);
    return this.#request(options, async (key): Promise<AttemptOutcome<R>> => {
      let result = await options.pay(card, key);
      if (result.transaction.status === 'pendingAuthorization' && result.transaction.threeDS?.status === 'required') {
        this.#setPhase('challenge', i18n.t('waitingForBank'));
        const dialog = await threeDSDialogIn(this.#host.renderRoot);
        const outcome = dialog
          ? await dialog.challenge({
              merchant: options.merchant,
              amount: i18n.money(result.transaction.amount, options.currency),
              last4: result.transaction.card?.last4 ?? digitsOnly(card.number).slice(-4),
            })
          : 'refuse';
        this.#setPhase('processing', i18n.t('processing'));
        result = await options.answerThreeDS(api, result.transaction.id, outcome);
      }
      const { transaction } = result;
      if (transaction.status === 'authorized' || transaction.status === 'captured') return { kind: 'paid', result };
      const reason = transaction.declineReason;
      this.cardForm.clearSecurityCode();
      return { kind: 'declined', code: reason === 'insufficient_funds' || reason === 'authentication_failed' ? reason : 'card_declined' };
    });
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

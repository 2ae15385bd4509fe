/**
 * One card payment attempt of the installments and pay-later UXs and of their hosted pages: validate the card form, pay
 * (with an idempotency key where the endpoint takes one), run the 3-D Secure dialog when the bank asks, and report a plain
 * outcome. The host decides what each outcome shows and which events it fires.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { answerThreeDS, type ApiConfig } from '../../core/api.ts';
import { digitsOnly, parseExpiry, toCardDetails, type CardDetails, type CardField } from '../../core/card.ts';
import { toCaptainError, type CaptainError } from '../../core/errors.ts';
import { newIdempotencyKey } from '../../core/http.ts';
import type { I18n, MessageKey } from '../../core/i18n/index.ts';
import type { PaymentResult } from '../../core/schemas.ts';
import type { InvalidDetail } from '../../events/index.ts';
import { CardFormController } from '../../parts/card-form.ts';
import type { ThreeDSDialog } from '../../parts/three-ds-dialog.ts';

export type PaymentPhase = 'form' | 'processing' | 'challenge';

export type AttemptOutcome =
  | { kind: 'paid'; result: PaymentResult }
  | { kind: 'invalidFields'; fields: CardField[] }
  | { kind: 'declined'; code: InvalidDetail['code'] }
  | { kind: 'error'; error: CaptainError };

export interface AttemptOptions {
  api: ApiConfig;
  i18n: I18n;
  /** Shown on the simulated bank page. */
  merchant: string;
  currency: string;
  pay(card: CardDetails, idempotencyKey: string): Promise<PaymentResult>;
}

export const DECLINE_MESSAGES: Record<InvalidDetail['code'], MessageKey> = {
  invalid_fields: 'declinedCard',
  card_declined: 'declinedCard',
  insufficient_funds: 'declinedFunds',
  authentication_failed: 'declinedAuthentication',
};

/** The last moment a card typed as `MM/YY` can be used: the end of its expiry month (UTC), as the platform checks it. */
export function cardUsableUntil(expiry: string): number | null {
  const parsed = parseExpiry(expiry);
  return parsed ? Date.UTC(parsed.year, parsed.month, 1) - 1 : null;
}

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

export class SchedulePaymentController implements ReactiveController {
  readonly cardForm: CardFormController;
  phase: PaymentPhase = 'form';
  /** Polite status text (processing, waiting for the bank). */
  announcement = '';
  private readonly host: Host;
  /** One key per attempt, kept when the network failed so that paying again replays instead of charging twice. */
  private attemptKey: string | undefined;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
    this.cardForm = new CardFormController(host, () => this.forgetAttempt());
  }

  hostConnected(): void {}

  get busy(): boolean {
    return this.phase !== 'form';
  }

  /** The buyer changed what they pay (count, date, card): a new attempt, never a replay of the previous one. */
  forgetAttempt(): void {
    this.attemptKey = undefined;
  }

  async attempt(options: AttemptOptions): Promise<AttemptOutcome> {
    const fields = this.cardForm.validate();
    if (fields.length) return { kind: 'invalidFields', fields };
    const { api, i18n } = options;
    this.setPhase('processing', i18n.t('processing'));
    this.attemptKey ??= newIdempotencyKey();
    const card = toCardDetails(this.cardForm.values);
    try {
      let result = await options.pay(card, this.attemptKey);
      if (result.transaction.status === 'pendingAuthorization' && result.transaction.threeDS?.status === 'required') {
        this.setPhase('challenge', i18n.t('waitingForBank'));
        const dialog = this.host.renderRoot.querySelector<ThreeDSDialog>('sg-three-ds-dialog');
        const outcome = dialog
          ? await dialog.challenge({
              merchant: options.merchant,
              amount: i18n.money(result.transaction.amount, options.currency),
              last4: result.transaction.card?.last4 ?? digitsOnly(card.number).slice(-4),
            })
          : 'refuse';
        this.setPhase('processing', i18n.t('processing'));
        result = await answerThreeDS(api, result.transaction.id, outcome);
      }
      this.attemptKey = undefined;
      this.setPhase('form', '');
      const { transaction } = result;
      if (transaction.status === 'authorized' || transaction.status === 'captured') return { kind: 'paid', result };
      const reason = transaction.declineReason;
      this.cardForm.clearSecurityCode();
      return { kind: 'declined', code: reason === 'insufficient_funds' || reason === 'authentication_failed' ? reason : 'card_declined' };
    } catch (thrown) {
      const error = toCaptainError(thrown);
      this.setPhase('form', '');
      if (error.code === 'card_declined' || error.code === 'insufficient_funds' || error.code === 'authentication_failed') {
        this.attemptKey = undefined;
        this.cardForm.clearSecurityCode();
        return { kind: 'declined', code: error.code };
      }
      if (!(error.code === 'network' || error.code === 'unknown' || error.code === 'invalid_response')) this.attemptKey = undefined;
      return { kind: 'error', error };
    }
  }

  private setPhase(phase: PaymentPhase, announcement: string): void {
    this.phase = phase;
    this.announcement = announcement;
    this.cardForm.readOnly = phase !== 'form';
    this.host.requestUpdate();
  }
}

/**
 * The shapes the payment flow (`payment-flow.ts`, in the entry module) and its attempt code (`payment-attempt.ts`, a
 * chunk fetched when the buyer pays) share, and the one notice both write (`keyedNotice`): neither module imports the
 * other's code, so there is no cycle.
 */
import type { ReactiveControllerHost } from 'lit';
import type { CaptainError } from '../core/errors.ts';
import type { HttpConfig } from '../core/http.ts';
import type { I18n, MessageKey } from '../core/i18n/index.ts';
import type { PaymentResult } from '../core/contract/index.ts';
import type { InvalidDetail, ValidatedDetail } from '../events/index.ts';

export type PaymentPhase = 'form' | 'processing' | 'challenge' | 'checking';

export type DeclineCode = Exclude<InvalidDetail['code'], 'invalid_fields'>;

/** A notice above the pay button, in the page's language. */
export interface FlowNotice {
  tone: 'danger' | 'success';
  title: string;
  message: string;
  hint?: string;
  /** The same notice in another language: the page changed `locale` while it shows (issue 9). */
  in(i18n: I18n): FlowNotice;
}

/** A danger notice of two `core` messages, in `i18n`'s language (and in any other, `in`). */
export const keyedNotice = (i18n: I18n, title: MessageKey, message: MessageKey): FlowNotice => ({
  tone: 'danger',
  title: i18n.t(title),
  message: i18n.t(message),
  in: (other) => keyedNotice(other, title, message),
});

/**
 * The method-specific part a UX hands the flow: the card form (the flow's own, by default), an ANCV login, later an
 * IBAN, a bank choice or a wallet sheet. The flow validates it, adds its fields to the request, and tells it about a
 * decline.
 */
export interface MethodPart {
  /** Shows the part's messages and answers the fields in error, in form order; empty when ready to pay. */
  validate(): string[];
  /** The method's own fields of the payment request (`{ method: 'card', card }`, `{ method: 'ancv', ancvLogin }`). */
  fields(): Record<string, unknown>;
  /** Last digits shown on the simulated bank page (cards). */
  last4?(): string;
  /** After a decline: what the buyer must give again (the card's security code). */
  declined?(): void;
  /** Moves focus to the first field in error (or the error summary). */
  focusError?(): void;
}

/** What a UX asks the flow to pay. */
export interface PayOptions {
  api: HttpConfig;
  i18n: I18n;
  /** The order the payment belongs to: attempts are looked up under it. */
  orderId: string;
  /** Shown on the simulated bank page. */
  merchant: string;
  currency: string;
  /** `POST /v1/orders/{orderId}/payments` unless given (recovery and balance links). */
  path?: string;
  /** The UX's own fields: amount in cents, payer, split role, items, schedule choice… */
  body: Record<string, unknown>;
  /** The card form unless given. */
  method?: MethodPart;
  /**
   * The UX's own fields in error (it shows their messages) and the words of `sg-invalid`, checked with the method's
   * part; `undefined` when they are fine.
   */
  invalid?(): { fields: string[]; message: string } | undefined;
  /** Moves focus to the first of the UX's own fields in error. */
  focusInvalid?(): void;
  /**
   * Stay busy after a payment went through until the host calls `release()`: for a host that still has work to do
   * (refresh the order, show the next state) before the form may be used again.
   */
  holdBusy?: boolean;
  /**
   * The host's own words for a refusal tied to its state (an amount that changed, an item someone else took, a card
   * that expires before the last installment); it may refresh what it shows first. `undefined` keeps the flow's words.
   */
  explain?(error: CaptainError): Promise<FlowNotice | undefined> | FlowNotice | undefined;
  /** Appended to the words of a decline, in the page's language (multi: what was already paid is kept). */
  declineHint?(i18n: I18n): string;
}

/**
 * How a payment ended. `paid`: authorised or captured (or, for ANCV and direct debit, `pending` on the platform's side);
 * every other outcome has already shown its notice and fired `sg-invalid` or `sg-error` on the host.
 */
export type FlowOutcome =
  /** `validated`: the `sg-validated` detail of this payment (a host that paid a share or a part sets its `amount`). */
  | { kind: 'paid'; result: PaymentResult; validated: ValidatedDetail }
  | { kind: 'invalidFields'; fields: string[] }
  | { kind: 'declined'; code: DeclineCode }
  | { kind: 'failed'; error: CaptainError }
  /** The answer was lost and the platform could not be asked what became of it: the flow offers to check again. */
  | { kind: 'unresolved' }
  /** Nothing to do (already running, nothing left to pay). */
  | { kind: 'idle' };

/** The state of one intended payment, which the attempt code reads and writes. */
export interface AttemptState {
  /** The Idempotency-Key of the intended payment: kept until the platform gave a definitive answer. */
  key: string | undefined;
  /**
   * An attempt under `key` left and got no answer (network, timeout, 5xx, unreadable answer): the platform must be asked
   * what became of it before anything else is sent, whatever the buyer edits meanwhile.
   */
  ambiguous: boolean;
}

/** What the attempt code needs of the flow controller. */
export interface FlowHost {
  readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };
  readonly attempt: AttemptState;
  unresolved: boolean;
  setPhase(phase: PaymentPhase, announcement: string): void;
  showNotice(notice: FlowNotice | undefined): Promise<void>;
  /** The card form's part (validate, fields, last 4 digits, security code cleared after a decline). */
  readonly card: CardFormView;
}

/** The card form as the attempt code sees it (`CardFormController`). */
export interface CardFormView {
  values: { number: string; expiry: string; cvc: string; holder: string };
  validate(): string[];
  clearSecurityCode(): void;
  focusSummary(): void;
}

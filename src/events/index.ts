/**
 * The widget's public DOM events. Each is a typed class, prefixed `sg-`, bubbling and composed so a merchant can listen
 * on the element or any ancestor; `detail` is exactly what the script-tag callbacks (`onReady`, …) receive.
 */
import type { CaptainErrorCode } from '../core/errors.ts';
import type { OrderStatus, PaymentMethod, Ux } from '../core/contract/index.ts';

export interface ReadyDetail {
  /** Order id. */
  order: string;
  amount: number;
  /** Amount still to pay, in cents. */
  amountRemaining: number;
  currency: string;
  status: OrderStatus;
  ux: Ux;
  /**
   * `<sg-captain>` only. Each payment method the platform enables, `true` when the buyer can pay with it on this page: a wallet only when
   * its button shows (the browser can pay with it, or the sandbox switch is on), so a merchant can hide its own
   * heading when no wallet renders. `{ card: true, applepay: false, googlepay: false, amazonpay: true }`.
   */
  availablePaymentMethods?: Partial<Record<PaymentMethod, boolean>>;
}

/** Contract §5: the argument of `onValidated`. */
export interface ValidatedDetail {
  /** Order id. */
  order: string;
  /** Amount paid by this payment, in cents. */
  amount: number;
  /** Transaction id. */
  auth: string;
  email: string | undefined;
  firstName: string | undefined;
  lastName: string | undefined;
  /** Order status after the payment. */
  status: OrderStatus;
}

/** The buyer's payment did not go through for a reason they can act on (form errors, declined card, refused 3DS). */
export interface InvalidDetail {
  code: 'invalid_fields' | 'card_declined' | 'insufficient_funds' | 'authentication_failed';
  message: string;
  /** Fields in error, for `invalid_fields`. */
  fields: string[];
}

/** Anything else: configuration, network, unknown order… The widget shows it too; it never throws into the page. */
export interface ErrorDetail {
  code: CaptainErrorCode | 'ux_unavailable';
  message: string;
  order: string | undefined;
}

const init = { bubbles: true, composed: true } as const;

/** `sg-ready`: `detail` (a {@link ReadyDetail}) is the argument of the script tag's `onReady`. */
export class SgReadyEvent extends CustomEvent<ReadyDetail> {
  constructor(detail: ReadyDetail) {
    super('sg-ready', { ...init, detail });
  }
}
/** `sg-validated`: `detail` (a {@link ValidatedDetail}) is the argument of the script tag's `onValidated`. */
export class SgValidatedEvent extends CustomEvent<ValidatedDetail> {
  constructor(detail: ValidatedDetail) {
    super('sg-validated', { ...init, detail });
  }
}
/** `sg-invalid`: `detail` (a {@link InvalidDetail}) is the argument of the script tag's `onInvalid`. */
export class SgInvalidEvent extends CustomEvent<InvalidDetail> {
  constructor(detail: InvalidDetail) {
    super('sg-invalid', { ...init, detail });
  }
}
/** `sg-error`: `detail` (a {@link ErrorDetail}) is the argument of the script tag's `onError`. */
export class SgErrorEvent extends CustomEvent<ErrorDetail> {
  constructor(detail: ErrorDetail) {
    super('sg-error', { ...init, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sg-ready': SgReadyEvent;
    'sg-validated': SgValidatedEvent;
    'sg-invalid': SgInvalidEvent;
    'sg-error': SgErrorEvent;
  }
  interface HTMLElementEventMap {
    'sg-ready': SgReadyEvent;
    'sg-validated': SgValidatedEvent;
    'sg-invalid': SgInvalidEvent;
    'sg-error': SgErrorEvent;
  }
}

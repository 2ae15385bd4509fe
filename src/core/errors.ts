/** The only error type the widget's code raises or reports; `code` is fixed and safe to branch on. */
export const CAPTAIN_ERROR_CODES = [
  'network',
  'unauthorized',
  'not_found',
  'invalid_request',
  'card_declined',
  'insufficient_funds',
  'authentication_failed',
  'order_not_payable',
  /** 409: the order's payment link (dashboard "+ Create a payment link", `expiresInDays`) has expired. */
  'link_expired',
  'amount_exceeds_remaining',
  'item_already_paid',
  'card_expires_too_soon',
  'idempotency_key_reused',
  /** 404 of the attempt lookup: the platform says nothing ran under the key (never reported to the page). */
  'attempt_not_found',
  /** Live mode (`pk_live_`) declines a sandbox test card, test IBAN or test account (CONTRACT §2, "Sandbox and production"). */
  'test_card_in_live_mode',
  'test_iban_in_live_mode',
  'test_account_in_live_mode',
  /** Live mode declines any other means of payment: the mock platform takes no real payment. */
  'live_payments_unavailable',
  'invalid_response',
  /** Script-tag API: the config given to `initCaptain`, `initLink` or `initHelp` is wrong (named in the message). */
  'invalid_config',
  /** Script-tag API: the selector or target given to `mount()` finds no element (in `context`). */
  'container_not_found',
  /** The page's Content Security Policy (Trusted Types, script-src) blocks the widget's code. */
  'csp_blocked',
  /** A request the widget itself gave up (a load superseded by a newer one): never reported to the page. */
  'aborted',
  'unknown',
] as const;
/**
 * Codes the widget gives itself and the platform never sends, so left out of the list above (which reads the platform's):
 * a lost answer looked up finds that the payment ended, voided or refunded in full, holding no money.
 */
export type CaptainErrorCode = (typeof CAPTAIN_ERROR_CODES)[number] | 'payment_voided' | 'payment_refunded';

export class CaptainError extends Error {
  override readonly name = 'CaptainError';
  readonly code: CaptainErrorCode;
  /** HTTP status when the platform answered, absent for network failures. */
  readonly status: number | undefined;
  /** The platform's own readable messages, useful to developers (never shown raw to buyers). */
  readonly details: readonly string[];

  constructor(code: CaptainErrorCode, message: string, options: { status?: number; details?: readonly string[]; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.status = options.status;
    this.details = options.details ?? [];
  }
}

export const isCaptainErrorCode = (value: unknown): value is CaptainErrorCode =>
  typeof value === 'string' && (CAPTAIN_ERROR_CODES as readonly string[]).includes(value);

/** Whatever was thrown, as a CaptainError (unexpected ones become `unknown`). */
export function toCaptainError(error: unknown): CaptainError {
  if (error instanceof CaptainError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new CaptainError('unknown', message, { cause: error });
}

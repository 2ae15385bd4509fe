/**
 * One intended payment, for every UX and hosted page: validate the method's part, send one keyed attempt, run 3-D Secure
 * when the bank asks, and end with an outcome, in the one set of words each error code has (`noticeFor`).
 *
 * Never two payments for one intent: when an attempt left and no answer came (network, timeout, 5xx, unreadable answer),
 * the platform is asked what became of it (`GET /v1/orders/{id}/payments/attempts/{key}`) before anything else is
 * sent, whatever the buyer edited meanwhile. A payment that went through ends as paid; nothing ran: the same key goes
 * with the next attempt (so the lost request, arriving late, cannot run as well); cannot ask (still offline): the flow
 * says so and offers to check again, never to pay.
 *
 * A chunk of its own, fetched with the card code when the buyer pays (the page that shows the form does not need it).
 */
import { toCardDetails, digitsOnly } from '../core/card.ts';
import { CaptainError, toCaptainError } from '../core/errors.ts';
import type { I18n, MessageKey } from '../core/i18n/index.ts';
import { answerThreeDS, getAttempt, newIdempotencyKey, paymentsPath, postPayment } from '../core/payments-api.ts';
import type { PaymentResult } from '../core/contract/index.ts';
import { SgErrorEvent, SgInvalidEvent, type ValidatedDetail } from '../events/index.ts';
import { defineElement } from '../define-element.ts';
import { keyedNotice, type CardFormView, type DeclineCode, type FlowHost, type FlowNotice, type FlowOutcome, type MethodPart, type PayOptions } from './payment-types.ts';
import { ThreeDSDialog } from './three-ds-dialog.ts';

const isDecline = (code: string): code is DeclineCode => code === 'card_declined' || code === 'insufficient_funds' || code === 'authentication_failed';

/** The flow's own states and their messages: these words ship with this code, as they show when the platform is out of reach. */
const UNREACHED: Record<string, MessageKey> = {
  network: 'payNetworkError',
  unresolved: 'attemptUnknown',
};

/**
 * The notice of an error code (or of the flow's own states), in the page's language. A refusal's words are fetched
 * with it (`refusal-words.ts`); when they cannot be, and for any code without words of its own, "could not be completed".
 */
export async function noticeFor(code: string, i18n: I18n, hint?: (i18n: I18n) => string): Promise<FlowNotice> {
  const unreached = UNREACHED[code];
  if (unreached) return keyedNotice(i18n, 'errorNetworkTitle', unreached);
  return import('./refusal-words.ts').then(
    (words) => words.refusalNotice(code, i18n, hint),
    () => keyedNotice(i18n, 'errorUnknownTitle', 'payFailed'),
  );
}

/**
 * The request left and no answer came, or none that can be read: the platform may have run it. A refusal with a status
 * below 500 is definitive (nothing ran), except a key reused for another request, which means an earlier one arrived.
 */
export const isAmbiguous = (error: CaptainError) =>
  error.code === 'network' || error.code === 'invalid_response' || error.code === 'idempotency_key_reused' || (error.status ?? 500) >= 500;

/** The card form as a method part. */
export function cardPart(form: CardFormView): MethodPart {
  return {
    validate: () => form.validate(),
    fields: () => ({ method: 'card', card: toCardDetails(form.values) }),
    last4: () => digitsOnly(form.values.number).slice(-4),
    declined: () => form.clearSecurityCode(),
    focusError: () => form.focusSummary(),
  };
}

/** The `sg-validated` detail of a payment: the payer as the transaction names them (else the order), `amount` paid. */
export function validatedDetail({ transaction, order }: PaymentResult, amount = transaction.amount): ValidatedDetail {
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

/** Pays, or, while an earlier attempt's outcome is unknown, learns it first (and pays nothing more). */
export async function pay(flow: FlowHost, options: PayOptions): Promise<FlowOutcome> {
  const part = options.method ?? cardPart(flow.card);
  if (flow.attempt.ambiguous) return check(flow, options, part);
  const own = options.invalid?.();
  const fields = [...(own?.fields ?? []), ...part.validate()];
  if (fields.length) {
    await flow.host.updateComplete;
    (own && options.focusInvalid ? options.focusInvalid : part.focusError)?.();
    flow.host.dispatchEvent(new SgInvalidEvent({ code: 'invalid_fields', message: own?.message ?? options.i18n.t('errorSummaryTitle'), fields }));
    return { kind: 'invalidFields', fields };
  }
  void flow.showNotice(undefined);
  flow.setPhase('processing', options.i18n.t('processing'));
  const key = (flow.attempt.key ??= newIdempotencyKey());
  const request = { path: options.path ?? paymentsPath(options.orderId), body: { ...options.body, ...part.fields() } };
  try {
    return await settle(flow, options, part, await postPayment(options.api, request, key));
  } catch (thrown) {
    return refused(flow, options, part, toCaptainError(thrown));
  }
}

/**
 * Asks the platform what became of the attempt under the current key. `lost`: the error that made it unknown, reported
 * once (`sg-error`) when the platform cannot be asked either.
 */
export async function check(flow: FlowHost, options: PayOptions, part = options.method ?? cardPart(flow.card), lost?: CaptainError): Promise<FlowOutcome> {
  const { i18n } = options;
  const key = flow.attempt.key;
  flow.setPhase('checking', i18n.t('checkingPayment'));
  try {
    if (!key) throw new CaptainError('attempt_not_found', 'no attempt to check');
    const result = await getAttempt(options.api, options.orderId, key);
    flow.attempt.ambiguous = false;
    return await settle(flow, options, part, result, true);
  } catch (thrown) {
    const error = toCaptainError(thrown);
    // Only the platform's own word says nothing ran: any other 404 (a proxy's page, a gateway) leaves the attempt unknown.
    if (error.code === 'attempt_not_found') {
      // The buyer may pay again, under the same key whatever they edit: the lost request, arriving late, is then
      // refused as another request under a used key (or, arriving first, is what the retry learns it paid).
      flow.attempt.ambiguous = false;
      flow.unresolved = false;
      await tell(flow, options, await noticeFor(lost ? lost.code : 'notMade', i18n), lost);
      return { kind: 'failed', error: lost ?? error };
    }
    return refused(flow, options, part, error, lost ?? null);
  }
}

/** The platform could not be asked either: say so, and offer to check again (never to pay). */
async function unresolved(flow: FlowHost, options: PayOptions, lost: CaptainError | null): Promise<FlowOutcome> {
  flow.attempt.ambiguous = true;
  flow.unresolved = true;
  await tell(flow, options, await noticeFor('unresolved', options.i18n), lost);
  return { kind: 'unresolved' };
}

/** An answer came: the bank's challenge, then paid or declined. */
async function settle(flow: FlowHost, options: PayOptions, part: MethodPart, answer: PaymentResult, asked = false): Promise<FlowOutcome> {
  let result = answer;
  const { i18n } = options;
  if (result.transaction.status === 'pendingAuthorization' && result.transaction.threeDS?.status === 'required') {
    flow.setPhase('challenge', i18n.t('waitingForBank'));
    let outcome: 'approve' | 'refuse' = 'refuse';
    try {
      const dialog = threeDSDialogIn(flow.host.renderRoot);
      if (dialog) {
        const last4 = result.transaction.card?.last4 ?? part.last4?.() ?? '';
        outcome = await dialog.challenge({ merchant: options.merchant, amount: i18n.money(result.transaction.amount, options.currency), last4 });
      }
      flow.setPhase('processing', i18n.t('processing'));
      result = await answerThreeDS(options.api, result.transaction.id, outcome);
    } catch (thrown) {
      // After a lookup, the attempt stays unknown: told to the page once, unless it already was (a "Check again").
      const error = toCaptainError(thrown);
      return refused(flow, options, part, error, asked ? (flow.unresolved ? null : error) : undefined);
    }
  }
  const { transaction } = result;
  const { status } = transaction;
  if (status === 'authorized' || status === 'captured' || status === 'pending') {
    flow.attempt.key = undefined;
    flow.unresolved = false;
    if (!options.holdBusy) flow.setPhase('form', '');
    return { kind: 'paid', result, validated: validatedDetail(result) };
  }
  // Ended meanwhile (the merchant canceled or refunded it, a later attempt gave it up): it holds no money, so it was
  // not declined, and a new attempt may pay.
  if (status === 'voided' || status === 'refunded') return ended(flow, options, new CaptainError(`payment_${status}`, status));
  const reason = transaction.declineReason ?? '';
  return declined(flow, options, part, isDecline(reason) ? reason : 'card_declined');
}

/**
 * The platform refused, or no answer came: then it is asked what became of the attempt, unless `asked` says it was
 * just asked (`null`: nothing more to report; an error: the one that made the attempt unknown).
 */
async function refused(flow: FlowHost, options: PayOptions, part: MethodPart, error: CaptainError, asked?: CaptainError | null): Promise<FlowOutcome> {
  if (isDecline(error.code)) return declined(flow, options, part, error.code);
  // While an attempt's outcome is unknown, any answer but its outcome leaves it unknown (a refused lookup too).
  if (isAmbiguous(error) || flow.attempt.ambiguous) {
    flow.attempt.ambiguous = true;
    return asked === undefined ? check(flow, options, part, error) : unresolved(flow, options, asked);
  }
  return ended(flow, options, error);
}

/** The attempt ended without paying: said to the buyer and the page; the next one goes under a new key. */
async function ended(flow: FlowHost, options: PayOptions, error: CaptainError): Promise<FlowOutcome> {
  flow.attempt.key = undefined;
  flow.unresolved = false;
  // Busy until the host's words are ready (its `explain` may read the order again); `tell` then returns to the form.
  await tell(flow, options, (await options.explain?.(error)) ?? (await noticeFor(error.code, options.i18n)), error);
  return { kind: 'failed', error };
}

/** Back to the form with `notice`, told to the page (`sg-error` with the notice's words) when `report` is an error. */
async function tell(flow: FlowHost, options: PayOptions, notice: FlowNotice, report?: CaptainError | null): Promise<void> {
  flow.setPhase('form', '');
  await flow.showNotice(notice);
  if (report) flow.host.dispatchEvent(new SgErrorEvent({ code: report.code, message: notice.message, order: options.orderId }));
}

async function declined(flow: FlowHost, options: PayOptions, part: MethodPart, code: DeclineCode): Promise<FlowOutcome> {
  flow.attempt.key = undefined;
  flow.attempt.ambiguous = false;
  flow.unresolved = false;
  part.declined?.();
  flow.setPhase('form', '');
  const notice = await noticeFor(code, options.i18n, options.declineHint);
  await flow.showNotice(notice);
  flow.host.dispatchEvent(new SgInvalidEvent({ code, message: notice.message, fields: [] }));
  return { kind: 'declined', code };
}

/**
 * The host's `<sg-three-ds-dialog>`, its element defined first. Its code comes with this one (the widget's card-payment
 * chunk holds both): a dynamic import here only added a module namespace and a promise to that chunk.
 */
function threeDSDialogIn(root: HTMLElement | DocumentFragment): ThreeDSDialog | null {
  defineElement('sg-three-ds-dialog', ThreeDSDialog);
  return root.querySelector<ThreeDSDialog>('sg-three-ds-dialog');
}

/**
 * What the card form and the payment controller need once the buyer starts paying, not to show the form: formatting
 * and validating the card, the payment attempt with 3-D Secure and its outcome. A chunk of its own in the script-tag
 * build, fetched on the buyer's first interaction with the form (`loadCardFlow` in `card-form.ts`); until it arrives
 * the inputs take text as typed, and it is reformatted when it does.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { I18n, MessageKey } from '../core/i18n/index.ts';
import type { PaymentResultSummary } from '../core/wire.ts';
import type { InvalidDetail, ValidatedDetail } from '../events/index.ts';
import { digitsOnly, toCardDetails, type CardBrand, type CardDetails, type CardField, type CardFieldError } from '../core/card.ts';
import { en } from '../core/i18n/en.ts';
import { enCard } from '../core/i18n/en-card.ts';
import { defineElement } from '../define-element.ts';
import { FIELD_ORDER, fieldId, SUMMARY_ID, type CardFormController } from './card-form.ts';
import type { AttemptOptions, AttemptOutcome, PaymentPhase } from './card-payment-controller.ts';
import type { ThreeDSDialog } from './three-ds-dialog.ts';

export { detectBrand, digitsOnly, formatCardNumber, formatExpiry, validateCard } from '../core/card.ts';

// English shows the words of paying by card from now on (French has them in its own chunk).
Object.assign(en, enCard);

const errorKeys: Record<CardField, Partial<Record<CardFieldError, MessageKey>>> = {
  number: { required: 'numberRequired', incomplete: 'numberIncomplete', invalid: 'numberInvalid' },
  expiry: { required: 'expiryRequired', incomplete: 'expiryIncomplete', invalid: 'expiryInvalid', expired: 'expiryExpired' },
  cvc: { required: 'cvcRequired', incomplete: 'cvcIncomplete', invalid: 'cvcInvalid' },
  holder: { required: 'holderRequired' },
};

export const BRAND_KEYS: Partial<Record<CardBrand, MessageKey>> = {
  visa: 'brandVisa',
  mastercard: 'brandMastercard',
  amex: 'brandAmex',
};

export function errorMessage(field: CardField, error: CardFieldError, i18n: I18n): string {
  const key = errorKeys[field][error] ?? errorKeys[field].required;
  return key ? i18n.t(key) : '';
}

/** The summary of a submit attempt's errors, whose links move focus to their field. */
export function renderErrorSummary(cardForm: CardFormController, i18n: I18n): TemplateResult | typeof nothing {
  const errors = cardForm.errors;
  const fields = FIELD_ORDER.filter((field) => errors[field]);
  if (!fields.length) return nothing;
  const jump = (event: Event, field: CardField) => {
    event.preventDefault(); // in-page anchors do not resolve inside a shadow root
    cardForm.focusField(field);
  };
  return html`<div class="notice danger error-summary" id=${SUMMARY_ID} tabindex="-1" part="error-summary" aria-labelledby="${SUMMARY_ID}-title">
    <h3 id="${SUMMARY_ID}-title">${i18n.t('errorSummaryTitle')}</h3>
    <ul>
      ${fields.map(
        (field) =>
          html`<li><a href="#${fieldId(field)}" @click=${(event: Event) => jump(event, field)}>${errorMessage(field, errors[field] as CardFieldError, i18n)}</a></li>`,
      )}
    </ul>
  </div>`;
}

export const DECLINE_MESSAGES: Record<InvalidDetail['code'], MessageKey> = {
  invalid_fields: 'declinedCard',
  card_declined: 'declinedCard',
  insufficient_funds: 'declinedFunds',
  authentication_failed: 'declinedAuthentication',
};

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

/** The answer of one attempt under its key: pay, run 3-D Secure when the bank asks, and say how it ended. */
export function cardAnswer<R extends PaymentResultSummary>(
  options: AttemptOptions<R>,
  cardForm: CardFormController,
  root: HTMLElement | DocumentFragment,
  setPhase: (phase: PaymentPhase, announcement: string) => void,
): (key: string) => Promise<AttemptOutcome<R>> {
  const { api, i18n } = options;
  const card: CardDetails = toCardDetails(cardForm.values);
  return async (key) => {
    let result = await options.pay(card, key);
    if (result.transaction.status === 'pendingAuthorization' && result.transaction.threeDS?.status === 'required') {
      setPhase('challenge', i18n.t('waitingForBank'));
      const dialog = await threeDSDialogIn(root);
      const outcome = dialog
        ? await dialog.challenge({
            merchant: options.merchant,
            amount: i18n.money(result.transaction.amount, options.currency),
            last4: result.transaction.card?.last4 ?? digitsOnly(card.number).slice(-4),
          })
        : 'refuse';
      setPhase('processing', i18n.t('processing'));
      result = await options.answerThreeDS(api, result.transaction.id, outcome);
    }
    const { transaction } = result;
    if (transaction.status === 'authorized' || transaction.status === 'captured') return { kind: 'paid', result };
    const reason = transaction.declineReason;
    cardForm.clearSecurityCode();
    return { kind: 'declined', code: reason === 'insufficient_funds' || reason === 'authentication_failed' ? reason : 'card_declined' };
  };
}


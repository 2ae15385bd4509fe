/**
 * What the card form needs once the buyer starts typing, not to show the form: formatting and validating the card, its
 * messages and error summary, and the English words of paying. A chunk of its own in the script-tag build, fetched on
 * the buyer's first interaction with the form (`loadCardFlow` in `card-form.ts`) or when paying; until it arrives the
 * inputs take text as typed, and it is reformatted when it does.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { I18n, MessageKey } from '../core/i18n/index.ts';
import type { CardErrors, CardField, CardFieldError } from '../core/card.ts';
import { card } from '../core/i18n/en/card.ts';
import { core } from '../core/i18n/en/core.ts';
import { FIELD_ORDER, fieldId, SUMMARY_ID } from './card-ids.ts';

export { CARD_BRANDS, detectBrand, digitsOnly, formatCardNumber, formatExpiry, validateCard } from '../core/card.ts';

// English shows the words of paying by card from now on (other languages have them in their own chunk).
Object.assign(core, card);

const errorKeys: Record<CardField, Partial<Record<CardFieldError, MessageKey>>> = {
  number: { required: 'numberRequired', incomplete: 'numberIncomplete', invalid: 'numberInvalid' },
  expiry: { required: 'expiryRequired', incomplete: 'expiryIncomplete', invalid: 'expiryInvalid', expired: 'expiryExpired' },
  cvc: { required: 'cvcRequired', incomplete: 'cvcIncomplete', invalid: 'cvcInvalid' },
  holder: { required: 'holderRequired' },
};

export function errorMessage(field: CardField, error: CardFieldError, i18n: I18n): string {
  const key = errorKeys[field][error] ?? errorKeys[field].required;
  return key ? i18n.t(key) : '';
}

/** The summary of a submit attempt's errors, whose links move focus to their field. */
export function renderErrorSummary(errors: CardErrors, i18n: I18n, focusField: (field: CardField) => void): TemplateResult | typeof nothing {
  const fields = FIELD_ORDER.filter((field) => errors[field]);
  if (!fields.length) return nothing;
  const jump = (event: Event, field: CardField) => {
    event.preventDefault(); // in-page anchors do not resolve inside a shadow root
    focusField(field);
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

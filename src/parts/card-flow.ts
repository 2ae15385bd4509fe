/**
 * What the card form needs once the buyer starts typing, not to show the form: formatting and validating the card, its
 * messages and error summary, and the English words of paying. A chunk of its own in the script-tag build, fetched on
 * the buyer's first interaction with the form (`loadCardFlow` in `card-form.ts`) or when paying; until it arrives the
 * inputs take text as typed, and it is reformatted when it does.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { I18n, MessageKey } from '../core/i18n/index.ts';
import { digitsOnly, formatCardNumber, formatExpiry, type CardErrors, type CardField, type CardFieldError, type CardInput } from '../core/card.ts';
import { card } from '../core/i18n/en/card.ts';
import { core } from '../core/i18n/en/core.ts';
import { FIELD_ORDER, fieldId, SUMMARY_ID } from './card-ids.ts';

export { CARD_BRANDS, detectBrand, validateCard } from '../core/card.ts';

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

/** What was typed before this code arrived, formatted as if typed with it. */
export const formatTyped = (values: CardInput): CardInput => ({
  ...values,
  number: formatCardNumber(values.number),
  expiry: formatExpiry(values.expiry),
  cvc: digitsOnly(values.cvc).slice(0, 4),
});

/**
 * Formats `field`'s input as the buyer types (`inputType` of the InputEvent), in place, keeping the caret after the
 * same digits; `number` is the card number before this edit.
 */
export function reformatInput(field: CardField, input: HTMLInputElement, inputType: string, number: string): void {
  const deleting = inputType.startsWith('delete');
  if (field === 'number') {
    // Delete or Backspace took only a group space: take the digit beyond it too, as if spaces were not there.
    if (deleting && digitsOnly(input.value) === digitsOnly(number)) skipSeparator(input, inputType === 'deleteContentBackward');
    reformatKeepingCaret(input, formatCardNumber);
  }
  if (field === 'expiry') reformatKeepingCaret(input, (value) => formatExpiry(value, deleting));
  if (field === 'cvc') input.value = digitsOnly(input.value).slice(0, 4);
}

/** Removes the digit just before (Backspace) or after (Delete) the caret, which a removed group space stood beside. */
function skipSeparator(input: HTMLInputElement, backward: boolean): void {
  const value = input.value;
  let at = input.selectionStart ?? value.length;
  if (backward) while (at > 0 && !/\d/.test(value.charAt(at - 1))) at--;
  else while (at < value.length && !/\d/.test(value.charAt(at))) at++;
  const from = backward ? at - 1 : at;
  if (from < 0 || from >= value.length) return;
  input.value = value.slice(0, from) + value.slice(from + 1);
  input.setSelectionRange(from, from);
}

/** Reformats an input while keeping the caret after the same number of digits (editing mid-number stays natural). */
function reformatKeepingCaret(input: HTMLInputElement, format: (value: string) => string): void {
  const caret = input.selectionStart ?? input.value.length;
  const digitsBeforeCaret = input.value.slice(0, caret).replace(/\D/g, '').length;
  const atEnd = caret === input.value.length;
  const formatted = format(input.value);
  if (formatted === input.value) return;
  input.value = formatted;
  if (atEnd) return;
  let position = 0;
  for (let seen = 0; position < formatted.length && seen < digitsBeforeCaret; position++) {
    if (/\d/.test(formatted.charAt(position))) seen++;
  }
  input.setSelectionRange(position, position);
}

/**
 * The account holder's fields of the SEPA Direct Debit UX (first name, last name, IBAN) as a reactive controller and the
 * `MethodPart` the payment flow validates and sends (`{ method: 'sdd', iban }`). The IBAN is checked by the rule the
 * platform applies too (`core/iban.ts`), so a message shows at the field before any request and the platform never
 * answers 400 to what the form accepted. The IBAN is formatted as typed (groups of 4, caret kept).
 *
 * Messages show once a field is left with something in it, or after a submit; an IBAN still being typed (shorter than
 * its country's length) says nothing until the field is left again.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { checkHolderName, HOLDER_NAME_MAX, type HolderNameProblem } from '../../core/account-holder.ts';
import { checkIban, electronicIban, formatIbanInput, isIbanIncomplete, type IbanCheck } from '../../core/iban.ts';
import type { MethodPart } from '../../parts/payment-flow.ts';
import { IBAN_PROBLEM_WORDS, type SddWords } from './sdd-i18n.ts';

export type SddField = 'firstName' | 'lastName' | 'iban';
export const SDD_FIELDS: readonly SddField[] = ['firstName', 'lastName', 'iban'];
export const sddFieldId = (field: SddField) => `sg-sdd-${field}`;
const errorId = (field: SddField) => `${sddFieldId(field)}-error`;

const HOLDER_NAME_WORDS: Record<HolderNameProblem, (words: SddWords) => string> = {
  firstNameRequired: (words) => words.t('firstNameRequired'),
  lastNameRequired: (words) => words.t('lastNameRequired'),
  firstNameCharacters: (words) => words.t('nameCharacters'),
  lastNameCharacters: (words) => words.t('nameCharacters'),
  tooLong: (words) => words.t('nameTooLong', { max: HOLDER_NAME_MAX }),
};

/**
 * The IBAN field's own limit: room for a pasted IBAN with wide separators (" - ", tabs, double spaces). The 34 letters
 * and digits of ISO 13616 are capped by `formatIbanInput`; a maxlength of the formatted 42 cut such pastes short before
 * they were formatted ("you entered 24").
 */
const IBAN_PASTE_MAX = 200;

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/** The message of an IBAN check, in the page's words; null when it may be debited. */
export function ibanMessage(check: IbanCheck, words: SddWords): string | null {
  if (!check.problem) return null;
  if (check.problem === 'length' && check.expected === undefined) return words.t('ibanLengthUnknown');
  return words.t(IBAN_PROBLEM_WORDS[check.problem], { country: words.country(check.country), expected: check.expected ?? '', length: check.iban.length });
}

/** Part names are kebab-case like every other part (docs/THEMING.md), whatever the field's name in the code. */
const FIELD_PARTS: Record<SddField, string> = { firstName: 'first-name', lastName: 'last-name', iban: 'iban' };

export class SddFieldsController implements ReactiveController, MethodPart {
  values: Record<SddField, string> = { firstName: '', lastName: '', iban: '' };
  readOnly = false;
  /** The page's words; the host sets them before each render. */
  words: SddWords | undefined;
  readonly #touched = new Set<SddField>();
  #submitted = false;
  readonly #host: Host;
  readonly #onEdit: () => void;

  /** `onEdit`: the buyer changed a field. */
  constructor(host: Host, onEdit: () => void = () => {}) {
    this.#host = host;
    this.#onEdit = onEdit;
    host.addController(this);
  }

  hostConnected(): void {}

  /** The message of each field in error (whether shown yet or not). */
  errors(): Partial<Record<SddField, string>> {
    const words = this.words;
    if (!words) return {};
    const errors: Partial<Record<SddField, string>> = {};
    // The platform's rule (core/account-holder.ts); a name too long as a whole is said at the last name.
    for (const problem of checkHolderName(this.values.firstName, this.values.lastName)) {
      const field = problem.startsWith('first') ? 'firstName' : 'lastName';
      errors[field] ??= HOLDER_NAME_WORDS[problem](words);
    }
    const iban = ibanMessage(checkIban(this.values.iban), words);
    if (iban) errors.iban = iban;
    return errors;
  }

  visibleError(field: SddField): string | undefined {
    return this.#submitted || this.#touched.has(field) ? this.errors()[field] : undefined;
  }

  /** Marks a submit: every message shows; answers the fields in error, in form order. */
  validate(): string[] {
    this.#submitted = true;
    this.#host.requestUpdate();
    const errors = this.errors();
    return SDD_FIELDS.filter((field) => errors[field]);
  }

  fields(): Record<string, unknown> {
    return { method: 'sdd', iban: electronicIban(this.values.iban) };
  }

  last4(): string {
    return electronicIban(this.values.iban).slice(-4);
  }

  /** Moves focus to the first field in error (an arrow: the flow calls it detached). */
  readonly focusError = (): void => {
    const errors = this.errors();
    const first = SDD_FIELDS.find((field) => errors[field]);
    if (first) this.#host.renderRoot.querySelector<HTMLInputElement>(`#${sddFieldId(first)}`)?.focus();
  };

  /** A new payment after the last one ended: the same holder, the messages hidden until the next submit. */
  reset(): void {
    this.#submitted = false;
    this.#touched.clear();
    this.#host.requestUpdate();
  }

  #onInput(field: SddField, event: InputEvent): void {
    const input = event.target as HTMLInputElement;
    if (field === 'iban') {
      const { value, caret } = formatIbanInput(input.value, input.selectionStart ?? input.value.length);
      if (value !== input.value) {
        input.value = value;
        input.setSelectionRange(caret, caret);
      }
      // Not finished yet: no message until the field is left again.
      if (isIbanIncomplete(checkIban(value))) this.#touched.delete('iban');
    }
    this.values = { ...this.values, [field]: input.value };
    this.#onEdit();
    this.#host.requestUpdate();
  }

  #onBlur(field: SddField): void {
    if (!this.values[field] || this.#touched.has(field)) return;
    this.#touched.add(field);
    this.#host.requestUpdate();
  }

  render(): TemplateResult {
    const words = this.words;
    if (!words) return html``;
    return html`<fieldset class="sdd-fields" part="sdd-fields">
      <legend>${words.t('holderTitle')}</legend>
      <div class="row">
        ${this.#field('firstName', words.t('firstName'), { autocomplete: 'given-name', autocapitalize: 'words' })}
        ${this.#field('lastName', words.t('lastName'), { autocomplete: 'family-name', autocapitalize: 'words' })}
      </div>
      ${this.#field('iban', words.t('iban'), { autocomplete: 'off', autocapitalize: 'characters', hint: words.t('ibanHint'), placeholder: 'FR76 1234 5678 9012 3456 7890 123' })}
    </fieldset>`;
  }

  #field(field: SddField, label: string, options: { autocomplete: string; autocapitalize: string; hint?: string; placeholder?: string }): TemplateResult {
    const error = this.visibleError(field);
    const hintId = `${sddFieldId(field)}-hint`;
    const describedBy = [options.hint ? hintId : '', errorId(field)].filter(Boolean).join(' ');
    return html`<div class="field field-${field} ${error ? 'invalid' : ''}" part="field field-${FIELD_PARTS[field]}">
      <label for=${sddFieldId(field)} part="label">${label}</label>
      ${options.hint ? html`<span id=${hintId} class="hint" part="hint">${options.hint}</span>` : ''}
      <div class="control">
        <input
          id=${sddFieldId(field)}
          name=${field}
          part="input"
          type="text"
          autocomplete=${options.autocomplete}
          autocapitalize=${options.autocapitalize}
          spellcheck="false"
          dir=${field === 'iban' ? 'ltr' : 'auto'}
          maxlength=${field === 'iban' ? IBAN_PASTE_MAX : 80}
          placeholder=${options.placeholder ?? ''}
          ?readonly=${this.readOnly}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${describedBy}
          .value=${this.values[field]}
          @input=${(event: InputEvent) => this.#onInput(field, event)}
          @blur=${() => this.#onBlur(field)}
        />
      </div>
      <p id=${errorId(field)} class="error" part="error">${error ?? ''}</p>
    </div>`;
  }
}

/**
 * The card form as a reactive controller plus render functions, not as its own custom element: fields, labels, error
 * messages and the error summary must share one shadow root with the UX's <form> and pay button, otherwise
 * `aria-describedby`, `<label for>`, summary links and implicit submission (Enter) would all break across roots.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CardBrand, CardErrors, CardField, CardFieldError, CardInput } from '../core/card.ts';
import type { I18n } from '../core/i18n/index.ts';
import type { PlatformClock } from '../core/platform-clock.ts';
import type * as CardFlowModule from './card-flow.ts';
import { FIELD_ORDER, fieldId, SUMMARY_ID } from './card-ids.ts';

export type CardFlow = typeof CardFlowModule;
/** The card code (`card-flow.ts`), once loaded. */
let flow: CardFlow | undefined;
let loading: Promise<CardFlow> | undefined;

/**
 * Fetches the card code (formatting, validation, the payment attempt) once: on the buyer's first interaction with the
 * form, or when paying. A failed fetch is tried again next time.
 */
export const loadedCardFlow = (): CardFlow | undefined => flow;

export function loadCardFlow(): Promise<CardFlow> {
  return (loading ??= import('./card-flow.ts').then(
    (module) => (flow = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  ));
}

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

const errorId = (field: CardField) => `${fieldId(field)}-error`;
const hintId = (field: CardField) => `${fieldId(field)}-hint`;

export class CardFormController implements ReactiveController {
  values: CardInput = { number: '', expiry: '', cvc: '', holder: '' };
  /** Fields left at least once: their messages show from then on (not while the buyer is still typing). */
  readonly #touched = new Set<CardField>();
  /** The field whose message was last announced as the buyer left it (the polite region of the card form). */
  #announced: CardField | undefined;
  /** After a submit attempt every message shows, and the summary lists them. */
  #submitted = false;
  readOnly = false;
  /** Whose time decides whether the card has expired: the platform's, once the host knows it. */
  clock: PlatformClock | undefined = undefined;
  readonly #host: Host;
  readonly #onEdit: () => void;
  readonly #onWarm: () => void;

  /** `onEdit`: the buyer changed a field; `onWarm`: the buyer reached the form (fetch what paying needs). */
  constructor(host: Host, onEdit: () => void = () => {}, onWarm: () => void = () => {}) {
    this.#host = host;
    this.#onEdit = onEdit;
    this.#onWarm = onWarm;
    host.addController(this);
  }

  hostConnected(): void {}

  get brand(): CardBrand {
    return flow ? flow.detectBrand(this.values.number) : 'unknown';
  }

  /** None until the card code is there: no message shows before the buyer leaves a field or submits, which loads it. */
  get errors(): CardErrors {
    return flow ? flow.validateCard(this.values, new Date(this.clock ? this.clock.now() : Date.now())) : {};
  }

  /** Starts fetching the card code; once there, what was typed meanwhile is formatted as if typed with it. */
  #warm(): void {
    if (flow) return;
    this.#onWarm();
    loadCardFlow().then(
      ({ formatTyped }) => {
        this.values = formatTyped(this.values);
        this.#host.requestUpdate();
      },
      () => {}, // offline: paying says so, and tries again
    );
  }

  visibleError(field: CardField): CardFieldError | undefined {
    return this.#submitted || this.#touched.has(field) ? this.errors[field] : undefined;
  }

  /** Marks a submit attempt; returns the fields in error, in form order. */
  validate(): CardField[] {
    this.#submitted = true;
    this.#announced = undefined; // the summary says it all
    this.#host.requestUpdate();
    const errors = this.errors;
    return FIELD_ORDER.filter((field) => errors[field]);
  }

  /** After a decline the code must be typed again; the rest stays so the buyer only fixes what is wrong. */
  clearSecurityCode(): void {
    this.values = { ...this.values, cvc: '' };
    this.#touched.delete('cvc');
    this.#submitted = false;
    this.#host.requestUpdate();
  }

  focusField(field: CardField): void {
    this.#host.renderRoot.querySelector<HTMLInputElement>(`#${fieldId(field)}`)?.focus();
  }

  focusSummary(): void {
    this.#host.renderRoot.querySelector<HTMLElement>(`#${SUMMARY_ID}`)?.focus();
  }

  /**
   * Writes the reformatted text back to the input and keeps `values` equal to what the input shows: that is why the
   * template binds `.value` plainly (no `live()` directive, which would only re-read the DOM to find the same text).
   * Until the card code is there, text stays as typed (it is reformatted when the code arrives).
   */
  handleInput(field: CardField, event: InputEvent): void {
    const input = event.target as HTMLInputElement;
    // An input method (IME) owns the text until it commits (compositionend, handled here too): changing it meanwhile
    // scrambles what it composes.
    if (event.isComposing) return;
    if (flow) flow.reformatInput(field, input, event.inputType ?? '', this.values.number);
    else this.#warm();
    this.values = { ...this.values, [field]: input.value };
    this.#onEdit();
    this.#host.requestUpdate();
  }

  handleBlur(field: CardField): void {
    // Tabbing through an empty form is not an error yet; after a submit every message already shows.
    if (!this.values[field] || this.#submitted) return;
    this.#touched.add(field);
    // Focus has moved on, so the field's description is no longer read: say what is wrong as it appears.
    this.#announced = field;
    this.#host.requestUpdate();
  }

  errorMessage(field: CardField, error: CardFieldError, i18n: I18n): string {
    return flow ? flow.errorMessage(field, error, i18n) : '';
  }

  /** Shown after a submit attempt, which loads the card code first. */
  renderErrorSummary(i18n: I18n): TemplateResult | typeof nothing {
    return this.#submitted && flow ? flow.renderErrorSummary(this.errors, i18n, (field) => this.focusField(field)) : nothing;
  }

  renderFields(i18n: I18n): TemplateResult {
    const brand = this.brand;
    const brandText = flow?.CARD_BRANDS[brand].name ?? '';
    const announced = this.#announced && this.visibleError(this.#announced);
    return html`<div class="card-fields" part="card-form" @focusin=${() => this.#warm()} @pointerdown=${() => this.#warm()}>
      <div class="visually-hidden" aria-live="polite" id="sg-card-announcement">${announced ? this.errorMessage(this.#announced as CardField, announced, i18n) : ''}</div>
      ${this.#renderField(i18n, {
        field: 'number',
        label: i18n.t('cardNumber'),
        autocomplete: 'cc-number',
        inputmode: 'numeric',
        placeholder: brand === 'amex' ? '1234 123456 12345' : '1234 1234 1234 1234',
        hint: brandText ? i18n.t('cardBrand', { brand: brandText }) : '',
        hintHidden: true,
        adornment: brandText
          ? html`<span class="brand brand-${brand}" part="brand" aria-hidden="true">${brandText}</span>`
          : nothing,
      })}
      <div class="row">
        ${this.#renderField(i18n, {
          field: 'expiry',
          label: i18n.t('expiryDate'),
          autocomplete: 'cc-exp',
          inputmode: 'numeric',
          placeholder: i18n.t('expiryHint'),
          hint: i18n.t('expiryHint'),
        })}
        ${this.#renderField(i18n, {
          field: 'cvc',
          label: i18n.t('securityCode'),
          autocomplete: 'cc-csc',
          inputmode: 'numeric',
          placeholder: brand === 'amex' ? '••••' : '•••',
          hint: i18n.t(brand === 'amex' ? 'securityCodeHintAmex' : 'securityCodeHint'),
        })}
      </div>
      ${this.#renderField(i18n, { field: 'holder', label: i18n.t('cardholderName'), autocomplete: 'cc-name', maxlength: 80 })}
    </div>`;
  }

  #renderField(
    i18n: I18n,
    options: {
      field: CardField;
      label: string;
      autocomplete: string;
      inputmode?: 'numeric';
      placeholder?: string;
      /** Only for free text: formatted fields cut what they receive themselves (a cap would cut a longer paste). */
      maxlength?: number;
      hint?: string;
      /** Announced through aria-describedby but not displayed (the brand badge shows it). */
      hintHidden?: boolean;
      adornment?: TemplateResult | typeof nothing;
    },
  ): TemplateResult {
    const { field } = options;
    const error = this.visibleError(field);
    const describedBy = [options.hint ? hintId(field) : '', errorId(field)].filter(Boolean).join(' ');
    return html`<div class="field field-${field} ${error ? 'invalid' : ''}" part="field field-${field}">
      <div class="label-row"><label for=${fieldId(field)} part="label">${options.label}</label>${options.adornment ?? nothing}</div>
      ${options.hint
        ? html`<span id=${hintId(field)} class="hint ${options.hintHidden ? 'visually-hidden' : ''}" part="hint">${options.hint}</span>`
        : nothing}
      <input
        id=${fieldId(field)}
        name=${field === 'number' ? 'cardnumber' : field === 'expiry' ? 'exp-date' : field === 'cvc' ? 'cvc' : 'ccname'}
        part="input"
        type="text"
        autocomplete=${options.autocomplete}
        inputmode=${options.inputmode ?? nothing}
        placeholder=${options.placeholder ?? nothing}
        maxlength=${options.maxlength ?? nothing}
        dir=${options.inputmode ? 'ltr' : nothing}
        required
        spellcheck="false"
        autocapitalize=${field === 'holder' ? 'words' : 'off'}
        ?readonly=${this.readOnly}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy}
        .value=${this.values[field]}
        @input=${(event: InputEvent) => this.handleInput(field, event)}
        @compositionend=${(event: InputEvent) => this.handleInput(field, event)}
        @blur=${() => this.handleBlur(field)}
      />
      <p id=${errorId(field)} class="error" part="error">${error ? this.errorMessage(field, error, i18n) : ''}</p>
    </div>`;
  }
}

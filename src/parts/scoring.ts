/**
 * The scoring step of financed pay later and installments, before the card: asks what the platform needs and the order
 * lacks (date of birth, address, phone), sends it (`POST /v1/orders/{id}/scoring`) and lets the platform's answer decide
 * whether financing is offered. A reactive controller plus a render function, like the card form, so its fields share
 * the UX's shadow root (labels, descriptions, the error summary). Rules and field checks: core/scoring.ts.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ApiConfig } from '../core/checkout-api.ts';
import { CaptainError } from '../core/errors.ts';
import { http } from '../core/http.ts';
import type { I18n } from '../core/i18n/index.ts';
import type { PlatformClock } from '../core/platform-clock.ts';
import { SCORING_FIELDS, scoringFieldError, type ScoringData, type ScoringField, type ScoringFieldError } from '../core/scoring.ts';
import { checker, FinancingAnswerShape, type FinancingAnswer } from '../core/contract/index.ts';
import { SgErrorEvent } from '../events/index.ts';
import { Announcement } from './announcement.ts';
import { scoringErrorText, scoringText } from './scoring-i18n.ts';

const checkFinancingAnswer = checker(FinancingAnswerShape);

export type ScoringState =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'asking'; missing: ScoringField[] }
  | { kind: 'accepted' }
  | { kind: 'refused'; reason: string | null }
  | { kind: 'failed' };

/** What the step needs from its host, read each time (the host's context may change). */
export interface ScoringTarget {
  api: ApiConfig;
  orderId: string;
  i18n: I18n;
  clock: PlatformClock | undefined;
  platformName: string;
  /** Whether the platform finances this order (`settings.financing`) and it is still to be paid. */
  financed: boolean;
  /** The platform's decision that came with the checkout, when it sent one. */
  decision: FinancingAnswer | undefined;
}

const INPUTS: Record<ScoringField, { type: string; autocomplete: string; maxlength: number }> = {
  birthDate: { type: 'date', autocomplete: 'bday', maxlength: 10 },
  streetAddress: { type: 'text', autocomplete: 'street-address', maxlength: 200 },
  postalCode: { type: 'text', autocomplete: 'postal-code', maxlength: 10 },
  city: { type: 'text', autocomplete: 'address-level2', maxlength: 100 },
  phone: { type: 'tel', autocomplete: 'tel', maxlength: 20 },
};

const fieldId = (field: ScoringField) => `sg-scoring-${field}`;
const SUMMARY_ID = 'sg-scoring-errors';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

export class ScoringController implements ReactiveController {
  state: ScoringState = { kind: 'idle' };
  values: ScoringData = {};
  /** Polite news of the step (checking, accepted), for the host's live region: `announcement.in(i18n)`. */
  readonly announcement: Announcement;
  #submitted = false;
  /** The fields of the last request: "Try again" after a failure sends them again, so the buyer need not retype them. */
  #lastSent: ScoringData = {};
  readonly #host: Host;
  readonly #target: () => ScoringTarget | undefined;

  constructor(host: Host, target: () => ScoringTarget | undefined) {
    this.#host = host;
    this.announcement = new Announcement(host);
    this.#target = target;
    host.addController(this);
  }

  /** Whether the card must wait (the platform has not accepted financing, nor refused it). */
  get blocking(): boolean {
    return this.#target()?.financed === true && this.state.kind !== 'accepted' && this.state.kind !== 'refused';
  }

  /** The state as it is now (after awaits, whatever an earlier assignment let the compiler assume). */
  get current(): ScoringState {
    return this.state;
  }

  /** The platform refused financing: the host offers paying in full instead. */
  get refused(): boolean {
    return this.state.kind === 'refused';
  }

  hostUpdate(): void {
    const target = this.#target();
    if (this.state.kind !== 'idle' || !target?.financed) return;
    if (target.decision) this.#adopt(target.decision);
    else void this.#send({});
  }

  #adopt(answer: FinancingAnswer): void {
    if (answer.financing === 'accepted') this.state = { kind: 'accepted' };
    else if (answer.financing === 'refused') this.state = { kind: 'refused', reason: answer.reason };
    else this.state = { kind: 'asking', missing: SCORING_FIELDS.filter((field) => answer.missing.includes(field)) };
  }

  #errors(missing: readonly ScoringField[]): Partial<Record<ScoringField, ScoringFieldError>> {
    const now = this.#target()?.clock?.now() ?? Date.now();
    const errors: Partial<Record<ScoringField, ScoringFieldError>> = {};
    for (const field of missing) {
      const error = scoringFieldError(field, this.values[field], now);
      if (error) errors[field] = error;
    }
    return errors;
  }

  async #send(fields: ScoringData): Promise<void> {
    const target = this.#target();
    if (!target) return;
    this.#lastSent = fields;
    this.state = { kind: 'checking' };
    this.announcement.say(scoringText(target.i18n, 'checking'), target.i18n);
    this.#host.requestUpdate();
    try {
      const answer = await http(target.api, { method: 'POST', path: `/v1/orders/${encodeURIComponent(target.orderId)}/scoring`, body: fields, schema: checkFinancingAnswer });
      this.#adopt(answer);
      this.announcement.say(answer.financing === 'accepted' ? scoringText(target.i18n, 'accepted') : '', target.i18n);
    } catch (error) {
      // A field the platform refused although it passed here: shown as that field's error, the form stays.
      const asking = error instanceof CaptainError && error.code === 'invalid_request';
      this.state = asking ? { kind: 'asking', missing: SCORING_FIELDS.filter((field) => field in fields) } : { kind: 'failed' };
      this.announcement.say('', target.i18n);
      // The step cannot go on (no answer, or one that is not the platform's): the page hears it once, as every failure.
      if (!asking) {
        const code = error instanceof CaptainError ? error.code : 'unknown';
        this.#host.dispatchEvent(new SgErrorEvent({ code, message: scoringText(target.i18n, 'failed'), order: target.orderId }));
      }
    }
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    if (!Object.keys(fields).length) return;
    // The form the buyer was in is gone: focus goes where the flow continues (the card, or why it cannot be financed).
    const { kind } = this.current;
    const focus = kind === 'refused' ? '#sg-scoring-refused' : kind === 'failed' ? '#sg-scoring-failed' : null;
    if (focus) this.#host.renderRoot.querySelector<HTMLElement>(focus)?.focus();
    else if (kind === 'accepted') this.#host.focus();
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.state.kind !== 'asking') return;
    const { missing } = this.state;
    this.#submitted = true;
    const errors = this.#errors(missing);
    this.#host.requestUpdate();
    if (Object.keys(errors).length) {
      await this.#host.updateComplete;
      this.#host.renderRoot.querySelector<HTMLElement>(`#${SUMMARY_ID}`)?.focus();
      return;
    }
    const fields: ScoringData = {};
    for (const field of missing) fields[field] = (this.values[field] ?? '').trim();
    await this.#send(fields);
  }

  /** The step as it stands: nothing once accepted; the refusal notice; the form; or a status. */
  render(): TemplateResult | typeof nothing {
    const target = this.#target();
    if (!target?.financed) return nothing;
    const { i18n } = target;
    const state = this.state;
    switch (state.kind) {
      case 'accepted':
        return nothing;
      case 'refused':
        return html`<div class="notice" id="sg-scoring-refused" tabindex="-1" part="scoring-refused">
          <h3 part="heading">${scoringText(i18n, 'refusedTitle')}</h3>
          <p>${scoringText(i18n, state.reason === 'under_18' ? 'refusedUnder18' : 'refusedOther')}</p>
        </div>`;
      case 'failed':
        return html`<div class="notice danger" id="sg-scoring-failed" tabindex="-1" part="scoring-failed">
          <p>${scoringText(i18n, 'failed')}</p>
          <button type="button" class="button secondary" @click=${() => void this.#send(this.#lastSent)}>${scoringText(i18n, 'retry')}</button>
        </div>`;
      case 'asking':
        return this.#renderForm(target, state.missing);
      default:
        return html`<p class="loading" part="scoring-checking"><span class="spinner" aria-hidden="true"></span>${scoringText(i18n, 'checking')}</p>`;
    }
  }

  #renderForm(target: ScoringTarget, missing: ScoringField[]): TemplateResult {
    const { i18n } = target;
    const errors = this.#submitted ? this.#errors(missing) : {};
    const listed = missing.filter((field) => errors[field]);
    return html`<form novalidate part="scoring-form" aria-labelledby="sg-scoring-title" @submit=${(event: SubmitEvent) => void this.#submit(event)}>
      <h3 part="heading" id="sg-scoring-title">${scoringText(i18n, 'scoringTitle')}</h3>
      <p class="hint-line">${scoringText(i18n, 'scoringIntro', { platform: target.platformName })}</p>
      <div id=${SUMMARY_ID} tabindex="-1" role="alert" part="error-summary" class=${listed.length ? 'notice danger error-summary' : ''}>
        ${listed.length
          ? html`<p>${scoringText(i18n, 'errorsTitle', { count: listed.length })}</p>
              <ul>
                ${listed.map((field) => html`<li><a href=${`#${fieldId(field)}`} @click=${(event: Event) => this.#focusField(event, field)}>${scoringErrorText(i18n, field, errors[field] as ScoringFieldError)}</a></li>`)}
              </ul>`
          : nothing}
      </div>
      ${missing.map((field) => this.#renderField(i18n, field, errors[field]))}
      <button class="button" type="submit" part="scoring-submit">${scoringText(i18n, 'continue')}</button>
    </form>`;
  }

  #focusField(event: Event, field: ScoringField): void {
    event.preventDefault();
    this.#host.renderRoot.querySelector<HTMLInputElement>(`#${fieldId(field)}`)?.focus();
  }

  #renderField(i18n: I18n, field: ScoringField, error: ScoringFieldError | undefined): TemplateResult {
    const input = INPUTS[field];
    const hint = field === 'phone' ? scoringText(i18n, 'phoneHint') : '';
    const describedBy = [hint ? `${fieldId(field)}-hint` : '', `${fieldId(field)}-error`].filter(Boolean).join(' ');
    return html`<div class="field ${error ? 'invalid' : ''}" part="field">
      <label for=${fieldId(field)} part="label">${scoringText(i18n, field)}</label>
      ${hint ? html`<span class="hint" id=${`${fieldId(field)}-hint`} part="hint">${hint}</span>` : nothing}
      <input
        id=${fieldId(field)}
        name=${field}
        part="input"
        type=${input.type}
        autocomplete=${input.autocomplete}
        maxlength=${input.type === 'date' ? nothing : input.maxlength}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy}
        .value=${this.values[field] ?? ''}
        @input=${(event: InputEvent) => {
          this.values = { ...this.values, [field]: (event.target as HTMLInputElement).value };
          this.#host.requestUpdate();
        }}
      />
      <p id=${`${fieldId(field)}-error`} class="error" part="error">${error ? scoringErrorText(i18n, field, error) : ''}</p>
    </div>`;
  }
}

/** The multi UX's own fields: the amount of the next part and the ANCV login (the card fields are the card form's). */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { AmountProblem, PaymentChoice } from './amounts.ts';
import type { AncvLoginProblem } from '../../core/ancv-login.ts';
import type { MultiMessageKey, MultiText } from './messages.ts';

export const AMOUNT_ID = 'sg-multi-amount';
export const LOGIN_ID = 'sg-ancv-login';

const AMOUNT_MESSAGES: Record<AmountProblem, MultiMessageKey> = {
  required: 'amountRequired',
  format: 'amountFormat',
  zero: 'amountZero',
  aboveAvailable: 'amountAboveAvailable',
  belowAncvMinimum: 'amountBelowAncvMinimum',
};

export interface AmountFieldView {
  t: MultiText;
  choice: PaymentChoice;
  text: string;
  currency: string;
  hint: string;
  /** What is left after this payment, and a note when that is below the ANCV minimum. */
  after: string | undefined;
  belowMinimum: string | undefined;
  /** Shown once the buyer tried to pay. */
  problem: AmountProblem | undefined;
  /** Parameters of the problem's message (formatted money). */
  limits: { available: string; minimum: string };
  busy: boolean;
  onInput(event: InputEvent): void;
}

export function renderAmountField(view: AmountFieldView) {
  const { t, problem } = view;
  return html`<div class="field field-amount ${problem ? 'invalid' : ''}" part="field field-amount">
    <label for=${AMOUNT_ID} part="label">${t(view.choice === 'ancv' ? 'amountLabelAncv' : 'amountLabelCard')}</label>
    <span id="${AMOUNT_ID}-hint" class="hint" part="hint">${view.hint}</span>
    <div class="control">
      <input
        id=${AMOUNT_ID}
        name="amount"
        part="input"
        type="text"
        inputmode="decimal"
        autocomplete="off"
        ?readonly=${view.busy}
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby="${AMOUNT_ID}-hint ${AMOUNT_ID}-after ${AMOUNT_ID}-error"
        .value=${live(view.text)}
        @input=${view.onInput}
      />
      <span class="currency" aria-hidden="true">${view.currency}</span>
    </div>
    <p id="${AMOUNT_ID}-after" class="after" part="after-payment">${view.after ?? ''}${view.belowMinimum ? html` <strong>${view.belowMinimum}</strong>` : nothing}</p>
    <p id="${AMOUNT_ID}-error" class="error" part="error">${problem ? t(AMOUNT_MESSAGES[problem], view.limits) : ''}</p>
  </div>`;
}

export interface AncvLoginFieldView {
  t: MultiText;
  text: string;
  /** Shown once the buyer tried to pay. */
  problem: AncvLoginProblem | null;
  busy: boolean;
  onInput(event: InputEvent): void;
}

export function renderAncvLoginField({ t, text, problem, busy, onInput }: AncvLoginFieldView) {
  return html`<div class="field field-ancv-login ${problem ? 'invalid' : ''}" part="field field-ancv-login">
    <label for=${LOGIN_ID} part="label">${t('ancvLoginLabel')}</label>
    <span id="${LOGIN_ID}-hint" class="hint" part="hint">${t('ancvLoginHint')}</span>
    <input
      id=${LOGIN_ID}
      name="ancvLogin"
      part="input"
      type="text"
      autocomplete="username"
      spellcheck="false"
      autocapitalize="off"
      ?readonly=${busy}
      aria-invalid=${problem ? 'true' : 'false'}
      aria-describedby="${LOGIN_ID}-hint ${LOGIN_ID}-error"
      .value=${live(text)}
      @input=${onInput}
    />
    <p id="${LOGIN_ID}-error" class="error" part="error">${problem ? t(problem === 'required' ? 'ancvLoginRequired' : 'ancvLoginMalformed') : ''}</p>
  </div>`;
}

import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { PaymentChoice } from './amounts.ts';
import type { MultiText } from './messages.ts';

export interface MethodChooserView {
  methods: PaymentChoice[];
  choice: PaymentChoice;
  busy: boolean;
  t: MultiText;
  onChoice(choice: PaymentChoice): void;
}

/** Native radio buttons for the next part's method, shown only when the platform offers more than one. */
export function renderMethodChooser({ methods, choice, busy, t, onChoice }: MethodChooserView) {
  if (methods.length <= 1) return nothing;
  return html`<fieldset class="methods" part="methods">
    <legend>${t('methodLegend')}</legend>
    ${methods.map(
      (method) => html`<label class="method">
        <input type="radio" name="method" value=${method} .checked=${live(choice === method)} ?disabled=${busy} @change=${() => onChoice(method)} />
        ${t(method === 'card' ? 'methodCard' : 'methodAncv')}
      </label>`,
    )}
  </fieldset>`;
}

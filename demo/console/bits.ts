/** Small pieces every console panel uses: money, status chips, the error of an action, tables that scroll in their box. */
import { html, nothing, type TemplateResult } from 'lit';
import { formatMoney } from '../../src/core/money.ts';
import type { ActionScope, ConsoleModel } from './model.ts';

export const money = (cents: number | undefined, currency = 'EUR') => (cents === undefined ? '—' : formatMoney(cents, currency, 'en'));
export const status = (value: string) => html`<span class="status ${value}">${value}</span>`;

export function formValues(form: HTMLFormElement): Record<string, string> {
  return Object.fromEntries([...new FormData(form).entries()].map(([key, value]) => [key, String(value).trim()]));
}

/**
 * Why the last action started from these controls failed, right beside them. The alert is always in the page (empty
 * until there is something to say) so that screen readers announce what is written into it.
 */
export function actionError(model: ConsoleModel, scope: ActionScope): TemplateResult {
  const message = model.state.errors[scope];
  return html`<p class="error action-error" role="alert" data-scope=${scope}>${message ?? nothing}</p>`;
}

/**
 * A table wider than a phone scrolls inside its own box, never the page: a named, focusable group, so that keyboard users
 * can scroll it too (axe "scrollable-region-focusable").
 */
export function scrollTable(label: string, table: TemplateResult): TemplateResult {
  return html`<div class="table-scroll" role="group" aria-label=${label} tabindex="0">${table}</div>`;
}

/** Small pieces every console panel uses: money, status chips, the error of an action, tables that scroll in their box. */
import { html, nothing, type TemplateResult } from 'lit';
import { formatMoney } from '../../src/core/money.ts';
import type { ActionScope, ConsoleModel } from './model.ts';
import { pageNumber, type Paged } from './paging.ts';

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

/**
 * "Newer" and "Older" under a paged list, with the page shown: a navigation named after the list (`{label} pages`), so
 * that several lists on the page each have their own. Nothing while the whole list fits on one page.
 */
export function pager(label: string, paged: Paged<{ id: string }>, busy: boolean, turn: (direction: 'newer' | 'older') => void): TemplateResult | typeof nothing {
  const page = pageNumber(paged);
  if (page === 1 && !paged.hasMore) return nothing;
  return html`<nav class="pager" aria-label=${`${label} pages`}>
    <button type="button" class="secondary" ?disabled=${page === 1 || busy} @click=${() => turn('newer')}>Newer</button>
    <span>Page ${page}</span>
    <button type="button" class="secondary" ?disabled=${!paged.hasMore || busy} @click=${() => turn('older')}>Older</button>
  </nav>`;
}

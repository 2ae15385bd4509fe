import { html, nothing } from 'lit';
import type { Progress } from './amounts.ts';
import type { MultiText } from './messages.ts';

/** The amounts summary above the form: total, paid, awaiting ANCV (when any) and left to pay. */
export function renderProgressSummary(progress: Progress, t: MultiText, money: (cents: number) => string) {
  return html`<dl class="progress" part="progress">
    <div><dt>${t('totalLabel')}</dt><dd>${money(progress.total)}</dd></div>
    <div><dt>${t('paidLabel')}</dt><dd>${money(progress.paid)}</dd></div>
    ${progress.awaitingAncv > 0 ? html`<div><dt>${t('awaitingLabel')}</dt><dd>${money(progress.awaitingAncv)}</dd></div>` : nothing}
    <div class="left"><dt>${t('leftLabel')}</dt><dd>${money(progress.left)}</dd></div>
  </dl>`;
}

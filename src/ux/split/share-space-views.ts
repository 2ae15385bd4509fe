/** What the sharing space shows besides its form: who invites, the basket, the group's progress, a closed sharing. */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { SharingView } from '../../core/contract/index.ts';
import type { I18n } from '../../core/i18n/index.ts';
import { lineTotal } from './share-choice.ts';
import { deadlineText, splitText, type SplitMessageKey } from './split-i18n.ts';

export function renderSpaceSummary(view: SharingView, i18n: I18n) {
  const text = (key: SplitMessageKey, params?: Record<string, string | number>) => splitText(i18n, key, params);
  const money = (cents: number) => i18n.money(cents, view.currency);
  const captain = view.captain.firstName;
  const open = view.state === 'open' || view.state === 'waitingForCaptain';
  return html`<h2 id="sg-space-title">${captain ? text('spaceTitle', { name: captain }) : text('spaceTitleAnonymous')}</h2>
    <p class="muted">${text('spacePlatform', { platform: view.platformName })}</p>
    ${view.dueDate !== null && open ? html`<p>${text('deadline', { date: deadlineText(i18n, view.dueDate) })}</p>` : nothing}
    <h3>${text('basket')}</h3>
    ${view.items.length
      ? html`<ul class="basket" part="basket">
          ${view.items.map(
            (item) =>
              html`<li><span>${item.name} × ${item.quantity}${item.paid ? html` <span class="muted">(${text('itemPaid')})</span>` : nothing}</span><span>${money(lineTotal(item))}</span></li>`,
          )}
        </ul>`
      : html`<p class="muted">${text('basketEmpty')}</p>`}
    <div class="progress" part="progress">
      <label for="sg-progress">${text('progress', { collected: money(view.collected), total: money(view.amount) })}</label>
      <progress id="sg-progress" max=${view.amount} .value=${view.collected}></progress>
      <p class="muted">${text('progressLeft', { left: money(view.left) })}</p>
    </div>`;
}

/** A sharing that offers nothing to pay (waiting for the captain, completed, expired, canceled, refunded); else `null`. */
export function renderClosedState(view: SharingView, i18n: I18n) {
  const text = (key: SplitMessageKey, params?: Record<string, string | number>) => splitText(i18n, key, params);
  const closed = (title: SplitMessageKey, body: string) =>
    html`<div class="notice" part="closed"><h3 id="sg-closed-title" tabindex="-1">${text(title)}</h3><p>${body}</p></div>`;
  switch (view.state) {
    case 'waitingForCaptain':
      return html`<div class="notice" part="waiting"><p>${text('waitingForCaptain')}</p></div>`;
    case 'completed':
      return closed('stateCompletedTitle', text('stateCompleted'));
    case 'expired':
      return closed('stateExpiredTitle', text('stateExpired', { date: view.dueDate !== null ? deadlineText(i18n, view.dueDate) : '' }));
    case 'canceled':
      return closed('stateCanceledTitle', text('stateCanceled'));
    case 'refunded':
      return closed('stateRefundedTitle', text('stateCanceled'));
    case 'open':
      return null;
  }
}

export interface CobuyerShareView {
  view: SharingView;
  i18n: I18n;
  /** The share's error, shown once the buyer tried to pay or left the field. */
  error: string;
  busy: boolean;
  amountText: string;
  chosenItems: ReadonlySet<string>;
  edit(change: { amountText?: string; chosenItems?: ReadonlySet<string> }): void;
  /** The buyer left the amount field. */
  left(): void;
}

/** The co-buyer's share: an amount (collect) or the items not paid yet (picking). */
export function renderCobuyerShare({ view, i18n, error, busy, amountText, chosenItems, edit, left }: CobuyerShareView) {
  const text = (key: SplitMessageKey, params?: Record<string, string | number>) => splitText(i18n, key, params);
  const money = (cents: number) => i18n.money(cents, view.currency);
  if (view.ux !== 'picking') {
    return html`<div class="field ${error ? 'invalid' : ''}">
      <label for="sg-share-field">${text('shareAmount')}</label>
      <span class="hint" id="sg-share-hint">${text('shareAmountHint', { max: money(view.left) })}</span>
      <input class="short" id="sg-share-field" type="text" inputmode="decimal" autocomplete="off" ?readonly=${busy}
        aria-invalid=${error ? 'true' : 'false'} aria-describedby="sg-share-hint sg-share-error" .value=${live(amountText)}
        @input=${(event: InputEvent) => edit({ amountText: (event.target as HTMLInputElement).value })} @blur=${left} />
      <p class="error" id="sg-share-error">${error}</p>
    </div>`;
  }
  const toggle = (id: string, checked: boolean) => {
    const next = new Set(chosenItems);
    if (checked) next.add(id);
    else next.delete(id);
    edit({ chosenItems: next });
  };
  return html`<fieldset id="sg-share-field" tabindex="-1" aria-describedby="sg-share-error">
    <legend>${text('chooseItems')}</legend>
    ${view.items.map(
      (item) => html`<div class="choice ${item.paid ? 'paid' : ''}">
        <input type="checkbox" id="sg-item-${item.id}" ?disabled=${item.paid || busy} .checked=${live(chosenItems.has(item.id))}
          @change=${(event: Event) => toggle(item.id, (event.target as HTMLInputElement).checked)} />
        <label for="sg-item-${item.id}">${text('itemLabel', { name: item.name, quantity: item.quantity, amount: money(lineTotal(item)) })}${item.paid ? ` (${text('itemPaid')})` : ''}</label>
      </div>`,
    )}
    <p class="error" id="sg-share-error">${error}</p>
  </fieldset>`;
}

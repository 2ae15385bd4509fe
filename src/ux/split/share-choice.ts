/**
 * The captain's share in the split UX: how they pay (alone or shared, on single + split platforms), how the share is
 * chosen (an even split, an amount, or the items of a picking order), its check and its fields. Pure functions and
 * templates: the element (`split-ux.ts`) holds the state and passes it in.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { I18n } from '../../core/i18n/index.ts';
import { currencyDigits, parseAmount, splitEvenly } from '../../core/money.ts';
import type { Item, Order, SharingView } from '../../core/contract/index.ts';
import { deadlineText, splitText, type SplitMessageKey } from './split-i18n.ts';

export type PayMode = 'alone' | 'share';
export type ShareMethod = 'even' | 'amount';
export type ShareField = 'participants' | 'amount' | 'items';
export type ShareCheck = { share: number; error?: undefined } | { share?: undefined; error: { field: ShareField; message: string } };

/** Most participants offered: every share must be at least one cent, and a group is rarely larger. */
const MAX_PARTICIPANTS = 50;

export const lineTotal = (item: Pick<Item, 'amount' | 'quantity'>) => item.amount * item.quantity;

/** What the captain chose so far. */
export interface ShareInput {
  mode: PayMode;
  method: ShareMethod;
  participantsText: string;
  amountText: string;
  chosenItems: ReadonlySet<string>;
}

/** What the share fields need besides the input: words, busy state, whether to show errors, and the edit callback. */
export interface ShareView extends ShareInput {
  order: Order;
  i18n: I18n;
  offersChoice: boolean;
  busy: boolean;
  showError: boolean;
  edit(change: Partial<ShareInput>): void;
  /** The buyer left a field they had typed in: its error shows from then on. */
  left(): void;
}

const text = (i18n: I18n, key: SplitMessageKey, params?: Record<string, string | number>) => splitText(i18n, key, params);

export const isPicking = (order: Order) => order.ux === 'picking';

/** The captain's share in cents, or why it cannot be paid. */
export function checkShare(input: ShareInput, order: Order, i18n: I18n): ShareCheck {
  const total = order.amount;
  if (input.mode === 'alone') return { share: total };
  if (isPicking(order)) {
    const chosen = order.items.filter((item) => input.chosenItems.has(item.id));
    if (!chosen.length) return { error: { field: 'items', message: text(i18n, 'itemsRequired') } };
    return { share: chosen.reduce((sum, item) => sum + lineTotal(item), 0) };
  }
  if (input.method === 'even') {
    const max = Math.min(MAX_PARTICIPANTS, total);
    const count = /^\d+$/.test(input.participantsText.trim()) ? Number(input.participantsText.trim()) : NaN;
    if (!(count >= 2 && count <= max)) return { error: { field: 'participants', message: text(i18n, 'participantsInvalid', { max }) } };
    // The captain pays first, so the extra cents of an uneven split are theirs (contract: 100,00 in 3 = 33,34 + …).
    return { share: splitEvenly(total, count)[0] ?? 0 };
  }
  const amount = parseAmount(input.amountText, currencyDigits(order.currency));
  if (amount === null) return { error: { field: 'amount', message: text(i18n, 'amountInvalid') } };
  if (amount <= 0) return { error: { field: 'amount', message: text(i18n, 'amountTooSmall') } };
  if (amount > total) return { error: { field: 'amount', message: text(i18n, 'amountTooBig', { max: i18n.money(total, order.currency) }) } };
  return { share: amount };
}

/** The payment fields of the captain's choice (besides the card). */
export function shareFields(input: ShareInput, order: Order, share: number, offersChoice: boolean): Record<string, unknown> {
  const alone = input.mode === 'alone';
  const shareUx = isPicking(order) ? 'picking' : 'collect';
  return {
    role: 'captain',
    ...(alone ? { amount: order.amount } : isPicking(order) ? { itemIds: [...input.chosenItems] } : { amount: share }),
    ...(offersChoice ? { ux: alone ? 'single' : shareUx } : {}),
    payer: { email: order.email, firstName: order.firstName, lastName: order.lastName },
  };
}

function radio(view: ShareView, name: string, value: string, checked: boolean, label: string, change: Partial<ShareInput>, hint?: string) {
  const id = `sg-${name}-${value}`;
  return html`<div class="choice">
    <input type="radio" id=${id} name="sg-${name}" .checked=${live(checked)} aria-describedby=${hint ? `${id}-hint` : nothing}
      ?disabled=${view.busy} @change=${() => view.edit(change)} />
    <label for=${id}>${label}</label>
    ${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing}
  </div>`;
}

export function renderModeChoice(view: ShareView) {
  const { order, i18n } = view;
  const date = order.dueDate ? deadlineText(i18n, order.dueDate) : '';
  return html`<fieldset part="mode-choice">
    <legend>${text(i18n, 'howToPay')}</legend>
    ${radio(view, 'mode', 'alone', view.mode === 'alone', text(i18n, 'payAlone'), { mode: 'alone' }, text(i18n, 'payAloneHint', { amount: i18n.money(order.amount, order.currency) }))}
    ${radio(view, 'mode', 'share', view.mode === 'share', text(i18n, 'shareWithGroup'), { mode: 'share' }, text(i18n, 'shareWithGroupHint', { date }))}
  </fieldset>`;
}

export function renderShareChoice(view: ShareView, check: ShareCheck) {
  const { order, i18n } = view;
  const error = view.showError ? check.error : undefined;
  const summary =
    check.share !== undefined
      ? text(i18n, 'shareSummary', { share: i18n.money(check.share, order.currency), total: i18n.money(order.amount, order.currency) })
      : '';
  return html`<fieldset part="share">
    <legend>${text(i18n, 'yourShare')}</legend>
    ${isPicking(order) ? renderItems(view, error?.field === 'items' ? error.message : '') : renderCollect(view, error)}
    <p class="summary" role="status" part="share-summary">${summary}</p>
  </fieldset>`;
}

function renderCollect(view: ShareView, error: ShareCheck['error']) {
  const { order, i18n } = view;
  const max = Math.min(MAX_PARTICIPANTS, order.amount);
  const field = (name: 'participants' | 'amount', label: string, hint: string, value: string, inputmode: 'numeric' | 'decimal') => {
    const message = error?.field === name ? error.message : '';
    return html`<div class="field ${message ? 'invalid' : ''}" part="field">
      <label for="sg-share-${name}" part="label">${label}</label>
      <span class="hint" id="sg-share-${name}-hint" part="hint">${hint}</span>
      <input class="short" id="sg-share-${name}" part="input" type="text" inputmode=${inputmode} autocomplete="off" ?readonly=${view.busy}
        aria-invalid=${message ? 'true' : 'false'} aria-describedby="sg-share-${name}-hint sg-share-${name}-error" .value=${live(value)}
        @input=${(event: InputEvent) => view.edit({ [`${name}Text`]: (event.target as HTMLInputElement).value })}
        @blur=${() => (value ? view.left() : undefined)} />
      <p class="error" id="sg-share-${name}-error" part="error">${message}</p>
    </div>`;
  };
  return html`${radio(view, 'method', 'even', view.method === 'even', text(i18n, 'splitEvenly'), { method: 'even' })}
    ${view.method === 'even'
      ? field('participants', text(i18n, 'participants'), text(i18n, 'participantsHint', { max }), view.participantsText, 'numeric')
      : nothing}
    ${radio(view, 'method', 'amount', view.method === 'amount', text(i18n, 'chooseAmount'), { method: 'amount' })}
    ${view.method === 'amount'
      ? field('amount', text(i18n, 'shareAmount'), text(i18n, 'shareAmountHint', { max: i18n.money(order.amount, order.currency) }), view.amountText, 'decimal')
      : nothing}`;
}

function renderItems(view: ShareView, message: string) {
  const { order, i18n } = view;
  const toggle = (id: string, checked: boolean) => {
    const next = new Set(view.chosenItems);
    if (checked) next.add(id);
    else next.delete(id);
    view.edit({ chosenItems: next });
  };
  return html`<div id="sg-share-items" tabindex="-1" role="group" aria-label=${text(i18n, 'chooseItems')} aria-describedby="sg-share-items-error">
    ${order.items.map(
      (item, index) =>
        html`<div class="choice">
          <input type="checkbox" id="sg-item-${item.id}" .checked=${live(view.chosenItems.has(item.id))} ?disabled=${view.busy}
            @change=${(event: Event) => toggle(item.id, (event.target as HTMLInputElement).checked)} />
          <label for="sg-item-${item.id}">
            ${text(i18n, 'itemLabel', { name: item.name ?? `#${index + 1}`, quantity: item.quantity, amount: i18n.money(lineTotal(item), order.currency) })}
          </label>
        </div>`,
    )}
    <p class="error" id="sg-share-items-error">${message}</p>
  </div>`;
}

/** A co-buyer's share in cents (an amount up to what is left, or the items not paid yet), or why it cannot be paid. */
export function checkCobuyerShare(view: SharingView, amountText: string, chosenItems: ReadonlySet<string>, i18n: I18n): { share: number } | { error: string } {
  if (view.ux === 'picking') {
    const chosen = view.items.filter((item) => chosenItems.has(item.id) && !item.paid);
    if (!chosen.length) return { error: text(i18n, 'itemsRequired') };
    return { share: chosen.reduce((sum, item) => sum + lineTotal(item), 0) };
  }
  const amount = parseAmount(amountText, currencyDigits(view.currency));
  if (amount === null) return { error: text(i18n, 'amountInvalid') };
  if (amount <= 0) return { error: text(i18n, 'amountTooSmall') };
  if (amount > view.left) return { error: text(i18n, 'amountTooBig', { max: i18n.money(view.left, view.currency) }) };
  return { share: amount };
}

/**
 * The captain's views after paying (split UX): the share paid with the group's progress and the sharing link, and the
 * same when the captain comes back while the group is paying. `<sg-link>` is the public element the host defines.
 */
import { html, nothing } from 'lit';
import type { PaymentResult, SharingView } from '../../core/contract/index.ts';
import type { UxContext } from '../types.ts';
import { deadlineText, splitText } from './split-i18n.ts';

export interface Paid {
  result: PaymentResult;
  share: number;
  alone: boolean;
}

// The captain's own `sg-ready` has told the page that the widget is ready; the link's, bubbling out of it, would be a
// second `onReady` with another shape.
const stop = (event: Event) => event.stopPropagation();

const renderLink = ({ api, i18n }: UxContext, orderId: string) =>
  html`<sg-link @sg-ready=${stop} order-id=${orderId} public-key=${api.key} api-url=${api.apiUrl} locale=${i18n.locale} part="link" exportparts="link-input,copy-button,share-button,closed:link-closed,loading:link-loading,error:link-error,retry-button:link-retry-button,heading:link-heading"></sg-link>`;

function renderProgress(context: UxContext, collected: number, total: number, left: number, deadline?: string) {
  const { i18n, checkout } = context;
  const money = (cents: number) => i18n.money(cents, checkout.order.currency);
  return html`<div class="progress" part="progress">
    <label for="sg-progress">${splitText(i18n, 'progress', { collected: money(collected), total: money(total) })}</label>
    <progress id="sg-progress" max=${total} .value=${collected}></progress>
    <p class="muted">${splitText(i18n, 'progressLeft', { left: money(left) })}${deadline ? ` · ${splitText(i18n, 'deadline', { date: deadline })}` : ''}</p>
  </div>`;
}

export function renderUnderway(context: UxContext, view: SharingView | undefined) {
  const { checkout, i18n } = context;
  const { order } = checkout;
  return html`<section class="notice success" part="success" aria-labelledby="sg-underway-title">
      <h2 part="heading" id="sg-underway-title" tabindex="-1">${splitText(i18n, 'underwayTitle')}</h2>
      <p>${splitText(i18n, 'underwayBody', { date: order.dueDate ? deadlineText(i18n, order.dueDate) : '' })}</p>
    </section>
    ${view ? renderProgress(context, view.collected, view.amount, view.left) : nothing} ${renderLink(context, order.id)}`;
}

/** `group`: where the group stands now (co-buyers may have paid since the captain did), once known. */
export function renderPaid(context: UxContext, { result, share, alone }: Paid, group?: SharingView) {
  const { checkout, i18n } = context;
  // The live order once it is newer than the payment's answer: co-buyers may have paid since.
  const order = checkout.order.updatedAt >= result.order.updatedAt ? checkout.order : result.order;
  const money = (cents: number) => i18n.money(cents, order.currency);
  const collected = group?.collected ?? share;
  const left = group?.left ?? Math.max(0, order.amount - share);
  const date = order.dueDate ? deadlineText(i18n, order.dueDate) : '';
  const done = alone || order.status === 'completed';
  const body = alone
    ? i18n.t('successBody', { amount: money(share) })
    : order.status === 'completed'
      ? splitText(i18n, 'captainPaidComplete', { share: money(share) })
      : checkout.settings.validationMode === 'standard'
        ? splitText(i18n, 'captainPaidStandard', { share: money(share), left: money(left), date })
        : splitText(i18n, 'captainPaidDirect', { share: money(share), total: money(order.amount), date });
  return html`<section class="notice success" part="success" aria-labelledby="sg-success-title">
      <h2 part="heading" id="sg-success-title" tabindex="-1">${splitText(i18n, alone ? 'paidAloneTitle' : 'captainPaidTitle')}</h2>
      <p>${body}</p>
      <p class="muted">${i18n.t('successReference', { reference: result.transaction.id })}</p>
    </section>
    ${done ? nothing : html`${renderProgress(context, collected, order.amount, left, date)} ${renderLink(context, order.id)}`}`;
}

/**
 * The hosted payment page's order summary: what is bought (items, quantities, line totals), the total and the
 * merchant's reference (`trackId`; the order id when the merchant gave none), read with the order's public key like the
 * widget reads it. And, for a split captain, the way on to the merchant once the sharing link is in hand.
 */
import { getCheckout } from '../../src/core/api.ts';
import { formatMoney } from '../../src/core/money-format.ts';
import type { Checkout } from '../../src/core/schemas.ts';
import type { I18n } from '../../src/core/i18n/index.ts';
import { hostedText } from './hosted-page.ts';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '', attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
};

/** Reads the order; `undefined` when it cannot (the widget below shows the failure in its own words). */
export async function loadPageCheckout(orderId: string, publicKey: string): Promise<Checkout | undefined> {
  return getCheckout({ apiUrl: location.origin, key: publicKey }, orderId).catch(() => undefined);
}

export function renderOrderSummary(checkout: Checkout, i18n: I18n): HTMLElement {
  const { order } = checkout;
  const money = (cents: number) => formatMoney(cents, order.currency, i18n.locale);
  const section = el('section', '', { class: 'order-summary', 'aria-labelledby': 'order-summary-title' });
  section.append(el('h2', hostedText(i18n, 'orderTitle'), { id: 'order-summary-title' }));
  if (order.items.length) {
    const list = el('ul', '', { class: 'items' });
    for (const item of order.items) {
      const line = el('li');
      line.append(el('span', `${item.name} × ${item.quantity}`), el('span', money(item.amount * item.quantity), { class: 'line-total' }));
      list.append(line);
    }
    section.append(list);
  }
  // The total is the widget's first line, right below: not repeated here.
  section.append(el('p', hostedText(i18n, order.trackId ? 'orderReference' : 'orderNumber', { ref: order.trackId ?? order.id }), { class: 'reference' }));
  return section;
}

/** The way on to `successUrl` for a captain who must first see and copy the sharing link: a link, never a redirect. */
export function continueLink(target: string, merchant: string, i18n: I18n): HTMLElement {
  const box = el('div', '', { class: 'continue' });
  box.append(el('p', hostedText(i18n, 'continueHint')), el('a', hostedText(i18n, 'continue', { merchant }), { href: target, class: 'button', 'data-testid': 'continue' }));
  return box;
}

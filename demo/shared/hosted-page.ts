/** What every hosted page does first: find its order in the URL and ask the platform how to render it. */
import { call } from './sandbox.ts';

export interface HostedOrder {
  orderId: string;
  publicKey: string;
  locale: string;
  ux: string;
  platformName: string;
  successUrl?: string;
}

/** The last path segment: `/pay/{orderId}`, `/share/{orderId}`… (or `?order=` under `npm run dev`). */
export function idFromLocation(): string | null {
  const fromQuery = new URLSearchParams(location.search).get('order');
  if (fromQuery) return fromQuery;
  const last = location.pathname.split('/').filter(Boolean).at(-1) ?? '';
  return last.endsWith('.html') ? null : last || null;
}

export function loadHostedOrder(orderId: string): Promise<HostedOrder> {
  return call<HostedOrder>('GET', `/v1/hosted/orders/${encodeURIComponent(orderId)}`, null);
}

export function showNotice(container: Element, message: string): void {
  const notice = document.createElement('p');
  notice.className = 'notice';
  notice.setAttribute('role', 'alert');
  notice.textContent = message;
  container.replaceChildren(notice);
}

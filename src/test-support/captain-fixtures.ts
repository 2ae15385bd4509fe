/** A single-UX `<sg-captain>` on a new order, and its 3-D Secure dialog, as the captain's component tests reach them. */
import { waitUntil } from '@open-wc/testing';
import type { SgCaptain } from '../elements/sg-captain/sg-captain.ts';
import { mountCaptain, uxOf } from './dom.ts';
import { API_URL, createTestOrder, PUBLIC_KEY } from './mock-platform.ts';

export async function mountForNewOrder(fields: Record<string, unknown> = {}, locale = 'en') {
  const order = await createTestOrder(fields);
  const mounted = await mountCaptain({ 'order-id': order.id, 'public-key': PUBLIC_KEY, 'api-url': API_URL, locale });
  return { ...mounted, orderId: order.id };
}

export const dialogOf = (captain: SgCaptain) => {
  const host = uxOf(captain).shadowRoot.querySelector('sg-three-ds-dialog');
  const dialog = host?.shadowRoot?.querySelector('dialog');
  if (!host?.shadowRoot || !dialog) throw new Error('no 3-D Secure dialog');
  return { root: host.shadowRoot, dialog };
};
export const waitForDialog = (captain: SgCaptain) =>
  waitUntil(() => uxOf(captain).shadowRoot.querySelector('sg-three-ds-dialog')?.shadowRoot?.querySelector('dialog')?.open, 'no dialog', {
    timeout: 5000,
  });
export const dialogButton = (captain: SgCaptain, name: string) => {
  const button = [...dialogOf(captain).root.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === name);
  if (!button) throw new Error(`no "${name}" button`);
  return button;
};

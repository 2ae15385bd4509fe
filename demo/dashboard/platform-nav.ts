/** The sections of one platform: its orders, withdrawals and settings. */
import { html } from 'lit';

const SECTIONS = [
  ['orders', 'Orders'],
  ['withdrawals', 'Withdrawals'],
  ['settings', 'Settings'],
] as const;

export type PlatformSection = (typeof SECTIONS)[number][0];

export function platformNav(platformId: string, current: PlatformSection) {
  return html`<nav aria-label="Platform" class="actions" style="margin-bottom: 1em;">
    ${SECTIONS.map(
      ([section, label]) =>
        html`<a href="/dashboard/platforms/${platformId}/${section}" aria-current=${section === current ? 'page' : 'false'}>${label}</a>`,
    )}
  </nav>`;
}

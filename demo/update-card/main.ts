/**
 * The hosted update-card page (`demo/update-card.html`), `/update-card/{subscriptionId}`: the link of the card-expiry
 * email and the subscription's `updateCardLink`. The buyer replaces the card their subscription debits.
 */
import type { HostedSubscription } from '../../src/core/contract/index.ts';
import { defineUpdateCardPage } from '../../src/parts/recurring/update-card-page.ts';
import { bootHostedPage } from '../shared/hosted-page.ts';
import { call } from '../shared/sandbox.ts';

void bootHostedPage<HostedSubscription>({
  container: document.getElementById('update-card') as HTMLElement,
  copy: { title: 'updateCardTitle', missing: 'linkMissing', unknown: 'updateCardUnknown', footnote: 'footnoteCards' },
  define: defineUpdateCardPage,
  id: () => new URLSearchParams(location.search).get('subscription') ?? location.pathname.split('/').filter(Boolean).at(-1) ?? null,
  load: (id) => call<HostedSubscription>('GET', `/v1/hosted/subscriptions/${encodeURIComponent(id)}`, null),
  mount(hosted, locale) {
    const page = document.createElement('sg-update-card');
    page.subscriptionId = hosted.subscriptionId;
    page.locale = locale;
    page.apiUrl = location.origin;
    return page;
  },
});

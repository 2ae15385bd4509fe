/**
 * The hosted payment page behind `order.redirectUrl` (pay by link): the order's items, total and reference, the Captain
 * component on the order, then the merchant's `successUrl` once the payment is validated. A split captain is not sent
 * away: the page keeps the sharing link on screen and offers a Continue link to `successUrl` instead.
 */
import { defineSgElements } from '../../src/define.ts';
import type { SgValidatedEvent } from '../../src/events/index.ts';
import { formatDateTime } from '../../src/core/date-format.ts';
import type { I18n } from '../../src/core/i18n/index.ts';
import { bootHostedPage, hostedText, loadHostedOrder } from '../shared/hosted-page.ts';
import { continueLink, loadPageCheckout, renderOrderSummary } from '../shared/order-summary.ts';

/** What an expired payment link says instead of the payment form: it cannot be paid any more, and what to do. */
function expiredNotice(expiresAt: number, i18n: I18n): HTMLElement {
  const notice = document.createElement('p');
  notice.className = 'notice';
  notice.setAttribute('role', 'alert');
  notice.textContent = hostedText(i18n, 'payLinkExpired', { date: formatDateTime(expiresAt, i18n.locale, 'UTC') });
  return notice;
}

void bootHostedPage({
  container: document.getElementById('sharegroop-captain') as HTMLElement,
  copy: { title: 'payTitle', missing: 'payMissing', unknown: 'payUnknown', footnote: 'footnote' },
  define: defineSgElements,
  load: loadHostedOrder,
  mount(hosted, locale, i18n) {
    if (hosted.linkExpired && hosted.linkExpiresAt !== undefined) return expiredNotice(hosted.linkExpiresAt, i18n);
    const page = document.createElement('div');
    const summary = document.createElement('div');
    const checkout = loadPageCheckout(hosted.orderId, hosted.publicKey);
    void checkout.then((loaded) => loaded && summary.replaceChildren(renderOrderSummary(loaded, i18n)));
    const captain = document.createElement('sg-captain');
    captain.setAttribute('order-id', hosted.orderId);
    captain.setAttribute('public-key', hosted.publicKey);
    captain.setAttribute('locale', locale);
    // The sandbox's own page has no device wallet to offer: with a test key its wallet buttons open the simulated sheet.
    if (hosted.publicKey.startsWith('pk_test_')) captain.setAttribute('sandbox-wallets', '');
    captain.addEventListener('sg-validated', (event) => {
      const { detail } = event as SgValidatedEvent;
      if (!hosted.successUrl) return;
      const target = new URL(hosted.successUrl);
      target.searchParams.set('orderId', detail.order);
      target.searchParams.set('status', detail.status);
      void checkout.then((loaded) => {
        // A captain whose group still has to pay needs the sharing link first: they leave when they choose to.
        if (loaded?.order.sharingLink && detail.status === 'confirmed') {
          page.append(continueLink(target.href, hosted.platformName, i18n));
          return;
        }
        // Leave the success message on screen a moment so that the buyer sees it before leaving.
        setTimeout(() => location.assign(target.href), 1500);
      });
    });
    page.append(summary, captain);
    return page;
  },
});

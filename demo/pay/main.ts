/**
 * The hosted payment page behind `order.redirectUrl` (pay by link): the order's items, total and reference, the Captain
 * component on the order, then the merchant's `successUrl` once the payment is validated. A split captain is not sent
 * away: the page keeps the sharing link on screen and offers a Continue link to `successUrl` instead.
 */
import { defineSgElements } from '../../src/define.ts';
import type { SgValidatedEvent } from '../../src/events/index.ts';
import { bootHostedPage, loadHostedOrder } from '../shared/hosted-page.ts';
import { continueLink, loadPageCheckout, renderOrderSummary } from '../shared/order-summary.ts';

const COPY = {
  en: { title: 'Secure payment', missing: 'This payment link is incomplete: it names no order.', unknown: 'This payment link is not valid: the order does not exist.', footnote: 'Payments are processed by the sandbox: no real money moves.' },
  fr: { title: 'Paiement sécurisé', missing: 'Ce lien de paiement est incomplet : il ne désigne aucune commande.', unknown: "Ce lien de paiement n'est pas valide : la commande n'existe pas.", footnote: "Les paiements sont traités par le bac à sable : aucun argent réel n'est débité." },
};

/** What an expired payment link says instead of the payment form: it cannot be paid any more, and what to do. */
function expiredNotice(expiresAt: number, locale: 'en' | 'fr'): HTMLElement {
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'long', timeZone: 'UTC' }).format(expiresAt);
  const notice = document.createElement('p');
  notice.className = 'notice';
  notice.setAttribute('role', 'alert');
  notice.textContent =
    locale === 'fr'
      ? `Ce lien de paiement a expiré le ${when} : il ne peut plus être payé. Demandez un nouveau lien au marchand.`
      : `This payment link expired on ${when}: it can no longer be paid. Ask the merchant for a new link.`;
  return notice;
}

void bootHostedPage({
  container: document.getElementById('sharegroop-captain') as HTMLElement,
  copy: COPY,
  define: defineSgElements,
  load: loadHostedOrder,
  mount(hosted, locale) {
    if (hosted.linkExpired && hosted.linkExpiresAt !== undefined) return expiredNotice(hosted.linkExpiresAt, locale);
    const page = document.createElement('div');
    const summary = document.createElement('div');
    const checkout = loadPageCheckout(hosted.orderId, hosted.publicKey);
    void checkout.then((loaded) => loaded && summary.replaceChildren(renderOrderSummary(loaded, locale)));
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
          page.append(continueLink(target.href, hosted.platformName, locale));
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

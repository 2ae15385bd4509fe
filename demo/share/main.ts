/**
 * The sharing space behind a split order's `sharingLink` (`/share/{orderId}`): co-buyers see the group's order and pay
 * their share. The page learns the order's public key from the platform (`GET /v1/hosted/orders/{id}`), so the link works
 * in any browser, then mounts `<sg-share-space>`, which polls the group's progress.
 */
import { defineElement } from '../../src/define-element.ts';
import { ThreeDSDialog } from '../../src/parts/three-ds-dialog.ts';
import { ShareSpace } from '../../src/ux/split/share-space.ts';
import { bootHostedPage, loadHostedOrder } from '../shared/hosted-page.ts';

const COPY = {
  en: { title: 'Sharing space', missing: 'This sharing link is incomplete: it names no order.', unknown: 'This sharing link is not valid: the order does not exist.', footnote: 'Payments are processed by the sandbox: no real money moves.' },
  fr: { title: 'Espace de partage', missing: 'Ce lien de partage est incomplet : il ne désigne aucune commande.', unknown: "Ce lien de partage n'est pas valide : la commande n'existe pas.", footnote: "Les paiements sont traités par le bac à sable : aucun argent réel n'est débité." },
};

void bootHostedPage({
  container: document.getElementById('sharing-space') as HTMLElement,
  copy: COPY,
  define() {
    defineElement('sg-three-ds-dialog', ThreeDSDialog);
    defineElement('sg-share-space', ShareSpace);
  },
  load: loadHostedOrder,
  locale: (hosted) => new URLSearchParams(location.search).get('locale') ?? hosted.locale,
  mount(hosted, locale) {
    const space = document.createElement('sg-share-space');
    space.setAttribute('order-id', hosted.orderId);
    space.setAttribute('public-key', hosted.publicKey);
    space.setAttribute('locale', locale);
    // The sandbox's own page has no device wallet to offer: with a test key its wallet buttons open the simulated sheet.
    if (hosted.publicKey.startsWith('pk_test_')) space.setAttribute('sandbox-wallets', '');
    return space;
  },
});

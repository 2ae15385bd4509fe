/**
 * The sharing space behind a split order's `sharingLink` (`/share/{orderId}`): co-buyers see the group's order and pay
 * their share. The page learns the order's public key from the platform (`GET /v1/hosted/orders/{id}`), so the link works
 * in any browser, then mounts `<sg-share-space>`, which polls the group's progress.
 */
import { defineElement } from '../../src/define-element.ts';
import { ThreeDSDialog } from '../../src/parts/three-ds-dialog.ts';
import { ShareSpace } from '../../src/ux/split/share-space.ts';
import { idFromLocation, loadHostedOrder, showNotice } from '../shared/hosted-page.ts';
import { startSandbox } from '../shared/sandbox.ts';

const COPY = {
  en: { title: 'Sharing space', missing: 'This sharing link is incomplete: it names no order.', unknown: 'This sharing link is not valid: the order does not exist.', footnote: 'Payments are processed by the sandbox: no real money moves.' },
  fr: { title: 'Espace de partage', missing: 'Ce lien de partage est incomplet : il ne désigne aucune commande.', unknown: "Ce lien de partage n'est pas valide : la commande n'existe pas.", footnote: "Les paiements sont traités par le bac à sable : aucun argent réel n'est débité." },
};

async function main(): Promise<void> {
  const container = document.getElementById('sharing-space') as HTMLElement;
  const browserLocale = navigator.language.startsWith('fr') ? 'fr' : 'en';
  await startSandbox();
  defineElement('sg-three-ds-dialog', ThreeDSDialog);
  defineElement('sg-share-space', ShareSpace);
  const orderId = idFromLocation();
  if (!orderId) return showNotice(container, COPY[browserLocale].missing);
  let hosted;
  try {
    hosted = await loadHostedOrder(orderId);
  } catch {
    return showNotice(container, COPY[browserLocale].unknown);
  }
  const requested = new URLSearchParams(location.search).get('locale') ?? hosted.locale;
  const locale = requested.startsWith('fr') ? 'fr' : 'en';
  document.documentElement.lang = locale;
  document.title = `${COPY[locale].title} · ${hosted.platformName}`;
  (document.getElementById('title') as HTMLElement).textContent = COPY[locale].title;
  (document.getElementById('platform-name') as HTMLElement).textContent = hosted.platformName;
  (document.getElementById('footnote') as HTMLElement).textContent = COPY[locale].footnote;

  const space = document.createElement('sg-share-space');
  space.setAttribute('order-id', hosted.orderId);
  space.setAttribute('public-key', hosted.publicKey);
  space.setAttribute('locale', locale);
  container.replaceChildren(space);
}

void main();

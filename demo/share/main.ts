/**
 * The sharing space behind a split order's `sharingLink` (`/share/{orderId}`): co-buyers see the group's order and pay
 * their share. The page learns the order's public key from the platform (`GET /v1/hosted/orders/{id}`), so the link works
 * in any browser, then mounts `<sg-share-space>`, which polls the group's progress.
 */
import { defineElement } from '../../src/define-element.ts';
import { ThreeDSDialog } from '../../src/parts/three-ds-dialog.ts';
import { ShareSpace } from '../../src/ux/split/share-space.ts';
import { bootHostedPage, loadHostedOrder } from '../shared/hosted-page.ts';

void bootHostedPage({
  container: document.getElementById('sharing-space') as HTMLElement,
  copy: { title: 'shareTitle', missing: 'shareMissing', unknown: 'shareUnknown', footnote: 'footnote' },
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

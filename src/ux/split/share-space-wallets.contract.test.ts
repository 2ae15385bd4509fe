import { fixture, html, waitUntil } from '@open-wc/testing';
import { seededPlatform } from '../../../mock-server/seed.ts';
import { defineElement } from '../../define-element.ts';
import { ThreeDSDialog } from '../../parts/three-ds-dialog.ts';
import { inputByLabel, typeInto } from '../../test-support/dom.ts';
import { API_URL, CARDS, useMockPlatform } from '../../test-support/mock-platform.ts';
import { OTHER_LOCALES, recordEvents, runPaymentContract } from '../../test-support/payment-contract.ts';
import { platformCall } from '../../test-support/platform-api.ts';
import { runWalletContract } from '../../test-support/wallet-contract.ts';
import { relocalizeBy } from '../../test-support/payment-subjects.ts';
import { say } from '../../test-support/words.ts';
import type { SupportedLocale } from '../../core/i18n/languages.ts';
import { ShareSpace } from './share-space.ts';

defineElement('sg-three-ds-dialog', ThreeDSDialog);
defineElement('sg-share-space', ShareSpace);
useMockPlatform();

// The hosted sharing space of a platform with wallets, sandbox switch on: a co-buyer pays €20.00 of what the captain
// left, with a wallet (the buttons show once the share is typed) or the card below.
async function mount(locale = 'en') {
  const platform = seededPlatform('split-wallets');
  const order = await platformCall<{ id: string }>('POST', '/v1/orders', platform.secretKey, { amount: 9000, ux: 'collect', firstName: 'Ada' });
  await platformCall('POST', `/v1/sandbox/orders/${order.id}/pay`, platform.secretKey, { card: CARDS.success, amount: 3000 });
  const space = await fixture<ShareSpace>(
    html`<sg-share-space order-id=${order.id} public-key=${platform.publicKey} api-url=${API_URL} locale=${locale} sandbox-wallets></sg-share-space>`,
  );
  const events = recordEvents(space);
  await waitUntil(() => space.load.kind === 'ready' && space.wallets !== undefined, 'never loaded', { timeout: 5000 });
  await space.updateComplete;
  const root = space.shadowRoot as ShadowRoot;
  const prepare = async () => {
    await typeInto(inputByLabel(root, say('Amount you pay')), '20');
    await space.updateComplete;
  };
  const relocalize = (to: SupportedLocale) => relocalizeBy(space, to, 'section[lang]');
  return { element: space, root, events, orderId: order.id, secretKey: platform.secretKey, firesValidated: false, followsLive: true, prepare, relocalize };
}

runPaymentContract({ name: 'sharing space with wallet buttons (hosted page, co-buyer)', mount });
runWalletContract({ name: 'sharing space (co-buyer)', mount, amounts: [2000] });
// Each wallet case again, in one of the other five languages (issues 9 and 11).
runWalletContract({ name: 'sharing space (co-buyer)', mount, amounts: [2000] }, { languages: OTHER_LOCALES });

import { fixture, html, waitUntil } from '@open-wc/testing';
import { seededPlatform } from '../../../mock-server/seed.ts';
import { defineElement } from '../../define-element.ts';
import { ThreeDSDialog } from '../../parts/three-ds-dialog.ts';
import { inputByLabel, typeInto } from '../../test-support/dom.ts';
import { API_URL, CARDS, useMockPlatform } from '../../test-support/mock-platform.ts';
import { OTHER_LOCALES, recordEvents, runPaymentContract, type ContractSubject } from '../../test-support/payment-contract.ts';
import { relocalizeBy } from '../../test-support/payment-subjects.ts';
import { say } from '../../test-support/words.ts';
import { platformCall } from '../../test-support/platform-api.ts';
import { ShareSpace } from './share-space.ts';

defineElement('sg-three-ds-dialog', ThreeDSDialog);
defineElement('sg-share-space', ShareSpace);
useMockPlatform();

// The hosted sharing space: a co-buyer pays €20.00 of what the captain left.
const subject: ContractSubject = {
  name: 'sharing space (hosted page, co-buyer)',
  async mount(locale = 'en') {
    const platform = seededPlatform('split-standard');
    const order = await platformCall<{ id: string }>('POST', '/v1/orders', platform.secretKey, { amount: 9000, ux: 'collect', firstName: 'Ada' });
    await platformCall('POST', `/v1/sandbox/orders/${order.id}/pay`, platform.secretKey, { card: CARDS.success, amount: 3000 });
    const space = await fixture<ShareSpace>(
      html`<sg-share-space order-id=${order.id} public-key=${platform.publicKey} api-url=${API_URL} locale=${locale}></sg-share-space>`,
    );
    const events = recordEvents(space);
    await waitUntil(() => space.load.kind === 'ready', 'never loaded', { timeout: 5000 });
    await space.updateComplete;
    const root = space.shadowRoot as ShadowRoot;
    return {
      element: space,
      root,
      events,
      orderId: order.id,
      secretKey: platform.secretKey,
      firesValidated: false,
      followsLive: true,
      prepare: () => typeInto(inputByLabel(root, say('Amount you pay')), '20'),
      // A page switching language: the space reads its words again, keeping what the co-buyer typed and paid.
      relocalize: (to) => relocalizeBy(space, to, 'section[lang]'),
    };
  },
};
runPaymentContract(subject);
// Every state again, each in one of the other five languages (issue 9).
runPaymentContract(subject, { languages: OTHER_LOCALES });

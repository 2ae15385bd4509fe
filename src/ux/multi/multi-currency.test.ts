/**
 * The currency beside "Amount to pay with this card" sits inside its field (found by the second attack on issue 11:
 * on the multi-wallets hosted page "EUR" was drawn at the page's right edge, beside the wallet buttons, because its
 * absolute position had no positioned field around it).
 */
import { expect } from '@open-wc/testing';
import { seededPlatform } from '../../../mock-server/seed.ts';
import { defineSgElements } from '../../define.ts';
import { mountCaptainUx } from '../../test-support/dom.ts';
import { platformCall } from '../../test-support/platform-api.ts';
import { API_URL, useMockPlatform } from '../../test-support/mock-platform.ts';
import type { MultiUx } from './multi-ux.ts';

defineSgElements();
useMockPlatform();

describe('multi UX amount field', () => {
  for (const slug of ['multi', 'multi-wallets'] as const) {
    it(`the currency is drawn inside the amount input (${slug})`, async () => {
      const platform = seededPlatform(slug);
      const order = await platformCall<{ id: string }>('POST', '/v1/orders', platform.secretKey, { amount: 10000, ux: 'multi' });
      const { ux } = await mountCaptainUx<MultiUx>('sg-multi-ux', { 'order-id': order.id, 'public-key': platform.publicKey, 'api-url': API_URL, locale: 'en' });
      await ux.updateComplete;
      const input = ux.shadowRoot?.querySelector<HTMLInputElement>('input[name="amount"]');
      const currency = ux.shadowRoot?.querySelector<HTMLElement>('.currency');
      if (!input || !currency) throw new Error('no amount field');
      const field = input.getBoundingClientRect();
      const mark = currency.getBoundingClientRect();
      expect(currency.textContent?.trim()).to.equal('EUR');
      expect(mark.left, 'currency left edge').to.be.at.least(field.left);
      expect(mark.right, 'currency right edge').to.be.at.most(field.right);
      expect(mark.top, 'currency top').to.be.at.least(field.top);
      expect(mark.bottom, 'currency bottom').to.be.at.most(field.bottom);
    });
  }
});

/**
 * The hosted update-card page in the six languages (issue 9: axe in every state, in six languages), at 320 px: its
 * first state, a declined card's alert and the saved card, each axe clean (WCAG 2.2 AA), marked with its language,
 * without English, amounts and dates as Intl writes them, nothing cut or past the edge (`expectStateIn`).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { seededPlatform } from '../../../mock-server/seed.ts';
import { SUPPORTED_LOCALES } from '../../core/i18n/languages.ts';
import { inputByLabel, typeInto } from '../../test-support/dom.ts';
import { expectStateIn } from '../../test-support/language-checks.ts';
import { API_URL, CARDS, useMockPlatform } from '../../test-support/mock-platform.ts';
import { platformCall } from '../../test-support/platform-api.ts';
import { LOCALE_TAGS, wordsIn, type Words } from '../../test-support/words.ts';
import { defineUpdateCardPage, type UpdateCardPage } from './update-card-page.ts';

useMockPlatform();
before(() => defineUpdateCardPage());

const platform = seededPlatform('subscription');
const call = <T>(method: string, path: string, body?: unknown) => platformCall<T>(method, path, platform.secretKey, body);

/** An active subscription whose first invoice the buyer paid with a Visa 4242. */
async function activeSubscription(): Promise<string> {
  const subscription = await call<{ id: string }>('POST', '/v1/subscriptions', { amount: 1500, email: 'ada@example.com', schedule: { period: 'monthly' } });
  const [invoice] = await call<{ orderId: string }[]>('GET', `/v1/invoices?subscriptionId=${subscription.id}`);
  await call('POST', `/v1/sandbox/orders/${invoice?.orderId}/pay`, { card: CARDS.success });
  return subscription.id;
}

async function giveCard(root: ShadowRoot, words: Words, number: string): Promise<void> {
  const number_ = inputByLabel(root, words.say('Card number'));
  number_.select();
  await typeInto(number_, number);
  await typeInto(inputByLabel(root, words.say('Expiry date')), '0931');
  const cvc = inputByLabel(root, words.say('Security code'));
  cvc.select();
  await typeInto(cvc, '123');
  const holder = inputByLabel(root, words.say('Cardholder name'));
  if (!holder.value) await typeInto(holder, 'Ada Lovelace');
  root.querySelector<HTMLButtonElement>('[part="pay-button"]')?.click();
}

describe('hosted update-card page in six languages, at 320 px', () => {
  before(() => setViewport({ width: 320, height: 900 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const locale of SUPPORTED_LOCALES) {
    it(`${LOCALE_TAGS[locale]}: the card on file, a declined card, the card saved: each in ${locale}, accessible, nothing cut`, async () => {
      const words = await wordsIn(locale);
      const page = await fixture<UpdateCardPage>(html`<sg-update-card subscription-id=${await activeSubscription()} api-url=${API_URL} locale=${LOCALE_TAGS[locale]}></sg-update-card>`);
      const root = page.shadowRoot as ShadowRoot;
      await waitUntil(() => root.querySelector('[part="intro"]'), 'the page never showed', { timeout: 5000 });
      await expectStateIn(page, words);
      await giveCard(root, words, CARDS.declined);
      await waitUntil(() => root.querySelector('[part="notice"]'), 'no decline', { timeout: 5000 });
      await expectStateIn(page, words);
      await giveCard(root, words, CARDS.success);
      await waitUntil(() => root.querySelector('#sg-success-title'), 'not saved', { timeout: 5000 });
      expect(root.querySelector('div[lang]')?.getAttribute('lang')).to.equal(locale);
      await expectStateIn(page, words);
    });
  }
});

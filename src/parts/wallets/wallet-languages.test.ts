/**
 * The wallet buttons and the simulated sheet in each of the six languages (issue 11, "each language"; issue 9: axe in
 * every state in six languages), at 320 px, the narrowest screen WCAG 2.2 1.4.10 asks to reflow to. One page per
 * language goes through every state of the buttons: the buttons, the sheet opened by keyboard (Tab kept inside, Escape,
 * focus back), Cancel's words, Amazon's blocked window (its link, Cancel beside it) and a declined wallet card. Each
 * state: axe clean (WCAG 2.2 AA), the language marked, no English, amounts as Intl writes them, nothing cut or past
 * the edge.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { seededPlatform } from '../../../mock-server/seed.ts';
import { defineSgElements } from '../../define.ts';
import { SUPPORTED_LOCALES } from '../../core/i18n/languages.ts';
import { deepActiveElement, eventsOf, mountCaptain, spaces, uxOf } from '../../test-support/dom.ts';
import { expectStateIn, overflowsOf, textsOf } from '../../test-support/language-checks.ts';
import { API_URL, useMockPlatform } from '../../test-support/mock-platform.ts';
import { platformCall } from '../../test-support/platform-api.ts';
import { englishWords, LOCALE_TAGS, speak, wordsIn, type Words } from '../../test-support/words.ts';

defineSgElements();
useMockPlatform();

const wallets = seededPlatform('wallets');
const WALLETS = ['Apple Pay', 'Google Pay', 'Amazon Pay'];

describe('wallet buttons and sheet in six languages, at 320 px', () => {
  before(() => setViewport({ width: 320, height: 900 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => speak(englishWords));

  for (const locale of SUPPORTED_LOCALES) {
    it(`${LOCALE_TAGS[locale]}: every state of the buttons and the sheet speaks ${locale}, accessible, nothing cut`, async () => {
      const words = await wordsIn(locale);
      speak(words);
      const order = await platformCall<{ id: string }>('POST', '/v1/orders', wallets.secretKey, { amount: 2500, email: 'ada@example.com' });
      const { captain, events } = await mountCaptain({ 'order-id': order.id, 'public-key': wallets.publicKey, 'api-url': API_URL, locale: LOCALE_TAGS[locale], 'sandbox-wallets': '' });
      const ux = uxOf(captain).shadowRoot;
      const buttons = () => ux.querySelector('sg-wallet-buttons')?.shadowRoot as ShadowRoot;
      const button = (wallet: string) => [...buttons().querySelectorAll('button')].find((candidate) => spaces(candidate.textContent) === words.say('Pay with {wallet}', { wallet }));
      const sheet = () => buttons().querySelector('sg-wallet-sheet')?.shadowRoot as ShadowRoot;
      const dialog = () => sheet().querySelector('dialog') as HTMLDialogElement;
      const sheetButton = (english: string) => [...sheet().querySelectorAll('button')].find((candidate) => words.patterns(english).some((pattern) => pattern.test(spaces(candidate.textContent))));
      const status = () => spaces(buttons().querySelector('[role="status"]')?.textContent);
      const state = async (what: string, scope: Element = captain) => {
        await expectStateIn(scope, words);
        expect(overflowsOf(scope), `${what}: cut or past the edge at 320 px`).to.deep.equal([]);
      };

      // The buttons: each named in the language, in a named group, 44 px high, before "or pay by card".
      for (const wallet of WALLETS) expect(button(wallet)?.getBoundingClientRect().height, wallet).to.be.at.least(44);
      expect(buttons().querySelector('[role="group"]')?.getAttribute('aria-label')).to.equal(words.say('Express checkout'));
      expect(textsOf(buttons())).to.include(words.say('Or pay by card'));
      await state('the buttons');

      // The sheet by keyboard: its title, the amount as Intl writes it, Tab kept inside, Escape, focus back.
      const apple = button('Apple Pay') as HTMLButtonElement;
      apple.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialog().open, 'no sheet');
      expect(spaces(sheet().querySelector('h2, [id="sg-sheet-title"]')?.textContent)).to.equal(words.say('{wallet} · simulated wallet sheet', { wallet: 'Apple Pay' }));
      expect(textsOf(dialog())).to.include(spaces(words.money(2500)));
      expect(sheetButton('Pay {amount}'), 'the sheet’s pay button').to.not.equal(undefined);
      await state('the sheet', dialog());
      for (let step = 0; step < 5; step++) await sendKeys({ press: 'Tab' });
      expect(sheet().contains(deepActiveElement())).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog().open, 'the sheet stayed open');
      await waitUntil(() => deepActiveElement() === apple, 'focus did not return to the Apple Pay button');

      // Cancel: focus back, and the canceled words in the status.
      const google = button('Google Pay') as HTMLButtonElement;
      google.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialog().open, 'no sheet');
      sheetButton('Cancel')?.click();
      await waitUntil(() => deepActiveElement() === google, 'focus did not return to the Google Pay button');
      await waitUntil(() => status() === words.say('Payment canceled: nothing was charged.'), `no canceled words: "${status()}"`);
      await state('canceled');

      await blockedAmazon(words, captain, buttons, button, state);

      // A declined wallet card: the card form's notice says so in the language, the form stays usable.
      apple.click();
      await waitUntil(() => dialog().open, 'no sheet');
      [...sheet().querySelectorAll('label')].find((label) => label.textContent?.includes('0002'))?.querySelector('input')?.click();
      sheetButton('Pay {amount}')?.click();
      await waitUntil(() => eventsOf(events, 'sg-invalid').length === 1, 'no decline', { timeout: 5000 });
      const notice = () => spaces(ux.querySelector('#sg-payment-notice')?.textContent);
      await waitUntil(() => words.saysOneOf(notice(), /declined/), `no decline notice: "${notice()}"`);
      await waitUntil(() => ux.querySelector<HTMLInputElement>('input[autocomplete="cc-number"]')?.readOnly === false, 'the card form stayed read-only');
      await state('declined');
    });
  }
});

/** Amazon's window blocked: a link to its page with the words why (focused), then Cancel beside it gives focus back. */
async function blockedAmazon(
  words: Words,
  captain: HTMLElement,
  buttons: () => ShadowRoot,
  button: (wallet: string) => HTMLButtonElement | undefined,
  state: (what: string) => Promise<void>,
): Promise<void> {
  const open = window.open;
  window.open = (() => null) as unknown as typeof window.open;
  try {
    const amazon = button('Amazon Pay') as HTMLButtonElement;
    amazon.click();
    const link = () => buttons().querySelector<HTMLAnchorElement>('.amazon-page a');
    await waitUntil(link, 'no link to Amazon’s page', { timeout: 5000 });
    expect(spaces(link()?.textContent)).to.equal(words.say('Open Amazon Pay (new tab)'));
    await waitUntil(() => deepActiveElement() === link(), 'the link did not take focus');
    expect(textsOf(buttons())).to.include(spaces(words.say('Your browser blocked the Amazon Pay window. Continue on Amazon Pay’s page, then come back here: this page waits for you.')));
    await state('Amazon blocked');
    const cancel = buttons().querySelector<HTMLButtonElement>('.amazon-page button');
    expect(spaces(cancel?.textContent)).to.equal(words.say('Cancel'));
    cancel?.click();
    await waitUntil(() => deepActiveElement() === amazon, 'focus did not return to the Amazon Pay button', { timeout: 5000 });
    expect(captain.isConnected).to.equal(true);
  } finally {
    window.open = open;
  }
}

/**
 * What every UX that shows the wallet buttons keeps (issue 11), beside the card contract (`payment-contract.ts`): the
 * buttons before the card fields in Tab order, the simulated sheet closed by Escape or Cancel with nothing created, no
 * event and focus back on the wallet button, a decline that leaves the card form usable, and a wallet payment recorded
 * with its `paymentMethod`; axe in every state. Run it with the sandbox switch on (`sandbox-wallets`). Test-only.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { deepActiveElement, eventsOf, spaces } from './dom.ts';
import { platformCall } from './platform-api.ts';
import { SUCCESS, type MountedSubject } from './payment-subjects.ts';
import { checkEveryLanguage, expectStateIn, textsOf } from './language-checks.ts';
import type { SupportedLocale } from '../core/i18n/languages.ts';
import { englishWords, LOCALE_TAGS, say, speak, words, wordsIn } from './words.ts';

export interface WalletSubject {
  name: string;
  /** The UX mounted with the sandbox wallet switch on; `prepare` fills what it asks before a wallet can pay (a share). */
  mount(locale?: string): Promise<MountedSubject>;
  /**
   * The amounts (cents) of the transactions a wallet payment creates: what the UX's pay button would ask (a share, a
   * part), or one per installment, all with the wallet's `paymentMethod`.
   */
  amounts: number[];
  /** What the sheet asks the buyer to pay, in cents, when not the first of `amounts` (the captain's share of a split). */
  sheetAmount?: number;
}

const buttonsOf = (subject: MountedSubject) => {
  const root = subject.root.querySelector('sg-wallet-buttons')?.shadowRoot;
  if (!root) throw new Error('no wallet buttons');
  return root;
};
export const walletButtonOf = (subject: MountedSubject, name: string) => {
  const button = [...buttonsOf(subject).querySelectorAll('button')].find((candidate) => spaces(candidate.textContent) === name);
  if (!button) throw new Error(`no "${name}" button`);
  return button;
};
const sheetOf = (subject: MountedSubject) => {
  const root = buttonsOf(subject).querySelector('sg-wallet-sheet')?.shadowRoot;
  const dialog = root?.querySelector('dialog');
  if (!root || !dialog) throw new Error('no wallet sheet');
  return { root, dialog };
};
/** The sheet's button whose text is a message whose English is `english`, in the case's language (placeholders: any text). */
const sheetButton = (subject: MountedSubject, english: string) => {
  const patterns = words().patterns(english);
  const button = [...sheetOf(subject).root.querySelectorAll('button')].find((candidate) => patterns.some((pattern) => pattern.test(spaces(candidate.textContent))));
  if (!button) throw new Error(`no "${english}" button in the sheet, in ${words().locale}`);
  return button;
};
const transactions = (subject: MountedSubject) =>
  platformCall<{ id: string; paymentMethod: string; status: string; amount: number }[]>('GET', `/v1/orders/${subject.orderId}/transactions`, subject.secretKey);
/** The transactions created since `before` (a split order's co-buyer finds the captain's). */
const createdSince = async (subject: MountedSubject, before: { id: string }[]) =>
  (await transactions(subject)).filter((transaction) => !before.some((old) => old.id === transaction.id));
const noEvents = (subject: MountedSubject) => expect(subject.events.filter((event) => event.type !== 'sg-ready').map((event) => event.type)).to.deep.equal([]);
const cardNumber = (subject: MountedSubject) => subject.root.querySelector<HTMLInputElement>('input[autocomplete="cc-number"]');

/** Opens `wallet`'s simulated sheet from its button (focused first, as a keyboard user would). */
async function openSheet(subject: MountedSubject, wallet: string) {
  await subject.prepare?.();
  const button = walletButtonOf(subject, say('Pay with {wallet}', { wallet }));
  button.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => sheetOf(subject).dialog.open, 'no sheet');
  return button;
}

/**
 * The wallet cases for one UX, in English unless `languages` says otherwise; the cases take the languages in turn
 * (as `runPaymentContract` does: each case once, from a place fixed by the subject's name).
 */
export function runWalletContract(subject: WalletSubject, { languages = ['en'] }: { languages?: readonly SupportedLocale[] } = {}): void {
  const only = languages.length === 1 && languages[0] === 'en';
  const offset = [...subject.name].reduce((sum, character) => sum + character.charCodeAt(0), 0);
  let index = 0;
  /** `it` in the next language: the case's words and the subject mounted in it. */
  const it = (name: string, run: (mount: () => Promise<MountedSubject>) => Promise<void>) => {
    const locale = languages[(index++ + offset) % languages.length] ?? 'en';
    globalThis.it(`${only ? '' : `${LOCALE_TAGS[locale]}: `}${name}`, async () => {
      speak(await wordsIn(locale));
      try {
        await run(async () => {
          const mounted = await subject.mount(locale === 'en' ? undefined : LOCALE_TAGS[locale]);
          // The English run checks each state it reaches in all six languages, switched live; the others in their own.
          checkEveryLanguage(only ? mounted.relocalize : undefined);
          return mounted;
        });
      } finally {
        checkEveryLanguage(undefined);
        speak(englishWords);
      }
    });
  };
  describe(`wallet contract: ${subject.name}${only ? '' : ` in ${languages.join(', ')}`}`, () => {
    // At 320 px, where every language's words must still reflow (WCAG 2.2 1.4.10): German's are long.
    before(() => setViewport({ width: 320, height: 900 }));
    after(() => setViewport({ width: 800, height: 600 }));
    it('the wallet buttons come before the card fields in Tab order, 44 px high, accessible', async (mount) => {
      const mounted = await mount();
      await mounted.prepare?.();
      const names = ['Apple Pay', 'Google Pay', 'Amazon Pay'].map((wallet) => say('Pay with {wallet}', { wallet }));
      walletButtonOf(mounted, names[0] as string).focus();
      const reached: string[] = [];
      for (let step = 0; step < 4; step++) {
        const active = deepActiveElement();
        reached.push(spaces(active?.textContent) || (active as HTMLInputElement | null)?.autocomplete || '');
        await sendKeys({ press: 'Tab' });
      }
      expect(reached).to.deep.equal([...names, 'cc-number']);
      for (const name of names) expect(walletButtonOf(mounted, name).getBoundingClientRect().height).to.be.at.least(44);
      await expectStateIn(mounted.element);
    });

    it('Escape closes the sheet: nothing created, no event, focus back on the wallet button', async (mount) => {
      const mounted = await mount();
      const before = await transactions(mounted);
      const button = await openSheet(mounted, 'Apple Pay');
      await expectStateIn(sheetOf(mounted).dialog);
      // What the wallet pays now, as Intl writes it in the page's language.
      expect(textsOf(sheetOf(mounted).dialog).join(' ')).to.include(spaces(words().money(subject.sheetAmount ?? subject.amounts[0] ?? 0)));
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !sheetOf(mounted).dialog.open, 'the sheet stayed open');
      await waitUntil(() => deepActiveElement() === button, 'focus did not return to the wallet button');
      expect(await createdSince(mounted, before)).to.deep.equal([]);
      noEvents(mounted);
      await expectStateIn(mounted.element);
    });

    it('Cancel: nothing created, no event, focus back on the wallet button', async (mount) => {
      const mounted = await mount();
      const before = await transactions(mounted);
      const button = await openSheet(mounted, 'Google Pay');
      sheetButton(mounted, 'Cancel').click();
      await waitUntil(() => !sheetOf(mounted).dialog.open, 'the sheet stayed open');
      await expectStateIn(mounted.element);
      await waitUntil(() => deepActiveElement() === button, 'focus did not return to the wallet button');
      expect(await createdSince(mounted, before)).to.deep.equal([]);
      noEvents(mounted);
    });

    it('a declined wallet card: one sg-invalid, the card form stays usable, nothing secured, accessible', async (mount) => {
      const mounted = await mount();
      const before = await transactions(mounted);
      await openSheet(mounted, 'Apple Pay');
      const declined = [...sheetOf(mounted).root.querySelectorAll('label')].find((label) => label.textContent?.includes('0002'));
      declined?.querySelector('input')?.click();
      sheetButton(mounted, 'Pay {amount}').click();
      await waitUntil(() => eventsOf(mounted.events, 'sg-invalid').length === 1, 'no decline', { timeout: 5000 });
      expect((eventsOf(mounted.events, 'sg-invalid')[0]?.detail as { code: string }).code).to.equal('card_declined');
      await waitUntil(() => cardNumber(mounted)?.readOnly === false, 'the card form stayed read-only');
      expect((await createdSince(mounted, before)).filter((transaction) => ['authorized', 'captured'].includes(transaction.status))).to.deep.equal([]);
      await expectStateIn(mounted.element);
    });

    it('pays with Google Pay: a googlepay transaction for what the UX pays now, the success state (and one sg-validated from a UX), accessible', async (mount) => {
      const mounted = await mount();
      const before = await transactions(mounted);
      await openSheet(mounted, 'Google Pay');
      sheetButton(mounted, 'Pay {amount}').click();
      // A UX fires sg-validated; a hosted page shows its success state.
      if (mounted.firesValidated) await waitUntil(() => eventsOf(mounted.events, 'sg-validated').length === 1, 'not validated', { timeout: 5000 });
      await waitUntil(() => mounted.root.querySelector(SUCCESS), 'no success state', { timeout: 5000 });
      expect((await createdSince(mounted, before)).map((transaction) => [transaction.paymentMethod, transaction.amount])).to.deep.equal(subject.amounts.map((amount) => ['googlepay', amount]));
      await expectStateIn(mounted.element);
    });
  });
}

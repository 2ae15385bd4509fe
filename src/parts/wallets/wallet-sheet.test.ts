/**
 * The simulated wallet sheet on its own: how it lays out on a small screen (WCAG 2.2 1.4.10, reflow at 320 px), and a
 * double click on a wallet button whose second click lands on the sheet it opened.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { englishI18n } from '../../core/i18n/index.ts';
import './index.ts';
import type { WalletSheet } from './wallet-sheet.ts';

describe('wallet sheet on a small screen', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const width of [320, 375]) {
    it(`${width} px: each card's radio sits beside its name, its behaviour under the name`, async () => {
      await setViewport({ width, height: 800 });
      const sheet = await fixture<WalletSheet>(html`<sg-wallet-sheet .i18n=${englishI18n}></sg-wallet-sheet>`);
      const answer = sheet.choose({ wallet: 'googlepay', merchant: 'Wallets (Apple Pay, Google Pay, Amazon Pay)', amount: 4990, currency: 'EUR' });
      await sheet.updateComplete;
      const root = sheet.shadowRoot as ShadowRoot;
      const labels = [...root.querySelectorAll('label.card')];
      expect(labels.length).to.be.greaterThan(3);
      for (const label of labels) {
        const radio = (label.querySelector('input') as HTMLInputElement).getBoundingClientRect();
        const [name, behaviour] = [...label.querySelectorAll('span')].map((span) => span.getBoundingClientRect());
        const middle = radio.top + radio.height / 2;
        expect(middle, label.textContent ?? '').to.be.within(name!.top, name!.bottom);
        expect(behaviour!.top, label.textContent ?? '').to.be.at.least(name!.bottom - 1);
        expect(behaviour!.left, label.textContent ?? '').to.be.at.least(name!.left - 1);
      }
      (root.querySelector('button.secondary') as HTMLButtonElement).click();
      expect(await answer).to.equal(null);
    });
  }
});

describe('wallet sheet and a double click', () => {
  it('the second click of a double click on a wallet button, landing on the sheet it opened, chooses no card', async () => {
    const sheet = await fixture<WalletSheet>(html`<sg-wallet-sheet .i18n=${englishI18n}></sg-wallet-sheet>`);
    const answer = sheet.choose({ wallet: 'googlepay', merchant: 'Wallets', amount: 4990, currency: 'EUR' });
    await sheet.updateComplete;
    const root = sheet.shadowRoot as ShadowRoot;
    const declining = [...root.querySelectorAll('label.card')].find((label) => label.textContent?.includes('0002')) as HTMLElement;
    // What the browser sends for the second click of a double click: a click whose detail (the click count) is 2.
    declining.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, detail: 2 }));
    await sheet.updateComplete;
    expect((root.querySelector('input[type="radio"]:checked') as HTMLInputElement).closest('label')?.textContent).to.include('4242');
    (root.querySelector('[part="sheet-pay-button"]') as HTMLButtonElement).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, detail: 2 }));
    expect(sheet.open, 'a double click does not pay either').to.equal(true);
    // A click of its own (detail 1) chooses as always.
    declining.click();
    await sheet.updateComplete;
    (root.querySelector('[part="sheet-pay-button"]') as HTMLButtonElement).click();
    expect((await answer)?.number).to.equal('4000000000000002');
  });
});

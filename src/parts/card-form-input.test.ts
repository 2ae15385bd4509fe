/**
 * Issue 9: what buyers type, paste and autofill into the card form, on every page shape (RTL, 320 px, forced colours)
 * and for screen readers. The cases every payment UX must keep also run in the shared contract suite.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { defineSgElements } from '../define.ts';
import { dialogOf, mountForNewOrder, waitForDialog, dialogButton } from '../test-support/captain-fixtures.ts';
import { eventsOf, fillCard, inputByLabel, paste, payButton, spaces, typeInto, uxOf } from '../test-support/dom.ts';
import { CARDS, useMockPlatform } from '../test-support/mock-platform.ts';
import { loadCardFlow } from './card-form.ts';

defineSgElements();
useMockPlatform();

async function formRoot(): Promise<ShadowRoot> {
  const { captain } = await mountForNewOrder();
  await loadCardFlow();
  return uxOf(captain).shadowRoot;
}

/** A password manager or the browser's autofill sets the value at once. */
function autofill(input: HTMLInputElement, text: string): void {
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText' }));
}

async function placeCaret(input: HTMLInputElement, at: number): Promise<void> {
  input.focus();
  input.setSelectionRange(at, at);
}

describe('card form: what buyers type, paste and autofill (issue 9)', () => {
  it('reads every way of writing January 2030: typed, pasted and autofilled', async () => {
    const root = await formRoot();
    const expiry = inputByLabel(root, 'Expiry date');
    for (const keys of ['1/30', '01/2030', '1/2030', '0130', '01 / 30']) {
      expiry.select();
      await sendKeys({ press: 'Backspace' });
      await typeInto(expiry, keys);
      expect(expiry.value, `typed ${keys}`).to.equal('01/30');
    }
    for (const text of ['1/30', '01/2030', '1/2030', '0130', '01 / 30', '01 / 2030', '2030-01', '2030/01']) {
      paste(expiry, text);
      expect(expiry.value, `pasted ${text}`).to.equal('01/30');
      autofill(expiry, text);
      expect(expiry.value, `autofilled ${text}`).to.equal('01/30');
    }
    inputByLabel(root, 'Security code').focus();
    await (root.host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(spaces(root.querySelector('#sg-card-expiry-error')?.textContent)).to.equal('');
  });

  it('a card pasted over a shorter one keeps every digit (no stale maxlength), up to 19', async () => {
    const root = await formRoot();
    const number = inputByLabel(root, 'Card number');
    await typeInto(number, '378282246310005');
    expect(number.value).to.equal('3782 822463 10005');
    paste(number, '4242 4242 4242 4242');
    expect(number.value).to.equal('4242 4242 4242 4242');
    paste(number, '3782 822463 10005');
    paste(number, '4000 0000 0000 0000 006');
    expect(number.value).to.equal('4000 0000 0000 0000 006');
  });

  it('digits of other scripts (Arabic-Indic, Persian, full-width) are read as the digits they are', async () => {
    const root = await formRoot();
    const number = inputByLabel(root, 'Card number');
    const expiry = inputByLabel(root, 'Expiry date');
    const cvc = inputByLabel(root, 'Security code');
    paste(number, '\u0664\u0662\u0664\u0662 \u0664\u0662\u0664\u0662 \u0664\u0662\u0664\u0662 \u0664\u0662\u0664\u0662');
    expect(number.value, 'Arabic-Indic').to.equal('4242 4242 4242 4242');
    paste(number, '\uff14\uff12\uff14\uff12\uff14\uff12\uff14\uff12\uff14\uff12\uff14\uff12\uff14\uff12\uff14\uff12');
    expect(number.value, 'full-width').to.equal('4242 4242 4242 4242');
    paste(expiry, '\u0660\u0661/\u0663\u0660');
    expect(expiry.value, 'Arabic-Indic expiry').to.equal('01/30');
    paste(expiry, '\u06f1\u06f2/\u06f2\u06f0\u06f3\u06f0');
    expect(expiry.value, 'Persian MM/YYYY').to.equal('12/30');
    paste(cvc, '\uff11\uff12\uff13');
    expect(cvc.value, 'full-width code').to.equal('123');
  });

  it('an input method composing digits (Japanese full-width, some Android keyboards) is left alone until it commits', async () => {
    const root = await formRoot();
    // What Chromium sends while an IME composes: input events with isComposing, then compositionend.
    const compose = (input: HTMLInputElement, text: string) => {
      input.focus();
      input.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, composed: true }));
      let shown = '';
      for (const character of text) {
        input.value = shown += character;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertCompositionText', isComposing: true }));
        expect(input.value, 'changed under the input method').to.equal(shown);
      }
      input.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, composed: true, data: text }));
    };
    const number = inputByLabel(root, 'Card number');
    compose(number, '\uff15\uff15\uff15\uff15\uff15\uff15\uff15\uff15\uff15\uff15\uff15\uff15\uff14\uff14\uff14\uff14');
    expect(number.value).to.equal('5555 5555 5555 4444');
    const expiry = inputByLabel(root, 'Expiry date');
    compose(expiry, '0130');
    expect(expiry.value).to.equal('01/30');
  });

  it('the 12-digit Maestro 5018 0000 0009 is accepted and pays', async () => {
    const { captain, events } = await mountForNewOrder();
    const root = await fillCard(captain, { number: '501800000009' });
    expect(inputByLabel(root, 'Card number').value).to.equal('5018 0000 0009');
    expect(spaces(root.querySelector('[part~="brand"]')?.textContent)).to.equal('Maestro');
    payButton(root).click();
    await waitUntil(() => eventsOf(events, 'sg-validated').length === 1, 'the Maestro card did not pay', { timeout: 5000 });
  });

  it('Delete and Backspace step over group spaces as if they were not there', async () => {
    const root = await formRoot();
    const number = inputByLabel(root, 'Card number');
    await typeInto(number, '1234567890123456');
    expect(number.value).to.equal('1234 5678 9012 3456');
    await placeCaret(number, 4); // just before the first space
    await sendKeys({ press: 'Delete' });
    expect(number.value).to.equal('1234 6789 0123 456');
    await sendKeys({ press: 'Delete' });
    expect(number.value).to.equal('1234 7890 1234 56');
    expect(number.selectionStart).to.equal(4);
    await placeCaret(number, 5); // just after the first space
    await sendKeys({ press: 'Backspace' });
    expect(number.value).to.equal('1237 8901 2345 6');
    expect(number.selectionStart).to.equal(3);
  });

  describe('on a right-to-left page', () => {
    afterEach(() => {
      document.documentElement.removeAttribute('dir');
      document.documentElement.lang = 'en';
    });

    it('the layout mirrors while number, expiry, code and amount read left to right', async () => {
      document.documentElement.dir = 'rtl';
      document.documentElement.lang = 'ar';
      const root = await formRoot();
      const number = inputByLabel(root, 'Card number');
      await typeInto(number, '5556556605664000');
      expect(getComputedStyle(root.querySelector('form') as Element).direction).to.equal('rtl');
      for (const label of ['Card number', 'Expiry date', 'Security code']) expect(getComputedStyle(inputByLabel(root, label)).direction, label).to.equal('ltr');
      expect(getComputedStyle(root.querySelector('[part~="amount"] strong') as Element).direction).to.equal('ltr');
      expect(getComputedStyle(inputByLabel(root, 'Cardholder name')).direction).to.equal('rtl');
    });
  });

  describe('small screens (WCAG 2.2 1.4.10)', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    for (const [width, digits] of [
      [320, '4242424242424242'],
      [320, '4000000000000000006'],
      [375, '4000000000000000006'],
    ] as const) {
      it(`${width} px, ${digits.length} digits: the whole number shows and the brand badge covers none of it`, async () => {
        await setViewport({ width, height: 640 });
        const root = await formRoot();
        const number = inputByLabel(root, 'Card number');
        await typeInto(number, digits);
        expect(number.scrollWidth, 'the number is cut').to.be.at.most(number.clientWidth);
        const badge = (root.querySelector('[part~="brand"]') as HTMLElement).getBoundingClientRect();
        const field = number.getBoundingClientRect();
        expect(badge.bottom <= field.top || badge.top >= field.bottom, 'the badge overlaps the number').to.equal(true);
        expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(width);
      });
    }
  });

  describe('forced colours (Windows High Contrast)', () => {
    afterEach(() => emulateMedia({ forcedColors: 'none' }));

    it('the 3-D Secure dialog keeps a visible edge', async () => {
      await emulateMedia({ forcedColors: 'active' });
      const { captain } = await mountForNewOrder();
      const root = await fillCard(captain, { number: CARDS.challenge });
      payButton(root).click();
      await waitForDialog(captain);
      const style = getComputedStyle(dialogOf(captain).dialog);
      expect(parseFloat(style.borderTopWidth)).to.be.at.least(1);
      expect(style.borderTopStyle).to.equal('solid');
      expect(style.borderTopColor).to.not.equal('rgba(0, 0, 0, 0)');
      dialogButton(captain, 'Refuse').click();
    });
  });

  it('screen readers: a field left invalid is described and announced; every field is required', async () => {
    const root = await formRoot();
    for (const label of ['Card number', 'Expiry date', 'Security code', 'Cardholder name']) {
      expect(inputByLabel(root, label).required, label).to.equal(true);
    }
    const number = inputByLabel(root, 'Card number');
    const status = root.querySelector('#sg-card-announcement');
    expect(status, 'the announcing region exists before any message').to.not.equal(null);
    await typeInto(number, '4242 4242 4242 4241');
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => number.getAttribute('aria-invalid') === 'true', 'the field never showed its error');
    const described = (number.getAttribute('aria-describedby') ?? '').split(' ').map((id) => spaces(root.getElementById(id)?.textContent));
    expect(described.join(' ')).to.match(/card number/i);
    expect(spaces(status?.textContent)).to.match(/card number/i);
  });
});

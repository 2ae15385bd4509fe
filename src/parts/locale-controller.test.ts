/**
 * The live language switch of `<sg-captain>`, the sharing space and the settlement pages (issue 14): the catalogue of
 * the language last asked wins, whichever load ends last; the host renders again once it is here.
 */
import { expect, fixture } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import type { I18n } from '../core/i18n/index.ts';
import { defineElement } from '../define-element.ts';
import { LocaleController } from './locale-controller.ts';

class WordsHost extends LitElement {
  loaded: string[] = [];
  renders = 0;
  readonly words = new LocaleController(this, (i18n) => void this.loaded.push(i18n.locale));
  protected override render() {
    this.renders++;
    return html`<p lang=${this.words.i18n.locale}>${this.words.i18n.t('loading')}</p>`;
  }
}
defineElement('sg-test-words-host', WordsHost);

const shown = (host: WordsHost) => host.shadowRoot?.querySelector('p');

describe('LocaleController', () => {
  it('is English until a language is asked, then shows that language’s words and renders the host again', async () => {
    const host = await fixture<WordsHost>(html`<sg-test-words-host></sg-test-words-host>`);
    expect(host.words.i18n.locale).to.equal('en');
    const before = host.renders;
    const i18n: I18n = await host.words.ask('de-AT');
    await host.updateComplete;
    expect(i18n.locale).to.equal('de');
    expect(shown(host)?.getAttribute('lang')).to.equal('de');
    expect(shown(host)?.textContent).to.equal(i18n.t('loading'));
    expect(shown(host)?.textContent).to.not.equal('Loading payment form…');
    expect(host.renders).to.be.greaterThan(before);
    expect(host.loaded).to.deep.equal(['de']);
  });

  it('a slow load of language A that ends after a quick load of B leaves B', async () => {
    const host = await fixture<WordsHost>(html`<sg-test-words-host></sg-test-words-host>`);
    const order: string[] = [];
    // German's catalogue is fetched (a chunk of its own); English is at hand: asked second, it is here first.
    const slow = host.words.ask('de').then((i18n) => void order.push(`de asked, got ${i18n.locale}`));
    const quick = host.words.ask('en').then((i18n) => void order.push(`en asked, got ${i18n.locale}`));
    await Promise.all([slow, quick]);
    await host.updateComplete;
    expect(order).to.deep.equal(['en asked, got en', 'de asked, got en']);
    expect(host.words.i18n.locale).to.equal('en');
    expect(shown(host)?.getAttribute('lang')).to.equal('en');
    expect(host.loaded).to.deep.equal(['en']);
  });

  it('the language last asked wins, in either order', async () => {
    const host = await fixture<WordsHost>(html`<sg-test-words-host></sg-test-words-host>`);
    void host.words.ask('en');
    void host.words.ask('fr-CH');
    expect((await host.words.ready)?.locale).to.equal('fr');
    await host.updateComplete;
    expect(shown(host)?.getAttribute('lang')).to.equal('fr');
    // A third language asked while two loads run: both earlier ones resolve with it.
    const first = host.words.ask('de');
    const second = host.words.ask('it');
    const third = host.words.ask('nl');
    expect((await Promise.all([first, second, third])).map((i18n) => i18n.locale)).to.deep.equal(['nl', 'nl', 'nl']);
    expect(host.words.i18n.locale).to.equal('nl');
    expect(host.loaded.at(-1)).to.equal('nl');
    expect(host.loaded).to.not.include('de');
    expect(host.loaded).to.not.include('it');
  });
});

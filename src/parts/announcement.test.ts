/**
 * The one rule of every polite announcement (issue 14, issue 9): words said in one language are dropped once the page
 * speaks another, for good (a switch back does not say them again), and the next announcement is in the new language.
 */
import { expect, fixture } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { createI18n, type I18n } from '../core/i18n/index.ts';
import { defineElement } from '../define-element.ts';
import { Announcement } from './announcement.ts';
import { renderLiveRegion } from './live-region.ts';

const english = createI18n('en');
const french = createI18n('fr');

/** A host that renders one announcement in a live region, in the language `i18n`. */
class SayingHost extends LitElement {
  static override properties = { i18n: { attribute: false } };
  declare i18n: I18n;
  readonly said = new Announcement(this);
  constructor() {
    super();
    this.i18n = english;
  }
  protected override render() {
    return renderLiveRegion(this.said.in(this.i18n));
  }
}
defineElement('sg-test-saying-host', SayingHost);

const regionOf = (host: SayingHost) => host.shadowRoot?.querySelector('[role="status"]')?.textContent ?? null;

describe('Announcement', () => {
  it('shows what was said in the page’s language, and renders the host again when something is said', async () => {
    const host = await fixture<SayingHost>(html`<sg-test-saying-host></sg-test-saying-host>`);
    expect(regionOf(host)).to.equal('');
    host.said.say('Payment in progress', english);
    await host.updateComplete;
    expect(regionOf(host)).to.equal('Payment in progress');
  });

  it('drops the words of the old language on a live switch, and does not say them again when the page switches back', async () => {
    const host = await fixture<SayingHost>(html`<sg-test-saying-host></sg-test-saying-host>`);
    host.said.say('Payment in progress', english);
    await host.updateComplete;
    host.i18n = french;
    await host.updateComplete;
    expect(regionOf(host)).to.equal('');
    host.i18n = english;
    await host.updateComplete;
    expect(regionOf(host)).to.equal('');
  });

  it('says a new announcement in the new language', async () => {
    const host = await fixture<SayingHost>(html`<sg-test-saying-host></sg-test-saying-host>`);
    host.said.say('Payment in progress', english);
    host.i18n = french;
    await host.updateComplete;
    host.said.say('Paiement en cours', french);
    await host.updateComplete;
    expect(regionOf(host)).to.equal('Paiement en cours');
  });

  it('never shows words said in another language than the page’s, even when said after the switch', () => {
    const said = new Announcement({ addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) });
    said.say('Payment in progress', english);
    expect(said.in(french)).to.equal('');
    said.say('Payment in progress', undefined);
    expect(said.in(english)).to.equal('');
    said.say('Paiement en cours', french);
    expect(said.in(french)).to.equal('Paiement en cours');
  });
});

/**
 * A language asked while another is still loading (issue 14): the catalogue of the language asked last wins, whichever
 * load ends last. German is a chunk to fetch, English is at hand: a page that asks German and then, at once, English
 * shows English, the form included, even after the German catalogue arrives.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { defineSgElements } from '../../define.ts';
import { loadCatalogue } from '../../core/i18n/languages.ts';
import { spaces } from '../../test-support/dom.ts';
import { API_URL, PUBLIC_KEY, SECRET_KEY, useMockPlatform } from '../../test-support/mock-platform.ts';
import { platformCall } from '../../test-support/platform-api.ts';
import type { SgCaptain } from './sg-captain.ts';

defineSgElements();
useMockPlatform();

const uxRootOf = (captain: SgCaptain) => captain.shadowRoot?.querySelector('sg-single-ux')?.shadowRoot;

describe('<sg-captain> language asked while another loads', () => {
  afterEach(() => document.querySelectorAll('sg-captain').forEach((captain) => captain.remove()));

  it('a slow German asked before a quick English leaves English: the page and its form', async () => {
    const { id } = await platformCall<{ id: string }>('POST', '/v1/orders', SECRET_KEY, { amount: 2500, ux: 'single', email: 'ada@example.com' });
    const captain = document.createElement('sg-captain');
    Object.assign(captain, { orderId: id, publicKey: PUBLIC_KEY, apiUrl: API_URL, locale: 'de-AT' });
    const ready = oneEvent(captain, 'sg-ready');
    document.body.append(captain);
    // The German catalogue and the order are on their way: the page switches to English before either arrives.
    await captain.updateComplete;
    captain.locale = 'en';
    await ready;
    const german = await loadCatalogue('de');
    // Whatever arrives later (the German catalogue) changes nothing.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await captain.updateComplete;
    expect(captain.shadowRoot?.querySelector('.captain')?.getAttribute('lang')).to.equal('en');
    const shown = spaces(uxRootOf(captain)?.textContent);
    expect(shown).to.include('Amount to pay');
    expect(shown).to.not.include(String(german.core.amountToPay));
  });
});

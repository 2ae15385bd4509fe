/**
 * `<sg-help>` explains the order's module in the page's language; a live switch of that language re-words it as
 * `<sg-captain>` and `<sg-link>` do (one `LocaleController`), without reading the order again.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { seededPlatform } from '../../../mock-server/seed.ts';
import { defineSgElements } from '../../define.ts';
import { eventsOf, spaces, type RecordedEvent } from '../../test-support/dom.ts';
import { API_URL, apiRequests, useMockPlatform } from '../../test-support/mock-platform.ts';
import { platformCall } from '../../test-support/platform-api.ts';

defineSgElements();
useMockPlatform();

const platform = seededPlatform('single');
const UNKNOWN_ORDER = 'ord_00000000-0000-4000-8000-000000000000';
const NOT_FOUND_FR = 'Cette commande n’existe pas, ou ce formulaire de paiement n’y a pas accès.';

/** One sg-error saying the order is unknown, and the notice, both in French. */
async function expectNotFoundInFrench(help: HTMLElement, events: RecordedEvent[]): Promise<void> {
  await waitUntil(() => eventsOf(events, 'sg-error').length === 1, 'no sg-error', { timeout: 5000 });
  expect((eventsOf(events, 'sg-error')[0]?.detail as { message: string }).message).to.equal(NOT_FOUND_FR);
  await waitUntil(() => spaces(help.shadowRoot?.querySelector('[part="error"]')?.textContent).includes(NOT_FOUND_FR), 'notice not in French', { timeout: 5000 });
}

async function mountHelp(attributes: Record<string, string>) {
  const help = document.createElement('sg-help');
  const events: RecordedEvent[] = [];
  for (const type of ['sg-ready', 'sg-error']) help.addEventListener(type, (event) => events.push({ type: event.type, detail: (event as CustomEvent).detail }));
  for (const [name, value] of Object.entries({ 'public-key': platform.publicKey, 'api-url': API_URL, ...attributes })) help.setAttribute(name, value);
  document.body.append(help);
  return { help, events };
}

describe('<sg-help>', () => {
  it('a live language switch re-words the explanation: no second read of the order, no loading state on the way', async () => {
    const order = await platformCall<{ id: string }>('POST', '/v1/orders', platform.secretKey, { amount: 2500 });
    const { help, events } = await mountHelp({ 'order-id': order.id, locale: 'en' });
    try {
      const root = () => help.shadowRoot as ShadowRoot;
      await waitUntil(() => root()?.querySelector('h2'), 'no explanation', { timeout: 5000 });
      expect(spaces(root().querySelector('h2')?.textContent)).to.equal('How paying works');
      const reads = () => apiRequests.filter((request) => request === `GET /v1/checkout/${order.id}`).length;
      expect(reads()).to.equal(1);
      let loadingShown = false;
      const watcher = new MutationObserver(() => {
        loadingShown ||= root().querySelector('[part="loading"]') !== null;
      });
      watcher.observe(root(), { childList: true, subtree: true, characterData: true });

      help.setAttribute('locale', 'fr');
      await waitUntil(() => spaces(root().querySelector('h2')?.textContent) === 'Comment se passe le paiement', 'still English', { timeout: 5000 });
      watcher.disconnect();
      expect(spaces(root().querySelector('p')?.textContent)).to.equal('Vous payez toute la commande, 25,00 €, maintenant, par carte.');
      expect(root().querySelector('section')?.getAttribute('lang')).to.equal('fr');
      expect(loadingShown).to.equal(false);
      expect(reads()).to.equal(1);
      expect(eventsOf(events, 'sg-ready')).to.have.length(1);
      await expect(help).to.be.accessible();
    } finally {
      help.remove();
    }
  });

  it('a language switched while the order loads: one read, one sg-ready, the explanation in the language asked last', async () => {
    const order = await platformCall<{ id: string }>('POST', '/v1/orders', platform.secretKey, { amount: 2500 });
    const { help, events } = await mountHelp({ 'order-id': order.id, locale: 'en' });
    try {
      // After the first update: the read of the order is on its way when the language changes, twice.
      await help.updateComplete;
      expect(help.shadowRoot?.querySelector('[part="loading"]')).to.not.equal(null);
      help.setAttribute('locale', 'de');
      help.setAttribute('locale', 'fr');
      const root = () => help.shadowRoot as ShadowRoot;
      await waitUntil(() => spaces(root()?.querySelector('h2')?.textContent) === 'Comment se passe le paiement', 'not in French', { timeout: 5000 });
      expect(apiRequests.filter((request) => request === `GET /v1/checkout/${order.id}`)).to.have.length(1);
      expect(eventsOf(events, 'sg-ready')).to.have.length(1);
      expect(eventsOf(events, 'sg-error')).to.have.length(0);
      await expect(help).to.be.accessible();
    } finally {
      help.remove();
    }
  });

  it('an unknown order while the language switches: the sg-error and the notice speak the language asked last', async () => {
    const { help, events } = await mountHelp({ 'order-id': UNKNOWN_ORDER, locale: 'en' });
    try {
      await help.updateComplete;
      expect(help.shadowRoot?.querySelector('[part="loading"]')).to.not.equal(null);
      help.setAttribute('locale', 'fr');
      await expectNotFoundInFrench(help, events);
      expect(eventsOf(events, 'sg-error')).to.have.length(1);
      await expect(help).to.be.accessible();
    } finally {
      help.remove();
    }
  });

  it('an unknown order is said in the page’s language, with one sg-error', async () => {
    const { help, events } = await mountHelp({ 'order-id': UNKNOWN_ORDER, locale: 'fr' });
    try {
      await expectNotFoundInFrench(help, events);
      expect((eventsOf(events, 'sg-error')[0]?.detail as { code: string }).code).to.equal('not_found');
      await expect(help).to.be.accessible();
    } finally {
      help.remove();
    }
  });
});

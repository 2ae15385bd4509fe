import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { seededPlatform } from '../../../mock-server/seed.ts';
import { defineSgElements } from '../../define.ts';
import { eventsOf, mountCaptainUx, spaces } from '../../test-support/dom.ts';
import { API_URL, apiRequests, useMockPlatform } from '../../test-support/mock-platform.ts';
import { platformCall } from '../../test-support/platform-api.ts';
import type { PisUx } from './pis-ux.ts';

defineSgElements();
useMockPlatform();

const platform = seededPlatform('pis');

async function mountPis(locale = 'en') {
  const order = await platformCall<{ id: string }>('POST', '/v1/orders', platform.secretKey, { amount: 4990, ux: 'pis', trackId: 'INV-77', email: 'ada@example.com' });
  const mounted = await mountCaptainUx<PisUx>('sg-pis-ux', { 'order-id': order.id, 'public-key': platform.publicKey, 'api-url': API_URL, locale });
  return { ...mounted, order };
}

/** Stubs `window.open`: the widget's bank window, as a record of where it was sent. */
function stubWindowOpen() {
  const original = window.open;
  const opened: { location: { href: string }; closed: boolean; close(): void }[] = [];
  window.open = (() => {
    const bankWindow = { location: { href: '' }, closed: false, close: () => (bankWindow.closed = true) };
    opened.push(bankWindow);
    return bankWindow as unknown as Window;
  }) as typeof window.open;
  return { opened, restore: () => (window.open = original) };
}

const bankAnswer = (transactionId: string, outcome: string) => platformCall('POST', `/v1/hosted/pis/${transactionId}/answer`, '', { outcome });
const radio = (root: ShadowRoot, name: string) => {
  const label = [...root.querySelectorAll('label.bank')].find((candidate) => spaces(candidate.textContent) === name);
  return label?.querySelector('input') as HTMLInputElement;
};
const submitButton = (root: ShadowRoot) => root.querySelector<HTMLButtonElement>('button[type="submit"]') as HTMLButtonElement;
const bankNames = (root: ShadowRoot) => [...root.querySelectorAll('label.bank')].map((label) => spaces(label.textContent));
const transactionIdIn = (href: string) => href.split('/').at(-1) ?? '';

describe('bank transfer initiation UX', () => {
  let windows: ReturnType<typeof stubWindowOpen>;
  beforeEach(() => (windows = stubWindowOpen()));
  afterEach(() => windows.restore());

  it('a bank chooser: highlighted banks first, a search that ignores case and accents, "Continue to {bank}", accessible', async () => {
    const { root, ux, captain } = await mountPis();
    expect(bankNames(root).slice(0, 3)).to.deep.equal(['Sandbox Bank', 'Banque Exemple', 'Crédit Démo']);
    expect(spaces(root.querySelector('legend')?.textContent)).to.equal('Bank');
    expect(spaces(submitButton(root).textContent)).to.equal('Continue');
    await expect(captain).to.be.accessible();
    const search = root.querySelector<HTMLInputElement>('#sg-bank-search') as HTMLInputElement;
    search.focus();
    await sendKeys({ type: 'credit d' });
    await ux.updateComplete;
    expect(bankNames(root)).to.deep.equal(['Crédit Démo']);
    expect(spaces(root.querySelector('[role="status"]')?.textContent)).to.equal('1 bank');
    radio(root, 'Crédit Démo').click();
    await ux.updateComplete;
    expect(spaces(submitButton(root).textContent)).to.equal('Continue to Crédit Démo');
    search.select();
    await sendKeys({ type: 'zzz' });
    await ux.updateComplete;
    expect(spaces(root.querySelector('fieldset')?.textContent)).to.contain('No bank matches “zzz”.');
    await expect(captain).to.be.accessible();
  });

  it('continuing without a bank says so next to the list, fires sg-invalid and sends nothing', async () => {
    const { root, ux, captain, events } = await mountPis();
    submitButton(root).click();
    await waitUntil(() => eventsOf(events, 'sg-invalid').length === 1, 'no sg-invalid');
    await ux.updateComplete;
    expect(spaces(root.querySelector('#sg-bank-error')?.textContent)).to.equal('Choose your bank.');
    expect(root.querySelector('fieldset')?.getAttribute('aria-invalid')).to.equal('true');
    expect(root.activeElement?.id).to.equal('sg-bank-search');
    expect(apiRequests.filter((request) => request.includes('/payments'))).to.have.length(0);
    expect(windows.opened).to.have.length(0);
    await expect(captain).to.be.accessible();
  });

  it('keyboard: arrows choose a bank, Enter continues to its page; confirmed there, the UX shows success and one sg-validated', async () => {
    const { root, ux, captain, order, events } = await mountPis();
    radio(root, 'Sandbox Bank').focus();
    await sendKeys({ press: 'ArrowRight' });
    await ux.updateComplete;
    expect(spaces(submitButton(root).textContent)).to.equal('Continue to Banque Exemple');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root.querySelector('[part="pis-waiting"]'), 'no waiting state', { timeout: 5000 });
    expect(windows.opened).to.have.length(1);
    const href = windows.opened[0]?.location.href ?? '';
    expect(href).to.match(new RegExp(`/bank/auth_[0-9a-f-]+$`));
    await waitUntil(() => root.activeElement?.id === 'sg-waiting-title', 'focus not on the waiting title', { timeout: 2000 });
    expect(spaces(root.querySelector('[part="pis-waiting"]')?.textContent)).to.contain('Confirm the transfer of €49.90 on the page of Banque Exemple.');
    await expect(captain).to.be.accessible();
    await bankAnswer(transactionIdIn(href), 'confirm');
    await waitUntil(() => root.querySelector('#sg-success-title'), 'never succeeded', { timeout: 5000 });
    // Focus moves once the success view has rendered, a frame after it appears.
    await waitUntil(() => root.activeElement?.id === 'sg-success-title', `focus on ${root.activeElement?.id}, not the success title`, { timeout: 2000 });
    // The live region no longer says it waits for the bank: it says what happened.
    expect([...root.querySelectorAll('[role="status"]')].map((region) => spaces(region.textContent))).to.deep.equal(['Payment successful. Your bank confirmed the transfer of €49.90.']);
    await waitUntil(() => eventsOf(events, 'sg-validated').length === 1, 'no sg-validated');
    expect(eventsOf(events, 'sg-validated')[0]?.detail).to.deep.include({ order: order.id, amount: 4990, auth: transactionIdIn(href), status: 'completed' });
    await expect(captain).to.be.accessible();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(eventsOf(events, 'sg-validated')).to.have.length(1);
    expect(root.querySelector('#sg-success-title')).to.not.equal(null);
  });

  it('refused at the bank: an alert says so with "Try again", which starts a new attempt that can succeed', async () => {
    const { root, ux, captain, order, events } = await mountPis();
    radio(root, 'Sandbox Bank').click();
    await ux.updateComplete;
    submitButton(root).click();
    await waitUntil(() => windows.opened[0]?.location.href, 'no bank page', { timeout: 5000 });
    await bankAnswer(transactionIdIn(windows.opened[0]?.location.href ?? ''), 'refuse');
    await waitUntil(() => root.querySelector('[role="alert"]'), 'no failure', { timeout: 5000 });
    expect(spaces(root.querySelector('[role="alert"]')?.textContent)).to.equal('The transfer did not go through Your bank refused the transfer. Nothing was taken from your account. Try again');
    expect(root.activeElement?.id).to.equal('sg-pis-failure');
    // The page hears of the refusal as of a card's: one sg-invalid, in the words the buyer reads.
    expect(eventsOf(events, 'sg-invalid').map((event) => event.detail)).to.deep.equal([
      { code: 'authentication_failed', message: 'Your bank refused the transfer. Nothing was taken from your account.', fields: [] },
    ]);
    await expect(captain).to.be.accessible();
    (root.querySelector('[part="retry-button"]') as HTMLButtonElement).click();
    await ux.updateComplete;
    expect(spaces(submitButton(root).textContent)).to.equal('Continue to Sandbox Bank');
    submitButton(root).click();
    await waitUntil(() => windows.opened[1]?.location.href, 'no second bank page', { timeout: 5000 });
    await bankAnswer(transactionIdIn(windows.opened[1]?.location.href ?? ''), 'confirm');
    await waitUntil(() => root.querySelector('#sg-success-title'), 'never succeeded', { timeout: 5000 });
    const transactions = await platformCall<{ status: string }[]>('GET', `/v1/orders/${order.id}/transactions`, platform.secretKey);
    expect(transactions.map((transaction) => transaction.status)).to.deep.equal(['failed', 'captured']);
  });

  it('left on the bank page for 15 minutes of sandbox clock: the attempt expires, the UX says so and offers to try again', async () => {
    const { root, ux, captain } = await mountPis();
    radio(root, 'Sandbox Bank').click();
    await ux.updateComplete;
    submitButton(root).click();
    await waitUntil(() => root.querySelector('[part="pis-waiting"]'), 'no waiting state', { timeout: 5000 });
    await platformCall('POST', '/v1/sandbox/clock', platform.secretKey, { advanceBy: 15 * 60_000 });
    await waitUntil(() => root.querySelector('[role="alert"]'), 'the expiry never showed', { timeout: 5000 });
    expect(spaces(root.querySelector('[role="alert"] p')?.textContent)).to.equal('The request to your bank expired. Nothing was taken from your account.');
    expect(root.querySelector('[part="retry-button"]')).to.not.equal(null);
    await expect(captain).to.be.accessible();
  });

  it('a reload while the attempt waits at the bank resumes the wait', async () => {
    const { order } = await mountPis();
    const started = await fetch(`${API_URL}/v1/orders/${order.id}/payments`, {
      method: 'POST',
      headers: { Authorization: platform.publicKey, 'Content-Type': 'application/json', 'Idempotency-Key': `reload-${order.id}` },
      body: JSON.stringify({ method: 'pis', bank: 'credit-demo' }),
    }).then((response) => response.json());
    const again = await mountCaptainUx<PisUx>('sg-pis-ux', { 'order-id': order.id, 'public-key': platform.publicKey, 'api-url': API_URL });
    await again.ux.updateComplete;
    expect(spaces(again.root.querySelector('[part="pis-waiting"]')?.textContent)).to.contain('on the page of Crédit Démo');
    await bankAnswer(started.data.transaction.id, 'confirm');
    await waitUntil(() => again.root.querySelector('#sg-success-title'), 'never succeeded', { timeout: 5000 });
  });

  it('in French', async () => {
    const { root, ux, captain } = await mountPis('fr');
    expect(spaces(root.querySelector('legend')?.textContent)).to.equal('Banque');
    radio(root, 'Sandbox Bank').click();
    await ux.updateComplete;
    expect(spaces(submitButton(root).textContent)).to.equal('Continuer vers Sandbox Bank');
    await expect(captain).to.be.accessible();
    const search = root.querySelector<HTMLInputElement>('#sg-bank-search') as HTMLInputElement;
    search.focus();
    await sendKeys({ type: 'exemple' });
    await ux.updateComplete;
    expect(spaces(root.querySelector('[role="status"]')?.textContent)).to.equal('1 banque');
    search.select();
    await sendKeys({ type: 'banque' });
    await ux.updateComplete;
    expect(spaces(root.querySelector('[role="status"]')?.textContent)).to.equal('4 banques');
  });

});

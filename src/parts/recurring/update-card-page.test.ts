import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { liveKeys, seededPlatform } from '../../../mock-server/seed.ts';
import { inputByLabel, spaces, typeInto } from '../../test-support/dom.ts';
import { API_URL, loseNextPaymentAnswer, useMockPlatform } from '../../test-support/mock-platform.ts';
import { platformCall } from '../../test-support/platform-api.ts';
import { defineUpdateCardPage, type UpdateCardPage } from './update-card-page.ts';

useMockPlatform();
before(() => defineUpdateCardPage());

const platform = seededPlatform('subscription');
const call = <T = any>(method: string, path: string, body?: unknown) => platformCall<T>(method, path, platform.secretKey, body);

/** An active subscription whose first invoice the buyer paid with a Visa 4242 (saved as the customer's default). */
async function activeSubscription() {
  const subscription = await call('POST', '/v1/subscriptions', { amount: 1500, email: 'ada@example.com', schedule: { period: 'monthly' } });
  const [invoice] = await call<any[]>('GET', `/v1/invoices?subscriptionId=${subscription.id}`);
  await call('POST', `/v1/sandbox/orders/${invoice.orderId}/pay`, { card: '4242424242424242' });
  return call('GET', `/v1/subscriptions/${subscription.id}`);
}

async function mount(subscriptionId: string, locale = 'en') {
  const page = await fixture<UpdateCardPage>(html`<sg-update-card subscription-id=${subscriptionId} api-url=${API_URL} locale=${locale}></sg-update-card>`);
  await waitUntil(() => page.shadowRoot?.querySelector('[part="intro"], [role="alert"]'), 'the page never showed', { timeout: 5000 });
  return { page, root: page.shadowRoot as ShadowRoot };
}

async function giveCard(root: ShadowRoot, number: string) {
  await typeInto(inputByLabel(root, 'Card number'), number);
  await typeInto(inputByLabel(root, 'Expiry date'), '0931');
  await typeInto(inputByLabel(root, 'Security code'), '123');
  await typeInto(inputByLabel(root, 'Cardholder name'), 'Ada Lovelace');
  root.querySelector<HTMLButtonElement>('[part="pay-button"]')?.click();
}

const dialogOf = (root: ShadowRoot) => root.querySelector('sg-three-ds-dialog')?.shadowRoot;
const defaultCard = async (customerId: string) => (await call('GET', `/v1/customers/${customerId}`)).methods.find((method: any) => method.default).card;

describe('hosted update-card page', () => {
  it('shows the card debited and the next payment, saves a 3-D Secure card as the default after the bank page', async () => {
    const subscription = await activeSubscription();
    const { page, root } = await mount(subscription.id);
    expect(spaces(root.querySelector('[part="intro"]')?.textContent)).to.match(/^Your payments are debited from your Visa ending in 4242, expiring 12\/\d\d\. Your next payment of €15\.00 is due on .+\.$/);
    await expect(page).to.be.accessible();
    await giveCard(root, '4000000000003220');
    await waitUntil(() => dialogOf(root)?.querySelector('dialog')?.open, 'no 3-D Secure page', { timeout: 5000 });
    [...(dialogOf(root)?.querySelectorAll('button') ?? [])].find((button) => button.textContent?.trim() === 'Approve')?.click();
    await waitUntil(() => root.querySelector('#sg-success-title'), 'not saved', { timeout: 5000 });
    expect(root.activeElement?.id).to.equal('sg-success-title');
    expect(spaces(root.querySelector('[part="success"] p')?.textContent)).to.equal('Your Visa ending in 3220, expiring 09/31 will be used for your next payments.');
    await expect(page).to.be.accessible();
    expect(await defaultCard(subscription.customerId)).to.deep.equal({ bin: '400000', last4: '3220', expiryMonth: '09', expiryYear: '2031', paymentMethod: 'Visa' });
  });

  it('a declined card, then a refused 3-D Secure: an alert each time, the default card unchanged', async () => {
    const subscription = await activeSubscription();
    const { page, root } = await mount(subscription.id);
    await giveCard(root, '4000000000000002');
    await waitUntil(() => root.querySelector('[part="notice"]'), 'no decline notice', { timeout: 5000 });
    expect(root.querySelector('[part="notice"]')?.getAttribute('role')).to.equal('alert');
    expect(spaces(root.querySelector('[part="notice"]')?.textContent)).to.equal('Your bank declined this card. Try another card.');
    expect(inputByLabel(root, 'Security code').value).to.equal('', 'the code must be typed again');
    await expect(page).to.be.accessible();
    // Another card: the number typed over the declined one.
    inputByLabel(root, 'Card number').select();
    await typeInto(inputByLabel(root, 'Card number'), '4000000000003220');
    await typeInto(inputByLabel(root, 'Security code'), '123');
    root.querySelector<HTMLButtonElement>('[part="pay-button"]')?.click();
    await waitUntil(() => dialogOf(root)?.querySelector('dialog')?.open, 'no 3-D Secure page', { timeout: 5000 });
    [...(dialogOf(root)?.querySelectorAll('button') ?? [])].find((button) => button.textContent?.trim() === 'Refuse')?.click();
    await waitUntil(() => /refused/.test(root.querySelector('[part="notice"]')?.textContent ?? ''), 'no refusal notice', { timeout: 5000 });
    expect((await defaultCard(subscription.customerId)).last4).to.equal('4242');
  });

  it('the answer is lost after the platform saved the card: the page learns it and says saved, never "your card was not saved"', async () => {
    const subscription = await activeSubscription();
    const { page, root } = await mount(subscription.id);
    loseNextPaymentAnswer({ path: /\/v1\/subscriptions\/[^/]+\/card$/ });
    await giveCard(root, '5555555555554444');
    await waitUntil(() => root.querySelector('#sg-success-title, [part="notice"]'), 'no outcome', { timeout: 5000 });
    expect((await defaultCard(subscription.customerId)).last4).to.equal('4444');
    expect(spaces(root.querySelector('[part="notice"]')?.textContent)).to.equal('');
    expect(spaces(root.querySelector('[part="success"] p')?.textContent)).to.equal('Your Mastercard ending in 4444, expiring 09/31 will be used for your next payments.');
    await expect(page).to.be.accessible();
  });

  it('in French; an unknown link and a canceled subscription say so', async () => {
    const subscription = await activeSubscription();
    const { root } = await mount(subscription.id, 'fr');
    expect(spaces(root.querySelector('[part="intro"]')?.textContent)).to.match(/^Vos paiements sont prélevés sur votre carte Visa se terminant par 4242/);
    expect(root.querySelector('[part="pay-button"]')?.textContent?.trim()).to.equal('Enregistrer cette carte');
    const unknown = await mount('sub_00000000-0000-4000-8000-000000000000');
    expect(spaces(unknown.root.querySelector('[role="alert"]')?.textContent)).to.equal('This link is not valid: there is no subscription behind it.');
    await call('POST', `/v1/subscriptions/${subscription.id}/cancel`);
    const closed = await mount(subscription.id);
    expect(spaces(closed.root.querySelector('[part="intro"]')?.textContent)).to.equal('This subscription is no longer active: there is no card to update.');
    expect(closed.root.querySelector('form')).to.equal(null);
  });

  it('in live mode, a sandbox test card and a real card: the alert says why, not "try again in a moment"', async () => {
    const live = liveKeys(platform);
    const subscription = await platformCall<any>('POST', '/v1/subscriptions', live.secretKey, { amount: 1500, email: 'ada@example.com', schedule: { period: 'monthly' } });
    const { root } = await mount(subscription.id);
    await giveCard(root, '4242424242424242');
    await waitUntil(() => root.querySelector('[part="notice"]'), 'no decline notice', { timeout: 5000 });
    expect(root.querySelector('[part="notice"]')?.getAttribute('role')).to.equal('alert');
    expect(spaces(root.querySelector('[part="notice"]')?.textContent)).to.contain('This is a test card');
    const again = await mount(subscription.id);
    await giveCard(again.root, '4111111111111111');
    await waitUntil(() => again.root.querySelector('[part="notice"]'), 'no decline notice', { timeout: 5000 });
    expect(spaces(again.root.querySelector('[part="notice"]')?.textContent)).to.contain('cannot take live payments');
  });
});

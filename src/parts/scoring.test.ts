/** The scoring step of a financed installments order, in the captain's widget against the mock platform. */
import { expect, waitUntil } from '@open-wc/testing';
import { seededPlatform } from '../../mock-server/seed.ts';
import { defineSgElements } from '../define.ts';
import { eventsOf, inputByLabel, mountCaptainUx, spaces, typeCard, typeInto } from '../test-support/dom.ts';
import { API_URL, CARDS, http, HttpResponse, mockPlatform, useMockPlatform } from '../test-support/mock-platform.ts';
import { platformCall } from '../test-support/platform-api.ts';

defineSgElements();
useMockPlatform();

const platform = seededPlatform('installments-financed');
const call = (method: string, path: string, key: string, body?: unknown) => platformCall<any>(method, path, key, body);

async function mountFinanced(fields: Record<string, unknown> = {}, locale = 'en') {
  const order = await call('POST', '/v1/orders', platform.secretKey, { amount: 10000, email: 'ada@example.com', ...fields });
  const mounted = await mountCaptainUx<HTMLElement>('sg-installments-ux', { 'order-id': order.id, 'public-key': platform.publicKey, 'api-url': API_URL, locale });
  await waitUntil(() => mounted.root.querySelector('[part="scoring-form"], [part="scoring-refused"], [part="card-form"], #sg-card-number'), 'nothing shown', { timeout: 5000 });
  return { ...mounted, order };
}

/** Gives every scoring field an adult buyer's valid value (a date input takes its value, the others are typed). */
async function fillScoring(root: ShadowRoot): Promise<void> {
  const birth = inputByLabel(root, 'Date of birth');
  birth.value = '1990-05-04';
  birth.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await typeInto(inputByLabel(root, 'Street address'), '1 rue de la Paix');
  await typeInto(inputByLabel(root, 'Postal code'), '75002');
  await typeInto(inputByLabel(root, 'City'), 'Paris');
  await typeInto(inputByLabel(root, 'Phone number'), '+33 6 12 34 56 78');
}

const submitScoring = (root: ShadowRoot) => root.querySelector<HTMLButtonElement>('[part="scoring-submit"]')?.click();
const payButton = (root: ShadowRoot) => root.querySelector<HTMLButtonElement>('[part="pay-button"]');

describe('scoring before the card (financed platforms)', () => {
  it('asks what the order lacks, with labels and autofill hints; errors are summarised in an alert; the platform accepts, then the card', async () => {
    const { root, ux, order } = await mountFinanced();
    expect(payButton(root), 'no card before the scoring').to.equal(null);
    const expected = [
      ['Date of birth', 'bday', 'date'],
      ['Street address', 'street-address', 'text'],
      ['Postal code', 'postal-code', 'text'],
      ['City', 'address-level2', 'text'],
      ['Phone number', 'tel', 'tel'],
    ] as const;
    for (const [label, autocomplete, type] of expected) {
      const input = inputByLabel(root, label);
      expect([input.getAttribute('autocomplete'), input.type], label).to.deep.equal([autocomplete, type]);
    }
    await expect(ux).to.be.accessible();
    submitScoring(root);
    await waitUntil(() => root.activeElement?.id === 'sg-scoring-errors', 'the error summary never got focus');
    const summary = root.querySelector('#sg-scoring-errors');
    expect(summary?.getAttribute('role')).to.equal('alert');
    expect([...(summary?.querySelectorAll('li') ?? [])].map((item) => spaces(item.textContent))).to.deep.equal([
      'Enter your date of birth.',
      'Enter your street address.',
      'Enter your postal code.',
      'Enter your city.',
      'Enter your phone number.',
    ]);
    expect(inputByLabel(root, 'Phone number').getAttribute('aria-invalid')).to.equal('true');
    await expect(ux).to.be.accessible();
    await fillScoring(root);
    submitScoring(root);
    await waitUntil(() => payButton(root), 'the card never came', { timeout: 5000 });
    expect(root.querySelector('[part="scoring-form"]')).to.equal(null);
    expect(spaces(payButton(root)?.textContent)).to.match(/^Pay €/);
    // Kept on the order: asking again is answered from what the platform holds.
    expect((await call('POST', `/v1/orders/${order.id}/scoring`, platform.publicKey, {})).financing).to.equal('accepted');
    await expect(ux).to.be.accessible();
  });

  it('an answer to the scoring that is not the platform’s says the details could not be checked, and tells the page once', async () => {
    mockPlatform.use(http.post('*/v1/orders/:id/scoring', () => new HttpResponse('<html>Bad gateway</html>', { status: 200, headers: { 'Content-Type': 'text/html' } })));
    const { root, ux, events } = await mountFinanced();
    await fillScoring(root);
    submitScoring(root);
    await waitUntil(() => root.querySelector('#sg-scoring-failed'), 'no failed state');
    expect(spaces(root.querySelector('#sg-scoring-failed')?.textContent)).to.include('could not be checked');
    expect(eventsOf(events, 'sg-error').map((event) => (event.detail as { code: string }).code)).to.deep.equal(['invalid_response']);
    expect(payButton(root), 'no card without the platform’s decision').to.equal(null);
    await expect(ux).to.be.accessible();
    // The platform answers again: "Try again" sends what the buyer gave, and the card follows, with nothing retyped.
    mockPlatform.restore();
    [...root.querySelectorAll<HTMLButtonElement>('#sg-scoring-failed button')].find((button) => spaces(button.textContent) === 'Try again')?.click();
    await waitUntil(() => payButton(root), 'the card did not follow a successful retry', { timeout: 5000 });
  });

  it('asks only for what the merchant did not send, in French', async () => {
    const { root } = await mountFinanced({ scoring: { birthDate: '1990-05-04', phone: '0612345678' } }, 'fr');
    const labels = [...root.querySelectorAll('[part="scoring-form"] label')].map((label) => spaces(label.textContent));
    expect(labels).to.deep.equal(['Adresse', 'Code postal', 'Ville']);
    expect(spaces(root.querySelector('#sg-scoring-title')?.textContent)).to.equal('Quelques informations pour votre financement');
  });

  it('a buyer under 18 is refused financing and may still pay in full', async () => {
    const year = new Date().getUTCFullYear() - 17;
    const scoring = { birthDate: `${year}-01-01`, streetAddress: '1 rue de la Paix', postalCode: '75002', city: 'Paris', phone: '0612345678' };
    const { root, ux, events, order } = await mountFinanced({ scoring });
    expect(spaces(root.querySelector('[part="scoring-refused"]')?.textContent)).to.equal(
      'Financing not available Financing is only open to buyers aged 18 or over. You can still pay the whole amount now.',
    );
    expect(root.querySelector('[part="count-choice"]'), 'no installment plan is offered').to.equal(null);
    expect(spaces(payButton(root)?.textContent)).to.equal('Pay the full amount now: €100.00');
    await expect(ux).to.be.accessible();
    await typeCard(root, { number: CARDS.success, expiry: '1239' });
    payButton(root)?.click();
    await waitUntil(() => eventsOf(events, 'sg-validated').length === 1, 'not validated', { timeout: 5000 });
    const paid = await call('GET', `/v1/orders/${order.id}`, platform.secretKey);
    expect([paid.status, paid.installments.length]).to.deep.equal(['completed', 1]);
  });
});

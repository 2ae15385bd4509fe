import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { seededPlatform } from '../../../mock-server/seed.ts';
import { defineSgElements } from '../../define.ts';
import { deepActiveElement, eventsOf, inputByLabel, mountCaptainUx, paste, payButton, spaces, waitForText } from '../../test-support/dom.ts';
import { API_URL, apiRequests, useMockPlatform } from '../../test-support/mock-platform.ts';
import { platformCall } from '../../test-support/platform-api.ts';
import type { SddUx } from './sdd-ux.ts';

defineSgElements();
useMockPlatform();

const platform = seededPlatform('sdd');
const OK = 'FR7630006000010000000000152';
const FAILS = 'FR7630006000010000000000249';
const call = <T = { id: string; status: string }>(method: string, path: string, body?: unknown) => platformCall<T>(method, path, platform.secretKey, body);
const payments = () => apiRequests.filter((request) => /^POST .*\/payments$/.test(request)).length;

async function mountSdd(locale = 'en', fields: Record<string, unknown> = {}) {
  const order = await call('POST', '/v1/orders', { amount: 4990, ux: 'sdd', email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace', ...fields });
  const mounted = await mountCaptainUx<SddUx>('sg-sdd-ux', { 'order-id': order.id, 'public-key': platform.publicKey, 'api-url': API_URL, locale });
  return { ...mounted, order };
}

/** Types like a buyer into the field labelled `label`, after clearing it. */
async function typeIn(root: ShadowRoot, label: string, text: string): Promise<HTMLInputElement> {
  const input = inputByLabel(root, label);
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: text });
  return input;
}

const errorOf = (root: ShadowRoot, input: HTMLInputElement) =>
  spaces(
    (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => root.getElementById(id)?.textContent ?? '')
      .join(' '),
  );

describe('SEPA Direct Debit UX', () => {
  it('asks the account holder and IBAN, shows the mandate naming the creditor before the pay button, accessible', async () => {
    const { root, captain } = await mountSdd();
    expect(inputByLabel(root, 'First name').value).to.equal('Ada');
    expect(inputByLabel(root, 'Last name').value).to.equal('Lovelace');
    expect(inputByLabel(root, 'IBAN').value).to.equal('');
    const mandate = root.querySelector('[part="mandate"]') as HTMLElement;
    expect(spaces(mandate.textContent)).to.include('you allow Sandbox Shop (SEPA creditor identifier FR92ZZZ5A4B12)').and.include('€49.90').and.include('within 8 weeks');
    expect(mandate.compareDocumentPosition(payButton(root)) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(spaces(payButton(root).textContent)).to.equal('Pay €49.90 by direct debit');
    await expect(captain).to.be.accessible();
  });

  it('formats the IBAN as typed, upper case in groups of 4, the caret kept where the buyer types', async () => {
    const { root } = await mountSdd();
    const iban = await typeIn(root, 'IBAN', 'fr7630006000011234567890189');
    expect(iban.value).to.equal('FR76 3000 6000 0112 3456 7890 189');
    expect(iban.selectionStart).to.equal(iban.value.length);
    iban.setSelectionRange(4, 4);
    await sendKeys({ press: 'Backspace' });
    expect(iban.value).to.equal('FR73 0006 0000 1123 4567 8901 89');
    expect(iban.selectionStart).to.equal(3);
  });

  it('an invalid IBAN: the message at the field when it is left, and paying sends nothing (sg-invalid, focus on IBAN)', async () => {
    const { root, captain, events } = await mountSdd();
    const iban = await typeIn(root, 'IBAN', 'FR7630006000011234567890188');
    expect(iban.getAttribute('aria-invalid')).to.equal('false');
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => iban.getAttribute('aria-invalid') === 'true', 'no error on leaving the field');
    expect(errorOf(root, iban)).to.include('This IBAN is not valid: check it for a mistyped character.');
    await expect(captain).to.be.accessible();
    payButton(root).click();
    await waitUntil(() => eventsOf(events, 'sg-invalid').length === 1, 'no sg-invalid');
    expect(eventsOf(events, 'sg-invalid')[0]?.detail).to.deep.include({ code: 'invalid_fields', fields: ['iban'] });
    expect(deepActiveElement()).to.equal(iban);
    expect(payments()).to.equal(0);
  });

  it('the holder name follows the platform rule: invisible-only names are missing, 71+ characters together are too long; nothing sent', async () => {
    const { root, events } = await mountSdd('en', { firstName: '\u200b', lastName: 'B'.repeat(75) });
    await typeIn(root, 'IBAN', OK);
    payButton(root).click();
    await waitUntil(() => eventsOf(events, 'sg-invalid').length === 1, 'no sg-invalid');
    expect(eventsOf(events, 'sg-invalid')[0]?.detail).to.deep.include({ fields: ['firstName'] });
    expect(errorOf(root, inputByLabel(root, 'First name'))).to.include('Enter the account holder’s first name.');
    await typeIn(root, 'First name', 'Ada');
    payButton(root).click();
    await waitUntil(() => eventsOf(events, 'sg-invalid').length === 2, 'no second sg-invalid');
    expect(eventsOf(events, 'sg-invalid')[1]?.detail).to.deep.include({ fields: ['lastName'] });
    expect(errorOf(root, inputByLabel(root, 'Last name'))).to.include('at most 70 characters for the first and last name together');
    expect(deepActiveElement()).to.equal(inputByLabel(root, 'Last name'));
    expect(payments()).to.equal(0);
  });

  it('an IBAN still being typed says nothing until the field is left; other reasons are named', async () => {
    const { root } = await mountSdd();
    const iban = await typeIn(root, 'IBAN', 'DE8937040044053201300');
    expect(iban.getAttribute('aria-invalid')).to.equal('false');
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => iban.getAttribute('aria-invalid') === 'true', 'no error on leaving the field');
    expect(errorOf(root, iban)).to.include('An IBAN from Germany has 22 characters; you entered 21.');
    const cases: [string, string][] = [
      ['BR1800360305000010009795493C1', 'Accounts in Brazil cannot be debited: use an account in the SEPA zone.'],
      ['FR3020041010050500013M02609', 'The bank check digits of this IBAN do not match'],
      ['US64SVBKUS6S3300958879', 'An IBAN starts with a country code, such as FR or DE.'],
    ];
    // Pasted: the reason is the value's, however it came; typing 80 characters more was 160 key events, each a round
    // trip to the browser, that timed the test out on a loaded machine.
    for (const [pasted, message] of cases) {
      paste(iban, pasted);
      await sendKeys({ press: 'Tab' });
      await waitUntil(() => errorOf(root, iban).includes(message), `no "${message}" for ${pasted}`);
    }
    expect(payments()).to.equal(0);
  });

  it('keyboard: Tab goes first name, last name, IBAN, pay; Enter pays; "Direct debit scheduled for {date}", focused, one sg-validated with status pending', async () => {
    await call('POST', '/v1/sandbox/clock', { to: Date.parse('2026-12-21T10:00:00Z') });
    const { root, captain, events, order } = await mountSdd();
    inputByLabel(root, 'First name').focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(inputByLabel(root, 'Last name'));
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(inputByLabel(root, 'IBAN'));
    await sendKeys({ type: OK });
    await sendKeys({ press: 'Enter' });
    await waitForText(root, 'Direct debit scheduled');
    const success = root.querySelector('[part="success"]') as HTMLElement;
    expect(spaces(success.textContent)).to.include('€49.90 will be debited from your account ending 0152 on January 6, 2027.').and.match(/Mandate reference: SGM20261221[A-Z0-9]{16}/);
    expect(deepActiveElement()?.id).to.equal('sg-success-title');
    expect(spaces(root.querySelector('[role="status"]')?.textContent)).to.equal('Direct debit scheduled for January 6, 2027.');
    await waitUntil(() => eventsOf(events, 'sg-validated').length === 1, 'no sg-validated');
    expect(eventsOf(events, 'sg-validated')[0]?.detail).to.deep.include({ order: order.id, amount: 4990, status: 'pending', firstName: 'Ada', lastName: 'Lovelace' });
    expect(payments()).to.equal(1);
    await expect(captain).to.be.accessible();
    // The debit settles on the platform's clock: the page follows its order and says so.
    await call('POST', '/v1/sandbox/clock', { to: Date.parse('2027-01-06T06:00:00Z') });
    await waitUntil(() => spaces(root.textContent).includes('Direct debit collected'), 'the settlement never showed', { timeout: 5000 });
    expect(spaces(root.textContent)).to.include('€49.90 was debited from your account ending 0152 on January 6, 2027.');
    // Told to a screen reader too, in place of the schedule it announced before.
    expect(spaces(root.querySelector('[role="status"]')?.textContent)).to.equal('Direct debit collected');
    expect(eventsOf(events, 'sg-validated')).to.have.length(1);
    await expect(captain).to.be.accessible();
  });

  it('a debit the bank refuses at settlement: said so, and another account pays again', async () => {
    await call('POST', '/v1/sandbox/clock', { to: Date.parse('2026-12-21T10:00:00Z') });
    const { root, captain, ux } = await mountSdd();
    await typeIn(root, 'IBAN', FAILS);
    payButton(root).click();
    await waitForText(root, 'Direct debit scheduled');
    await call('POST', '/v1/sandbox/clock', { to: Date.parse('2027-01-06T06:00:00Z') });
    await waitUntil(() => spaces(root.textContent).includes('Direct debit refused'), 'the refusal never showed', { timeout: 5000 });
    expect(spaces(root.textContent)).to.include('Your bank refused the debit of €49.90 from the account ending 0249. Your order is not paid.');
    // The page changed by itself: the refusal is announced (the live region said "scheduled for…" and kept saying it).
    expect(spaces(root.querySelector('[role="status"]')?.textContent)).to.equal('Direct debit refused');
    await expect(captain).to.be.accessible();
    (root.querySelector('[part="retry-button"]') as HTMLButtonElement).click();
    await ux.updateComplete;
    const iban = inputByLabel(root, 'IBAN');
    expect([iban.value, inputByLabel(root, 'First name').value]).to.deep.equal(['', 'Ada']);
    await waitUntil(() => deepActiveElement() === iban, 'focus not on the IBAN');
    await typeIn(root, 'IBAN', OK);
    payButton(root).click();
    await waitUntil(() => spaces(root.querySelector('[part="success"]')?.textContent).includes('ending 0152'), 'the second account was not debited');
  });

  it('in French: labels, mandate, messages and the pay button', async () => {
    const { root, captain } = await mountSdd('fr');
    expect(inputByLabel(root, 'Prénom').value).to.equal('Ada');
    expect(inputByLabel(root, 'Nom').value).to.equal('Lovelace');
    expect(spaces(root.querySelector('[part="mandate"]')?.textContent)).to.include('vous autorisez Sandbox Shop (identifiant créancier SEPA FR92ZZZ5A4B12)');
    expect(spaces(payButton(root).textContent)).to.equal('Payer 49,90 € par prélèvement');
    const iban = await typeIn(root, 'IBAN', 'FR7630006000011234567890188');
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => iban.getAttribute('aria-invalid') === 'true', 'no error on leaving the field');
    expect(errorOf(root, iban)).to.include('Cet IBAN n’est pas valide');
    await typeIn(root, 'IBAN', 'DE8937040044053201300');
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => errorOf(root, iban).includes('Un IBAN de ce pays (Allemagne) compte 22 caractères ; vous en avez saisi 21.'), 'no French length message');
    await typeIn(root, 'Prénom', ' ');
    payButton(root).click();
    await waitUntil(() => errorOf(root, inputByLabel(root, 'Prénom')).includes('Saisissez le prénom du titulaire du compte.'), 'no first-name message');
    await expect(captain).to.be.accessible();
    expect(payments()).to.equal(0);
  });
});

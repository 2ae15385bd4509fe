import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defineSgElements } from '../../define.ts';
import { eventsOf, inputByLabel, spaces, typeInto } from '../../test-support/dom.ts';
import { apiRequests, useMockPlatform } from '../../test-support/mock-platform.ts';
import { captainSubject, OTHER_LOCALES, payButtonOf, runPaymentContract, type ContractSubject, type MethodFixture } from '../../test-support/payment-contract.ts';
import { expectStateIn } from '../../test-support/language-checks.ts';
import { say } from '../../test-support/words.ts';

defineSgElements();
useMockPlatform();

/** Debited on the settlement date (CONTRACT §6). */
const SANDBOX_IBAN = 'FR7630006000010000000000152';

async function retype(root: ShadowRoot, label: string, text: string): Promise<void> {
  const input = inputByLabel(root, say(label));
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  await typeInto(input, text);
}

/** The account holder and IBAN in place of the card; a refusal is an IBAN the shared rule refuses, at the field. */
const sddFixture: MethodFixture = {
  labels: ['First name', 'Last name', 'IBAN'],
  requiredFields: ['firstName', 'lastName', 'iban'],
  lastLabel: 'IBAN',
  async fill(root) {
    await retype(root, 'First name', 'Ada');
    await retype(root, 'Last name', 'Lovelace');
    await retype(root, 'IBAN', SANDBOX_IBAN);
  },
  edit: (root) => retype(root, 'IBAN', SANDBOX_IBAN),
  secured: ['pending'],
  async refuse(subject) {
    const { root } = subject;
    await retype(root, 'First name', 'Ada');
    await retype(root, 'Last name', 'Lovelace');
    await retype(root, 'IBAN', 'FR7630006000011234567890188');
    payButtonOf(root).click();
    await waitUntil(() => eventsOf(subject.events, 'sg-invalid').length > 0, 'no sg-invalid', { timeout: 5000 });
    expect(eventsOf(subject.events, 'sg-invalid').at(-1)?.detail).to.deep.include({ code: 'invalid_fields', fields: ['iban'] });
    const iban = inputByLabel(root, say('IBAN'));
    expect(root.activeElement).to.equal(iban);
    expect(iban.getAttribute('aria-invalid')).to.equal('true');
    expect(spaces(root.getElementById(`${iban.id}-error`)?.textContent)).to.equal(say('This IBAN is not valid: check it for a mistyped character.'));
    expect(apiRequests.filter((request) => request.endsWith('/payments'))).to.have.length(0);
    await expectStateIn(subject.element);
    await retype(root, 'IBAN', SANDBOX_IBAN);
  },
};

const subject: ContractSubject = {
  name: 'SEPA Direct Debit UX',
  cardForm: false,
  // No names on the order: the holder's fields start empty, as the contract's empty form expects.
  mount: async (locale) => ({ ...(await captainSubject('sdd', 'sg-sdd-ux', { amount: 4990, ux: 'sdd', firstName: undefined, lastName: undefined }, { locale })), method: sddFixture }),
};
runPaymentContract(subject);
// Every state again, each in one of the other five languages (issue 9).
runPaymentContract(subject, { languages: OTHER_LOCALES });

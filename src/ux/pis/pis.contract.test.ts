import { expect, waitUntil } from '@open-wc/testing';
import { defineSgElements } from '../../define.ts';
import { eventsOf } from '../../test-support/dom.ts';
import { expectStateIn } from '../../test-support/language-checks.ts';
import { useMockPlatform } from '../../test-support/mock-platform.ts';
import { captainSubject, OTHER_LOCALES, payButtonOf, runPaymentContract, type ContractSubject, type MethodFixture } from '../../test-support/payment-contract.ts';
import { platformCall } from '../../test-support/platform-api.ts';

defineSgElements();
useMockPlatform();

type BankWindow = { location: { href: string }; close(): void };

/**
 * The bank windows the UX opens (within the click, pointed at the bank once the platform answered), stubs that record
 * where they were sent, and the attempts already answered at the bank.
 */
const bank = { opened: [] as BankWindow[], answered: new Set<string>() };

const attemptOf = (bankWindow: BankWindow) => bankWindow.location.href.split('/').at(-1) ?? '';
/** The attempt a bank page was opened for and nobody answered yet. */
const unanswered = () => bank.opened.map(attemptOf).find((id) => id !== '' && !bank.answered.has(id));

/** The buyer answers on the bank's page of the attempt the UX opened last. */
async function answerAtBank(outcome: 'confirm' | 'refuse'): Promise<void> {
  await waitUntil(unanswered, 'the bank page never opened', { timeout: 8000 });
  const id = unanswered() as string;
  bank.answered.add(id);
  await platformCall('POST', `/v1/hosted/pis/${id}/answer`, '', { outcome });
}

const chooseBank = async (root: ShadowRoot, name: string) => {
  const radio = [...root.querySelectorAll<HTMLInputElement>('label.bank')].find((label) => label.textContent?.trim() === name)?.querySelector('input');
  if (!radio) throw new Error(`no bank ${name}`);
  radio.click();
  await (root.host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
};

/**
 * The bank chooser in place of the card: choosing a bank fills it, choosing another edits it; the refusal is the bank's
 * (the buyer refuses on its page). Its search box is the field where Enter continues.
 */
const pisFixture: MethodFixture = {
  labels: [],
  requiredFields: ['bank'],
  lastLabel: 'Search your bank',
  submitText: /^Continue/,
  fill: (root) => chooseBank(root, 'Sandbox Bank'),
  edit: (root) => chooseBank(root, 'Banque Exemple'),
  secured: ['pending', 'captured'],
  async refuse(subject) {
    const { root } = subject;
    await chooseBank(root, 'Sandbox Bank');
    payButtonOf(root).click();
    await answerAtBank('refuse');
    await waitUntil(() => root.querySelector('#sg-pis-failure'), 'the refusal never showed', { timeout: 8000 });
    expect(root.activeElement?.id).to.equal('sg-pis-failure');
    expect(root.activeElement?.getAttribute('role'), 'the refusal is an alert').to.equal('alert');
    expect(eventsOf(subject.events, 'sg-validated')).to.have.length(0);
    expect(eventsOf(subject.events, 'sg-invalid').at(-1)?.detail).to.include({ code: 'authentication_failed' });
    await expectStateIn(subject.element);
    (root.querySelector('[part="retry-button"]') as HTMLButtonElement).click();
    await waitUntil(() => root.querySelector('button[type="submit"]'), 'no form after "Try again"');
  },
};

// No card form: the buyer chooses a bank, continues to its page and confirms there (answered here through the sandbox's
// bank endpoint; the window the UX opens is a stub that records where it was sent).
const subject: ContractSubject = {
  name: 'bank transfer initiation UX',
  cardForm: false,
  async mount(locale) {
    const subject = await captainSubject('pis', 'sg-pis-ux', { amount: 4990, ux: 'pis', trackId: 'INV-77' }, { locale });
    bank.opened = [];
    window.open = (() => {
      const bankWindow: BankWindow = { location: { href: '' }, close: () => undefined };
      bank.opened.push(bankWindow);
      return bankWindow as unknown as Window;
    }) as typeof window.open;
    return { ...subject, method: pisFixture, settle: () => answerAtBank('confirm') };
  },
};
runPaymentContract(subject);
// Every state again, each in one of the other five languages (issue 9).
runPaymentContract(subject, { languages: OTHER_LOCALES });

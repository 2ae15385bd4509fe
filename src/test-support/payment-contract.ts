/**
 * The contract every UX and hosted page that takes a payment keeps, as one suite each of them runs
 * (`runPaymentContract(subject)` in its own `*.contract.test.ts`): rendering, keyboard, accessibility in every state,
 * decline then retry, double submit, lost answers (never two authorisations for one intent, and a payment that went
 * through ends as paid), and the sandbox clock moved. Test-only.
 *
 * Extension point: `contractCases` is the list of cases; a feature that every payment page must honour (live order
 * updates…) adds its case there, and every subject runs it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { eventsOf, inputByLabel, spaces, typeInto } from './dom.ts';
import { attemptsUnreachable, holdNextPaymentRequest, loseNextPaymentAnswer, mockPlatform } from './mock-platform.ts';
import { platformCall } from './platform-api.ts';
import { checkEveryLanguage, expectStateIn } from './language-checks.ts';
import { englishWords, LOCALE_TAGS, say, speak, words, wordsIn } from './words.ts';
import type { SupportedLocale } from '../core/i18n/languages.ts';
import {
  applies,
  payWhole,
  SUCCESS,
  payButtonOf,
  paymentPosts,
  noticeText,
  methodOf,
  isSubmitText,
  newAuthorisations,
  paid,
  expectPaidOnce,
  type ContractSubject,
  type ContractCase,
} from './payment-subjects.ts';

export { captainSubject, cardFixture, fillCard, payButtonOf, recordEvents } from './payment-subjects.ts';
export { OTHER_LOCALES } from './words.ts';
export type { ContractCase, ContractSubject, MethodFixture, MountedSubject } from './payment-subjects.ts';

export const contractCases: ContractCase[] = [
  {
    name: 'renders the form with a pay button named "Pay…", accessible',
    async run(subject) {
      const { root, element } = subject;
      const pay = spaces(payButtonOf(root).textContent);
      expect(isSubmitText(subject, pay), `"${pay}" is no pay button's text`).to.equal(true);
      // Whatever the amount, it is written as Intl writes it in the page's language.
      const money = pay.match(/€ ?[\d., ]*\d|\d[\d., ]* ?€/)?.[0];
      if (money) expect(money).to.equal(spaces(words().money(Number(money.replace(/\D/g, '')))));
      for (const label of methodOf(subject).labels) expect(inputByLabel(root, say(label)).type).to.equal('text');
      await expectStateIn(element);
    },
  },
  {
    name: 'an empty form: every field in error, focus on the first, one sg-invalid, nothing sent, accessible',
    async run(subject) {
      const { root, element, events } = subject;
      payButtonOf(root).click();
      await waitUntil(() => eventsOf(events, 'sg-invalid').length === 1, 'no sg-invalid', { timeout: 5000 });
      expect(eventsOf(events, 'sg-invalid')[0]?.detail).to.deep.include({ code: 'invalid_fields' });
      expect((eventsOf(events, 'sg-invalid')[0]?.detail as { fields: string[] }).fields).to.include.members(methodOf(subject).requiredFields);
      expect(root.activeElement, 'focus moved to the first error').to.not.equal(null);
      expect(paymentPosts()).to.equal(0);
      // WCAG 2.2 too: the error summary's links are 24 px targets (2.5.8), which axe checks only when asked.
      await expectStateIn(element);
    },
  },
  {
    cardOnly: true,
    name: 'buyers’ input (issue 9): MM/YYYY expiry, a card pasted over an Amex, numbers left to right, required fields, a field left invalid announced',
    async run(subject) {
      const { root } = subject;
      await subject.prepare?.();
      const number = inputByLabel(root, say('Card number'));
      await typeInto(number, '378282246310005');
      number.select();
      document.execCommand('insertText', false, '4242 4242 4242 4242'); // a paste: one insertion, under the field's limits
      expect(number.value).to.equal('4242 4242 4242 4242');
      const expiry = inputByLabel(root, say('Expiry date'));
      await typeInto(expiry, '01/2030');
      expect(expiry.value).to.equal('01/30');
      for (const label of ['Card number', 'Expiry date', 'Security code']) expect(inputByLabel(root, say(label)).dir, label).to.equal('ltr');
      for (const label of ['Card number', 'Expiry date', 'Security code', 'Cardholder name']) expect(inputByLabel(root, say(label)).required, label).to.equal(true);
      const cvc = inputByLabel(root, say('Security code'));
      await typeInto(cvc, '12');
      await sendKeys({ press: 'Tab' });
      await waitUntil(() => cvc.getAttribute('aria-invalid') === 'true', 'the code left incomplete shows no error');
      const description = (cvc.getAttribute('aria-describedby') ?? '').split(' ').map((id) => spaces(root.getElementById(id)?.textContent)).join(' ');
      const announced = spaces(root.querySelector('#sg-card-announcement')?.textContent);
      expect(announced, 'nothing announced').to.not.equal('');
      expect(description).to.include(announced);
      await expectStateIn(subject.element);
    },
  },
  {
    name: 'keyboard: Enter in the last field pays, once, and the success state takes focus',
    async run(subject) {
      await subject.prepare?.();
      await methodOf(subject).fill(subject.root);
      const added = await newAuthorisations(subject, async () => {
        inputByLabel(subject.root, say(methodOf(subject).lastLabel)).focus();
        await sendKeys({ press: 'Enter' });
        await paid(subject);
      });
      expect(added).to.equal(1);
      expectPaidOnce(subject);
      expect(subject.root.activeElement?.matches(SUCCESS)).to.equal(true);
      await expectStateIn(subject.element);
    },
  },
  {
    name: 'a refusal (a declined card, a refused IBAN) says so, focused and accessible; what is corrected then pays once',
    async run(subject) {
      const { root } = subject;
      await subject.prepare?.();
      const refused = await newAuthorisations(subject, () => methodOf(subject).refuse(subject));
      expect(refused).to.equal(0);
      const added = await newAuthorisations(subject, async () => {
        payButtonOf(root).click();
        await paid(subject);
      });
      expect(added).to.equal(1);
      expectPaidOnce(subject);
    },
  },
  {
    name: 'a double click and a repeated submit pay once',
    async run(subject) {
      await subject.prepare?.();
      await methodOf(subject).fill(subject.root);
      const added = await newAuthorisations(subject, async () => {
        payButtonOf(subject.root).click();
        payButtonOf(subject.root).click();
        payButtonOf(subject.root).click();
        await paid(subject);
      });
      expect(added).to.equal(1);
      expect(paymentPosts()).to.equal(1);
      expectPaidOnce(subject);
    },
  },
  {
    name: 'the answer is lost after the platform paid: the flow learns it, pays nothing more, and ends as paid',
    async run(subject) {
      await subject.prepare?.();
      await methodOf(subject).fill(subject.root);
      loseNextPaymentAnswer();
      const added = await newAuthorisations(subject, async () => {
        payButtonOf(subject.root).click();
        await paid(subject, 'the lost payment never showed as paid');
      });
      expect(added).to.equal(1);
      expect(paymentPosts()).to.equal(1);
      expectPaidOnce(subject);
    },
  },
  {
    name: 'a gateway error (502) after the platform paid: the flow learns it, pays nothing more, and ends as paid',
    async run(subject) {
      await subject.prepare?.();
      await methodOf(subject).fill(subject.root);
      loseNextPaymentAnswer({ status: 502 });
      const added = await newAuthorisations(subject, async () => {
        payButtonOf(subject.root).click();
        await paid(subject, 'the payment behind the 502 never showed as paid');
      });
      expect(added).to.equal(1);
      expect(paymentPosts()).to.equal(1);
      expectPaidOnce(subject);
    },
  },
  {
    name: 'the answer is lost and the platform unreachable: "Check again" (never Pay); after an edit, checking ends as paid, one authorisation',
    async run(subject) {
      const { root } = subject;
      await subject.prepare?.();
      await methodOf(subject).fill(root);
      loseNextPaymentAnswer();
      attemptsUnreachable();
      const added = await newAuthorisations(subject, async () => {
        payButtonOf(root).click();
        await waitUntil(() => spaces(payButtonOf(root).textContent) === say('Check again'), 'no Check again', { timeout: 8000 });
        expect(words().saysOneOf(noticeText(root), /^We could not learn whether your payment went through/), noticeText(root)).to.equal(true);
        expect(root.activeElement?.id).to.equal('sg-payment-notice');
        expect(eventsOf(subject.events, 'sg-error').at(-1)?.detail).to.include({ code: 'network' });
        await expectStateIn(subject.element);
        // The buyer retypes the security code and tries again once the connection is back.
        await methodOf(subject).edit(root);
        expect(spaces(payButtonOf(root).textContent)).to.equal(say('Check again'));
        mockPlatform.restore();
        payButtonOf(root).click();
        await paid(subject, 'checking again never showed the payment');
      });
      expect(added).to.equal(1);
      expect(paymentPosts()).to.equal(1);
      expectPaidOnce(subject);
    },
  },
  {
    name: 'the request never reached the platform: after an edit, paying again pays once',
    async run(subject) {
      const { root } = subject;
      await subject.prepare?.();
      await methodOf(subject).fill(root);
      loseNextPaymentAnswer({ ran: false });
      const added = await newAuthorisations(subject, async () => {
        payButtonOf(root).click();
        await waitUntil(() => words().saysOneOf(noticeText(root), /you will not be charged twice/), 'no network notice', { timeout: 8000 });
        await expectStateIn(subject.element);
        expect(isSubmitText(subject, spaces(payButtonOf(root).textContent))).to.equal(true);
        await methodOf(subject).edit(root);
        payButtonOf(root).click();
        await paid(subject);
      });
      expect(added).to.equal(1);
      expectPaidOnce(subject);
    },
  },
  {
    name: 'the lost request lands late, after "nothing ran", an edit and a payment: one authorisation',
    async run(subject) {
      const { root } = subject;
      await subject.prepare?.();
      await methodOf(subject).fill(root);
      const late = holdNextPaymentRequest();
      const added = await newAuthorisations(subject, async () => {
        payButtonOf(root).click();
        await waitUntil(() => words().saysOneOf(noticeText(root), /you will not be charged twice/), 'no network notice', { timeout: 8000 });
        await methodOf(subject).edit(root);
        payButtonOf(root).click();
        await paid(subject);
        await late.land();
      });
      expect(added).to.equal(1);
      // One intent, one key: the late request and the retry are the same attempt to the platform (where the order
      // could take both, as a multi order's partial amounts, two keys would be two authorisations).
      expect(late.keys).to.have.length(2);
      expect(late.keys[1]).to.equal(late.keys[0]);
      expectPaidOnce(subject);
    },
  },
  {
    // The live-update case: a page that follows its order shows the change by itself; any other learns it when paying.
    name: 'live update: the merchant cancels while the form shows, and nothing more is paid',
    needs: 'any',
    async run(subject) {
      await subject.prepare?.();
      if (!subject.paidOutside) await methodOf(subject).fill(subject.root);
      const added = await newAuthorisations(subject, async () => {
        await platformCall('POST', `/v1/orders/${subject.orderId}/cancel`, subject.secretKey, {});
        if (subject.followsLive) {
          const closed = () => subject.element.shadowRoot?.querySelector('[part="closed"]');
          await waitUntil(closed, 'the cancel never showed', { timeout: 3000 });
          expect(words().saysOneOf(spaces(closed()?.textContent), /cancel/i), spaces(closed()?.textContent)).to.equal(true);
          // The form is gone: its host left the page (`<sg-captain>` shows the closed state instead), or it has no pay button.
          expect(subject.root.host.isConnected && subject.root.querySelector('button[type="submit"]') !== null, 'a pay button still shows').to.equal(false);
          await expectStateIn(subject.element);
        } else {
          payButtonOf(subject.root).click();
          await waitUntil(() => noticeText(subject.root), 'no notice after paying a canceled order', { timeout: 5000 });
          await expectStateIn(subject.element);
        }
      });
      expect(added).to.equal(0);
      expect(eventsOf(subject.events, 'sg-validated')).to.have.length(0);
    },
  },
  {
    name: 'the sandbox clock moved: paying still works, dated by the platform',
    needs: 'any',
    async run(subject) {
      const { now } = await platformCall<{ now: number }>('POST', '/v1/sandbox/clock', subject.secretKey, { advanceBy: 5 * 60_000 });
      await payWhole(subject);
      await paid(subject);
      const transactions = await platformCall<{ status: string; createdAt: number }[]>('GET', `/v1/orders/${subject.orderId}/transactions`, subject.secretKey);
      expect(transactions.some((transaction) => transaction.status !== 'failed' && transaction.createdAt >= now)).to.equal(true);
      expectPaidOnce(subject);
    },
  },
  {
    name: 'paid outside in two parts: what is left shows, then the success, one sg-validated, accessible in each state',
    needs: 'paidOutside',
    async run(subject) {
      const amount = subject.amount ?? 0;
      const first = Math.floor(amount / 3);
      await expectStateIn(subject.element);
      await subject.paidOutside?.(first, 'CONTRACT-1');
      await waitUntil(() => noticeText(subject.root), 'the first part never showed', { timeout: 3000 });
      expect(subject.root.querySelector(SUCCESS)).to.equal(null);
      expect(eventsOf(subject.events, 'sg-validated')).to.have.length(0);
      await expectStateIn(subject.element);
      await subject.paidOutside?.(amount - first, 'CONTRACT-2');
      await paid(subject);
      expectPaidOnce(subject);
      expect((eventsOf(subject.events, 'sg-validated')[0]?.detail as { status: string }).status).to.equal('completed');
      await expectStateIn(subject.element);
    },
  },
  {
    name: 'paid outside, the same payment arriving twice: paid once, one sg-validated',
    needs: 'paidOutside',
    async run(subject) {
      const added = await newAuthorisations(subject, async () => {
        await subject.paidOutside?.(subject.amount ?? 0, 'CONTRACT-SAME');
        await subject.paidOutside?.(subject.amount ?? 0, 'CONTRACT-SAME');
        await paid(subject);
      });
      expect(added).to.equal(1);
      // A late look at the order changes nothing more.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expectPaidOnce(subject);
    },
  },
];

/** A number of `text`, the same on every run: which language a subject's cases start from. */
const offsetOf = (text: string) => [...text].reduce((sum, character) => sum + character.charCodeAt(0), 0);

/**
 * The whole contract for one UX or hosted page, at 320 px, in English unless `languages` says otherwise;
 * `subject.mount` receives each language's tag (`fr-CH`…; none for English). In English, each state a case checks is
 * checked in all six languages, the page switched live (`MountedSubject.relocalize`, when the subject can) and back.
 * Other languages: the cases take them in turn, each once (from a place fixed by the subject's name), so that each
 * language is also reached from the start, typed in and paid in, not only switched to.
 */
export function runPaymentContract(subject: ContractSubject, { languages = ['en'] }: { languages?: readonly SupportedLocale[] } = {}): void {
  const only = languages.length === 1 && languages[0] === 'en';
  describe(`payment contract: ${subject.name}${only ? '' : ` in ${languages.join(', ')}`}`, () => {
    // At 320 px, where every language's words must still reflow (WCAG 2.2 1.4.10): German's are long.
    before(() => setViewport({ width: 320, height: 900 }));
    after(() => setViewport({ width: 800, height: 600 }));
    const offset = offsetOf(subject.name);
    contractCases
      .filter((candidate) => applies(candidate, subject))
      .forEach((contractCase, index) => {
        const locale = languages[(index + offset) % languages.length] ?? 'en';
        it(`${only ? '' : `${LOCALE_TAGS[locale]}: `}${contractCase.name}`, async () => {
          speak(await wordsIn(locale));
          try {
            const mounted = await subject.mount(locale === 'en' ? undefined : LOCALE_TAGS[locale]);
            // The English run checks each state it reaches in all six languages, switched live; the others in their own.
            checkEveryLanguage(only ? mounted.relocalize : undefined);
            await contractCase.run(mounted);
          } finally {
            checkEveryLanguage(undefined);
            speak(englishWords);
          }
        });
      });
  });
}

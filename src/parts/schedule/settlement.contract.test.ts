import { fixture, html, waitUntil } from '@open-wc/testing';
import { seededPlatform } from '../../../mock-server/seed.ts';
import { API_URL, CARDS, useMockPlatform } from '../../test-support/mock-platform.ts';
import { OTHER_LOCALES, recordEvents, runPaymentContract, type ContractSubject, type MountedSubject } from '../../test-support/payment-contract.ts';
import { relocalizeBy } from '../../test-support/payment-subjects.ts';
import type { SupportedLocale } from '../../core/i18n/languages.ts';
import { platformCall, type ScheduleAnswer } from '../../test-support/platform-api.ts';
import { defineScheduleSettlement, type ScheduleSettlement } from './settlement-page.ts';

useMockPlatform();
before(() => defineScheduleSettlement());

const platform = seededPlatform('installments');
const call = <T = ScheduleAnswer>(method: string, path: string, body?: unknown) => platformCall<T>(method, path, platform.secretKey, body);

/** An installments order whose first installment `card` paid. */
async function confirmedOrder(card: string): Promise<ScheduleAnswer> {
  const order = await call('POST', '/v1/orders', { amount: 9000, installmentsCount: 3, email: 'ada@example.com' });
  await call('POST', `/v1/sandbox/orders/${order.id}/pay`, { card });
  return call('GET', `/v1/orders/${order.id}`);
}

/** The hosted page in the language of the BCP 47 tag `locale` (English when none), switched live by `relocalize`. */
async function mountPage(mode: 'recovery' | 'balance', orderId: string, transactionId = '', locale = 'en'): Promise<MountedSubject> {
  const page = await fixture<ScheduleSettlement>(
    html`<sg-schedule-settlement mode=${mode} order-id=${orderId} transaction-id=${transactionId} public-key=${platform.publicKey} api-url=${API_URL} locale=${locale}></sg-schedule-settlement>`,
  );
  const events = recordEvents(page);
  const root = page.shadowRoot as ShadowRoot;
  await waitUntil(() => root.querySelector('button[type="submit"]'), 'no pay button', { timeout: 5000 });
  const relocalize = (to: SupportedLocale) => relocalizeBy(page, to, 'div[lang]');
  return { element: page, root, events, orderId, secretKey: platform.secretKey, firesValidated: false, relocalize };
}

const balance: ContractSubject = {
  name: 'balance link (hosted page)',
  async mount(locale) {
    return mountPage('balance', (await confirmedOrder(CARDS.success)).id, '', locale);
  },
};
runPaymentContract(balance);
// Every state again, each in one of the other five languages (issue 9).
runPaymentContract(balance, { languages: OTHER_LOCALES });

const recovery: ContractSubject = {
  name: 'recovery link (hosted page)',
  async mount(locale) {
    // The second installment's debit fails on its due date: the recovery link pays it with another card.
    const order = await confirmedOrder('4000000000000341');
    const unpaid = order.installments[1];
    if (!unpaid) throw new Error('no second installment');
    await call('POST', '/v1/sandbox/clock', { to: unpaid.dueDate });
    return mountPage('recovery', order.id, unpaid.transactionId, locale);
  },
};
runPaymentContract(recovery);
runPaymentContract(recovery, { languages: OTHER_LOCALES });

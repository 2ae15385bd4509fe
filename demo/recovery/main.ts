/**
 * The two hosted pages of installments and pay later (`demo/recovery.html`, `demo/balance.html`):
 * - `/recovery/{transactionId}`, the recovery link of the "payment failed" email: the schedule and the unpaid installment
 *   to pay with another card;
 * - `/balance/{orderId}`, the link of the confirmation email (also `order.redirectUrl` once confirmed): the schedule and
 *   the remaining balance to pay at once.
 * Which one is given by `<body data-mode>`.
 */
import { defineScheduleSettlement } from '../../src/parts/schedule/settlement-page.ts';
import { bootHostedPage, idFromLocation, loadHostedOrder } from '../shared/hosted-page.ts';
import { call } from '../shared/sandbox.ts';

interface HostedTransaction {
  transactionId: string;
  installmentId?: string;
  orderId: string;
  publicKey: string;
  locale: string;
  platformName: string;
}

const mode = document.body.dataset.mode === 'recovery' ? 'recovery' : 'balance';

void bootHostedPage<{ orderId: string; publicKey: string; locale: string; platformName: string; transactionId?: string; installmentId?: string }>({
  container: document.getElementById('settlement') as HTMLElement,
  copy: { title: mode === 'recovery' ? 'recoveryTitle' : 'balanceTitle', missing: 'linkMissing', unknown: 'settlementUnknown', footnote: 'footnote' },
  define: defineScheduleSettlement,
  id: () => idFromLocation() ?? new URLSearchParams(location.search).get('transaction'),
  load: (id) => (mode === 'recovery' ? call<HostedTransaction>('GET', `/v1/hosted/transactions/${encodeURIComponent(id)}`, null) : loadHostedOrder(id)),
  mount(hosted, locale) {
    const page = document.createElement('sg-schedule-settlement');
    page.mode = mode;
    page.orderId = hosted.orderId;
    page.publicKey = hosted.publicKey;
    page.locale = locale;
    page.apiUrl = location.origin;
    // As on the payment page: the sandbox's own page has no device wallet, so a test key's wallet buttons open the simulated sheet.
    page.sandboxWallets = hosted.publicKey.startsWith('pk_test_');
    if (hosted.transactionId) page.transactionId = hosted.transactionId;
    if (hosted.installmentId) page.installmentId = hosted.installmentId;
    return page;
  },
});

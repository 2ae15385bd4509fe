/**
 * The two hosted pages of installments and pay later (`demo/recovery.html`, `demo/balance.html`):
 * - `/recovery/{transactionId}`, the recovery link of the "payment failed" email: the schedule and the unpaid installment
 *   to pay with another card;
 * - `/balance/{orderId}`, the link of the confirmation email (also `order.redirectUrl` once confirmed): the schedule and
 *   the remaining balance to pay at once.
 * Which one is given by `<body data-mode>`.
 */
import { defineScheduleSettlement } from '../../src/ux/installments/settlement-page.ts';
import { idFromLocation, loadHostedOrder, showNotice } from '../shared/hosted-page.ts';
import { call, startSandbox } from '../shared/sandbox.ts';

interface HostedTransaction {
  transactionId: string;
  orderId: string;
  publicKey: string;
  locale: string;
  platformName: string;
}

const COPY = {
  en: {
    recovery: 'Settle an unpaid installment',
    balance: 'Your installments',
    missing: 'This link is incomplete.',
    unknown: 'This link is not valid: there is nothing to pay behind it.',
    footnote: 'Payments are processed by the sandbox: no real money moves.',
  },
  fr: {
    recovery: 'Régler une échéance impayée',
    balance: 'Vos échéances',
    missing: 'Ce lien est incomplet.',
    unknown: 'Ce lien n’est pas valide : il n’y a rien à payer derrière.',
    footnote: 'Les paiements sont traités par le bac à sable : aucun argent réel n’est débité.',
  },
};

async function main(): Promise<void> {
  const mode = document.body.dataset.mode === 'recovery' ? 'recovery' : 'balance';
  const container = document.getElementById('settlement') as HTMLElement;
  const browserLocale = navigator.language.startsWith('fr') ? 'fr' : 'en';
  await startSandbox();
  await defineScheduleSettlement();
  const id = idFromLocation() ?? new URLSearchParams(location.search).get('transaction');
  if (!id) return showNotice(container, COPY[browserLocale].missing);
  let hosted: { orderId: string; publicKey: string; locale: string; platformName: string; transactionId?: string };
  try {
    hosted = mode === 'recovery' ? await call<HostedTransaction>('GET', `/v1/hosted/transactions/${encodeURIComponent(id)}`, null) : await loadHostedOrder(id);
  } catch {
    return showNotice(container, COPY[browserLocale].unknown);
  }
  const locale = hosted.locale.startsWith('fr') ? 'fr' : 'en';
  document.documentElement.lang = locale;
  document.title = `${COPY[locale][mode]} · ${hosted.platformName}`;
  (document.getElementById('title') as HTMLElement).textContent = COPY[locale][mode];
  (document.getElementById('platform-name') as HTMLElement).textContent = hosted.platformName;
  (document.getElementById('footnote') as HTMLElement).textContent = COPY[locale].footnote;

  const page = document.createElement('sg-schedule-settlement');
  page.mode = mode;
  page.orderId = hosted.orderId;
  page.publicKey = hosted.publicKey;
  page.locale = locale;
  page.apiUrl = location.origin;
  if (hosted.transactionId) page.transactionId = hosted.transactionId;
  container.replaceChildren(page);
}

void main();

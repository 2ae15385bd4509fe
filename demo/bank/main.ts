/**
 * The sandbox's simulated bank page behind a bank transfer initiation (`/bank/{transactionId}`, opened by the widget):
 * the amount and the merchant's reference (trackId) to confirm, with Confirm, Refuse and Cancel. The answer is taken
 * once (`POST /v1/hosted/pis/{id}/answer`): a reload shows what became of the attempt and offers nothing more. Opened
 * by the widget in a window of its own, it closes itself after an answer so the buyer is back on the merchant's page.
 */
import { html, nothing, render } from 'lit';
import { bankPage } from '../../src/core/i18n/en/sandbox-pages.ts';
import { englishI18n, loadI18n, type I18n } from '../../src/core/i18n/index.ts';
import { formatMoney } from '../../src/core/money.ts';
import { api, startSandbox } from '../shared/sandbox.ts';
import { idFromLocation } from '../shared/hosted-page.ts';

interface BankView {
  transactionId: string;
  status: string;
  declineReason: string | null;
  amount: number;
  currency: string;
  reference: string;
  bank: string;
  merchant: string;
  locale: string;
}

type Word = keyof typeof bankPage;

const container = document.getElementById('bank-page') as HTMLElement;
const id = idFromLocation() ?? '';
let view: BankView | null = null;
let problem = '';
let busy = false;
/** The page speaks the language of the payment (the order's locale), else the browser's. */
let i18n: I18n = englishI18n;

const word = (key: Word): string => i18n.text('bankPage', bankPage, key, { merchant: view?.merchant ?? '', bank: view?.bank ?? '' });

async function answer(outcome: 'confirm' | 'refuse' | 'cancel'): Promise<void> {
  if (busy) return;
  busy = true;
  draw();
  const answered = await api<BankView>('POST', `/v1/hosted/pis/${encodeURIComponent(id)}/answer`, null, { outcome }).catch(() => null);
  // Taken already (another tab, a double click): show what became of it, read again from the bank.
  const latest = answered?.body.success ? answered : await api<BankView>('GET', `/v1/hosted/pis/${encodeURIComponent(id)}`, null).catch(() => null);
  if (latest?.body.success) view = latest.body.data;
  else problem = word('failed');
  busy = false;
  draw();
  (container.querySelector('[role="status"]') as HTMLElement | null)?.focus();
  // Opened by the widget: back to the merchant's page once the buyer has read the outcome.
  if (window.opener && view?.status !== 'pending') setTimeout(() => window.close(), 1500);
}

function draw(): void {
  if (!view) {
    render(html`<p class="notice" role="alert">${problem || word('unknown')}</p>`, container);
    return;
  }
  const { amount, currency, reference, merchant, status, declineReason } = view;
  document.documentElement.lang = i18n.locale;
  (document.getElementById('platform-name') as HTMLElement).textContent = view.bank;
  (document.getElementById('title') as HTMLElement).textContent = word('title');
  const reason = status === 'captured' ? 'captured' : ['refused_by_bank', 'canceled_at_bank', 'expired'].includes(declineReason ?? '') ? (declineReason as Word) : 'other';
  const outcome = status === 'pending' ? '' : word(reason);
  render(
    html`<p>${word('intro')}</p>
      <dl class="details">
        <dt>${word('amount')}</dt><dd id="bank-amount">${formatMoney(amount, currency, view.locale)}</dd>
        <dt>${word('to')}</dt><dd>${merchant}</dd>
        <dt>${word('reference')}</dt><dd id="bank-reference">${reference}</dd>
      </dl>
      ${status === 'pending'
        ? html`<div class="actions" aria-busy=${busy ? 'true' : 'false'}>
            <button class="primary" type="button" ?disabled=${busy} @click=${() => void answer('confirm')}>${word('confirm')}</button>
            <button type="button" ?disabled=${busy} @click=${() => void answer('refuse')}>${word('refuse')}</button>
            <button type="button" ?disabled=${busy} @click=${() => void answer('cancel')}>${word('cancel')}</button>
          </div>`
        : nothing}
      <p class="outcome ${status === 'captured' ? '' : 'failed'}" role="status" tabindex="-1" ?hidden=${!outcome}>${outcome}</p>
      ${problem ? html`<p class="notice" role="alert">${problem}</p>` : nothing}`,
    container,
  );
}

async function main(): Promise<void> {
  await startSandbox();
  const answer = id ? await api<BankView>('GET', `/v1/hosted/pis/${encodeURIComponent(id)}`, null).catch(() => null) : null;
  if (answer?.body.success) view = answer.body.data;
  i18n = await loadI18n(view?.locale ?? navigator.language);
  if (!view) problem = answer ? word('unknown') : word('failed');
  draw();
}

void main();

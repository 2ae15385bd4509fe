/**
 * The sandbox's simulated bank page behind a bank transfer initiation (`/bank/{transactionId}`, opened by the widget):
 * the amount and the merchant's reference (trackId) to confirm, with Confirm, Refuse and Cancel. The answer is taken
 * once (`POST /v1/hosted/pis/{id}/answer`): a reload shows what became of the attempt and offers nothing more. Opened
 * by the widget in a window of its own, it closes itself after an answer so the buyer is back on the merchant's page.
 */
import { html, nothing, render } from 'lit';
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

const WORDS = {
  en: {
    title: 'Confirm a bank transfer', amount: 'Amount', to: 'To', reference: 'Reference', confirm: 'Confirm the transfer', refuse: 'Refuse', cancel: 'Cancel',
    intro: '{merchant} asks you to confirm this transfer from your account at {bank}.',
    captured: 'Transfer confirmed. You can return to {merchant}.', refused_by_bank: 'Transfer refused. You can return to {merchant} and try again.',
    canceled_at_bank: 'Transfer canceled. You can return to {merchant}.', expired: 'This request expired. Return to {merchant} to start again.',
    other: 'This request can no longer be confirmed. Return to {merchant}.', unknown: 'This bank request does not exist.', failed: 'The bank could not be reached. Try again.',
  },
  fr: {
    title: 'Confirmer un virement', amount: 'Montant', to: 'Bénéficiaire', reference: 'Référence', confirm: 'Confirmer le virement', refuse: 'Refuser', cancel: 'Annuler',
    intro: '{merchant} vous demande de confirmer ce virement depuis votre compte chez {bank}.',
    captured: 'Virement confirmé. Vous pouvez revenir sur {merchant}.', refused_by_bank: 'Virement refusé. Vous pouvez revenir sur {merchant} et réessayer.',
    canceled_at_bank: 'Virement annulé. Vous pouvez revenir sur {merchant}.', expired: 'Cette demande a expiré. Revenez sur {merchant} pour recommencer.',
    other: 'Cette demande ne peut plus être confirmée. Revenez sur {merchant}.', unknown: "Cette demande bancaire n'existe pas.", failed: 'La banque est injoignable. Réessayez.',
  },
};
type Words = (typeof WORDS)['en'];

const container = document.getElementById('bank-page') as HTMLElement;
const id = idFromLocation() ?? '';
let view: BankView | null = null;
let problem = '';
let busy = false;

const words = (): Words => WORDS[(view?.locale ?? navigator.language).startsWith('fr') ? 'fr' : 'en'];
const fill = (text: string) => text.replace('{merchant}', view?.merchant ?? '').replace('{bank}', view?.bank ?? '');

async function answer(outcome: 'confirm' | 'refuse' | 'cancel'): Promise<void> {
  if (busy) return;
  busy = true;
  draw();
  const answered = await api<BankView>('POST', `/v1/hosted/pis/${encodeURIComponent(id)}/answer`, null, { outcome }).catch(() => null);
  // Taken already (another tab, a double click): show what became of it, read again from the bank.
  const latest = answered?.body.success ? answered : await api<BankView>('GET', `/v1/hosted/pis/${encodeURIComponent(id)}`, null).catch(() => null);
  if (latest?.body.success) view = latest.body.data;
  else problem = words().failed;
  busy = false;
  draw();
  (container.querySelector('[role="status"]') as HTMLElement | null)?.focus();
  // Opened by the widget: back to the merchant's page once the buyer has read the outcome.
  if (window.opener && view?.status !== 'pending') setTimeout(() => window.close(), 1500);
}

function draw(): void {
  const t = words();
  if (!view) {
    render(html`<p class="notice" role="alert">${problem || t.unknown}</p>`, container);
    return;
  }
  const { amount, currency, reference, merchant, status, declineReason } = view;
  document.documentElement.lang = view.locale.startsWith('fr') ? 'fr' : 'en';
  (document.getElementById('platform-name') as HTMLElement).textContent = view.bank;
  (document.getElementById('title') as HTMLElement).textContent = t.title;
  const outcome = status === 'pending' ? '' : fill(status === 'captured' ? t.captured : (t[declineReason as keyof Words] ?? t.other));
  render(
    html`<p>${fill(t.intro)}</p>
      <dl class="details">
        <dt>${t.amount}</dt><dd id="bank-amount">${formatMoney(amount, currency, view.locale)}</dd>
        <dt>${t.to}</dt><dd>${merchant}</dd>
        <dt>${t.reference}</dt><dd id="bank-reference">${reference}</dd>
      </dl>
      ${status === 'pending'
        ? html`<div class="actions" aria-busy=${busy ? 'true' : 'false'}>
            <button class="primary" type="button" ?disabled=${busy} @click=${() => void answer('confirm')}>${t.confirm}</button>
            <button type="button" ?disabled=${busy} @click=${() => void answer('refuse')}>${t.refuse}</button>
            <button type="button" ?disabled=${busy} @click=${() => void answer('cancel')}>${t.cancel}</button>
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
  else problem = answer ? words().unknown : words().failed;
  draw();
}

void main();

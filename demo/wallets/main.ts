/**
 * The QA console's wallets page: on the seeded `wallets` platform, the merchant domains registered for Apple Pay and
 * Amazon Pay (add, remove, download the Apple Pay verification file), and a widget with the sandbox wallet switch on,
 * whose buttons open the simulated wallet sheet (Apple Pay, Google Pay) or the simulated Amazon page, beside one
 * without the switch that shows what this browser really offers. Each payment's transactions are listed.
 */
import { html, nothing, render } from 'lit';
import { defineSgElements } from '../../src/define.ts';
import type { SgReadyEvent } from '../../src/events/index.ts';
import { call, startSandbox } from '../shared/sandbox.ts';

interface Platform {
  id: string;
  slug: string;
  name: string;
  secretKey: string;
  publicKey: string;
}
interface Domain {
  method: 'applepay' | 'amazonpay';
  domain: string;
  createdAt: number;
}
interface Transaction {
  id: string;
  paymentMethod: string;
  status: string;
  amount: number;
  card?: { brand: string; last4: string };
}

const WALLET_LABELS = { applepay: 'Apple Pay', amazonpay: 'Amazon Pay' } as const;
const root = document.getElementById('wallets') as HTMLElement;

const state = {
  platform: undefined as Platform | undefined,
  domains: [] as Domain[],
  orderId: '',
  transactions: [] as Transaction[],
  available: '' as string,
  message: '',
  error: '',
};

async function refresh(): Promise<void> {
  const { platform, orderId } = state;
  if (!platform) return;
  state.domains = await call<Domain[]>('GET', '/v1/wallet-domains', platform.secretKey);
  state.transactions = orderId ? await call<Transaction[]>('GET', `/v1/orders/${orderId}/transactions`, platform.secretKey) : [];
  draw();
}

async function attempt(work: () => Promise<void>): Promise<void> {
  state.error = '';
  try {
    await work();
  } catch (error) {
    state.error = (error as Error).message;
  }
  await refresh().catch(() => undefined);
  draw();
}

async function newOrder(amountText: string): Promise<void> {
  const platform = state.platform as Platform;
  const amount = Math.round(Number(amountText.replace(',', '.')) * 100);
  const order = await call<{ id: string }>('POST', '/v1/orders', platform.secretKey, { amount: Number.isFinite(amount) && amount > 0 ? amount : 4990, email: 'ada@example.com', firstName: 'Ada' });
  state.orderId = order.id;
  state.available = '';
}

async function downloadAppleFile(): Promise<void> {
  const response = await fetch('/v1/wallet-domains/apple-pay-file', { headers: { Authorization: (state.platform as Platform).secretKey } });
  if (!response.ok) throw new Error(`The verification file could not be downloaded (HTTP ${response.status})`);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = 'apple-developer-merchantid-domain-association';
  link.click();
  URL.revokeObjectURL(link.href);
}

function domainsPanel() {
  const platform = state.platform as Platform;
  return html`<section aria-labelledby="domains-title" style="min-width: 0">
    <h2 id="domains-title">Merchant domains</h2>
    <p class="muted">Apple Pay and Amazon Pay load only on registered domains (per exact host). This sandbox's own host counts as registered.</p>
    <div class="scroll" role="region" aria-label="Registered domains" tabindex="0"><table>
      <caption class="muted">Registered on ${platform.name}</caption>
      <thead><tr><th scope="col">Wallet</th><th scope="col">Domain</th><th scope="col"><span class="visually-hidden">Action</span></th></tr></thead>
      <tbody>
        ${state.domains.length
          ? state.domains.map(
              (domain) => html`<tr><td>${WALLET_LABELS[domain.method]}</td><td><code>${domain.domain}</code></td><td>
                <button type="button" class="secondary" @click=${() => attempt(() => call('POST', '/v1/wallet-domains/remove', platform.secretKey, { method: domain.method, domain: domain.domain }).then(() => undefined))}>
                  Remove ${domain.domain} (${WALLET_LABELS[domain.method]})
                </button></td></tr>`,
            )
          : html`<tr><td colspan="3" class="muted">None yet.</td></tr>`}
      </tbody>
    </table></div>
    <form @submit=${(event: SubmitEvent) => {
      event.preventDefault();
      const data = new FormData(event.target as HTMLFormElement);
      void attempt(async () => {
        await call('POST', '/v1/wallet-domains', platform.secretKey, { method: String(data.get('method')), domain: String(data.get('domain')) });
        state.message = `Registered ${String(data.get('domain'))}.`;
      });
    }}>
      <div class="row">
        <div><label for="wallet-method">Wallet</label><select id="wallet-method" name="method"><option value="applepay">Apple Pay</option><option value="amazonpay">Amazon Pay</option></select></div>
        <div><label for="wallet-domain">Domain</label><input id="wallet-domain" name="domain" placeholder="shop.example.com" required /></div>
      </div>
      <button type="submit">Register the domain</button>
      <button type="button" class="secondary" @click=${() => attempt(downloadAppleFile)}>Download the Apple Pay verification file</button>
    </form>
    <p class="muted">Serve that file at <code>https://&lt;your domain&gt;/.well-known/apple-developer-merchantid-domain-association</code>. This sandbox serves its own at <a href="/.well-known/apple-developer-merchantid-domain-association">/.well-known/apple-developer-merchantid-domain-association</a>.</p>
  </section>`;
}

function widgetsPanel() {
  const platform = state.platform as Platform;
  const onReady = (event: SgReadyEvent) => {
    state.available = JSON.stringify(event.detail.availablePaymentMethods);
    draw();
  };
  return html`<section class="wide" aria-labelledby="buttons-title" style="min-width: 0">
    <h2 id="buttons-title">Wallet buttons</h2>
    <form class="row" @submit=${(event: SubmitEvent) => {
      event.preventDefault();
      const amount = String(new FormData(event.target as HTMLFormElement).get('amount') ?? '');
      void attempt(() => newOrder(amount));
    }}>
      <div><label for="wallet-amount">Amount (EUR)</label><input id="wallet-amount" name="amount" value="49.90" inputmode="decimal" /></div>
      <div><button type="submit">New order</button></div>
    </form>
    ${state.orderId
      ? html`<div class="row" style="align-items: start">
          <div style="min-width: 0">
            <h3>With the sandbox switch (simulated sheet)</h3>
            <sg-captain order-id=${state.orderId} public-key=${platform.publicKey} sandbox-wallets @sg-validated=${() => void refresh()} @sg-invalid=${() => void refresh()}></sg-captain>
          </div>
          <div style="min-width: 0">
            <h3>What this browser offers (no switch)</h3>
            <sg-captain order-id=${state.orderId} public-key=${platform.publicKey} @sg-ready=${onReady}></sg-captain>
            <p class="muted">availablePaymentMethods: <code>${state.available || '…'}</code></p>
          </div>
        </div>
        <h3>Transactions of <code>${state.orderId}</code></h3>
        <div class="scroll" role="region" aria-label="Transactions" tabindex="0"><table>
          <thead><tr><th scope="col">Transaction</th><th scope="col">Method</th><th scope="col">Card</th><th scope="col">Status</th></tr></thead>
          <tbody>${state.transactions.map(
            (transaction) => html`<tr><td><code>${transaction.id}</code></td><td>${transaction.paymentMethod}</td><td>${transaction.card ? `${transaction.card.brand} •••• ${transaction.card.last4}` : '—'}</td><td><span class="status ${transaction.status}">${transaction.status}</span></td></tr>`,
          )}</tbody>
        </table></div>`
      : html`<p class="muted">Create an order to show the buttons.</p>`}
  </section>`;
}

function draw(): void {
  root.setAttribute('aria-busy', 'false');
  render(
    html`${state.error ? html`<p class="error wide" role="alert">${state.error}</p>` : nothing}
      ${state.message && !state.error ? html`<p class="wide muted" role="status">${state.message}</p>` : nothing}
      ${state.platform ? html`${widgetsPanel()} ${domainsPanel()}` : nothing}`,
    root,
  );
}

async function main(): Promise<void> {
  await startSandbox();
  defineSgElements();
  root.replaceChildren();
  const { platforms } = await call<{ platforms: Platform[] }>('GET', '/v1/sandbox/platforms', null);
  state.platform = platforms.find((platform) => platform.slug === 'wallets');
  if (!state.platform) {
    state.error = 'The seeded wallets platform is missing: POST /v1/sandbox/reset restores it.';
    return draw();
  }
  await newOrder('49.90');
  await refresh();
  setInterval(() => void refresh().catch(() => undefined), 3000);
}

void main();

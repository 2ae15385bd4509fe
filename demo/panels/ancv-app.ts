/**
 * QA console panel "ANCV app": answers ANCV Connect requests as the buyer would in the ANCV app, through the sandbox
 * endpoint `POST /v1/sandbox/transactions/{id}/ancv-confirm`. Self-contained: it renders into the container it is given
 * and needs only the order id and a secret key of the sandbox (the console mounts it beside the order panel).
 *
 *   const panel = mountAncvAppPanel(element, { secretKey, orderId, onAnswered: () => model.refresh() });
 *   panel.update({ orderId: newId });   // follow another order
 */
import { html, nothing, render } from 'lit';
import { centsToDecimalString, formatMoney, parseAmount } from '../../src/core/money.ts';
import { when } from '../shared/dates.ts';

export interface AncvAppPanelOptions {
  /** A secret key of the sandbox (sandbox endpoints need one). */
  secretKey: string;
  orderId: string | null;
  /** Origin of the sandbox API; the page's own by default. */
  apiUrl?: string;
  /** Called after each answer so the console can refresh the order and its webhooks. */
  onAnswered?: () => void;
}

interface PendingRequest {
  id: string;
  amount: number;
  createdAt: number;
  ancv?: { login: string; requestedAmount: number; expiresAt: number };
}

interface TransactionRow extends PendingRequest {
  paymentMethod: string;
  status: string;
}

export interface AncvAppPanel {
  update(options: Partial<AncvAppPanelOptions>): void;
  refresh(): Promise<void>;
  destroy(): void;
}

const REFRESH_EVERY_MS = 3_000;

export function mountAncvAppPanel(container: HTMLElement, initial: AncvAppPanelOptions): AncvAppPanel {
  let options = { ...initial };
  let pending: PendingRequest[] = [];
  let currency = 'EUR';
  /** What QA typed per request, kept across refreshes. */
  const typed = new Map<string, string>();
  let status = '';
  let error = '';
  let busy = false;

  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch((options.apiUrl ?? '') + path, {
      method,
      headers: { Authorization: options.secretKey, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json = (await response.json()) as { success?: boolean; data?: T; errors?: string[]; message?: string };
    if (!response.ok || !json.success) throw new Error(json.errors?.join(' ') ?? json.message ?? `HTTP ${response.status}`);
    return json.data as T;
  };

  const money = (cents: number) => formatMoney(cents, currency, 'en');

  async function refresh(): Promise<void> {
    if (!options.orderId) {
      pending = [];
      draw();
      return;
    }
    try {
      const order = await call<{ currency: string }>('GET', `/v1/orders/${encodeURIComponent(options.orderId)}`);
      currency = order.currency;
      const transactions = await call<TransactionRow[]>('GET', `/v1/orders/${encodeURIComponent(options.orderId)}/transactions`);
      pending = transactions.filter((transaction) => transaction.paymentMethod === 'ancv' && transaction.status === 'pending');
      error = '';
    } catch (cause) {
      error = cause instanceof Error ? cause.message : String(cause);
    }
    draw();
  }

  async function answer(request: PendingRequest, body: { amount: number } | { refuse: true }): Promise<void> {
    busy = true;
    error = '';
    draw();
    try {
      const result = await call<{ status: string; amount: number; orderStatus: string }>(
        'POST',
        `/v1/sandbox/transactions/${encodeURIComponent(request.id)}/ancv-confirm`,
        body,
      );
      status =
        'refuse' in body
          ? `Refused the request of ${money(request.amount)}. Order ${result.orderStatus}.`
          : `Confirmed ${money(result.amount)} of ${money(request.amount)} asked. Order ${result.orderStatus}.`;
      typed.delete(request.id);
      options.onAnswered?.();
    } catch (cause) {
      error = cause instanceof Error ? cause.message : String(cause);
    }
    busy = false;
    await refresh();
  }

  function confirm(request: PendingRequest): void {
    const text = typed.get(request.id) ?? '';
    const cents = text.trim() === '' ? request.amount : parseAmount(text);
    if (cents === null || cents <= 0) {
      error = `"${text}" is not an amount: type one such as 45.00`;
      draw();
      return;
    }
    void answer(request, { amount: cents });
  }

  function row(request: PendingRequest) {
    const inputId = `ancv-app-amount-${request.id}`;
    const expires = request.ancv ? when(request.ancv.expiresAt) : '';
    return html`<li class="ancv-request">
      <p>
        <strong>${money(request.amount)}</strong> asked of <code>${request.ancv?.login ?? '?'}</code>
        ${expires ? html`<span class="muted">(expires ${expires})</span>` : nothing}
        <br /><code class="muted">${request.id}</code>
      </p>
      <div class="row">
        <div>
          <label for=${inputId}>Amount to confirm (at most ${money(request.amount)})</label>
          <input
            id=${inputId}
            inputmode="decimal"
            placeholder=${centsToDecimalString(request.amount, 2)}
            .value=${typed.get(request.id) ?? ''}
            @input=${(event: InputEvent) => typed.set(request.id, (event.target as HTMLInputElement).value)}
            @keydown=${(event: KeyboardEvent) => {
              if (event.key === 'Enter') confirm(request);
            }}
          />
        </div>
      </div>
      <button type="button" ?disabled=${busy} @click=${() => confirm(request)}>Confirm in the app</button>
      <button type="button" class="secondary" ?disabled=${busy} @click=${() => void answer(request, { refuse: true })}>Refuse</button>
    </li>`;
  }

  function draw(): void {
    render(
      html`<section class="ancv-app" aria-labelledby="ancv-app-title" aria-busy=${busy ? 'true' : 'false'}>
        <h2 id="ancv-app-title">ANCV app</h2>
        <p class="muted">Answer the buyer's ANCV Connect requests as the ANCV app would: confirm the amount asked, a lower one, or refuse.</p>
        ${!options.orderId
          ? html`<p class="muted">Select or create an order first.</p>`
          : pending.length === 0
            ? html`<p class="muted">No ANCV request is waiting on this order.</p>`
            : html`<ul class="ancv-requests">${pending.map(row)}</ul>`}
        ${error ? html`<p class="error" role="alert">${error}</p>` : nothing}
        <p role="status" aria-live="polite">${status}</p>
      </section>`,
      container,
    );
  }

  const timer = setInterval(() => {
    if (!document.hidden && !busy) void refresh();
  }, REFRESH_EVERY_MS);
  draw();
  void refresh();

  return {
    update(next) {
      const orderChanged = next.orderId !== undefined && next.orderId !== options.orderId;
      options = { ...options, ...next };
      if (orderChanged) {
        status = '';
        typed.clear();
      }
      void refresh();
    },
    refresh,
    destroy() {
      clearInterval(timer);
      render(nothing, container);
    },
  };
}

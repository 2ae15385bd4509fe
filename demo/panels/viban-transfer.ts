/**
 * QA console panel "Bank transfer arrives": makes a SEPA credit transfer reach the open order's virtual IBAN through
 * `POST /v1/sandbox/orders/{id}/viban-transfer` (amount in euros, optional bank transferId: the same id twice credits
 * once). Shown for virtual IBAN orders only; says what the platform credited and what was surplus.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { centsToDecimalString, formatMoney, parseAmount } from '../../src/core/money.ts';
import { call } from '../shared/sandbox.ts';
import type { ConsoleModel } from '../console/model.ts';

interface TransferAnswer {
  transferId: string;
  amount: number;
  credited: number;
  surplus: number;
  /** Sent back to the sender: the order's payment link had expired (`returnReason` `link_expired`). */
  returned?: number;
  returnReason?: string;
  replayed: boolean;
}

let outcome: { text: string; failed: boolean } | null = null;
let outcomeFor: string | null = null;

const money = (cents: number) => formatMoney(cents, 'EUR', 'en');

async function send(model: ConsoleModel, form: HTMLFormElement): Promise<void> {
  const { order, platforms } = model.state;
  const secretKey = platforms.find((platform) => platform.id === order?.platformId)?.secretKey;
  if (!order || !secretKey) return;
  const values = new FormData(form);
  const amount = parseAmount(String(values.get('amount') ?? ''));
  const transferId = String(values.get('transferId') ?? '').trim();
  outcomeFor = order.id;
  if (amount === null || amount === 0) {
    outcome = { text: 'Amount: type an amount such as 50.00', failed: true };
    await model.refresh();
    return;
  }
  try {
    const answer = await call<TransferAnswer>('POST', `/v1/sandbox/orders/${order.id}/viban-transfer`, secretKey, { amount, ...(transferId ? { transferId } : {}) });
    outcome = {
      failed: false,
      text: answer.replayed
        ? `Transfer ${answer.transferId} had already arrived: nothing credited again.`
        : answer.returned
          ? `Transfer ${answer.transferId} of ${money(answer.amount)}: nothing credited, ${money(answer.returned)} returned to the sender (the payment link expired).`
          : `Transfer ${answer.transferId} of ${money(answer.amount)}: ${money(answer.credited)} credited${answer.surplus ? `, ${money(answer.surplus)} surplus` : ''}.`,
    };
  } catch (error) {
    outcome = { text: error instanceof Error ? error.message : String(error), failed: true };
  }
  await model.refresh();
}

export function vibanTransferPanel(model: ConsoleModel): TemplateResult | typeof nothing {
  const { order } = model.state;
  if (!order || order.ux !== 'viban' || !order.viban) return nothing;
  const shown = outcomeFor === order.id ? outcome : null;
  const left = Math.max(0, order.amount - (order.amountRefunded ?? 0) - order.amountConfirmed);
  return html`<section aria-labelledby="viban-transfer-title">
    <h2 id="viban-transfer-title">Bank transfer arrives</h2>
    <p class="muted">To <code>${order.viban.iban}</code>, reference <code>${order.viban.reference}</code>. ${left ? `${money(left)} left to receive.` : 'Nothing left to receive: any transfer is surplus.'}
      ${order.amountSurplus ? `Surplus so far: ${money(order.amountSurplus)}.` : nothing}</p>
    <form @submit=${(event: Event) => {
      event.preventDefault();
      void send(model, event.target as HTMLFormElement);
    }}>
      <div class="row">
        <div><label for="viban-amount">Transfer amount (EUR)</label><input id="viban-amount" name="amount" inputmode="decimal" .value=${centsToDecimalString(left, 2)} required /></div>
        <div><label for="viban-transfer-id">Bank transferId (optional)</label><input id="viban-transfer-id" name="transferId" maxlength="35" placeholder="E2E-0001" /></div>
      </div>
      <button type="submit" ?disabled=${model.state.busy}>Transfer arrives</button>
    </form>
    <p class=${shown?.failed ? 'error' : 'muted'} role="status">${shown?.text ?? ''}</p>
  </section>`;
}

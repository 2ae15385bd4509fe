/**
 * The webhook and outbox logs, a page at a time (newest first, `demo/console/paging.ts`): of the open order, or of the
 * whole sandbox with an order column linking to each order.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { OutboxMessage, WebhookDelivery } from '../../mock-server/state.ts';
import { when } from '../shared/dates.ts';
import { actionError, pager, scrollTable, status } from './bits.ts';
import type { ConsoleModel } from './model.ts';

/** A link to the console with the order open; a plain click opens it in place. */
function orderLink(model: ConsoleModel, orderId: string | undefined): TemplateResult {
  if (!orderId) return html`<span class="muted">none</span>`;
  return html`<a href=${`?order=${encodeURIComponent(orderId)}`} @click=${(event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    void model.openOrder(orderId);
  }}><code>${orderId}</code></a>`;
}

export function webhooksPanel(model: ConsoleModel): TemplateResult {
  const { webhooks, order } = model.state;
  const rows: WebhookDelivery[] = webhooks.items;
  return html`<section aria-labelledby="webhooks-title">
    <h2 id="webhooks-title">Webhooks ${order ? html`<span class="muted">of this order</span>` : html`<span class="muted">of every order</span>`}</h2>
    ${rows.length
      ? scrollTable('Webhook deliveries', html`<table><thead><tr><th scope="col">Event</th>${order ? nothing : html`<th scope="col">Order</th>`}<th scope="col">To</th><th scope="col">Status</th><th scope="col">Attempts</th></tr></thead><tbody>
          ${rows.map((delivery) => html`<tr>
            <td><code>${delivery.event}</code><br /><span class="muted">${when(delivery.createdAt)}</span></td>
            ${order ? nothing : html`<td>${orderLink(model, delivery.orderId)}</td>`}
            <td class="url">${delivery.url ?? html`<span class="muted">no URL: set notifyUrl or the platform's webhook URL</span>`}</td>
            <td>${status(delivery.status)}${delivery.nextAttemptAt ? html`<br /><span class="muted">next ${when(delivery.nextAttemptAt)}</span>` : nothing}</td>
            <td>${delivery.attempts.map((attempt) => html`<div>${attempt.status ?? attempt.error ?? 'no answer'}</div>`)}
              <details><summary>Body and signature</summary><pre>${delivery.body}\nSG-Signature: ${delivery.signature ?? '(signed when sent)'}</pre></details></td>
          </tr>`)}
        </tbody></table>`)
      : html`<p class="muted">No webhook yet.</p>`}
    ${pager('Webhook', webhooks, model.state.busy, (direction) => void model.turnPage('webhooks', direction))} ${actionError(model, 'webhooks')}
  </section>`;
}

export function outboxPanel(model: ConsoleModel): TemplateResult {
  const { outbox, order } = model.state;
  const messages: OutboxMessage[] = outbox.items;
  return html`<section aria-labelledby="outbox-title">
    <h2 id="outbox-title">Outbox (emails and SMS)</h2>
    ${messages.length
      ? messages.map((message) => html`<article>
          <h3>${message.channel === 'sms' ? 'SMS' : 'Email'} to ${message.to}: ${message.subject}</h3>
          <p class="muted">${when(message.date)}${order ? nothing : html` · order ${orderLink(model, message.orderId)}`}</p>
          <pre>${message.text}</pre>
          ${message.links.map((link) => html`<a class="url" href=${link} target="_blank" rel="noopener">${link}</a>`)}
        </article>`)
      : html`<p class="muted">Nothing sent yet.</p>`}
    ${pager('Outbox', outbox, model.state.busy, (direction) => void model.turnPage('outbox', direction))} ${actionError(model, 'outbox')}
  </section>`;
}

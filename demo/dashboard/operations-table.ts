/** The operations of one transaction (seed 000: "static records of the payment execution"), as a table. */
import { html } from 'lit';
import type { Operation } from '../../src/core/schemas.ts';
import { date, money } from './format.ts';

export function operationsTable(operations: Operation[], currency: string, caption: string) {
  return html`<div class="table-wrap" role="region" aria-label=${caption} tabindex="0">
    <table>
      <caption>${caption}</caption>
      <thead><tr><th scope="col">Operation</th><th scope="col">Type</th><th scope="col" class="num">Amount</th><th scope="col">Method</th><th scope="col">Date</th></tr></thead>
      <tbody>
        ${operations.length === 0 ? html`<tr><td colspan="5">No operation yet.</td></tr>` : ''}
        ${operations.map(
          (operation) => html`<tr>
            <td class="id">${operation.id}</td>
            <td>${operation.type}</td>
            <td class="num">${money(operation.amount, currency)}</td>
            <td>${operation.paymentMethod}</td>
            <td>${date(operation.date)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

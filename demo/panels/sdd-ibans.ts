/** QA console panel "Test IBANs": the sandbox IBANs of SEPA Direct Debit (CONTRACT §6) and how their bank answers. */
import { html, type TemplateResult } from 'lit';
import { friendlyIban } from '../../src/core/iban.ts';
import { SANDBOX_IBANS } from '../../mock-server/domain/sdd.ts';

export function testIbansPanel(): TemplateResult {
  return html`<section aria-labelledby="ibans-title">
    <h2 id="ibans-title">Test IBANs (SEPA Direct Debit)</h2>
    <table><thead><tr><th>IBAN</th><th>Behaviour</th></tr></thead><tbody>
      ${Object.entries(SANDBOX_IBANS).map(([iban, { description }]) => html`<tr><td><code>${friendlyIban(iban)}</code></td><td>${description}</td></tr>`)}
    </tbody></table>
    <p class="muted">Any other valid IBAN of the SEPA zone is debited. Debits settle at 06:00 UTC on their banking day: move the clock there.</p>
  </section>`;
}

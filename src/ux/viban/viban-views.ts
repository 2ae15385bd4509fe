/** The virtual IBAN UX's views: the transfer details with their copy buttons, the steps, the QR code and the outcome. */
import { html, nothing } from 'lit';
import type { Viban } from '../../core/contract/index.ts';
import { renderQr, type QrMatrix } from './viban-qr.ts';
import type { VibanText } from './viban-i18n.ts';

export interface DetailRow {
  key: string;
  label: string;
  /** As shown: the IBAN grouped by 4, the amount formatted. */
  shown: string;
  /** As copied: the IBAN in electronic format, the amount as `123.45`. */
  raw: string;
}

export interface DetailsView {
  t: VibanText;
  rows: DetailRow[];
  /** The row whose copy button shows the tooltip. */
  tooltipFor: string | undefined;
  onCopy(row: DetailRow, button: HTMLElement): void;
}

export function renderDetails({ t, rows, tooltipFor, onCopy }: DetailsView) {
  return html`<dl class="details" part="details">
    ${rows.map((row) => html`<div class="row" part=${row.key === 'amount' ? 'amount' : 'detail'}>
      <dt id="sg-label-${row.key}">${row.label}</dt>
      <dd>
        <span class="value ${row.key}" id="sg-value-${row.key}">${row.shown}</span>
        <button type="button" class="button secondary copy" part="copy-button" aria-describedby=${tooltipFor === row.key ? 'sg-copy-tooltip' : nothing}
          @click=${(event: Event) => onCopy(row, event.currentTarget as HTMLElement)}>${t('copy')}<span class="visually-hidden"> ${row.label}</span></button>
      </dd>
    </div>`)}
  </dl>`;
}

export function renderSteps(t: VibanText, amount: string, viban: Viban) {
  return html`<section class="steps" aria-labelledby="sg-steps-title">
    <h3 part="heading" id="sg-steps-title">${t('stepsTitle')}</h3>
    <ol>
      <li>${t('step1')}</li>
      <li>${t('step2', { amount })}</li>
      <li>${t('step3', { reference: viban.reference })}</li>
      <li>${t('step4')}</li>
    </ol>
  </section>`;
}

export function renderQrBlock(t: VibanText, qr: QrMatrix | null | undefined, name: string) {
  if (!qr) return nothing;
  return html`<section class="qr-block" aria-labelledby="sg-qr-title">
    <h3 part="heading" id="sg-qr-title">${t('qrTitle')}</h3>
    ${renderQr(qr, name)}
    <p class="hint">${t('qrHint')}</p>
  </section>`;
}

/** A transfer arrived and some is left: what was received and what is left, above the details. */
export function renderPartial(t: VibanText, received: string, total: string, left: string) {
  return html`<div class="notice" part="notice" id="sg-payment-notice" tabindex="-1">
    <h3 part="heading">${t('partialTitle', { left })}</h3>
    <p>${t('partialBody', { received, total, left })}</p>
  </div>`;
}

export function renderPaid(t: VibanText, amount: string, reference: string) {
  return html`<section class="notice success" part="success" aria-labelledby="sg-success-title">
    <h2 part="heading" id="sg-success-title" tabindex="-1">${t('successTitle')}</h2>
    <p>${t('successBody', { amount })}</p>
    <p class="reference">${t('successReference', { reference })}</p>
  </section>`;
}

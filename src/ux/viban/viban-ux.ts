/**
 * The virtual IBAN UX (`ux: "viban"`, seed 004 "Virtual IBAN"): the order is paid by bank transfer, outside the widget.
 * It shows what to transfer and where (amount, beneficiary, IBAN grouped by 4, BIC, reference, each with a copy
 * button), the steps, and an EPC QR code for banking apps; then it follows the order live (the host hands it every
 * change, `settlesElsewhere`): a partial transfer shows and announces what is left, the completion shows the success
 * and fires `sg-validated` once. Nothing is ever paid from here, so `submit()` does nothing.
 */
import { friendlyFormatIBAN } from 'ibantools';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { centsToDecimalString } from '../../core/money-format.ts';
import type { Viban } from '../../core/contract/index.ts';
import { SgValidatedEvent } from '../../events/index.ts';
import { Announcement } from '../../parts/announcement.ts';
import { renderLiveRegion } from '../../parts/live-region.ts';
import { base, tokens, uxStyles } from '../../styles/tokens.styles.ts';
import type { UxContext, UxElement } from '../types.ts';
import { CopyController } from './copy-tooltip.ts';
import { vibanText, type VibanText } from './viban-i18n.ts';
import { encodeTransfer, type QrMatrix } from './viban-qr.ts';
import { vibanUxStyles } from './viban-ux.styles.ts';
import { renderDetails, renderPaid, renderPartial, renderQrBlock, renderSteps, type DetailRow } from './viban-views.ts';

export class VibanUx extends LitElement implements UxElement {
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [tokens, base, uxStyles, vibanUxStyles];
  static override properties = {
    context: { attribute: false },
    qr: { state: true },
  };

  declare context: UxContext | undefined;
  /** The QR code of the amount left; null when the transfer makes no EPC payload, undefined until encoded. */
  declare qr: QrMatrix | null | undefined;

  readonly #copy = new CopyController(this);
  readonly #said = new Announcement(this);
  /** What the last rendered checkout showed, to tell a transfer that arrived from the first render. */
  #seen: { status: string; remaining: number } | undefined;
  #validated = false;
  #justPaid = false;
  #focusWasInside = false;
  /** The payload the QR code was asked for, so a re-render with the same amount does not encode again. */
  #qrKey = '';

  constructor() {
    super();
    this.context = undefined;
    this.qr = undefined;
  }

  /** Nothing to submit: the buyer pays by transfer from their bank (`ShareGroop.pay()` does nothing here). */
  submit(): Promise<void> {
    return Promise.resolve();
  }

  get #t(): VibanText {
    const i18n = this.context?.i18n;
    return (key, params) => (i18n ? vibanText(i18n, key, params) : key);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const context = this.context;
    if (!changed.has('context') || !context) return;
    const { order, amountRemaining } = context.checkout;
    const before = this.#seen;
    this.#seen = { status: order.status, remaining: amountRemaining };
    if (before && order.status === 'completed' && before.status !== 'completed') {
      this.#justPaid = true;
      this.#focusWasInside = this.matches(':focus-within');
      // Said in the region that may still say what was left: focus only moves when it was inside.
      this.#said.say(`${this.#t('successTitle')}. ${this.#t('successBody', { amount: context.i18n.money(order.amountConfirmed, order.currency) })}`, context.i18n);
    } else if (before && order.status === 'pending' && amountRemaining < before.remaining) {
      const money = (cents: number) => context.i18n.money(cents, order.currency);
      this.#said.say(this.#t('partialAnnounce', { received: money(order.amountConfirmed), total: money(order.amountConfirmed + amountRemaining), left: money(amountRemaining) }), context.i18n);
    }
    if (order.viban && order.status === 'pending') void this.#encode(order.viban, amountRemaining);
  }

  protected override updated(): void {
    if (!this.#justPaid || this.#validated || !this.context) return;
    this.#justPaid = false;
    this.#validated = true;
    const { order, transactions } = this.context.checkout;
    const credited = transactions.filter((transaction) => transaction.paymentMethod === 'viban' && transaction.status === 'captured');
    if (this.#focusWasInside) this.renderRoot.querySelector<HTMLElement>('#sg-success-title')?.focus();
    this.dispatchEvent(
      new SgValidatedEvent({
        order: order.id,
        amount: order.amountConfirmed,
        auth: credited.at(-1)?.id ?? '',
        email: order.email,
        firstName: order.firstName,
        lastName: order.lastName,
        status: order.status,
      }),
    );
  }

  async #encode(viban: Viban, amount: number): Promise<void> {
    const key = `${viban.iban}:${amount}`;
    if (key === this.#qrKey) return;
    this.#qrKey = key;
    const qr = await encodeTransfer({ bic: viban.bic, name: viban.holder, iban: viban.iban, amount, remittance: viban.reference }).catch(() => null);
    // A newer amount asked for its own code meanwhile: this one is stale.
    if (key === this.#qrKey) this.qr = qr;
  }

  #rows(viban: Viban, remaining: number, currency: string): DetailRow[] {
    const t = this.#t;
    const money = this.context?.i18n.money(remaining, currency) ?? '';
    return [
      { key: 'amount', label: t('amountToTransfer'), shown: money, raw: centsToDecimalString(remaining, 2) },
      { key: 'beneficiary', label: t('beneficiary'), shown: viban.holder, raw: viban.holder },
      { key: 'iban', label: t('iban'), shown: friendlyFormatIBAN(viban.iban) ?? viban.iban, raw: viban.iban },
      { key: 'bic', label: t('bic'), shown: viban.bic, raw: viban.bic },
      { key: 'reference', label: t('reference'), shown: viban.reference, raw: viban.reference },
    ];
  }

  #onCopy(row: DetailRow, button: HTMLElement): void {
    const t = this.#t;
    void this.#copy.copy(row.key, row.raw, row.label, button, { copied: t('copied'), failed: t('copyFailed'), announce: (what) => t('copiedAnnounce', { what }) });
  }

  protected override render() {
    const context = this.context;
    const viban = context?.checkout.order.viban;
    if (!context || !viban) return nothing;
    const { order } = context.checkout;
    const t = this.#t;
    const money = (cents: number) => context.i18n.money(cents, order.currency);
    const pending = order.status === 'pending';
    // One template whatever the status: the live regions stay the same nodes when the order completes, so the
    // completion replaces what the partial transfer announced instead of landing in a new, unread region.
    return html`${pending ? this.#renderPending(context, viban) : renderPaid(t, money(order.amountConfirmed), viban.reference)}
      ${pending ? this.#copy.renderTooltip() : nothing} ${renderLiveRegion(pending ? this.#copy.announcement : '')} ${renderLiveRegion(this.#said.in(context.i18n))}`;
  }

  #renderPending(context: UxContext, viban: Viban) {
    const { order, amountRemaining } = context.checkout;
    const t = this.#t;
    const money = (cents: number) => context.i18n.money(cents, order.currency);
    const left = money(amountRemaining);
    return html`<section class="viban" part="form" aria-labelledby="sg-viban-title">
      <h2 part="heading" id="sg-viban-title">${t('title')}</h2>
      ${order.amountConfirmed > 0 ? renderPartial(t, money(order.amountConfirmed), money(order.amountConfirmed + amountRemaining), left) : nothing}
      ${renderDetails({ t, rows: this.#rows(viban, amountRemaining, order.currency), tooltipFor: this.#copy.shownFor, onCopy: (row, button) => this.#onCopy(row, button) })}
      ${renderSteps(t, left, viban)}
      ${renderQrBlock(t, this.qr, t('qrName', { amount: left, holder: viban.holder, iban: friendlyFormatIBAN(viban.iban) ?? viban.iban }))}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-viban-ux': VibanUx;
  }
}

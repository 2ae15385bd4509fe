/**
 * The simulated bank page of a 3-D Secure challenge, in a native modal <dialog>: the browser makes the rest of the page
 * inert and gives it the top layer; we add a strict Tab loop and treat Escape as "Refuse" (the buyer backed out).
 */
import { html, LitElement } from 'lit';
import { base, tokens } from '../styles/tokens.styles.ts';
import { threeDSDialogStyles } from './three-ds-dialog.styles.ts';
import type { I18n } from '../core/i18n/index.ts';
import { exportParts } from './export-parts.ts';
// The bank page's English ships with the dialog, which is fetched when a bank first asks.
import { threeDS as en } from '../core/i18n/en/three-ds.ts';

export type ThreeDSOutcome = 'approve' | 'refuse';

export interface ThreeDSChallenge {
  merchant: string;
  /** Already formatted for the buyer's locale. */
  amount: string;
  last4: string;
}

export class ThreeDSDialog extends LitElement {
  static override styles = [tokens, base, threeDSDialogStyles];
  static override properties = {
    i18n: { attribute: false },
    challengeDetails: { state: true },
  };

  declare i18n: I18n | undefined;
  declare challengeDetails: ThreeDSChallenge | undefined;
  #settle: ((outcome: ThreeDSOutcome) => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // `bank` is renamed: the PIS UX has bank parts of its own.
    exportParts(this, 'dialog:three-ds-dialog,bank:three-ds-bank,approve-button,refuse-button');
  }

  /** Shows the bank page and resolves with the buyer's answer. */
  async challenge(details: ThreeDSChallenge): Promise<ThreeDSOutcome> {
    this.#settle?.('refuse'); // a new challenge replaces a pending one
    this.challengeDetails = details;
    await this.updateComplete;
    const outcome = new Promise<ThreeDSOutcome>((resolve) => {
      this.#settle = resolve;
    });
    const dialog = this.#dialog;
    if (dialog && !dialog.open) dialog.showModal();
    this.renderRoot.querySelector<HTMLButtonElement>('[data-outcome="approve"]')?.focus();
    return outcome;
  }

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  #finish(outcome: ThreeDSOutcome): void {
    const settle = this.#settle;
    this.#settle = undefined;
    if (this.#dialog?.open) this.#dialog.close();
    settle?.(outcome);
  }

  #onCancel(event: Event): void {
    event.preventDefault();
    this.#finish('refuse');
  }

  /** Keeps Tab and Shift+Tab inside the dialog instead of escaping to the browser's own controls. */
  #onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Tab') return;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button')];
    const at = buttons.indexOf((this.renderRoot as ShadowRoot).activeElement as HTMLButtonElement);
    // From the first button backwards, the last one forwards, or from outside the buttons: wrap to the other end.
    const wrapTo = event.shiftKey ? (at <= 0 ? buttons.at(-1) : null) : at < 0 || at === buttons.length - 1 ? buttons[0] : null;
    if (!wrapTo) return;
    event.preventDefault();
    wrapTo.focus();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#finish('refuse');
  }

  protected override render() {
    const i18n = this.i18n;
    const details = this.challengeDetails;
    if (!i18n || !details) return html`<dialog part="dialog" aria-label="3-D Secure"></dialog>`;
    const words = (key: keyof typeof en) => i18n.text('threeDS', en, key, { ...details });
    return html`<dialog
      part="dialog"
      aria-labelledby="sg-3ds-title"
      aria-describedby="sg-3ds-body"
      @cancel=${this.#onCancel}
      @keydown=${this.#onKeydown}
    >
      <p class="bank" part="bank">${words('bank')}</p>
      <h2 id="sg-3ds-title">${words('title')}</h2>
      <p id="sg-3ds-body">
        ${words('body')}
      </p>
      <div class="actions">
        <button type="button" class="button" data-outcome="approve" part="approve-button" @click=${() => this.#finish('approve')}>
          ${words('approve')}
        </button>
        <button type="button" class="button secondary" data-outcome="refuse" part="refuse-button" @click=${() => this.#finish('refuse')}>
          ${words('refuse')}
        </button>
      </div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-three-ds-dialog': ThreeDSDialog;
  }
}

/**
 * The simulated wallet sheet (CONTRACT §6: wallets have no device here): a native modal <dialog> with the order's
 * merchant and amount, the wallet's test cards (approved, 3-D Secure, declined, insufficient funds) and Pay / Cancel.
 * The browser makes the page behind inert; Tab loops inside; Escape is Cancel. It answers the chosen card or `null`.
 */
import { html, LitElement } from 'lit';
import type { I18n } from '../../core/i18n/index.ts';
import { WALLET_NAMES, WALLET_TEST_CARDS, type WalletMethod } from '../../core/wallets.ts';
import { base, tokens } from '../../styles/tokens.styles.ts';
import { behaviourText, walletText } from './wallet-words.ts';
import { walletSheetStyles } from './wallet-sheet.styles.ts';

export type WalletCard = (typeof WALLET_TEST_CARDS)[number];

export interface SheetDetails {
  wallet: WalletMethod;
  merchant: string;
  /** In cents of `currency`: written as the sheet's language writes it, which may change while it is open. */
  amount: number;
  currency: string;
}

export class WalletSheet extends LitElement {
  static override styles = [tokens, base, walletSheetStyles];
  static override properties = {
    i18n: { attribute: false },
    details: { state: true },
    chosen: { state: true },
  };

  declare i18n: I18n | undefined;
  declare details: SheetDetails | undefined;
  declare chosen: number;
  #settle: ((card: WalletCard | null) => void) | undefined;

  constructor() {
    super();
    this.i18n = undefined;
    this.details = undefined;
    this.chosen = 0;
  }

  get open(): boolean {
    return this.#settle !== undefined;
  }

  /** Shows the sheet; resolves with the card the buyer paid with, or `null` when they canceled. */
  async choose(details: SheetDetails): Promise<WalletCard | null> {
    this.#settle?.(null);
    this.details = details;
    this.chosen = 0;
    await this.updateComplete;
    const answer = new Promise<WalletCard | null>((resolve) => {
      this.#settle = resolve;
    });
    const dialog = this.#dialog;
    if (dialog && !dialog.open) dialog.showModal();
    this.renderRoot.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.focus();
    return answer;
  }

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  #finish(card: WalletCard | null): void {
    const settle = this.#settle;
    this.#settle = undefined;
    if (this.#dialog?.open) this.#dialog.close();
    settle?.(card);
  }

  #onCancel(event: Event): void {
    event.preventDefault(); // Escape: the sheet closes as Cancel, through #finish
    this.#finish(null);
  }

  /**
   * The sheet opens under the pointer: the second click of a double click on the wallet button (click count, `detail`,
   * 2 or more) lands on it and would choose the card beneath, or pay. Such a click was meant for the button: it does
   * nothing here (capture phase, before the card's label or Pay sees it).
   */
  readonly #onClickCapture = {
    capture: true,
    handleEvent: (event: MouseEvent): void => {
      if (event.detail < 2) return;
      event.preventDefault();
      event.stopPropagation();
    },
  };

  /** Tab and Shift+Tab stay inside: the checked card (one stop for the radio group), Pay, Cancel. */
  #onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Tab') return;
    const stops = [...this.renderRoot.querySelectorAll<HTMLElement>('input[type="radio"]:checked, button')];
    const active = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
    const index = stops.indexOf(active as HTMLElement);
    const next = event.shiftKey ? (index <= 0 ? stops.length - 1 : index - 1) : index === stops.length - 1 ? 0 : index + 1;
    event.preventDefault();
    stops[next]?.focus();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#finish(null);
  }

  protected override render() {
    const { i18n, details } = this;
    if (!i18n || !details) return html`<dialog part="wallet-sheet" aria-label="Wallet"></dialog>`;
    const t = (key: Parameters<typeof walletText>[1], params?: Record<string, string>) => walletText(i18n, key, params);
    const amount = i18n.money(details.amount, details.currency);
    return html`<dialog part="wallet-sheet" class="sheet-${details.wallet}" aria-labelledby="sg-sheet-title" aria-describedby="sg-sheet-intro" @cancel=${this.#onCancel} @keydown=${this.#onKeydown} @click=${this.#onClickCapture}>
      <h2 id="sg-sheet-title">${t('sheetTitle', { wallet: WALLET_NAMES[details.wallet] })}</h2>
      <p id="sg-sheet-intro">${t('sheetIntro', { merchant: details.merchant })}</p>
      <dl>
        <div><dt>${t('sheetMerchant')}</dt><dd>${details.merchant}</dd></div>
        <div><dt>${t('sheetAmount')}</dt><dd class="amount">${amount}</dd></div>
      </dl>
      <fieldset>
        <legend>${t('sheetCards')}</legend>
        ${WALLET_TEST_CARDS.map(
          (card, index) => html`<label class="card">
            <input type="radio" name="sg-wallet-card" .checked=${index === this.chosen} @change=${() => (this.chosen = index)} />
            <span>${t('sheetCard', { network: card.network, last4: card.number.slice(-4) })}</span>
            <span class="behaviour">${behaviourText(i18n, card.behaviour)}</span>
          </label>`,
        )}
      </fieldset>
      <div class="actions">
        <button type="button" class="button" part="sheet-pay-button" @click=${() => this.#finish(WALLET_TEST_CARDS[this.chosen] ?? null)}>
          ${t('pay', { amount })}
        </button>
        <button type="button" class="button secondary" part="sheet-cancel-button" @click=${() => this.#finish(null)}>${t('cancel')}</button>
      </div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-wallet-sheet': WalletSheet;
  }
}

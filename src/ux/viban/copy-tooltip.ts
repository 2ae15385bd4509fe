/**
 * Copy buttons: each copies the raw value of its row (the IBAN without spaces, the amount as `123.45`) to the
 * clipboard, then a tooltip reading "Copied" shows next to the button (placed by @floating-ui/dom, flipped and shifted
 * to stay in view) and a polite live region announces what was copied, since a tooltip alone is not read out.
 * Escape or leaving the button hides the tooltip; it also hides by itself after a moment.
 */
import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';

const SHOWN_FOR_MS = 2_500;
export const TOOLTIP_ID = 'sg-copy-tooltip';

export interface CopyWords {
  copied: string;
  failed: string;
  /** What the live region says once `what` is copied. */
  announce(what: string): string;
}

export class CopyController implements ReactiveController {
  /** The row whose button shows the tooltip now. */
  shownFor: string | undefined;
  text = '';
  /** The live region's message (see parts/live-region.ts). */
  announcement = '';
  readonly #host: ReactiveControllerHost & HTMLElement;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.addEventListener('keydown', this.#onKeydown);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('keydown', this.#onKeydown);
    clearTimeout(this.#timer);
  }

  readonly #onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.shownFor) this.hide();
  };

  /** Copies `value` for the row `key` (named `what`) and shows the outcome next to `button`. */
  async copy(key: string, value: string, what: string, button: HTMLElement, words: CopyWords): Promise<void> {
    let copied = true;
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      // No clipboard permission (an iframe without it, an old browser): the values stay selectable text.
      copied = false;
    }
    this.shownFor = key;
    this.text = copied ? words.copied : words.failed;
    // Cleared first, so that copying the same value twice is announced twice.
    this.announcement = '';
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.announcement = copied ? words.announce(what) : words.failed;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    await this.#place(button);
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.hide(), SHOWN_FOR_MS);
  }

  hide(): void {
    clearTimeout(this.#timer);
    if (!this.shownFor) return;
    this.shownFor = undefined;
    this.#host.requestUpdate();
  }

  async #place(button: HTMLElement): Promise<void> {
    const tooltip = this.#host.shadowRoot?.getElementById(TOOLTIP_ID);
    if (!tooltip) return;
    // `fixed`: the coordinates stay right inside shadow roots and scrolled containers of the merchant's page.
    const { x, y } = await computePosition(button, tooltip, { strategy: 'fixed', placement: 'top', middleware: [offset(6), flip(), shift({ padding: 4 })] });
    Object.assign(tooltip.style, { left: `${x}px`, top: `${y}px` });
  }

  /** The tooltip, rendered once in the UX's shadow root. */
  renderTooltip() {
    return html`<div id=${TOOLTIP_ID} class="copy-tooltip" role="tooltip" aria-label=${this.text} part="copy-tooltip" ?hidden=${!this.shownFor}>${this.shownFor ? this.text : nothing}</div>`;
  }
}

/**
 * Copy buttons: each copies the raw value of its row (the IBAN without spaces, the amount as `123.45`) to the
 * clipboard, then a tooltip reading "Copied" shows next to the button (placed by @floating-ui/dom, flipped and shifted
 * to stay in view) and a polite live region announces what was copied, since a tooltip alone is not read out.
 * Escape or leaving the button hides the tooltip; it also hides by itself after a moment. The tooltip's words are the
 * host's, in the page's language of the moment; the announcement is an `Announcement`, dropped once the page speaks
 * another language (issue 9).
 */
import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { I18n } from '../../core/i18n/index.ts';
import { Announcement } from '../../parts/announcement.ts';

const SHOWN_FOR_MS = 2_500;
export const TOOLTIP_ID = 'sg-copy-tooltip';

/** What the live region says of a copy, written in `i18n`'s language. */
export interface CopyAnnouncement {
  i18n: I18n | undefined;
  /** The words for a copy that reached the clipboard (`copied`) or was refused. */
  say(copied: boolean): string;
}

export class CopyController implements ReactiveController {
  /** The row whose button shows the tooltip now. */
  shownFor: string | undefined;
  /** Whether the last copy reached the clipboard: the tooltip says "Copied", else how to copy by hand. */
  copied = true;
  /** The live region's message (see parts/live-region.ts): `announcement.in(i18n)`. */
  readonly announcement: Announcement;
  readonly #host: ReactiveControllerHost & HTMLElement;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    this.announcement = new Announcement(host);
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

  /** Copies `value` for the row `key`, shows the outcome next to `button` and announces it as `words` say. */
  async copy(key: string, value: string, button: HTMLElement, words: CopyAnnouncement): Promise<void> {
    let copied = true;
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      // No clipboard permission (an iframe without it, an old browser): the values stay selectable text.
      copied = false;
    }
    this.shownFor = key;
    this.copied = copied;
    // Cleared first, so that copying the same value twice is announced twice.
    this.announcement.say('', words.i18n);
    await this.#host.updateComplete;
    this.announcement.say(words.say(copied), words.i18n);
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

  /** The tooltip, rendered once in the UX's shadow root, reading `text` (the words for `copied` in the page's language). */
  renderTooltip(text: string) {
    return html`<div id=${TOOLTIP_ID} class="copy-tooltip" role="tooltip" aria-label=${text} part="copy-tooltip" ?hidden=${!this.shownFor}>${this.shownFor ? text : nothing}</div>`;
  }
}

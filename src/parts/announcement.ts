import type { ReactiveControllerHost } from 'lit';
import type { I18n } from '../core/i18n/index.ts';

/**
 * What a page says politely (a live region's or a status line's text), kept with the language it was said in. Once the
 * page speaks another language (`<sg-captain locale>` changed live), the old words are dropped, for good: nothing in the
 * old language stays on screen or in a region, nor comes back when the page switches back (WCAG 3.1.2, issue 9). The
 * next announcement is said in the new language.
 */
export class Announcement {
  #text = '';
  #locale: string | undefined;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Says `text`, written in `i18n`'s language ('' says nothing); the host renders again. */
  say(text: string, i18n: I18n | undefined): void {
    this.#text = text;
    this.#locale = i18n?.locale;
    this.host.requestUpdate();
  }

  /** The words to show in the page's language `i18n`: '' once they were another language's (and from then on). */
  in(i18n: I18n): string {
    if (this.#locale !== i18n.locale) this.#text = '';
    return this.#text;
  }
}

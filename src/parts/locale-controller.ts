import type { ReactiveControllerHost } from 'lit';
import { englishI18n, loadI18n, type I18n } from '../core/i18n/index.ts';

/**
 * The words of the language a page asks for, switched live (issue 9): `ask(locale)` loads its catalogue (`loadI18n`:
 * English, or English again when the language is unknown or its file cannot be fetched) and, once it is here, `i18n`
 * is it, `loaded` hears of it and the host renders again. Loads may end out of order (a slow German fetched before a
 * quick French): only the last one asked ever wins. Used by `<sg-captain>`, `<sg-link>`, `<sg-help>`, the sharing space
 * and the settlement pages.
 */
export class LocaleController {
  /** The catalogue the page shows now: English until the first one asked is here. */
  i18n: I18n = englishI18n;
  /** The catalogue last asked for, once loaded (what a load that starts now waits for); none before the first ask. */
  ready: Promise<I18n> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly loaded?: (i18n: I18n) => void,
  ) {}

  /** Loads `locale`'s catalogue; resolves with the page's catalogue once it is here (a newer one, if asked meanwhile). */
  ask(locale: string | null | undefined): Promise<I18n> {
    const asked: Promise<I18n> = (this.ready = loadI18n(locale).then((i18n) => {
      if (asked !== this.ready) return this.ready as Promise<I18n>;
      this.i18n = i18n;
      this.loaded?.(i18n);
      this.host.requestUpdate();
      return i18n;
    }));
    return asked;
  }
}

/**
 * widget.js: the classic script merchant pages include. They call `ShareGroop.initCaptain(...).mount()` in an inline
 * script right after the <script src> tag, so this defines the whole script-tag API synchronously (`script-tag.ts`).
 * The elements' code (`standalone.ts` and what it imports) follows this loader in the same file
 * (scripts/classic-widget.ts): by the time a page can call `mount()`, it has run and left its exports under
 * `Symbol.for(WIDGET_ENTRY_KEY)`, or the error that stopped it (a page's CSP), which `mount()` then reports.
 */
import { createShareGroop, type ShareGroopApi, type WidgetElements } from './script-tag.ts';
import { WIDGET_ENTRY_KEY } from './widget-entry-key.ts';

declare global {
  interface Window {
    ShareGroop: ShareGroopApi;
  }
}

type Entry = { elements: WidgetElements } | { error: unknown };

((): void => {
  if (window.ShareGroop) return; // included twice: keep the first
  const script = document.currentScript as HTMLScriptElement | null;
  const scriptUrl = new URL(script?.src ?? './widget.js', location.href);
  const slot = Symbol.for(WIDGET_ENTRY_KEY);
  const elements = async (): Promise<WidgetElements> => {
    const entry = (globalThis as { [slot]?: Entry })[slot];
    if (entry && 'elements' in entry) return entry.elements;
    throw entry?.error ?? new Error("the widget's code did not run");
  };
  window.ShareGroop = createShareGroop(scriptUrl.origin, elements);
})();

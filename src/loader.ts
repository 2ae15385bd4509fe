/**
 * widget.js: a small classic script. Merchant pages call `ShareGroop.initCaptain(...).mount()` in an inline script right
 * after the <script src> tag, before any module could load, so this defines the whole script-tag API synchronously
 * (`script-tag.ts`: `mount()` places and returns the element at once) and imports the elements' code (`sharegroop.js`,
 * and through it the lazy chunks) from widget.js's own directory.
 */
import { createShareGroop, type ShareGroopApi, type WidgetElements } from './script-tag.ts';

declare global {
  interface Window {
    ShareGroop: ShareGroopApi;
  }
}

((): void => {
  if (window.ShareGroop) return; // included twice: keep the first
  const script = document.currentScript as HTMLScriptElement | null;
  const scriptUrl = new URL(script?.src ?? './widget.js', location.href);
  // Fetched at once: a captain the page creates itself (`<sg-captain>` in its markup or a shadow root) upgrades too.
  const elements: Promise<WidgetElements> = import(/* @vite-ignore */ new URL('sharegroop.js', scriptUrl).href).then(
    (module: { elements: WidgetElements }) => module.elements,
  );
  elements.catch(() => {}); // reported by each mount, with its cause
  window.ShareGroop = createShareGroop(scriptUrl.origin, () => elements);
})();

/**
 * widget.js: a tiny classic script. Merchant pages call `ShareGroop.initCaptain(...).mount()` in an inline script right
 * after the <script src> tag, before any module could load, so this defines the global synchronously, queues calls in
 * order, and imports the real implementation (and, through it, the lazy UX chunks) from widget.js's own directory.
 */
import { prefetchCheckout } from './core/prefetch.ts';
import type { CaptainConfig, LinkConfig, MountHandle, ShareGroopApi } from './standalone.ts';

declare global {
  interface Window {
    ShareGroop: ShareGroopApi;
  }
}

((): void => {
  if (window.ShareGroop) return; // included twice: keep the first
  const script = document.currentScript as HTMLScriptElement | null;
  const scriptUrl = new URL(script?.src ?? './widget.js', location.href);
  // One module holds everything every page needs; only the UX, the sharing link and other languages come later.
  const entryUrl = new URL('sharegroop.js', scriptUrl).href;

  const implementation: Promise<ShareGroopApi | undefined> = import(/* @vite-ignore */ entryUrl).then(
    (module: { createShareGroop: (apiUrl: string) => ShareGroopApi }) => module.createShareGroop(scriptUrl.origin),
    (error: unknown) => {
      console.error('[ShareGroop] the widget could not be loaded:', error);
      return undefined;
    },
  );

  window.ShareGroop = {
    initCaptain(config: CaptainConfig): MountHandle {
      return {
        mount(selector?: string) {
          // The order's summary downloads while sharegroop.js does (core/prefetch.ts), not after it.
          prefetchCheckout(config.apiUrl ?? scriptUrl.origin, config.publicKey, config.orderId);
          void implementation.then((api) => {
            if (api) api.initCaptain(config).mount(selector);
            else config.events?.onError?.({ code: 'network', message: 'The payment widget could not be loaded.', order: config.orderId });
          });
        },
      };
    },
    initLink(config: LinkConfig) {
      return implementation.then((api) => api?.initLink(config));
    },
    pay() {
      return implementation.then((api) => api?.pay());
    },
  };
})();

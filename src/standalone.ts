/**
 * Script-tag API (`window.ShareGroop`), the same surface as the real platform's widget.js. `loader.ts` (the tiny
 * classic widget.js) queues the merchant's calls and forwards them here once this module has loaded.
 */
import type { InlineOrder } from './core/api.ts';
import { defineElement } from './define-element.ts';
import { SgCaptain } from './elements/sg-captain/sg-captain.ts';
import type { ErrorDetail, InvalidDetail, ReadyDetail, ValidatedDetail } from './events/index.ts';

export interface WidgetEvents {
  onReady?: (data: ReadyDetail) => void;
  onValidated?: (data: ValidatedDetail) => void;
  onInvalid?: (data: InvalidDetail) => void;
  onError?: (data: ErrorDetail) => void;
}

export interface CaptainConfig {
  publicKey: string;
  orderId?: string;
  /** Front-end integration: the order to create instead of `orderId`. */
  order?: InlineOrder;
  locale?: string;
  /** Defaults to the origin that served widget.js. */
  apiUrl?: string;
  events?: WidgetEvents;
  /** Sandbox only (test keys): `{ wallets: true }` shows every wallet the platform enables, with the simulated wallet sheet. */
  sandbox?: { wallets?: boolean };
}

export interface LinkConfig {
  publicKey: string;
  orderId: string;
  locale?: string;
  apiUrl?: string;
  selector?: string;
  events?: Pick<WidgetEvents, 'onReady' | 'onError'>;
}

export interface MountHandle {
  mount(selector?: string): void;
}

export interface ShareGroopApi {
  initCaptain(config: CaptainConfig): MountHandle;
  initLink(config: LinkConfig): Promise<void>;
  pay(): Promise<void>;
}

const CALLBACKS = { 'sg-ready': 'onReady', 'sg-validated': 'onValidated', 'sg-invalid': 'onInvalid', 'sg-error': 'onError' } as const;

/** The captain mounted last: `ShareGroop.pay()` submits it. */
let mountedCaptain: SgCaptain | undefined;

/** A merchant callback that throws must not break the widget; report it where its developer looks. */
function relayEvents(element: HTMLElement, events: WidgetEvents | undefined): void {
  for (const [type, name] of Object.entries(CALLBACKS)) {
    element.addEventListener(type, (event) => {
      const callback = events?.[name] as ((detail: unknown) => void) | undefined;
      if (typeof callback !== 'function') return;
      try {
        callback((event as CustomEvent).detail);
      } catch (error) {
        console.error(`[ShareGroop] ${name} callback threw:`, error);
      }
    });
  }
}

function findContainer(selector: string, events: WidgetEvents | undefined): Element | null {
  let container: Element | null = null;
  try {
    container = document.querySelector(selector);
  } catch {
    // an invalid selector is reported like a missing container
  }
  if (!container) {
    const message = `No element matches "${selector}"`;
    console.error(`[ShareGroop] ${message}`);
    try {
      events?.onError?.({ code: 'invalid_request', message, order: undefined });
    } catch (error) {
      console.error('[ShareGroop] onError callback threw:', error);
    }
  }
  return container;
}

function setAttributes(element: HTMLElement, attributes: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(attributes)) if (value) element.setAttribute(name, value);
}

export function createShareGroop(defaultApiUrl: string): ShareGroopApi {
  // <sg-link> is only fetched by pages that show a sharing link.
  defineElement('sg-captain', SgCaptain);
  return {
    initCaptain(config) {
      return {
        mount(selector = '#sharegroop-captain') {
          const container = findContainer(selector, config.events);
          if (!container) return;
          const captain = document.createElement('sg-captain');
          relayEvents(captain, config.events);
          setAttributes(captain, {
            'public-key': config.publicKey,
            'order-id': config.orderId,
            locale: config.locale ?? 'en',
            'api-url': config.apiUrl ?? defaultApiUrl,
          });
          if (!config.orderId && config.order) captain.order = config.order;
          captain.sandboxWallets = config.sandbox?.wallets === true;
          container.replaceChildren(captain);
          mountedCaptain = captain;
        },
      };
    },
    async initLink(config) {
      try {
        const { SgLink } = await import('./elements/sg-link/sg-link.ts');
        defineElement('sg-link', SgLink);
      } catch (error) {
        console.error('[ShareGroop] the sharing link could not be loaded:', error);
        config.events?.onError?.({ code: 'network', message: 'The sharing link could not be loaded.', order: config.orderId });
        return;
      }
      const container = findContainer(config.selector ?? '#sharegroop-link', config.events);
      if (!container) return;
      const link = document.createElement('sg-link');
      relayEvents(link, config.events);
      setAttributes(link, {
        'public-key': config.publicKey,
        'order-id': config.orderId,
        locale: config.locale ?? 'en',
        'api-url': config.apiUrl ?? defaultApiUrl,
      });
      container.replaceChildren(link);
    },
    async pay() {
      if (!mountedCaptain?.isConnected) {
        console.warn('[ShareGroop] pay() called before a captain widget was mounted');
        return;
      }
      await mountedCaptain.pay();
    },
  };
}

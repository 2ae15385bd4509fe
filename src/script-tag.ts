/**
 * The script-tag API (`window.ShareGroop`, CONTRACT §5), as pages written for the real platform's widget.js use it. It
 * touches only the DOM, never Lit: `loader.ts` defines it before the elements' code runs (both in widget.js), so a
 * page whose policy stops Lit still gets `ShareGroop` and an `onError` saying why.
 * Every integrator mistake is named in the console and reported through `onError` with a code; nothing is thrown into
 * the merchant's page.
 */
import type { InlineOrder } from './core/checkout-api.ts';
import type { ErrorDetail, InvalidDetail, ReadyDetail, ValidatedDetail } from './events/index.ts';

export interface WidgetEvents {
  onReady?: (data: ReadyDetail) => void;
  onValidated?: (data: ValidatedDetail) => void;
  onInvalid?: (data: InvalidDetail) => void;
  onError?: (data: ErrorDetail) => void;
}

/** Where an element goes: a selector (looked up in `context`) or the element itself. */
export type MountTarget = string | Element;

interface CommonConfig {
  publicKey: string;
  orderId?: string;
  /** The buyer's language as a BCP 47 tag: `en` (default), `fr`, `de`, `es`, `it`, `nl` (`fr-FR` reads as `fr`; another language, as English). Also the locale of an inline `order`. */
  locale?: string;
  /** Defaults to the origin that served widget.js. */
  apiUrl?: string;
  /** Used by `mount()` without argument. */
  selector?: string;
  /** The node the selector is looked up in: a shadow root, an element; `document` by default. */
  context?: ParentNode;
}

export interface CaptainConfig extends CommonConfig {
  /** Front-end integration: the order to create instead of `orderId`. */
  order?: InlineOrder;
  /** Sandbox only (test keys): `{ wallets: true }` shows every wallet the platform enables, with the simulated wallet sheet. */
  sandbox?: { wallets?: boolean };
  /** ISO 4217 currency of an inline `order` (ignored, with a warning, beside `orderId`). */
  currency?: string;
  events?: WidgetEvents;
}

export interface LinkConfig extends CommonConfig {
  orderId: string;
  events?: Pick<WidgetEvents, 'onReady' | 'onError'>;
}

export interface MountHandle<E extends HTMLElement = HTMLElement> {
  /** Mounts (or moves) the element into `target` and returns it; `undefined` when it cannot (reported). */
  mount(target?: MountTarget): E | undefined;
}

export type PayableElement = HTMLElement & { pay(): Promise<void> };

/** What the elements' code provides once it ran (`standalone.ts`, in widget.js after the loader). */
export interface WidgetElements {
  define(tag: WidgetTag): Promise<void>;
  /** The `<sg-captain>` connected last anywhere, shadow roots included (created by the page itself too). */
  lastCaptain(): PayableElement | undefined;
}

export type WidgetTag = 'sg-captain' | 'sg-link' | 'sg-help';

export interface ShareGroopApi {
  initCaptain(config: CaptainConfig): MountHandle<PayableElement>;
  /** Mounts the sharing link by itself (in `selector`, default `#sharegroop-link`); its `mount()` is optional. */
  initLink(config: LinkConfig): MountHandle;
  /** Mounts the explanation of the order's module for buyers by itself (default `#sharegroop-help`). */
  initHelp(config: LinkConfig): MountHandle;
  /** Mounts the captain configured last by `initCaptain`. */
  mount(target?: MountTarget): PayableElement | undefined;
  /** Submits the mounted captain (the merchant's own pay button). */
  pay(): Promise<void>;
}

/** Codes of the integrator's mistakes, beside the element's own (`CaptainError` codes). */
export type IntegrationErrorCode = 'invalid_config' | 'container_not_found' | 'csp_blocked' | 'network';

const CALLBACKS = { 'sg-ready': 'onReady', 'sg-validated': 'onValidated', 'sg-invalid': 'onInvalid', 'sg-error': 'onError' } as const;
const KNOWN_KEYS = ['publicKey', 'orderId', 'order', 'currency', 'locale', 'apiUrl', 'selector', 'context', 'events', 'sandbox'];
const TRUSTED_TYPES_HELP = "blocked by the page's Content Security Policy: allow the Trusted Types policy lit-html (see docs/WIDGET.md)";

/** Names a mistake where the developer looks (console) and where the page listens (`onError`). */
function report(events: WidgetEvents | undefined, code: IntegrationErrorCode, message: string, order?: string): void {
  console.error(`[ShareGroop] ${code}: ${message}`);
  try {
    events?.onError?.({ code, message, order });
  } catch (error) {
    console.error('[ShareGroop] onError callback threw:', error);
  }
}

/** A merchant callback that throws must not break the widget; report it where its developer looks. */
function relayEvents(element: HTMLElement, events: WidgetEvents | undefined): void {
  for (const [type, name] of Object.entries(CALLBACKS)) {
    element.addEventListener(type, (event) => {
      const callback = events?.[name];
      if (typeof callback !== 'function') return;
      try {
        (callback as (detail: unknown) => void)((event as CustomEvent).detail);
      } catch (error) {
        console.error(`[ShareGroop] ${name} callback threw:`, error);
      }
    });
  }
}

/** The mistakes that leave nothing sensible to mount; warnings for those the widget can live with. */
function configMistake(config: CaptainConfig, captain: boolean): string | undefined {
  if (!config || typeof config !== 'object') return 'the config must be an object';
  for (const key of Object.keys(config)) if (!KNOWN_KEYS.includes(key)) console.warn(`[ShareGroop] unknown config key "${key}" ignored`);
  for (const [name, callback] of Object.entries(config.events ?? {})) {
    if (!Object.values(CALLBACKS).includes(name as never)) console.warn(`[ShareGroop] unknown event "${name}" ignored`);
    else if (typeof callback !== 'function') return `events.${name} must be a function`;
  }
  const key = config.publicKey;
  if (typeof key !== 'string' || !key) return 'publicKey is missing';
  if (/^sk_/.test(key)) return 'publicKey is a secret key: never put it in a page';
  // Only warned: the platform answers a wrong key or order itself (401, 404), and the element shows that state.
  if (!/^pk_(test|live)_/.test(key)) console.warn(`[ShareGroop] publicKey "${key}" is not a public key (pk_…)`);
  if (config.apiUrl != null && !/^https?:\/\/[^/]/.test(config.apiUrl)) return `apiUrl "${config.apiUrl}" is not an absolute http(s) URL`;
  if (config.context != null && typeof (config.context as ParentNode).querySelector !== 'function') return 'context must be a node (document, element, shadow root)';
  const { order, orderId } = config;
  if (orderId != null && !/^ord_/.test(orderId)) console.warn(`[ShareGroop] orderId "${orderId}" is not an order id (ord_…)`);
  if (!captain) return orderId ? undefined : 'orderId is missing';
  if (orderId && (order || config.currency)) console.warn('[ShareGroop] order and currency are ignored beside orderId');
  if (!orderId && !order) return 'orderId or order is missing';
  if (!orderId && order && (!Number.isSafeInteger(order.amount) || order.amount <= 0)) {
    return `order.amount must be a positive integer number of cents, not ${order.amount}`;
  }
  const currency = order?.currency ?? config.currency;
  if (!orderId && currency != null && !/^[a-z]{3}$/i.test(currency)) return `currency "${currency}" is not an ISO 4217 code`;
  return undefined;
}

/**
 * The config's BCP 47 tag (RFC 5646 §2.1) as an order's locale, the platform's `en` or `fr-FR`: case and `_` as
 * integrators write them (`it_IT` → `it-IT`, `ES` → `es`); a region after a script is dropped (`zh-Hant-TW` → `zh`:
 * the entry's bytes are counted); a tag without a two-letter language is left to the platform's default.
 */
function orderLocale(locale: unknown): string | undefined {
  const [, language, region] = /^([a-z]{2})(?:[-_]([a-z]{2}))?\b/i.exec(String(locale)) ?? [];
  return language && language.toLowerCase() + (region ? `-${region.toUpperCase()}` : '');
}

/**
 * `load` gives the elements' code, or the error that stopped it; `defaultApiUrl` is the origin that served widget.js. The
 * returned object is `window.ShareGroop`.
 */
export function createShareGroop(defaultApiUrl: string, load: () => Promise<WidgetElements>): ShareGroopApi {
  let cspViolation = '';
  document.addEventListener('securitypolicyviolation', (event) => {
    if (/trusted-types|script-src/.test(event.effectiveDirective)) cspViolation = event.effectiveDirective;
  });
  /** Loads and defines `tag`; a failure is reported once per mount, named `csp_blocked` when the page's CSP caused it. */
  const define = async (tag: WidgetTag, events: WidgetEvents | undefined, order?: string): Promise<boolean> => {
    try {
      await (await load()).define(tag);
      return true;
    } catch (error) {
      // The policy violation is reported as a task, after the failed import settles.
      await new Promise((resolve) => setTimeout(resolve, 50));
      const blocked = cspViolation || /trusted ?type|createPolicy/i.test(String(error));
      if (blocked) report(events, 'csp_blocked', TRUSTED_TYPES_HELP, order);
      else report(events, 'network', `the widget could not be loaded from ${defaultApiUrl}`, order);
      return false;
    }
  };

  /** The element `selector` designates in the config's `context`; `null` for none or an invalid selector. */
  const find = (config: CaptainConfig, selector: unknown): Element | null => {
    try {
      return (config.context ?? document).querySelector(selector as string);
    } catch {
      return null;
    }
  };

  /** Puts a fresh `tag` element configured by `config` into `target` and starts loading its code. */
  function place(tag: WidgetTag, config: CaptainConfig, target: MountTarget | undefined, fallback: string): HTMLElement | undefined {
    const { events } = config;
    const selector = target ?? config.selector ?? fallback;
    const container = selector instanceof Element ? selector : find(config, selector);
    if (!container) {
      const where = typeof selector === 'string' ? `"${selector}"` : String(selector);
      report(events, 'container_not_found', `no element matches ${where}`, config.orderId);
      return undefined;
    }
    const element = document.createElement(tag);
    relayEvents(element, events);
    const attributes = { 'public-key': config.publicKey, 'order-id': config.orderId, locale: config.locale ?? 'en', 'api-url': config.apiUrl ?? defaultApiUrl };
    for (const [name, value] of Object.entries(attributes)) if (value) element.setAttribute(name, value);
    if ((config as CaptainConfig).sandbox?.wallets === true) element.setAttribute('sandbox-wallets', '');
    if (!config.orderId && config.order) {
      // Lit keeps a property set before the element upgrades.
      (element as HTMLElement & { order?: InlineOrder }).order = {
        ...config.order,
        currency: (config.order.currency ?? config.currency)?.toUpperCase(),
        locale: config.order.locale ?? orderLocale(config.locale),
      };
    }
    const defined = define(tag, events, config.orderId);
    // The captain's pay() works from the start, before the element's code has arrived and upgraded it.
    if (tag === 'sg-captain') {
      (element as PayableElement).pay = async () => {
        if (await defined) await (customElements.get(tag)?.prototype as PayableElement).pay.call(element);
      };
    }
    container.replaceChildren(element);
    return element;
  }

  let captainHandle: MountHandle<PayableElement> | undefined;
  let mountedCaptain: PayableElement | undefined;

  /** A link or help element: mounted by itself once the page's container exists, unless `mount()` came first. */
  function selfMounting(tag: WidgetTag, config: LinkConfig, fallback: string): MountHandle {
    const mistake = configMistake(config, false);
    if (mistake) {
      report(config?.events, 'invalid_config', mistake, config?.orderId);
      return { mount: () => undefined };
    }
    let called = false;
    let mounted: HTMLElement | undefined;
    const handle: MountHandle = {
      mount(target) {
        called = true;
        // Again: moved, not copied (the one before would stay, live, beside it); kept where it was if the new place is missing.
        const placed = place(tag, config, target, fallback);
        if (placed) {
          mounted?.remove();
          mounted = placed;
        }
        return placed;
      },
    };
    // After the calling script (its own mount() wins); while the page still parses, once the container exists.
    const auto = (): void => {
      if (called) return;
      if (document.readyState === 'loading' && !find(config, config.selector ?? fallback)) document.addEventListener('DOMContentLoaded', auto, { once: true });
      else handle.mount();
    };
    queueMicrotask(auto);
    return handle;
  }

  return {
    initCaptain(config) {
      const mistake = configMistake(config, true);
      let mounted: PayableElement | undefined;
      const handle: MountHandle<PayableElement> = {
        mount(target) {
          if (mistake) {
            report(config?.events, 'invalid_config', mistake, config?.orderId);
            return undefined;
          }
          // Again (a page re-rendering its checkout elsewhere): moved, so one form per initCaptain stays live.
          const captain = place('sg-captain', config, target, '#sharegroop-captain') as PayableElement | undefined;
          if (captain) {
            mounted?.remove();
            mounted = captain;
            mountedCaptain = captain;
            // A page's first Intl.NumberFormat loads the browser's ICU data: 15–50 ms of main thread that the form's
            // first amount would otherwise spend once the order's summary has arrived. Done now, in a task of its
            // own, while the main thread waits for that answer (issue 14, scripts/bench-render.mjs).
            setTimeout(Intl.NumberFormat);
          }
          return captain;
        },
      };
      captainHandle = handle;
      return handle;
    },
    initLink: (config) => selfMounting('sg-link', config, '#sharegroop-link'),
    initHelp: (config) => selfMounting('sg-help', config, '#sharegroop-help'),
    mount(target) {
      if (captainHandle) return captainHandle.mount(target);
      report(undefined, 'invalid_config', 'mount() before initCaptain()');
      return undefined;
    },
    async pay() {
      let elements: WidgetElements;
      try {
        elements = await load();
        await elements.define('sg-captain');
      } catch {
        return; // reported when it was mounted
      }
      const captain = mountedCaptain?.isConnected ? mountedCaptain : elements.lastCaptain();
      if (!captain) {
        console.warn('[ShareGroop] pay() before mount()');
        return;
      }
      await captain.pay();
    },
  };
}

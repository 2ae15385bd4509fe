/** What every hosted page does: find its order in the URL, ask the platform how to render it, and boot (`bootHostedPage`). */
import { hosted as hostedEn } from '../../src/core/i18n/en/hosted.ts';
import { loadI18n, type I18n, type SupportedLocale } from '../../src/core/i18n/index.ts';
import { call, startSandbox } from './sandbox.ts';

export interface HostedOrder {
  orderId: string;
  publicKey: string;
  locale: string;
  ux: string;
  platformName: string;
  successUrl?: string;
  /** A dashboard payment link with an expiry: when it expires (ms) and whether it has. */
  linkExpiresAt?: number;
  linkExpired?: boolean;
}

/** The last path segment: `/pay/{orderId}`, `/share/{orderId}`… (or `?order=` under `npm run dev`). */
export function idFromLocation(): string | null {
  const fromQuery = new URLSearchParams(location.search).get('order');
  if (fromQuery) return fromQuery;
  const last = location.pathname.split('/').filter(Boolean).at(-1) ?? '';
  return last.endsWith('.html') ? null : last || null;
}

export function loadHostedOrder(orderId: string): Promise<HostedOrder> {
  return call<HostedOrder>('GET', `/v1/hosted/orders/${encodeURIComponent(orderId)}`, null);
}

export function showNotice(container: Element, message: string): void {
  const notice = document.createElement('p');
  notice.className = 'notice';
  notice.setAttribute('role', 'alert');
  notice.textContent = message;
  container.replaceChildren(notice);
}

export type PageLocale = SupportedLocale;
type HostedKey = keyof typeof hostedEn;

/** The words of a hosted page: keys of the registry's `hosted` namespace (`src/core/i18n/en/hosted.ts`). */
export interface HostedCopy {
  title: HostedKey;
  /** The URL names nothing. */
  missing: HostedKey;
  /** The platform knows nothing by that id. */
  unknown: HostedKey;
  footnote: HostedKey;
}

/** A `hosted` message in the page's language. */
export const hostedText = (i18n: I18n, key: HostedKey, params?: Record<string, string>): string => i18n.text('hosted', hostedEn, key, params);

/** What is needed to render a hosted page once its order (or transaction) is known. */
interface Hosted {
  locale: string;
  platformName: string;
}

export interface HostedPageOptions<H extends Hosted> {
  /** Where the component goes (and where a notice replaces it). */
  container: HTMLElement;
  copy: HostedCopy;
  /** Registers the custom elements the page mounts. */
  define(): void | Promise<void>;
  /** The id the URL names; `idFromLocation` unless given. */
  id?(): string | null;
  /** What the platform says about that id (`loadHostedOrder` for an order). */
  load(id: string): Promise<H>;
  /** The locale the page renders in; the order's unless given. */
  locale?(hosted: H): string;
  /** The component to show. */
  mount(hosted: H, locale: PageLocale, i18n: I18n): HTMLElement;
}

/**
 * Every hosted page's boot: start the sandbox, define the elements, find the id in the URL and ask the platform about it
 * (a notice in the browser's language when either fails), then title the page in the order's language and mount the
 * component.
 */
export async function bootHostedPage<H extends Hosted>(options: HostedPageOptions<H>): Promise<void> {
  const { container, copy } = options;
  const browser = await loadI18n(navigator.language);
  await startSandbox();
  await options.define();
  const id = options.id ? options.id() : idFromLocation();
  if (!id) return showNotice(container, hostedText(browser, copy.missing));
  let hosted: H;
  try {
    hosted = await options.load(id);
  } catch {
    return showNotice(container, hostedText(browser, copy.unknown));
  }
  const i18n = await loadI18n(options.locale ? options.locale(hosted) : hosted.locale);
  const title = hostedText(i18n, copy.title);
  document.documentElement.lang = i18n.locale;
  document.title = `${title} · ${hosted.platformName}`;
  (document.getElementById('title') as HTMLElement).textContent = title;
  (document.getElementById('platform-name') as HTMLElement).textContent = hosted.platformName;
  (document.getElementById('footnote') as HTMLElement).textContent = hostedText(i18n, copy.footnote);
  container.replaceChildren(options.mount(hosted, i18n.locale, i18n));
}

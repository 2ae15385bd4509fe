/**
 * The pages one origin serves beside the API: a path pattern and the demo's HTML file that renders it. Read by the
 * sandbox server (`npm start`, over `dist/demo`) and by the dev server (`npm run dev`, `demo/vite.config.ts`), so that
 * a link such as `/pay/{orderId}` opens the same page in both. Every page finds its id in the path itself.
 */
export const HOSTED_PAGES: readonly (readonly [RegExp, string])[] = [
  [/^\/pay\/[^/]+\/?$/, '/pay.html'],
  [/^\/share\/[^/]+\/?$/, '/share.html'],
  [/^\/recovery\/[^/]+\/?$/, '/recovery.html'],
  [/^\/balance\/[^/]+\/?$/, '/balance.html'],
  [/^\/amazon-pay\/[^/]+\/?$/, '/amazon-pay.html'],
  [/^\/update-card\/[^/]+\/?$/, '/update-card.html'],
  [/^\/dashboard(\/.*)?$/, '/dashboard.html'],
  [/^\/bank\/[^/]+\/?$/, '/bank.html'],
  [/^\/wallets\/?$/, '/wallets.html'],
  [/^\/theme\/?$/, '/theme.html'],
];

/**
 * Headers a page's HTML file is served with, beside the server's own: the dashboard acts with a same-site cookie, so
 * no page may frame it (clickjacking, OWASP Clickjacking Defense: `frame-ancestors 'none'`, and `X-Frame-Options` for
 * older browsers; mock-server/dashboard/framing.test.ts). The payment pages stay frameable: merchants may embed them.
 */
const PAGE_HEADERS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  '/dashboard.html': { 'Content-Security-Policy': "frame-ancestors 'none'", 'X-Frame-Options': 'DENY' },
};

/** The headers of the HTML file `page` (a value of `hostedPageFor`, or a file's own path): none for most. */
export const pageHeadersFor = (page: string): Readonly<Record<string, string>> => PAGE_HEADERS[page] ?? {};

/** The HTML file behind `pathname`, or null when no hosted page has that path. */
export function hostedPageFor(pathname: string): string | null {
  return HOSTED_PAGES.find(([pattern]) => pattern.test(pathname))?.[1] ?? null;
}

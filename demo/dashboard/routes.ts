/** The dashboard's pages, from the location's path (history API; the server answers every /dashboard path with the app). */
export type Route =
  | { page: 'sign-in'; next: string }
  | { page: 'platforms' }
  | { page: 'orders'; platformId: string; query: URLSearchParams }
  | { page: 'withdrawals'; platformId: string }
  | { page: 'payment-link'; platformId: string }
  | { page: 'settings'; platformId: string }
  | { page: 'order'; orderId: string }
  | { page: 'transaction'; transactionId: string }
  | { page: 'not-found' };

export const HOME = '/dashboard';

/** Where sign-in may send the user back to: a dashboard page of this origin only (no open redirect). */
export function safeNext(next: string | null): string {
  return next && /^\/dashboard(\/|\?|$)/.test(next) && !next.startsWith('//') ? next : HOME;
}

export function routeOf(location: { pathname: string; search: string }): Route {
  const path = location.pathname.replace(/\/+$/, '') || '/';
  const query = new URLSearchParams(location.search);
  if (path === '/dashboard/sign-in') return { page: 'sign-in', next: safeNext(query.get('next')) };
  if (path === '/dashboard' || path === '/dashboard/platforms') return { page: 'platforms' };
  let match = /^\/dashboard\/platforms\/([^/]+)\/payment-links\/new$/.exec(path);
  if (match?.[1]) return { page: 'payment-link', platformId: decodeURIComponent(match[1]) };
  match = /^\/dashboard\/platforms\/([^/]+)\/(orders|withdrawals|settings)$/.exec(path);
  if (match?.[1]) {
    const platformId = decodeURIComponent(match[1]);
    return match[2] === 'orders' ? { page: 'orders', platformId, query } : { page: match[2] as 'withdrawals' | 'settings', platformId };
  }
  match = /^\/dashboard\/orders\/([^/]+)$/.exec(path);
  if (match?.[1]) return { page: 'order', orderId: decodeURIComponent(match[1]) };
  match = /^\/dashboard\/transactions\/([^/]+)$/.exec(path);
  if (match?.[1]) return { page: 'transaction', transactionId: decodeURIComponent(match[1]) };
  return { page: 'not-found' };
}

/** Fired on window by a view that changes the page (filters, pagination) so that the app follows. */
export const NAVIGATE = 'sg-dashboard-navigate';

export function navigate(to: string, replace = false): void {
  if (replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  window.dispatchEvent(new CustomEvent(NAVIGATE));
}

/**
 * `<sg-dashboard>`: the merchant dashboard's shell. It asks who is signed in, shows the sign-in page otherwise (and,
 * once signed in, the page the user was going to), routes between the pages with the history API, moves focus to each
 * new page's heading, and returns to sign-in whenever the API says the session has ended.
 */
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { ApiError, get, request, SESSION_ENDED, setCsrfToken } from './api.ts';
import { words } from './format.ts';
import { navigate, NAVIGATE, routeOf, type Route } from './routes.ts';
import { dashboardPageStyles } from './styles.ts';
import type { Account } from './types.ts';
import { renderPage, type PageElement } from './pages.ts';
import { ENVIRONMENT_CHANGE } from './environment-switch.ts';
import { keyed } from 'lit/directives/keyed.js';

const shell = css`
  header {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
    align-items: center;
    justify-content: space-between;
    padding: 0.75em var(--_sg-spacing);
    background: var(--_sg-color-background);
    border-bottom: 1px solid var(--_sg-color-border);
  }
  header .brand {
    font-weight: 700;
    margin: 0;
  }
  header nav a {
    margin-right: 1em;
  }
  header .who {
    margin: 0;
    color: var(--_sg-color-muted);
  }
  main {
    padding: var(--_sg-spacing);
    max-width: 72rem;
    margin: 0 auto;
  }
`;

export class DashboardApp extends LitElement {
  static override styles = [...dashboardPageStyles, shell];
  static override properties = { account: { state: true }, route: { state: true }, checked: { state: true } };

  declare account: Account | null;
  declare route: Route;
  /** Whether the session has been asked for (nothing is shown before, so a signed-in user never sees the sign-in form flash). */
  declare checked: boolean;

  constructor() {
    super();
    this.account = null;
    this.route = routeOf(location);
    this.checked = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.#follow);
    window.addEventListener(NAVIGATE, this.#follow);
    window.addEventListener(SESSION_ENDED, this.#sessionEnded);
    this.addEventListener('click', this.#interceptLinks);
    this.addEventListener(ENVIRONMENT_CHANGE, this.#environmentChanged);
    void this.#loadSession();
  }

  override disconnectedCallback(): void {
    window.removeEventListener('popstate', this.#follow);
    window.removeEventListener(NAVIGATE, this.#follow);
    window.removeEventListener(SESSION_ENDED, this.#sessionEnded);
    this.removeEventListener('click', this.#interceptLinks);
    this.removeEventListener(ENVIRONMENT_CHANGE, this.#environmentChanged);
    super.disconnectedCallback();
  }

  async #loadSession(): Promise<void> {
    try {
      this.#signedIn(await get<Account>('/v1/dashboard/session'));
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 401) throw error;
      this.#toSignIn();
    } finally {
      this.checked = true;
    }
  }

  #signedIn(account: Account): void {
    this.account = account;
    setCsrfToken(account.csrfToken);
    if (this.route.page === 'sign-in') navigate(this.route.next, true);
  }

  /** To sign-in, keeping where the user was going. */
  #toSignIn(): void {
    this.account = null;
    setCsrfToken(null);
    if (this.route.page === 'sign-in') return;
    navigate(`/dashboard/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`, true);
  }

  #follow = () => {
    this.route = routeOf(location);
    if (this.route.page !== 'sign-in' && this.checked && !this.account) this.#toSignIn();
  };

  #sessionEnded = () => this.#toSignIn();

  /** The other environment's data: the page is made again (keyed on the mode); an order or transaction belongs to one environment, so its page gives way to the platforms. */
  #environmentChanged = (event: Event) => {
    this.account = (event as CustomEvent<Account>).detail;
    if (this.route.page === 'order' || this.route.page === 'transaction') navigate('/dashboard');
  };

  #interceptLinks = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!anchor || anchor.hasAttribute('download') || anchor.target || anchor.origin !== location.origin || !anchor.pathname.startsWith('/dashboard')) return;
    event.preventDefault();
    navigate(anchor.pathname + anchor.search);
  };

  async #signOut(): Promise<void> {
    try {
      await request('DELETE', '/v1/dashboard/session');
    } finally {
      this.account = null;
      setCsrfToken(null);
      navigate('/dashboard/sign-in', true);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    // A new page (not the first render of the app) takes the focus to its heading, so a screen reader announces it.
    if (changed.has('route') && changed.get('route') !== undefined) {
      void this.updateComplete.then(() => (this.renderRoot.querySelector('main > *') as PageElement | null)?.focusHeading?.());
    }
  }

  override render() {
    if (!this.checked) return html`<main id="main" aria-busy="true"><p>Loading the dashboard…</p></main>`;
    const account = this.account;
    return html`
      <header>
        <p class="brand">ShareGroop sandbox · Dashboard</p>
        ${account
          ? html`<nav aria-label="Dashboard"><a href="/dashboard">Platforms</a></nav>
              <sg-dashboard-environment .mode=${account.mode}></sg-dashboard-environment>
              <p class="who">${account.user.email} (${words(account.user.role)})</p>
              <button class="button secondary" type="button" @click=${() => void this.#signOut()}>Sign out</button>`
          : nothing}
      </header>
      <main id="main">${keyed(account?.mode, renderPage(this.route, account, (signedIn) => this.#signedIn(signedIn)))}</main>
    `;
  }
}

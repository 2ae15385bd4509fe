/** What every dashboard page shares: the styles, a focusable heading, and loading with a "not found" for 404s. */
import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { ApiError } from './api.ts';
import { dashboardPageStyles } from './styles.ts';
import type { Account } from './types.ts';

export abstract class DashboardPage<Data> extends LitElement {
  static override styles = dashboardPageStyles;
  static override properties = { account: { attribute: false }, data: { state: true }, failure: { state: true } };

  declare account: Account;
  declare data: Data | undefined;
  /** Why the page could not load: 404 is "not found" (another platform's object too), anything else a message. */
  declare failure: ApiError | Error | undefined;

  /** Set when the page was opened: its heading takes the focus, again once the data replaces the loading state. */
  #focusWanted = false;

  focusHeading(): void {
    this.#focusWanted = true;
    this.#focusNow();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusWanted) this.#focusNow();
  }

  #focusNow(): void {
    const heading = this.renderRoot.querySelector<HTMLElement>('h1');
    if (heading && this.shadowRoot?.activeElement !== heading) heading.focus();
    if (this.data !== undefined || this.failure) this.#focusWanted = false;
  }

  /** Loads the page's data; a failure is shown in place of the page. */
  protected async load(work: () => Promise<Data>): Promise<void> {
    this.failure = undefined;
    try {
      this.data = await work();
    } catch (error) {
      this.data = undefined;
      this.failure = error instanceof Error ? error : new Error(String(error));
    }
  }

  /** The page while loading, when it failed, or `content` once loaded. */
  protected frame(title: string, content: (data: Data) => TemplateResult): TemplateResult {
    if (this.failure instanceof ApiError && this.failure.status === 404) return notFound();
    if (this.failure) {
      return html`<h1 tabindex="-1">${title}</h1>
        <p class="notice danger" role="alert">${this.failure.message}</p>`;
    }
    if (this.data === undefined) return html`<h1 tabindex="-1">${title}</h1><p role="status">Loading…</p>`;
    return content(this.data);
  }
}

export function notFound(): TemplateResult {
  return html`<h1 tabindex="-1">Not found</h1>
    <p>There is nothing at this address among the platforms you can see.</p>
    <p><a href="/dashboard">Back to your platforms</a></p>`;
}

/** The sign-in page: inputs "Email" and "Password", button "Sign in" (CONTRACT §3); errors at the fields or as an alert. */
import { html, LitElement, nothing } from 'lit';
import { ApiError, post } from './api.ts';
import { dashboardPageStyles } from './styles.ts';
import type { Account } from './types.ts';

export class SignInPage extends LitElement {
  static override styles = dashboardPageStyles;
  static override properties = { errors: { state: true }, busy: { state: true } };

  declare errors: Map<string, string[]>;
  declare busy: boolean;
  onSignIn: (account: Account) => void = () => undefined;

  constructor() {
    super();
    this.errors = new Map();
    this.busy = false;
  }

  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const email = String(data.get('email') ?? '').trim();
    const password = String(data.get('password') ?? '');
    const errors = new Map<string, string[]>();
    if (!email) errors.set('email', ['Enter your email']);
    if (!password) errors.set('password', ['Enter your password']);
    this.errors = errors;
    if (errors.size) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.busy = true;
    try {
      this.onSignIn(await post<Account>('/v1/dashboard/session', { email, password }));
    } catch (error) {
      this.errors = error instanceof ApiError ? error.byField() : new Map([['', ['The sandbox could not be reached: try again']]]);
    } finally {
      this.busy = false;
    }
  }

  #field(name: 'email' | 'password', label: string, type: string, autocomplete: string) {
    const errors = this.errors.get(name);
    return html`<label
      >${label}
      <input
        name=${name}
        type=${type}
        autocomplete=${autocomplete}
        required
        aria-invalid=${errors ? 'true' : 'false'}
        aria-describedby=${errors ? `${name}-error` : nothing}
      />
      ${errors ? html`<p class="field-error" id="${name}-error">${errors.join(' ')}</p>` : nothing}
    </label>`;
  }

  override render() {
    const general = this.errors.get('');
    return html`
      <div class="card" style="max-width: 26rem; margin: 2rem auto;">
        <h1 tabindex="-1">Sign in to the dashboard</h1>
        <p class="muted">Sandbox accounts are listed by <code>GET /v1/sandbox/platforms</code> under <code>users</code>, and printed by <code>npm start</code>.</p>
        ${general ? html`<p class="notice danger" role="alert">${general.join(' ')}</p>` : nothing}
        <form novalidate @submit=${this.#submit} style="display: grid; gap: 0.75em;">
          ${this.#field('email', 'Email', 'email', 'username')} ${this.#field('password', 'Password', 'password', 'current-password')}
          <button class="button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>Sign in</button>
        </form>
      </div>
    `;
  }
}

/**
 * A platform's settings (the docs' "configure > Credentials"): the public key, the secret key and webhook secret masked
 * with reveal and copy, the webhook URL (editable by an organization admin only: the form is not on a platform admin's
 * page, and the server refuses it), and the module's settings, read-only.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { ApiError, get, post, request } from './api.ts';
import { DashboardPage } from './page.ts';
import { platformNav } from './platform-nav.ts';
import { can } from './types.ts';

interface Settings {
  id: string;
  name: string;
  module: string;
  publicKey: string;
  secretKey: string;
  webhookSecret: string;
  webhookUrl: string | null;
  settings: Record<string, unknown>;
}

type Secret = 'secretKey' | 'webhookSecret';

export class SettingsPage extends DashboardPage<Settings> {
  static override properties = {
    ...DashboardPage.properties,
    platformId: { attribute: false },
    revealed: { state: true },
    message: { state: true },
    urlError: { state: true },
  };

  declare platformId: string;
  declare revealed: Record<Secret, string> | null;
  declare message: string;
  declare urlError: string | null;
  #shown = new Set<Secret>();

  constructor() {
    super();
    this.revealed = null;
    this.message = '';
    this.urlError = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('platformId')) {
      this.revealed = null;
      this.#shown.clear();
      void this.load(() => get<Settings>(`/v1/dashboard/platforms/${encodeURIComponent(this.platformId)}/settings`));
    }
  }

  async #secrets(): Promise<Record<Secret, string>> {
    this.revealed ??= await post<Record<Secret, string>>(`/v1/dashboard/platforms/${encodeURIComponent(this.platformId)}/credentials/reveal`);
    return this.revealed;
  }

  async #toggle(secret: Secret): Promise<void> {
    await this.#secrets();
    if (this.#shown.has(secret)) this.#shown.delete(secret);
    else this.#shown.add(secret);
    this.requestUpdate();
  }

  async #copy(secret: Secret, label: string): Promise<void> {
    try {
      await navigator.clipboard.writeText((await this.#secrets())[secret]);
      this.message = `${label} copied to the clipboard.`;
    } catch {
      this.message = `${label} could not be copied: reveal it and copy it by hand.`;
    }
  }

  async #saveUrl(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const value = String(new FormData(event.target as HTMLFormElement).get('webhookUrl') ?? '').trim();
    try {
      this.data = (await request<Settings>('PATCH', `/v1/dashboard/platforms/${encodeURIComponent(this.platformId)}`, { webhookUrl: value || null })).data;
      this.urlError = null;
      this.message = value ? 'Webhook URL saved.' : 'Webhook URL removed.';
    } catch (error) {
      this.urlError = error instanceof ApiError ? error.errors.map((message) => message.replace(/^webhookUrl: /, '')).join(' ') : 'The sandbox could not be reached';
    }
  }

  #secretRow(secret: Secret, label: string, masked: string) {
    const shown = this.#shown.has(secret) && this.revealed;
    return html`<dt>${label}</dt>
      <dd class="actions">
        <code>${shown ? this.revealed?.[secret] : masked}</code>
        <button class="button secondary" type="button" aria-label="${shown ? 'Hide' : 'Reveal'} the ${label.toLowerCase()}" @click=${() => void this.#toggle(secret)}>
          ${shown ? 'Hide' : 'Reveal'}
        </button>
        <button class="button secondary" type="button" aria-label="Copy the ${label.toLowerCase()}" @click=${() => void this.#copy(secret, label)}>Copy</button>
      </dd>`;
  }

  override render() {
    return this.frame('Settings', (settings) => html`
      <h1 tabindex="-1">${settings.name}: settings</h1>
      ${platformNav(this.platformId, 'settings')}
      <section class="card" aria-labelledby="credentials-title">
        <h2 id="credentials-title">Credentials</h2>
        <dl class="fields">
          <dt>Platform id</dt><dd><code>${settings.id}</code></dd>
          <dt>Public key</dt><dd><code>${settings.publicKey}</code></dd>
          ${this.#secretRow('secretKey', 'Secret key', settings.secretKey)} ${this.#secretRow('webhookSecret', 'Webhook secret', settings.webhookSecret)}
        </dl>
        <p role="status">${this.message}</p>
      </section>
      <section class="card" aria-labelledby="webhook-title">
        <h2 id="webhook-title">Webhooks</h2>
        ${can(this.account, 'editSettings')
          ? html`<form novalidate class="actions" @submit=${this.#saveUrl}>
              <label
                >Webhook URL
                <input name="webhookUrl" type="url" .value=${settings.webhookUrl ?? ''} aria-invalid=${this.urlError ? 'true' : 'false'} aria-describedby=${this.urlError ? 'url-error' : nothing} />
                ${this.urlError ? html`<span class="field-error" id="url-error">${this.urlError}</span>` : nothing}
              </label>
              <button class="button" type="submit">Save</button>
            </form>`
          : html`<dl class="fields"><dt>Webhook URL</dt><dd>${settings.webhookUrl ?? 'none (each order’s notifyUrl only)'}</dd></dl>
              <p class="muted">An organization admin can change it.</p>`}
      </section>
      <section class="card" aria-labelledby="module-title">
        <h2 id="module-title">Module: ${settings.module}</h2>
        <dl class="fields">
          ${Object.entries(settings.settings).map(([name, value]) => html`<dt>${name}</dt><dd><code>${JSON.stringify(value)}</code></dd>`)}
        </dl>
      </section>
    `);
  }
}

/**
 * `<sg-dashboard-environment>`: the dashboard's Sandbox / Production switch (seed 000: a sandbox access and a production
 * one; CONTRACT §2). Two toggle buttons in a labelled group, the pressed one showing the environment in use; choosing
 * the other asks the server to switch the session (`POST /v1/dashboard/session/mode`), which from then on shows that
 * environment's data only, then fires `sg-environment-change` with the account as the server answers it. A live region
 * says which environment is shown, so the switch is heard as well as seen.
 */
import { css, html, LitElement } from 'lit';
import { ApiError, post } from './api.ts';
import { dashboardStyles } from './styles.ts';
import type { Account, Mode } from './types.ts';

export const ENVIRONMENT_CHANGE = 'sg-environment-change';

const LABELS: Record<Mode, string> = { sandbox: 'Sandbox', live: 'Production' };

export class EnvironmentSwitch extends LitElement {
  static override styles = [
    ...dashboardStyles,
    css`
      :host {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5em;
        /* Not a page: none of the page layout's height or background. */
        min-height: 0;
        background: none;
      }
      .group {
        display: inline-flex;
        gap: 0;
      }
      .group button {
        border-radius: 0;
      }
      .group button:first-of-type {
        border-radius: var(--_sg-radius, 6px) 0 0 var(--_sg-radius, 6px);
      }
      .group button:last-of-type {
        border-radius: 0 var(--_sg-radius, 6px) var(--_sg-radius, 6px) 0;
      }
      .group button[aria-pressed='false'] {
        background: var(--_sg-color-background);
        color: var(--_sg-color-text);
      }
      .note {
        margin: 0;
        font-size: 0.9em;
      }
      .note.live {
        color: var(--_sg-color-danger);
        font-weight: 700;
      }
    `,
  ];
  static override properties = { mode: {}, busy: { state: true }, error: { state: true } };

  declare mode: Mode;
  declare busy: boolean;
  declare error: string | null;

  constructor() {
    super();
    this.mode = 'sandbox';
    this.busy = false;
    this.error = null;
  }

  async #choose(mode: Mode): Promise<void> {
    if (mode === this.mode || this.busy) return;
    this.busy = true;
    this.error = null;
    try {
      const account = await post<Account>('/v1/dashboard/session/mode', { mode });
      this.mode = account.mode;
      this.dispatchEvent(new CustomEvent<Account>(ENVIRONMENT_CHANGE, { detail: account, bubbles: true, composed: true }));
    } catch (error) {
      this.error = error instanceof ApiError ? error.message : 'The environment could not be switched: try again';
    } finally {
      this.busy = false;
    }
  }

  override render() {
    return html`
      <span id="environment-label">Environment</span>
      <div class="group" role="group" aria-labelledby="environment-label">
        ${(['sandbox', 'live'] as const).map(
          (mode) => html`<button
            class="button"
            type="button"
            aria-pressed=${String(mode === this.mode)}
            aria-disabled=${String(this.busy)}
            @click=${() => void this.#choose(mode)}
          >
            ${LABELS[mode]}
          </button>`,
        )}
      </div>
      <p class="note ${this.mode}" role="status">
        ${this.mode === 'live' ? 'Production: live data (live keys)' : 'Sandbox: test data (test keys)'}
      </p>
      ${this.error ? html`<p class="notice danger" role="alert">${this.error}</p>` : null}
    `;
  }
}

if (!customElements.get('sg-dashboard-environment')) customElements.define('sg-dashboard-environment', EnvironmentSwitch);

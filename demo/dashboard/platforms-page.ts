/** The platforms the account reaches: every platform of the organization for its admin, one for a platform admin. */
import { html } from 'lit';
import { DashboardPage } from './page.ts';

export class PlatformsPage extends DashboardPage<true> {
  override connectedCallback(): void {
    super.connectedCallback();
    this.data = true;
  }

  override render() {
    const { account } = this;
    const organization = account.organization?.name ?? 'your organization';
    return html`
      <h1 tabindex="-1">${account.user.role === 'organizationAdmin' ? `Platforms of ${organization}` : 'Your platform'}</h1>
      <div class="table-wrap" role="region" aria-label="Platforms" tabindex="0">
        <table>
          <caption>${account.platforms.length} ${account.platforms.length === 1 ? 'platform' : 'platforms'}</caption>
          <thead><tr><th scope="col">Platform</th><th scope="col">Module</th><th scope="col">Id</th></tr></thead>
          <tbody>
            ${account.platforms.map(
              (platform) => html`<tr>
                <td><a href="/dashboard/platforms/${platform.id}/orders">${platform.name}</a></td>
                <td>${platform.module}</td>
                <td class="id">${platform.id}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    `;
  }
}

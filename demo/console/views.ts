/** The console's panels, as lit templates over the model's state. Each panel is a labelled region. */
import { html, nothing, type TemplateResult } from 'lit';
import { formatCardNumber } from '../../src/core/card.ts';
import { parseAmount } from '../../src/core/money.ts';
import { TEST_CARDS } from '../../mock-server/domain/cards.ts';
import { when } from '../shared/dates.ts';
import { actionError, formValues, scrollTable } from './bits.ts';
import type { ConsoleModel } from './model.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Turns the order form into the API's fields; amounts typed in euros become cents without floating point. */
function orderFields(values: Record<string, string>, secure3D: boolean): Record<string, unknown> | string {
  const amount = parseAmount(values.amount ?? '');
  if (amount === null || amount === 0) return 'Amount: type an amount such as 49.90';
  const fields: Record<string, unknown> = { amount, ux: values.ux };
  for (const key of ['email', 'firstName', 'lastName', 'trackId', 'notifyUrl', 'successUrl', 'locale'] as const) if (values[key]) fields[key] = values[key];
  if (values.delay) fields.delay = Number(values.delay);
  if (values.installmentsCount) fields.installmentsCount = Number(values.installmentsCount);
  if (secure3D) fields.secure3D = true;
  if (values.items) {
    const items = [];
    for (const line of values.items.split('\n').filter((candidate) => candidate.trim())) {
      const [name, price] = line.split(':').map((part) => part.trim());
      const cents = parseAmount(price ?? '');
      if (!name || cents === null) return `Items: "${line}" should read "name: price", e.g. "Tent: 120.00"`;
      items.push({ name, amount: cents });
    }
    fields.items = items;
  }
  return fields;
}

export function platformPanel(model: ConsoleModel): TemplateResult {
  const { platforms, platform } = model.state;
  return html`<section aria-labelledby="platform-title">
    <h2 id="platform-title">Platform</h2>
    <label for="platform">Seeded platform</label>
    <select id="platform" @change=${(event: Event) => model.selectPlatform((event.target as HTMLSelectElement).value)}>
      ${platforms.map((candidate) => html`<option value=${candidate.slug} .selected=${candidate.slug === platform?.slug}>${candidate.name}</option>`)}
    </select>
    ${platform
      ? html`<dl class="keys">
            <dt>Platform id</dt><dd><code>${platform.id}</code></dd>
            <dt>Secret key</dt><dd><code>${platform.secretKey}</code></dd>
            <dt>Public key</dt><dd><code>${platform.publicKey}</code></dd>
            <dt>Webhook secret</dt><dd><code>${platform.webhookSecret}</code></dd>
          </dl>
          <form @submit=${(event: Event) => {
            event.preventDefault();
            void model.setWebhookUrl(formValues(event.target as HTMLFormElement).webhookUrl ?? '');
          }}>
            <label for="webhook-url">Platform webhook URL (used when an order has no notifyUrl)</label>
            <div class="row"><input id="webhook-url" name="webhookUrl" type="url" .value=${platform.webhookUrl ?? ''} placeholder="http://localhost:3000/webhooks" /><button type="submit" class="secondary">Save</button></div>
          </form>
          ${actionError(model, 'platform')}
          <details><summary>Settings</summary><pre>${JSON.stringify(platform.settings, null, 2)}</pre></details>`
      : nothing}
  </section>`;
}

export function orderFormPanel(model: ConsoleModel): TemplateResult {
  const { platform } = model.state;
  const uxs = platform?.settings.uxs ?? ['single'];
  return html`<section aria-labelledby="create-title">
    <h2 id="create-title">Create an order</h2>
    <form @submit=${(event: Event) => {
      event.preventDefault();
      const form = event.target as HTMLFormElement;
      const fields = orderFields(formValues(form), (form.elements.namedItem('secure3D') as HTMLInputElement).checked);
      if (typeof fields === 'string') model.showError('create', fields);
      else void model.createOrder(fields);
    }}>
      <div class="row">
        <div><label for="amount">Amount (${'EUR'})</label><input id="amount" name="amount" inputmode="decimal" value="49.90" required /></div>
        <div><label for="ux">UX</label><select id="ux" name="ux">${uxs.map((ux) => html`<option>${ux}</option>`)}</select></div>
        <div><label for="locale">Locale</label><select id="locale" name="locale"><option>en</option><option>fr</option></select></div>
      </div>
      <div class="row">
        <div><label for="email">Buyer email</label><input id="email" name="email" type="email" value="ada@example.com" /></div>
        <div><label for="firstName">First name</label><input id="firstName" name="firstName" value="Ada" /></div>
        <div><label for="lastName">Last name</label><input id="lastName" name="lastName" value="Lovelace" /></div>
      </div>
      <div class="row">
        <div><label for="trackId">Your reference (trackId)</label><input id="trackId" name="trackId" value="cart-${Math.floor(Math.random() * 10_000)}" /></div>
        <div><label for="delay">Delay (minutes)</label><input id="delay" name="delay" inputmode="numeric" placeholder="e.g. 1440" /></div>
        <div><label for="installmentsCount">Installments</label><input id="installmentsCount" name="installmentsCount" inputmode="numeric" placeholder="e.g. 3" /></div>
      </div>
      <label for="items">Items, one per line as "name: price" (picking)</label>
      <textarea id="items" name="items" rows="3" placeholder="Tent: 120.00"></textarea>
      <div class="row">
        <div><label for="notifyUrl">notifyUrl (webhooks)</label><input id="notifyUrl" name="notifyUrl" type="url" placeholder="http://localhost:3000/webhooks" /></div>
        <div><label for="successUrl">successUrl (hosted page)</label><input id="successUrl" name="successUrl" type="url" /></div>
      </div>
      <label><input type="checkbox" name="secure3D" /> Force 3-D Secure (secure3D)</label>
      <button type="submit" ?disabled=${model.state.busy}>Create order</button>
      ${actionError(model, 'create')}
    </form>
    <form @submit=${(event: Event) => {
      event.preventDefault();
      const id = formValues(event.target as HTMLFormElement).orderId;
      if (id) void model.openOrder(id);
    }}>
      <label for="open-order">Or open an existing order by id</label>
      <div class="row"><input id="open-order" name="orderId" placeholder="ord_…" /><button class="secondary" type="submit">Open</button></div>
      ${actionError(model, 'open')}
    </form>
  </section>`;
}

export function widgetPanel(model: ConsoleModel): TemplateResult {
  const { order, platforms, locale, validated } = model.state;
  const publicKey = platforms.find((platform) => platform.id === order?.platformId)?.publicKey;
  return html`<section aria-labelledby="widget-title">
    <h2 id="widget-title">Widget</h2>
    ${order && publicKey
      ? html`<div class="row">
            <div><label for="widget-locale">Widget language</label>
              <select id="widget-locale" @change=${(event: Event) => model.setLocale((event.target as HTMLSelectElement).value as 'en' | 'fr')}>
                <option value="en" ?selected=${locale === 'en'}>English</option><option value="fr" ?selected=${locale === 'fr'}>Français</option>
              </select></div>
          </div>
          <sg-captain order-id=${order.id} public-key=${publicKey} locale=${locale} @sg-validated=${(event: CustomEvent) => model.recordValidated(event.detail)}></sg-captain>
          <h3>onValidated received</h3>
          <pre aria-live="polite">${validated ? JSON.stringify(validated, null, 2) : 'nothing yet'}</pre>`
      : html`<p class="muted">Create or open an order to mount the Captain component on it.</p>`}
  </section>`;
}

export function clockPanel(model: ConsoleModel): TemplateResult {
  const { now, order } = model.state;
  const steps: [string, number][] = [['+1 hour', HOUR], ['+1 day', DAY], ['+6 days', 6 * DAY], ['+31 days', 31 * DAY]];
  return html`<section aria-labelledby="clock-title">
    <h2 id="clock-title">Sandbox clock</h2>
    <p aria-live="polite">Now: <strong>${when(now)}</strong></p>
    ${steps.map(([label, ms]) => html`<button class="secondary" @click=${() => void model.advanceClock(ms)}>${label}</button>`)}
    ${order?.dueDate ? html`<button class="secondary" @click=${() => void model.clockTo((order.dueDate ?? 0) + 1000)}>Past the order's due date</button>` : nothing}
    <p class="muted">Moving the clock runs, in order, everything that falls due: deadlines, captures, retries, webhook retries.</p>
    <button class="secondary" @click=${() => { if (confirm('Erase every order and go back to the seeded sandbox?')) void model.reset(); }}>Reset the sandbox</button>
    ${actionError(model, 'clock')}
  </section>`;
}

export function testCardsPanel(): TemplateResult {
  return html`<section aria-labelledby="cards-title">
    <h2 id="cards-title">Test cards</h2>
    ${scrollTable('Test cards', html`<table><thead><tr><th scope="col">Number</th><th scope="col">Behaviour</th></tr></thead><tbody>
      ${Object.entries(TEST_CARDS).map(([number, { description }]) => html`<tr><td><code class="nowrap">${formatCardNumber(number)}</code></td><td>${description}</td></tr>`)}
    </tbody></table>`)}
    <p class="muted">Any future expiry date and any 3-digit security code.</p>
  </section>`;
}

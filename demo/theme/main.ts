/**
 * The QA console's theming page: a widget on a fresh order of a seeded platform (single, split or multi), beside a
 * control for each `--sg-*` token (a colour picker and a text field for colours, a text field otherwise) that sets it on
 * the element as it is edited, the theme (light, dark, auto), a reset per token and for all, and the CSS a merchant
 * would paste. What it sets is what a page sets: custom properties on `sg-captain`.
 */
import { html, nothing, render } from 'lit';
import { defineSgElements } from '../../src/define.ts';
import { SG_TOKENS } from '../../src/styles/tokens.styles.ts';
import { call, startSandbox } from '../shared/sandbox.ts';

interface Platform {
  slug: string;
  secretKey: string;
  publicKey: string;
}

const UXS = { single: { amount: 2500 }, 'split-direct': { amount: 10000, ux: 'collect' }, multi: { amount: 5000, ux: 'multi' } } as const;
type Slug = keyof typeof UXS;
const THEMES = ['light', 'dark', 'auto'] as const;
const root = document.getElementById('theme') as HTMLElement;
const isColour = (token: string) => token.startsWith('--sg-color-');

const state = {
  platforms: [] as Platform[],
  slug: 'single' as Slug,
  orderId: '',
  theme: 'light' as (typeof THEMES)[number],
  /** What the tester set, token → value; a token not here has the theme's value. */
  values: new Map<string, string>(),
  error: '',
};

const captain = () => root.querySelector('sg-captain');

/** The value a token has now on the widget (what the theme or the default gives it, or what was set). */
function currentValue(token: string): string {
  const element = captain();
  if (!element) return '';
  return state.values.get(token) ?? getComputedStyle(element).getPropertyValue(token.replace('--sg-', '--_sg-')).trim();
}

/** `#rgb`/`#rrggbb` as the colour picker wants it; other colours (rgb(), names) leave the picker as it was. */
const asHex = (value: string) => (/^#[0-9a-f]{6}$/i.test(value) ? value : /^#[0-9a-f]{3}$/i.test(value) ? `#${[...value.slice(1)].map((c) => c + c).join('')}` : undefined);

function setToken(token: string, value: string): void {
  const element = captain();
  if (!element) return;
  if (value.trim()) {
    state.values.set(token, value.trim());
    element.style.setProperty(token, value.trim());
  } else resetToken(token);
  draw();
}

function resetToken(token: string): void {
  state.values.delete(token);
  captain()?.style.removeProperty(token);
  draw();
}

function resetAll(): void {
  for (const token of [...state.values.keys()]) resetToken(token);
}

async function newOrder(slug: Slug): Promise<void> {
  const platform = state.platforms.find((candidate) => candidate.slug === slug);
  if (!platform) throw new Error(`The seeded ${slug} platform is missing: POST /v1/sandbox/reset restores it.`);
  const order = await call<{ id: string }>('POST', '/v1/orders', platform.secretKey, { ...UXS[slug], email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' });
  state.slug = slug;
  state.orderId = order.id;
}

async function attempt(work: () => Promise<void>): Promise<void> {
  state.error = '';
  try {
    await work();
  } catch (error) {
    state.error = (error as Error).message;
  }
  draw();
}

const tokenControl = (token: string) => {
  const id = `token${token.slice(4)}`;
  const value = currentValue(token);
  const hex = isColour(token) ? asHex(value) : undefined;
  return html`<div class="token">
    <div>
      <label for=${id}><code>${token}</code></label>
      <input id=${id} type="text" .value=${value} spellcheck="false" @change=${(event: Event) => setToken(token, (event.target as HTMLInputElement).value)} />
    </div>
    ${isColour(token)
      ? html`<input type="color" aria-label=${`${token} colour`} .value=${hex ?? '#000000'} @input=${(event: Event) => setToken(token, (event.target as HTMLInputElement).value)} />`
      : html`<span></span>`}
    <button type="button" class="secondary" aria-label=${`Reset ${token}`} ?disabled=${!state.values.has(token)} @click=${() => {
        resetToken(token);
        // The button is now disabled: focus goes back to the token's field rather than to the page.
        document.getElementById(id)?.focus();
      }}>Reset</button>
  </div>`;
};

const css = () =>
  state.values.size
    ? `sg-captain${state.theme === 'light' ? '' : `[theme="${state.theme}"]`} {\n${[...state.values].map(([token, value]) => `  ${token}: ${value};`).join('\n')}\n}`
    : '/* every token at its default */';

function draw(): void {
  const platform = state.platforms.find((candidate) => candidate.slug === state.slug);
  render(
    html`${state.error ? html`<p class="error wide" role="alert">${state.error}</p>` : nothing}
      <section aria-labelledby="widget-title">
        <h2 id="widget-title">Widget</h2>
        <fieldset class="choices">
          <legend>UX</legend>
          ${(Object.keys(UXS) as Slug[]).map(
            (slug) => html`<label><input type="radio" name="ux" .checked=${state.slug === slug} @change=${() => void attempt(() => newOrder(slug))} />${slug}</label>`,
          )}
        </fieldset>
        <fieldset class="choices">
          <legend>Theme</legend>
          ${THEMES.map(
            (theme) =>
              html`<label><input type="radio" name="theme" .checked=${state.theme === theme} @change=${() => {
                state.theme = theme;
                draw();
                // The theme's chunk applies its sheet a moment later: read the tokens' values again then.
                setTimeout(draw, 300);
              }} />${theme}</label>`,
          )}
        </fieldset>
        <div class="preview" style=${state.theme === 'light' ? 'background: #ffffff' : 'background: #0d1016'}>
          ${platform && state.orderId
            ? html`<sg-captain order-id=${state.orderId} public-key=${platform.publicKey} theme=${state.theme} @sg-ready=${() => draw()}></sg-captain>`
            : nothing}
        </div>
        <button type="button" class="secondary" @click=${() => void attempt(() => newOrder(state.slug))}>New order</button>
      </section>
      <section aria-labelledby="tokens-title">
        <h2 id="tokens-title">Tokens</h2>
        <p class="muted">Each change is set on <code>sg-captain</code> at once; an empty field resets the token.</p>
        ${SG_TOKENS.map(tokenControl)}
        <button type="button" @click=${resetAll} ?disabled=${state.values.size === 0}>Reset all</button>
        <h3 id="css-title">CSS for your page</h3>
        <pre aria-labelledby="css-title" tabindex="0">${css()}</pre>
      </section>`,
    root,
  );
}

async function main(): Promise<void> {
  await startSandbox();
  defineSgElements();
  root.replaceChildren();
  root.setAttribute('aria-busy', 'false');
  await attempt(async () => {
    state.platforms = (await call<{ platforms: Platform[] }>('GET', '/v1/sandbox/platforms', null)).platforms;
    await newOrder('single');
  });
}

void main();

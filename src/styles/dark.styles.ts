/**
 * The dark theme (docs/THEMING.md): `theme="dark"` on `<sg-captain>`, or `theme="auto"` to follow the buyer's
 * `prefers-color-scheme`. A chunk of its own, fetched only by a page that asks for it, so the light page pays nothing.
 *
 * It sets the public `--sg-*` colour tokens on the host, as defaults: a page rule on the element itself
 * (`sg-captain[theme="dark"] { --sg-color-primary: … }`) still wins over them (CSS Cascade 5, shadow context), and
 * nested UXs read them through inheritance. Every pair meets WCAG 2.2 AA: text 4.5:1 on the background and the
 * surface, input borders 3:1 (1.4.11), as `src/styles/parts.test.ts` and the dark contract runs check with axe.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';

/** The dark palette: token → value (contrast against `--sg-color-background` #161a23 in the comments). */
export const DARK_TOKENS = {
  '--sg-color-text': '#e8eaf0', // 14.5:1
  '--sg-color-muted': '#aab0be', // 8.0:1, 6.6:1 on the surface
  '--sg-color-background': '#161a23',
  '--sg-color-surface': '#232a38',
  '--sg-color-border': '#7e8596', // 4.7:1
  '--sg-color-primary': '#9d9dff', // 7.2:1
  '--sg-color-on-primary': '#11132a', // 7.6:1 on the primary
  '--sg-color-danger': '#ff8f85', // 7.9:1
  '--sg-color-success': '#72d38d', // 9.5:1
  '--sg-color-focus': '#b3b3ff', // 9.0:1
} as const;

const palette = unsafeCSS(
  Object.entries(DARK_TOKENS)
    .map(([token, value]) => `${token}:${value}`)
    .join(';'),
);

// `color-scheme` turns the native parts (radio buttons, progress bars, scroll bars, the dialog's backdrop) dark too.
const dark = css`
  :host {
    color-scheme: dark;
    ${palette}
  }
`;
const auto = css`
  @media (prefers-color-scheme: dark) {
    :host {
      color-scheme: dark;
      ${palette}
    }
  }
`;

/** The stylesheets of each theme besides the light one (the tokens' own defaults). */
export const THEMES: Record<string, CSSResult> = { dark, auto };

/**
 * Applies `theme` to the element whose shadow root is `root`: `dark`, `auto`, anything else (`light`, none) the light
 * defaults. Only this module's sheets are added or removed; the element's own stay.
 */
export function applyTheme(root: ShadowRoot, theme: string | undefined): void {
  const ours = Object.values(THEMES).map((result) => result.styleSheet);
  const wanted = theme ? THEMES[theme]?.styleSheet : undefined;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets.filter((sheet) => !ours.includes(sheet)), ...(wanted ? [wanted] : [])];
}

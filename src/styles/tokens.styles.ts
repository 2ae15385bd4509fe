/**
 * The styling contract: every `--sg-*` custom property a merchant may set, with its default. Components read the
 * private `--_sg-*` copies, so a default lives in exactly one place. Documented in docs/WIDGET.md.
 */
import { css } from 'lit';

export const SG_TOKENS = [
  '--sg-font-family',
  '--sg-font-size',
  '--sg-color-text',
  '--sg-color-muted',
  '--sg-color-background',
  '--sg-color-surface',
  '--sg-color-border',
  '--sg-color-primary',
  '--sg-color-on-primary',
  '--sg-color-danger',
  '--sg-color-success',
  '--sg-color-focus',
  '--sg-radius',
  '--sg-spacing',
  '--sg-max-width',
  '--sg-padding',
] as const;

export const tokens = css`
  :host {
    --_sg-font-family: var(--sg-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_sg-font-size: var(--sg-font-size, 1rem);
    --_sg-color-text: var(--sg-color-text, #1a1f36);
    --_sg-color-muted: var(--sg-color-muted, #545969);
    --_sg-color-background: var(--sg-color-background, #ffffff);
    --_sg-color-surface: var(--sg-color-surface, #f6f8fa);
    --_sg-color-border: var(--sg-color-border, #8a8f9c);
    --_sg-color-primary: var(--sg-color-primary, #3b3bd1);
    --_sg-color-on-primary: var(--sg-color-on-primary, #ffffff);
    --_sg-color-danger: var(--sg-color-danger, #b3261e);
    --_sg-color-success: var(--sg-color-success, #1e7b34);
    --_sg-color-focus: var(--sg-color-focus, #3b3bd1);
    --_sg-radius: var(--sg-radius, 6px);
    --_sg-spacing: var(--sg-spacing, 1rem);
    font-family: var(--_sg-font-family);
    font-size: var(--_sg-font-size);
    color: var(--_sg-color-text);
  }
`;

/** Shared look of buttons, headings, notices and the busy spinner, so every UX and state reads as one product. */
export const base = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .button {
    font: inherit;
    font-weight: 600;
    min-height: 44px;
    padding: 0.6em 1.2em;
    border-radius: var(--_sg-radius);
    border: 1px solid var(--_sg-color-primary);
    background: var(--_sg-color-primary);
    color: var(--_sg-color-on-primary);
    cursor: pointer;
  }
  .button.secondary {
    background: transparent;
    color: var(--_sg-color-primary);
  }
  .button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  :focus-visible {
    outline: 3px solid var(--_sg-color-focus);
    outline-offset: 2px;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  .notice {
    border-radius: var(--_sg-radius);
    padding: calc(var(--_sg-spacing) * 0.75) var(--_sg-spacing);
    background: var(--_sg-color-surface);
    border-left: 4px solid var(--_sg-color-muted);
    margin: 0 0 var(--_sg-spacing);
  }
  .notice.danger {
    border-left-color: var(--_sg-color-danger);
  }
  .notice.success {
    border-left-color: var(--_sg-color-success);
  }
  .notice h2,
  .notice h3 {
    font-size: 1.1em;
    margin: 0 0 0.35em;
  }
  .notice p {
    margin: 0 0 0.5em;
  }
  .notice p:last-child {
    margin-bottom: 0;
  }
  /* Busy indicator (the element carries aria-hidden="true"; a live region says what is going on). */
  .spinner {
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 2.4s;
    }
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;

/**
 * What every payment UX shares, after `base` and the card form (kept in this module, which the widget's entry holds, so
 * that every UX chunk reads it from there): the host box, the form's grid, the "amount" line, the
 * full-width pay button and the success reference. Each UX's own stylesheet comes after it and holds only its own rules.
 */
export const uxStyles = css`
  :host {
    display: block;
  }
  form {
    display: grid;
    gap: calc(var(--_sg-spacing) * 0.5);
  }
  .amount {
    display: flex;
    justify-content: space-between;
    align-items: baseline;
    margin: 0;
    color: var(--_sg-color-muted);
  }
  .amount strong {
    color: var(--_sg-color-text);
    font-size: 1.25em;
  }
  .pay {
    width: 100%;
    display: inline-flex;
    justify-content: center;
    align-items: center;
    gap: 0.5em;
  }
  .reference {
    color: var(--_sg-color-muted);
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
`;

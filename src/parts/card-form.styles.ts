import { css } from 'lit';

export const cardFormStyles = css`
  .card-fields {
    display: grid;
    gap: calc(var(--_sg-spacing) * 0.25);
  }
  .row {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: calc(var(--_sg-spacing) * 0.75);
  }
  .field {
    display: flex;
    flex-direction: column;
    min-width: 0;
  }
  label {
    font-weight: 600;
    margin-bottom: 0.2em;
  }
  .hint {
    color: var(--_sg-color-muted);
    font-size: 0.875em;
    margin-bottom: 0.25em;
  }
  /* The brand badge sits beside the label, never over the number: at 320 px a 19-digit number keeps the whole width
     of its field (WCAG 2.2 1.4.10 reflow). */
  .label-row {
    display: flex;
    justify-content: space-between;
    align-items: baseline;
    gap: 0.5em;
  }
  input {
    font: inherit;
    width: 100%;
    min-height: 44px;
    padding: 0.55em 0.7em;
    border: 1px solid var(--_sg-color-border);
    border-radius: var(--_sg-radius);
    background: var(--_sg-color-background);
    color: var(--_sg-color-text);
  }
  input:focus-visible {
    outline: 3px solid var(--_sg-color-focus);
    outline-offset: 0;
  }
  .field-number input {
    font-variant-numeric: tabular-nums;
  }
  /* Numbers read left to right on a right-to-left page too, aligned with the mirrored layout. */
  input[dir] {
    text-align: match-parent;
  }
  .invalid input {
    border-color: var(--_sg-color-danger);
    border-width: 2px;
  }
  .brand {
    font-size: 0.75em;
    font-weight: 700;
    padding: 0.2em 0.5em;
    border-radius: 4px;
    background: var(--_sg-color-surface);
    border: 1px solid var(--_sg-color-border);
    pointer-events: none;
  }
  .error {
    color: var(--_sg-color-danger);
    font-size: 0.875em;
    min-height: 1.3em;
    margin: 0.2em 0 0;
  }
  .error-summary ul {
    margin: 0;
    padding-left: 1.2em;
  }
  .error-summary a {
    color: var(--_sg-color-danger);
    font-weight: 600;
    /* WCAG 2.2 2.5.8: 24 px targets. */
    display: inline-block;
    min-height: 24px;
    padding-block: 2px;
  }
`;

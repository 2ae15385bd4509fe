import { css } from 'lit';

/** The virtual IBAN UX's own rules, after `uxStyles`. */
export const vibanUxStyles = css`
  .viban {
    display: grid;
    gap: var(--_sg-spacing);
  }
  h2 {
    font-size: 1.2em;
    margin: 0;
  }
  h3 {
    font-size: 1em;
    margin: 0 0 0.4em;
  }
  .details {
    margin: 0;
    display: grid;
    gap: 0.5em;
  }
  /* Label and value side by side when there is room, else the label above (a 320 px phone): the value then has the
     whole width, so an amount or a BIC is never cut in the middle. */
  .details .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    align-items: center;
    padding-bottom: 0.5em;
    border-bottom: 1px solid var(--_sg-color-surface);
  }
  .details dt {
    color: var(--_sg-color-muted);
    flex: 1 1 7em;
  }
  .details dd {
    flex: 1000 1 16em;
    min-width: 0;
    margin: 0;
    display: flex;
    gap: 0.5em;
    align-items: center;
    justify-content: space-between;
  }
  .value {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .value.amount,
  .value.bic {
    white-space: nowrap;
    overflow-wrap: normal;
  }
  .value.iban,
  .value.bic {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  }
  .button.copy {
    min-height: 36px;
    padding: 0.3em 0.8em;
    font-size: 0.875em;
    flex: none;
  }
  .steps ol {
    margin: 0;
    padding-inline-start: 1.4em;
    display: grid;
    gap: 0.3em;
  }
  .qr-block {
    display: grid;
    justify-items: start;
  }
  .qr {
    width: 11rem;
    height: 11rem;
  }
  .hint {
    color: var(--_sg-color-muted);
    font-size: 0.875em;
    margin: 0.4em 0 0;
  }
  .copy-tooltip {
    position: fixed;
    top: 0;
    left: 0;
    z-index: 1;
    padding: 0.25em 0.6em;
    border-radius: var(--_sg-radius);
    background: var(--_sg-color-text);
    color: var(--_sg-color-background);
    font-size: 0.875em;
    pointer-events: none;
  }
  .copy-tooltip[hidden] {
    display: none;
  }
`;

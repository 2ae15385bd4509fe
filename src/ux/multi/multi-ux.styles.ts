import { css } from 'lit';

/** The multi UX's own rules (after `uxStyles`). */
export const multiUxStyles = css`
  .progress {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(8em, 1fr));
    gap: calc(var(--_sg-spacing) * 0.5);
    margin: 0 0 var(--_sg-spacing);
    padding: calc(var(--_sg-spacing) * 0.75);
    background: var(--_sg-color-surface);
    border-radius: var(--_sg-radius);
  }
  .progress div {
    display: flex;
    flex-direction: column;
  }
  .progress dt {
    color: var(--_sg-color-muted);
    font-size: 0.875em;
  }
  .progress dd {
    margin: 0;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .progress .left dd {
    font-size: 1.25em;
  }
  .methods {
    border: 1px solid var(--_sg-color-border);
    border-radius: var(--_sg-radius);
    padding: calc(var(--_sg-spacing) * 0.5) calc(var(--_sg-spacing) * 0.75);
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_sg-spacing) * 0.5) var(--_sg-spacing);
  }
  .methods legend {
    font-weight: 600;
    padding: 0 0.25em;
  }
  .method {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 44px;
    font-weight: 400;
    cursor: pointer;
  }
  .method input {
    width: 1.2em;
    height: 1.2em;
    min-height: 0;
    margin: 0;
  }
  .field-amount input {
    padding-right: 3.5em;
    font-variant-numeric: tabular-nums;
  }
  /* The currency's absolute position is taken from its field, not from whatever positioned box is further up. */
  .field-amount .control {
    position: relative;
  }
  .currency {
    position: absolute;
    right: 0.75em;
    top: 50%;
    transform: translateY(-50%);
    color: var(--_sg-color-muted);
  }
  .after {
    margin: 0.25em 0 0;
    color: var(--_sg-color-muted);
    min-height: 1.2em;
  }
  .after strong {
    color: var(--_sg-color-text);
    font-weight: 600;
  }
  .waiting {
    border: 2px solid var(--_sg-color-primary);
    border-radius: var(--_sg-radius);
    padding: calc(var(--_sg-spacing) * 0.75) var(--_sg-spacing);
    margin: 0 0 var(--_sg-spacing);
  }
  .waiting h3 {
    display: flex;
    align-items: center;
    gap: 0.5em;
    margin: 0 0 0.35em;
    font-size: 1.1em;
  }
  .waiting p {
    margin: 0 0 0.5em;
  }
  .muted {
    color: var(--_sg-color-muted);
    font-size: 0.875em;
  }
  .spinner {
    flex: none;
  }
`;

import { css } from 'lit';

export const linkStyles = css`
  h2 {
    font-size: 1.1em;
    margin: 0 0 0.5em;
  }
  label {
    display: block;
    font-weight: 600;
    margin-bottom: 0.25em;
  }
  .row {
    display: flex;
    gap: 0.5em;
  }
  input {
    flex: 1;
    min-width: 0;
    font: inherit;
    min-height: 44px;
    padding: 0.5em 0.7em;
    border: 1px solid var(--_sg-color-border);
    border-radius: var(--_sg-radius);
    background: var(--_sg-color-surface);
    color: var(--_sg-color-text);
  }
`;

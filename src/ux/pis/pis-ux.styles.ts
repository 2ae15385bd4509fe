import { css } from 'lit';

/** The bank transfer initiation UX's own rules, after `uxStyles`. */
export const pisUxStyles = css`
  .intro,
  .muted {
    margin: 0;
    color: var(--_sg-color-muted);
  }
  .search {
    display: grid;
    gap: 0.25em;
  }
  .search label,
  legend {
    font-weight: 600;
  }
  input[type='search'] {
    font: inherit;
    min-height: 44px;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_sg-color-border);
    border-radius: var(--_sg-radius);
    background: var(--_sg-color-background);
    color: inherit;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5em;
  }
  .group {
    margin: 0;
    color: var(--_sg-color-muted);
    font-size: 0.875em;
  }
  .banks {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(10em, 1fr));
    gap: 0.4em;
  }
  .bank {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 44px;
    padding: 0.3em 0.6em;
    border: 1px solid var(--_sg-color-border);
    border-radius: var(--_sg-radius);
    cursor: pointer;
  }
  .bank.highlighted {
    font-weight: 600;
  }
  .bank:has(input:checked) {
    border-color: var(--_sg-color-primary);
    background: var(--_sg-color-surface);
  }
  .field-error {
    margin: 0;
    color: var(--_sg-color-danger);
  }
  .waiting h2,
  #sg-pis-failure h2 {
    font-size: 1.1em;
    margin: 0 0 0.35em;
    display: flex;
    gap: 0.5em;
    align-items: center;
  }
  a {
    color: var(--_sg-color-primary);
  }
`;

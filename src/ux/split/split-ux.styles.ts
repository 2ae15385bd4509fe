import { css } from 'lit';

/** Shared by the captain's split UX and the co-buyers' sharing space (after `uxStyles`). */
export const splitStyles = css`
  form {
    gap: calc(var(--_sg-spacing) * 0.75);
  }
  fieldset {
    border: 1px solid var(--_sg-color-border);
    border-radius: var(--_sg-radius);
    padding: calc(var(--_sg-spacing) * 0.75);
    margin: 0;
    display: grid;
    gap: calc(var(--_sg-spacing) * 0.5);
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0 0.3em;
  }
  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: start;
    gap: 0 0.6em;
  }
  .choice input {
    width: 1.25em;
    height: 1.25em;
    min-height: 0;
    margin: 0.15em 0 0;
    accent-color: var(--_sg-color-primary);
  }
  .choice label {
    font-weight: 500;
    margin: 0;
  }
  .choice .hint {
    grid-column: 2;
  }
  .choice.paid label {
    color: var(--_sg-color-muted);
    text-decoration: line-through;
  }
  .field input.short {
    max-width: 12em;
  }
  .summary {
    margin: 0;
    font-size: 1.05em;
  }
  .summary strong {
    font-size: 1.15em;
  }
  .progress {
    display: grid;
    gap: 0.3em;
    margin: 0 0 var(--_sg-spacing);
  }
  .progress p {
    margin: 0;
  }
  progress {
    width: 100%;
    height: 0.75em;
    accent-color: var(--_sg-color-success);
  }
  .muted {
    color: var(--_sg-color-muted);
  }
  ul.basket {
    list-style: none;
    padding: 0;
    margin: 0 0 var(--_sg-spacing);
    display: grid;
    gap: 0.25em;
  }
  ul.basket li {
    display: flex;
    justify-content: space-between;
    gap: 1em;
  }
  h2,
  h3 {
    font-size: 1.1em;
    margin: 0 0 0.5em;
  }
  sg-link {
    margin-top: var(--_sg-spacing);
  }
`;

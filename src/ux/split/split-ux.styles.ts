import { css } from 'lit';

/** Shared by the captain's split UX and the co-buyers' sharing space. */
export const splitStyles = css`
  :host {
    display: block;
  }
  form {
    display: grid;
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

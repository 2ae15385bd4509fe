import { css } from 'lit';

export const walletSheetStyles = css`
  dialog {
    border: none;
    border-radius: calc(var(--_sg-radius) * 2);
    padding: calc(var(--_sg-spacing) * 1.5);
    width: min(26rem, calc(100vw - 2rem));
    background: var(--_sg-color-background);
    color: var(--_sg-color-text);
    box-shadow: 0 12px 40px rgb(0 0 0 / 0.3);
    font-family: var(--_sg-font-family);
  }
  dialog::backdrop {
    background: rgb(10 12 30 / 0.55);
  }
  h2 {
    margin: 0 0 0.5em;
    font-size: 1.15em;
  }
  dl {
    display: grid;
    gap: 0.25em;
    margin: 0.75em 0;
  }
  dl div {
    display: flex;
    justify-content: space-between;
    gap: 1em;
  }
  dt {
    color: var(--_sg-color-muted);
  }
  dd {
    margin: 0;
    font-weight: 600;
  }
  fieldset {
    border: 1px solid var(--_sg-color-border);
    border-radius: var(--_sg-radius);
    margin: 0;
    padding: 0.5em 0.75em;
  }
  /* Radio | name, with the behaviour under the name: on a narrow screen a wrapping row left a radio alone on its line,
     beside nothing, and the behaviour under the radio, reading as the next card's. */
  .card {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: center;
    column-gap: 0.5em;
    min-height: 44px;
    padding: 0.25em 0;
  }
  .behaviour {
    grid-column: 2;
  }
  .card input {
    width: 1.25em;
    height: 1.25em;
  }
  .behaviour {
    color: var(--_sg-color-muted);
    font-size: 0.875em;
  }
  .actions {
    display: flex;
    gap: 0.75em;
    margin-top: 1.25em;
    flex-wrap: wrap;
  }
`;

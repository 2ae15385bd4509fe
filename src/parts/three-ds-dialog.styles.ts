import { css } from 'lit';

export const threeDSDialogStyles = css`
  dialog {
    /* Invisible here; under forced colours (Windows High Contrast) shadows vanish and this edge is what shows. */
    border: 2px solid transparent;
    border-radius: calc(var(--_sg-radius) * 2);
    padding: calc(var(--_sg-spacing) * 1.5);
    max-width: min(28rem, calc(100vw - 2rem));
    background: var(--_sg-color-background);
    color: var(--_sg-color-text);
    box-shadow: 0 12px 40px rgb(0 0 0 / 0.3);
    font-family: var(--_sg-font-family);
  }
  @media (forced-colors: active) {
    dialog {
      border-color: CanvasText;
    }
  }
  dialog::backdrop {
    background: rgb(10 12 30 / 0.55);
  }
  .bank {
    margin: 0 0 0.75em;
    font-size: 0.875em;
    color: var(--_sg-color-muted);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  h2 {
    margin: 0 0 0.5em;
    font-size: 1.25em;
  }
  .actions {
    display: flex;
    gap: 0.75em;
    margin-top: 1.25em;
    flex-wrap: wrap;
  }
`;

import { css } from 'lit';

/** Layout shared by the public elements' loading and status states (the spinner itself is in `base`). */
export const hostStyles = css`
  :host {
    display: block;
    max-width: var(--sg-max-width, 32rem);
    background: var(--_sg-color-background);
  }
  :host([hidden]) {
    display: none;
  }
  .loading {
    display: flex;
    align-items: center;
    gap: 0.6em;
    min-height: 3rem;
    color: var(--_sg-color-muted);
  }
  .loading .spinner {
    width: 1.1em;
    height: 1.1em;
  }
`;

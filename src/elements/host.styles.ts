import { css } from 'lit';

/** Layout shared by the public elements' loading and status states. */
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
  .spinner {
    width: 1.1em;
    height: 1.1em;
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
`;

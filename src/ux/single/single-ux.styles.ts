import { css } from 'lit';

/** The single UX's own rules (the shared ones are in `uxStyles`). */
export const singleUxStyles = css`
  .amount {
    margin-bottom: calc(var(--_sg-spacing) * 0.5);
  }
`;

import { css } from 'lit';

export const captainStyles = css`
  .captain {
    padding: var(--sg-padding, 0);
  }
`;

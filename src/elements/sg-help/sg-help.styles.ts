import { css } from 'lit';

export const helpStyles = css`
  h2 {
    font-size: 1.1em;
    margin: 0 0 0.5em;
  }
  p {
    margin: 0 0 0.5em;
  }
`;

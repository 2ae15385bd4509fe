import { css } from 'lit';

export const singleUxStyles = css`
  :host {
    display: block;
  }
  form {
    display: grid;
    gap: calc(var(--_sg-spacing) * 0.5);
  }
  .amount {
    display: flex;
    justify-content: space-between;
    align-items: baseline;
    margin: 0 0 calc(var(--_sg-spacing) * 0.5);
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
  .reference {
    color: var(--_sg-color-muted);
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
`;

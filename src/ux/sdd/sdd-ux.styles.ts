import { css } from 'lit';

/** The SEPA Direct Debit UX's own rules (fields and notices come from `cardFormStyles` and `uxStyles`). */
export const sddUxStyles = css`
  .amount {
    margin-bottom: calc(var(--_sg-spacing) * 0.5);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_sg-spacing) * 0.25);
  }
  legend {
    font-weight: 600;
    padding: 0;
    margin-bottom: calc(var(--_sg-spacing) * 0.5);
  }
  .field-iban {
    container-type: inline-size;
  }
  .field-iban input {
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.02em;
  }
  /* An IBAN of up to 27 characters (France, Italy, Monaco: 34 grouped by four) whole in a 320 px screen's field
     (WCAG 2.2 1.4.10), at the 16 px that keeps phones from zooming on focus: tighter letters, group gaps and padding
     instead of a smaller font. A longer one (Malta's 31) scrolls in its field. */
  @container (max-width: 359px) {
    .field-iban input {
      letter-spacing: -0.02em;
      word-spacing: -0.1em;
      padding-inline: 0.35em;
    }
  }
  .mandate {
    margin: calc(var(--_sg-spacing) * 0.75) 0;
    padding: calc(var(--_sg-spacing) * 0.75);
    border: 1px solid var(--_sg-color-border);
    border-radius: var(--_sg-radius);
    font-size: 0.875em;
  }
  .mandate h2 {
    font-size: 1em;
    margin: 0 0 0.4em;
  }
  .mandate p {
    margin: 0 0 0.5em;
  }
  .mandate p:last-child {
    margin-bottom: 0;
  }
`;

import { css } from 'lit';
import { cardFormStyles } from '../card-form.styles.ts';
import { base, tokens, uxStyles } from '../../styles/tokens.styles.ts';
import { scheduleListStyles } from './schedule-list.ts';

/** The installments and pay-later UXs and their hosted pages: the shared sheets, then their own rules. */
export const scheduleUxStyles = [
  tokens,
  base,
  cardFormStyles,
  scheduleListStyles,
  uxStyles,
  css`
    form,
    .page {
      display: grid;
      gap: calc(var(--_sg-spacing) * 0.75);
    }
    .page > p {
      margin: 0;
    }
    fieldset {
      border: 1px solid var(--_sg-color-border);
      border-radius: var(--_sg-radius);
      padding: calc(var(--_sg-spacing) * 0.75);
      margin: 0;
      display: grid;
      gap: 0.5em;
    }
    legend {
      font-weight: 600;
      padding: 0 0.3em;
    }
    .choice {
      display: grid;
      grid-template-columns: auto 1fr;
      align-items: center;
      column-gap: 0.6em;
    }
    .choice input {
      width: 1.25em;
      height: 1.25em;
      margin: 0;
      accent-color: var(--_sg-color-primary);
    }
    .choice label {
      font-weight: 500;
    }
    .choice .hint {
      grid-column: 2;
      color: var(--_sg-color-muted);
      font-size: 0.875em;
    }
    .debit {
      display: flex;
      justify-content: space-between;
      align-items: baseline;
      gap: 1em;
      margin: 0;
      padding: 0.75em;
      border-radius: var(--_sg-radius);
      background: var(--_sg-color-surface);
    }
    .debit strong {
      font-size: 1.15em;
    }
    .hint-line {
      margin: 0;
      color: var(--_sg-color-muted);
      font-size: 0.875em;
    }
    .notice h4 {
      margin: 0.75em 0 0.35em;
      font-size: 1em;
    }
  `,
];

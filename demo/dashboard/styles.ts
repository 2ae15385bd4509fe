/** The dashboard's look: the widget's design tokens and shared rules (src/styles/tokens.styles.ts), then its own layout. */
import { css } from 'lit';
import { base, tokens } from '../../src/styles/tokens.styles.ts';

const layout = css`
  :host {
    display: block;
  }
  h1 {
    font-size: 1.5em;
    margin: 0 0 var(--_sg-spacing);
  }
  h2 {
    font-size: 1.15em;
    margin: calc(var(--_sg-spacing) * 1.5) 0 calc(var(--_sg-spacing) * 0.5);
  }
  h3 {
    font-size: 1em;
    margin: var(--_sg-spacing) 0 calc(var(--_sg-spacing) * 0.5);
  }
  a {
    color: var(--_sg-color-primary);
  }
  .card {
    background: var(--_sg-color-background);
    border: 1px solid var(--_sg-color-border);
    border-radius: var(--_sg-radius);
    padding: var(--_sg-spacing);
    margin: 0 0 var(--_sg-spacing);
  }
  .muted {
    color: var(--_sg-color-muted);
  }
  .table-wrap {
    overflow-x: auto;
    max-width: 100%;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    background: var(--_sg-color-background);
    font-size: 0.95em;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding: 0.4em 0;
  }
  th,
  td {
    text-align: left;
    padding: 0.45em 0.6em;
    border-bottom: 1px solid var(--_sg-color-border);
    vertical-align: top;
  }
  td.num,
  th.num {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  code,
  .id {
    font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  dl.fields {
    display: grid;
    grid-template-columns: minmax(8em, max-content) 1fr;
    gap: 0.35em 1em;
    margin: 0;
  }
  dl.fields dt {
    color: var(--_sg-color-muted);
  }
  dl.fields dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  form.filters {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(11em, 1fr));
    gap: calc(var(--_sg-spacing) * 0.75);
    align-items: end;
  }
  label {
    display: grid;
    gap: 0.25em;
    font-weight: 600;
    font-size: 0.9em;
  }
  input,
  select {
    font: inherit;
    font-weight: 400;
    min-height: 44px;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_sg-color-border);
    border-radius: var(--_sg-radius);
    background: var(--_sg-color-background);
    color: var(--_sg-color-text);
  }
  /* A select is as wide as its longest option (a currency's full name): in a form's cell it takes the cell's width instead,
     so a 320 px page does not scroll sideways. */
  form.filters select {
    width: 100%;
  }
  input[aria-invalid='true'] {
    border-color: var(--_sg-color-danger);
  }
  .field-error {
    color: var(--_sg-color-danger);
    font-weight: 400;
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .status {
    display: inline-block;
    padding: 0.1em 0.5em;
    border-radius: 999px;
    border: 1px solid var(--_sg-color-border);
    font-size: 0.85em;
  }
  .pager {
    display: flex;
    gap: 0.5em;
    justify-content: space-between;
    align-items: center;
    margin-top: var(--_sg-spacing);
  }
  .pager .back {
    display: flex;
    gap: 1em;
  }
  fieldset.items {
    grid-column: 1 / -1;
    /* A fieldset is as wide as its content by default: on a phone its rows would overflow it. */
    min-inline-size: 0;
    display: grid;
    gap: calc(var(--_sg-spacing) * 0.5);
    justify-items: start;
    margin: 0;
    padding: calc(var(--_sg-spacing) * 0.75);
    border: 1px solid var(--_sg-color-border);
    border-radius: var(--_sg-radius);
  }
  fieldset.items legend {
    font-weight: 600;
    font-size: 0.9em;
  }
  .item-row {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(11em, 1fr));
    gap: calc(var(--_sg-spacing) * 0.5);
    align-items: end;
    width: 100%;
  }
  @media (max-width: 40em) {
    dl.fields,
    .item-row {
      grid-template-columns: 1fr;
    }
  }
`;

/** A part of a page (the refund form, the environment switch): the shared rules only. */
export const dashboardStyles = [tokens, base, layout];

/** The shell and its pages fill the window on the surface colour; a part inside a page must not (it took 100vh). */
export const dashboardPageStyles = [
  ...dashboardStyles,
  css`
    :host {
      background: var(--_sg-color-surface);
      min-height: 100vh;
    }
  `,
];

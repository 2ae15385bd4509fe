/**
 * The items of "+ Create a payment link" (seed 004: "items composing the total amount to pay"): one row per item (name,
 * unit amount in the currency's units, quantity), rows added and removed by buttons. Amounts are parsed to cents digit
 * by digit (src/core/money.ts); errors are said at the row's field, the server's (`items.1.amount: …`) included.
 */
import { html, nothing } from 'lit';
import { centsToDecimalString, currencyDigits, parseAmount } from '../../src/core/money.ts';

export interface LinkItem {
  name?: string;
  amount: number;
  quantity?: number;
}

/** `cents` as typed in `currency`'s units, for the examples of error messages: 12.50 EUR, 1250 JPY, 1.250 KWD. */
export const amountExample = (cents: number, currency: string): string => centsToDecimalString(cents, currencyDigits(currency));

/** The items typed in `rows` rows of `data`, or the errors by field (`items.<row>.<field>`). */
export function readItems(data: FormData, rows: number[], currency: string): { items: LinkItem[]; errors: Map<string, string[]> } {
  const items: LinkItem[] = [];
  const errors = new Map<string, string[]>();
  rows.forEach((row, index) => {
    const text = (field: string) => String(data.get(`item-${field}-${row}`) ?? '').trim();
    const amount = parseAmount(text('amount'), currencyDigits(currency));
    if (amount === null) errors.set(`items.${index}.amount`, [`enter an amount such as ${amountExample(1250, currency)}`]);
    else if (amount === 0) errors.set(`items.${index}.amount`, ['enter an amount above zero']);
    const quantityText = text('quantity');
    const quantity = quantityText === '' ? 1 : /^[0-9]{1,3}$/.test(quantityText) ? Number(quantityText) : Number.NaN;
    if (!(quantity >= 1)) errors.set(`items.${index}.quantity`, ['a whole number from 1 to 999']);
    if (amount) items.push({ ...(text('name') ? { name: text('name') } : {}), amount, quantity });
  });
  return { items, errors };
}

/** Errors of the server about items, as `items.<index>.<field>` and `items`, from `field: message` lines of the answer. */
export function itemErrors(errors: string[]): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  for (const error of errors) {
    const match = /^(items(?:\.\d+\.\w+)?): (.*)$/.exec(error);
    if (match?.[1] && match[2]) fields.set(match[1], [...(fields.get(match[1]) ?? []), match[2]]);
  }
  return fields;
}

function field(row: number, index: number, name: 'name' | 'amount' | 'quantity', label: string, errors: Map<string, string[]>, extra: { inputmode?: string } = {}) {
  const messages = errors.get(`items.${index}.${name}`);
  const id = `item-${name}-${row}`;
  return html`<label
    >${label}
    <input
      name=${id}
      inputmode=${extra.inputmode ?? nothing}
      autocomplete="off"
      aria-invalid=${messages ? 'true' : 'false'}
      aria-describedby=${messages ? `${id}-error` : nothing}
    />
    ${messages ? html`<span class="field-error" id="${id}-error">${messages.join(' ')}</span>` : nothing}
  </label>`;
}

/** The items fieldset: `rows` are stable keys of the rows shown; `add` and `remove` change them. */
export function itemsFieldset(rows: number[], errors: Map<string, string[]>, currency: string, add: () => void, remove: (row: number) => void) {
  const general = errors.get('items');
  return html`<fieldset class="items" aria-describedby=${general ? 'items-error' : nothing}>
    <legend>Items (optional: they must add up to the amount)</legend>
    ${rows.map(
      (row, index) => html`<div class="item-row" role="group" aria-label="Item ${index + 1}">
        ${field(row, index, 'name', `Item ${index + 1} name`, errors)} ${field(row, index, 'amount', `Item ${index + 1} unit amount (${currency})`, errors, { inputmode: 'decimal' })}
        ${field(row, index, 'quantity', `Item ${index + 1} quantity`, errors, { inputmode: 'numeric' })}
        <button class="button secondary" type="button" @click=${() => remove(row)}>Remove item ${index + 1}</button>
      </div>`,
    )}
    ${general ? html`<p class="field-error" id="items-error">${general.join(' ')}</p>` : nothing}
    <button class="button secondary" type="button" @click=${add}>Add an item</button>
  </fieldset>`;
}

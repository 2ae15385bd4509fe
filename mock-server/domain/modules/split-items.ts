/** Split picking: the items a payer chooses, and the rule that the items of a picking order add up to its amount. */
import type { OrderRecord } from '../../state.ts';
import { conflict, invalid } from '../errors.ts';
import { formatCents } from '../orders.ts';

const itemsTotal = (order: OrderRecord) => order.items.reduce((sum, item) => sum + item.amount * item.quantity, 0);

const money = (order: OrderRecord, cents: number) => `${formatCents(cents, order.currency)} (${cents} cents)`;

/** The items a payer chose: known, each once, and not paid by someone else. */
export function chosenItems(order: OrderRecord, itemIds: string[] | undefined, paid: Set<string>): { itemIds: string[]; total: number } {
  if (!itemIds?.length) throw invalid('itemIds: choose at least one item of the order to pay for');
  const duplicates = itemIds.filter((id, index) => itemIds.indexOf(id) !== index);
  if (duplicates.length) throw invalid(`itemIds: ${[...new Set(duplicates)].join(', ')} is listed more than once`);
  const unknown = itemIds.filter((id) => !order.items.some((item) => item.id === id));
  if (unknown.length) throw invalid(`itemIds: ${unknown.join(', ')} is not an item of this order`);
  const taken = order.items.filter((item) => itemIds.includes(item.id) && paid.has(item.id));
  if (taken.length) {
    const left = order.items.filter((item) => !paid.has(item.id)).map((item) => item.name ?? item.id);
    throw conflict(
      'item_already_paid',
      `itemIds: ${taken.map((item) => `"${item.name ?? item.id}"`).join(', ')} ${taken.length > 1 ? 'are' : 'is'} already paid for; still to pay: ${left.length ? left.join(', ') : 'nothing'}`,
    );
  }
  const total = order.items.filter((item) => itemIds.includes(item.id)).reduce((sum, item) => sum + item.amount * item.quantity, 0);
  if (total <= 0) throw invalid('itemIds: the chosen items cost nothing; choose items with a price');
  return { itemIds: [...itemIds], total };
}

export function assertItemsAddUp(order: OrderRecord, field: string): void {
  if (order.items.length === 0) throw invalid(`${field}: a picking order needs items for the co-buyers to choose from`);
  const total = itemsTotal(order);
  if (total !== order.amount) {
    throw invalid(`${field}: the items add up to ${money(order, total)} but the order amount is ${money(order, order.amount)}; each item is paid once, so they must match`);
  }
}

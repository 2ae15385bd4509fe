import type { OrderRecord } from '../../state.ts';
import { conflict } from '../errors.ts';

const WHY_NOT_PAYABLE: Partial<Record<OrderRecord['status'], string>> = {
  completed: 'This order is already paid',
  confirmed: 'This order is already paid',
  canceled: 'This order was canceled',
  refunded: 'This order was refunded',
};

export function assertOrderPayable(order: OrderRecord): void {
  const reason = WHY_NOT_PAYABLE[order.status];
  if (reason) throw conflict('order_not_payable', reason);
}

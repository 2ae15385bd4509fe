/**
 * Orders on a customer (seed "Reuse method"): `customerId` names the platform's customer (404 otherwise) and fills the
 * buyer's details the order leaves out; with `debitAuto: true` the customer's default method is debited at once,
 * without the widget. The order is then `completed` (`order.completed`), or stays payable at its `redirectUrl` with
 * `debit.status: "failed"` and the bank's reason.
 */
import type { Platform } from '../../seed.ts';
import type { CreateOrderInput } from '../../schemas/requests.ts';
import type { OrderRecord } from '../../state.ts';
import type { DomainContext } from '../context.ts';
import { invalid } from '../errors.ts';
import { definedFields } from '../fields.ts';
import { createOrder } from '../orders.ts';
import { checkOrderCustomer, defaultMethod } from './customers.ts';
import { debitMethod, noteDebit } from './debits.ts';

export function createCustomerOrder(ctx: DomainContext, platform: Platform, input: CreateOrderInput): OrderRecord {
  const customer = checkOrderCustomer(ctx, platform.id, input);
  if (!customer) return createOrder(ctx, platform, input);
  if (input.debitAuto && ((input.ux ?? platform.settings.uxs[0]) !== 'single' || !platform.settings.paymentMethods.includes('card'))) {
    throw invalid('debitAuto: only a single card payment (ux single) is debited at once on a saved card');
  }
  const order = createOrder(ctx, platform, {
    ...input,
    ...definedFields({ email: input.email ?? customer.email, firstName: input.firstName ?? customer.firstName, lastName: input.lastName ?? customer.lastName }),
  });
  const method = input.debitAuto ? defaultMethod(customer) : undefined;
  if (method) noteDebit(order, debitMethod(ctx, order, method));
  return order;
}

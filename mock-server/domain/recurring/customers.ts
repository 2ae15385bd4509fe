/**
 * Customers and their saved methods (seed "Recurring payments", "Tokenize method"): an order created with
 * `tokenize: true`, once paid by card, saves the card to its customer (created from the order's buyer if the order has
 * none). The newest saved method is the default; the same card saved twice stays one method. Only the BIN, the last 4
 * digits, the expiry and the brand are kept, with the sandbox's test-card behaviour in place of the number.
 */
import type { CustomerMethodRecord, CustomerRecord, OrderRecord, TransactionRecord } from '../../state.ts';
import type { Platform } from '../../seed.ts';
import type { DomainContext } from '../context.ts';
import { conflict, invalid, notFound } from '../errors.ts';
import { definedFields } from '../fields.ts';
import { newId } from '../ids.ts';

export interface CustomerFields {
  email?: string | undefined;
  firstName?: string | undefined;
  lastName?: string | undefined;
  phone?: string | undefined;
  trackId?: string | undefined;
}

/** The customer as the API answers it (the seed's object): methods without the sandbox's card behaviour. */
export function publicCustomer(customer: CustomerRecord): Record<string, unknown> {
  const { methods, ...fields } = customer;
  return { ...fields, methods: methods.map(({ cardProfile: _profile, ...method }) => method) };
}

export function createCustomer(ctx: DomainContext, platform: Platform, fields: CustomerFields): CustomerRecord {
  const customer: CustomerRecord = {
    id: newId('cst'),
    platformId: platform.id,
    ...definedFields(fields),
    methods: [],
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  ctx.tx.customers.put(customer);
  return customer;
}

/** The platform's customer `id`; another platform's answers 404 like an unknown one. */
export function customerFor(ctx: DomainContext, platformId: string, id: string): CustomerRecord {
  const customer = ctx.tx.customers.get(id);
  if (!customer || customer.platformId !== platformId) throw notFound('Customer');
  return customer;
}

export function defaultMethod(customer: CustomerRecord): CustomerMethodRecord | undefined {
  return customer.methods.find((method) => method.default);
}

/** Makes `methodId` the customer's one default method. */
export function setDefaultMethod(ctx: DomainContext, customer: CustomerRecord, methodId: string): void {
  if (!customer.methods.some((method) => method.id === methodId)) throw notFound('Method');
  for (const method of customer.methods) method.default = method.id === methodId;
  customer.updatedAt = ctx.now;
}

/** Whether a subscription of the customer still debits its default method (then that method may not go). */
function debitingSubscription(ctx: DomainContext, customer: CustomerRecord): string | undefined {
  return ctx.tx.subscriptions.list('customerId', customer.id).find((subscription) => ['initiated', 'active', 'unpaid'].includes(subscription.status))?.id;
}

/** Removes a saved method; the default one is refused (409) while a subscription of the customer is running. */
export function deleteMethod(ctx: DomainContext, customer: CustomerRecord, methodId: string): void {
  const method = customer.methods.find((candidate) => candidate.id === methodId);
  if (!method) throw notFound('Method');
  const subscription = method.default ? debitingSubscription(ctx, customer) : undefined;
  if (subscription) {
    throw conflict('method_in_use', `This method is the default of the customer and subscription ${subscription} debits it: save or choose another default first`);
  }
  customer.methods = customer.methods.filter((candidate) => candidate.id !== methodId);
  // The newest remaining method takes over, so a customer with methods always has one default.
  if (method.default && customer.methods.length) customer.methods[customer.methods.length - 1]!.default = true;
  customer.updatedAt = ctx.now;
}

export function deleteCustomer(ctx: DomainContext, customer: CustomerRecord): void {
  const subscription = debitingSubscription(ctx, customer);
  if (subscription) throw conflict('customer_in_use', `Subscription ${subscription} of this customer is running: cancel it first`);
  ctx.tx.customers.delete(customer.id);
}

/** Same card: same BIN, last 4 and expiry (the sandbox keeps no fingerprint of the number). */
function sameCard(a: CustomerMethodRecord['card'], b: CustomerMethodRecord['card']): boolean {
  return a.bin === b.bin && a.last4 === b.last4 && a.expiryMonth === b.expiryMonth && a.expiryYear === b.expiryYear && a.paymentMethod === b.paymentMethod;
}

/**
 * Saves a card to the customer as its default method ("newest saved one will be set as default"); a card already saved
 * becomes the default again instead of a second method.
 */
export function saveCard(ctx: DomainContext, customer: CustomerRecord, card: CustomerMethodRecord['card'], cardProfile: CustomerMethodRecord['cardProfile']): CustomerMethodRecord {
  let method = customer.methods.find((candidate) => sameCard(candidate.card, card));
  if (method) {
    method.cardProfile = cardProfile;
  } else {
    method = { id: newId('cpm'), token: newId('tok'), method: 'card', card: definedFields(card) as CustomerMethodRecord['card'], default: false, createdAt: ctx.now, cardProfile };
    customer.methods.push(method);
  }
  setDefaultMethod(ctx, customer, method.id);
  return method;
}

/**
 * After a card payment of `order` is authorised: with `tokenize: true`, the card goes to the order's customer (created
 * from the buyer when the order has none, and then named on the order). Only the buyer's own card: a co-buyer's payment
 * on a split order is never saved to the captain's customer.
 */
export function tokenizeIfAsked(ctx: DomainContext, order: OrderRecord, transaction: TransactionRecord): void {
  if (!order.tokenize || transaction.paymentMethod !== 'card' || !transaction.card || transaction.role === 'cobuyer') return;
  if (transaction.status !== 'authorized' && transaction.status !== 'captured') return;
  let customer = order.customerId ? ctx.tx.customers.get(order.customerId) : undefined;
  if (!customer) {
    const platform = ctx.tx.platforms.get(order.platformId);
    if (!platform) return;
    customer = createCustomer(ctx, platform, {
      email: transaction.email ?? order.email,
      firstName: transaction.firstName ?? order.firstName,
      lastName: transaction.lastName ?? order.lastName,
    });
    order.customerId = customer.id;
  }
  const { brand, bin, last4, expiryMonth, expiryYear } = transaction.card;
  saveCard(ctx, customer, { bin, last4, expiryMonth, expiryYear, paymentMethod: brand }, transaction.cardProfile ?? 'ok');
}

/** `customerId` on a new order: the platform's customer, else 404; `debitAuto` needs one with a default method (400). */
export function checkOrderCustomer(ctx: DomainContext, platformId: string, input: { customerId?: string | undefined; debitAuto?: boolean | undefined }): CustomerRecord | undefined {
  if (input.customerId === undefined) {
    if (input.debitAuto) throw invalid('debitAuto: give the customerId whose default method is debited');
    return undefined;
  }
  const customer = customerFor(ctx, platformId, input.customerId);
  if (input.debitAuto && !defaultMethod(customer)) {
    throw invalid('debitAuto: this customer has no saved method to debit; create the order without debitAuto and let the buyer pay (tokenize: true saves the card)');
  }
  return customer;
}

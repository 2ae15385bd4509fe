/** Recurring payments in the OpenAPI document (mock-server/openapi.ts): customers, products, subscriptions, invoices. */
import { CardUpdate, HostedSubscription } from '../src/core/schemas.ts';
import { CustomerInput, CustomerPatch, ProductInput, ProductPatch, SubscriptionInput, SubscriptionPatch, UpdateCardInput, UpdateCardThreeDS } from './schemas/recurring.ts';

/** Entries of `ENDPOINTS` in mock-server/openapi.ts (its `Endpoint` shape; not imported, which would be a cycle). */
export const RECURRING_ENDPOINTS = [
  { method: 'post', path: '/v1/customers', summary: 'Create a customer (email, firstName, lastName, phone, trackId); cards are saved to it by paying an order with tokenize: true', access: 'secret', body: CustomerInput, status: 201 },
  { method: 'get', path: '/v1/customers', summary: "The platform's customers with their saved methods, oldest first", access: 'secret', paged: true },
  { method: 'get', path: '/v1/customers/{id}', summary: 'A customer: methods[] {id cpm_, token tok_, method, card {bin, expiryMonth, expiryYear, last4, paymentMethod}, default}', access: 'secret' },
  { method: 'patch', path: '/v1/customers/{id}', summary: "Change a customer's details; defaultMethodId makes a saved method the default", access: 'secret', body: CustomerPatch },
  { method: 'delete', path: '/v1/customers/{id}', summary: 'Delete a customer; 409 customer_in_use while one of its subscriptions runs', access: 'secret' },
  { method: 'delete', path: '/v1/customers/{id}/methods/{methodId}', summary: 'Delete a saved method; 409 method_in_use for the default method while a subscription of the customer runs', access: 'secret' },
  { method: 'post', path: '/v1/products', summary: 'Create a product; subscription {period daily|monthly|yearly, interval} makes it a subscription product', access: 'secret', body: ProductInput, status: 201 },
  { method: 'get', path: '/v1/products', summary: "The platform's products, oldest first", access: 'secret', paged: true },
  { method: 'get', path: '/v1/products/{id}', summary: 'A product', access: 'secret' },
  { method: 'patch', path: '/v1/products/{id}', summary: 'Change a product (subscriptions already created keep the copy they made)', access: 'secret', body: ProductPatch },
  { method: 'post', path: '/v1/subscriptions', summary: 'Create a subscription: schedule {startAt, endAt, period, interval}, amount and/or items (productId copies a product), customerId, debitAuto. 400 endAt before startAt, unknown period, interval < 1, debitAuto without a saved method; 404 unknown customer or product', access: 'secret', body: SubscriptionInput, status: 201 },
  { method: 'get', path: '/v1/subscriptions', summary: "The platform's subscriptions, oldest first", access: 'secret', paged: true },
  { method: 'get', path: '/v1/subscriptions/{id}', summary: 'A subscription: status initiated|active|unpaid|canceled|ended, cycleRank, nextCycleAt, lastInvoicePaymentLink, updateCardLink', access: 'secret' },
  { method: 'patch', path: '/v1/subscriptions/{id}', summary: 'Change pricing (amount), items or schedule (period, interval re-anchor on the current cycle; endAt; startAt before the start); 409 once canceled or ended', access: 'secret', body: SubscriptionPatch },
  { method: 'post', path: '/v1/subscriptions/{id}/cancel', summary: 'Cancel: no more cycles; unpaid and open invoices are canceled with their orders', access: 'secret' },
  { method: 'get', path: '/v1/invoices', summary: "Invoices, by cycle: ?subscriptionId= one subscription's, else the platform's", access: 'secret', paged: true, query: { subscriptionId: 'sub_… : only this subscription’s invoices' } },
  { method: 'get', path: '/v1/invoices/{id}', summary: 'An invoice: subscriptionId, cycleRank, amount, currency, status open|paid|unpaid|canceled, orderId, dueDate, attempts, nextAttemptAt', access: 'secret' },
  { method: 'get', path: '/v1/hosted/subscriptions/{id}', summary: "Update-card page: the subscription's public key, locale, next cycle (amount, date) and default card (no key: the subscription id in the emailed link is the capability)", access: 'open', answer: HostedSubscription },
  { method: 'post', path: '/v1/subscriptions/{id}/card', summary: "Update-card page: a new card for the subscription's customer, verified without a charge and saved as the default; a 3-D Secure card answers status challenge with a verificationId; 402 card_declined", access: 'public', body: UpdateCardInput, answer: CardUpdate, status: 201 },
  { method: 'post', path: '/v1/subscriptions/{id}/card/3ds', summary: "Update-card page: the buyer's 3-D Secure answer for the held card; 402 authentication_failed when refused, 409 no_challenge_pending", access: 'public', body: UpdateCardThreeDS, answer: CardUpdate },
] as const;

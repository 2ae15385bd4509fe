/**
 * Recurring payments over the API (secret key; docs/API.md "Recurring payments"): customers and their saved methods,
 * products, subscriptions and their invoices.
 */
import type { HttpHandler } from 'msw';
import { notFound } from '../domain/errors.ts';
import { createCustomer, customerFor, deleteCustomer, deleteMethod, publicCustomer, setDefaultMethod } from '../domain/recurring/customers.ts';
import { createProduct, patchProduct, productFor } from '../domain/recurring/products.ts';
import { answerCardChallenge, hostedSubscription, updateCard } from '../domain/recurring/update-card.ts';
import { cancelSubscription, createSubscription, patchSubscription, publicInvoice, publicSubscription, subscriptionFor } from '../domain/recurring/subscriptions.ts';
import type { SandboxRuntime } from '../runtime.ts';
import { CustomerInput, CustomerPatch, ProductInput, ProductPatch, SubscriptionInput, SubscriptionPatch, UpdateCardInput, UpdateCardThreeDS } from '../schemas/recurring.ts';
import { CancelInput } from '../schemas/requests.ts';
import { endpoint, failure, openEndpoint, success } from './kit.ts';
import { oncePerKey } from './idempotency.ts';
import { pageQuery, pageReply } from './paging.ts';

const secret = { access: 'secretKey' } as const;

export function recurringHandlers(runtime: SandboxRuntime): HttpHandler[] {
  return [...customerHandlers(runtime), ...productHandlers(runtime), ...subscriptionHandlers(runtime), ...updateCardHandlers(runtime)];
}

function customerHandlers(runtime: SandboxRuntime): HttpHandler[] {
  return [
    endpoint(runtime, 'post', '/v1/customers', { ...secret, body: CustomerInput, bodyKind: 'create' }, ({ ctx, caller, body }) =>
      success(publicCustomer(createCustomer(ctx, caller.platform, body)), 201),
    ),
    endpoint(runtime, 'get', '/v1/customers', secret, ({ ctx, caller, request }) =>
      pageReply(ctx.tx.customers.page({ ...pageQuery(request), index: 'platformId', key: caller.platform.id }), publicCustomer),
    ),
    endpoint(runtime, 'get', '/v1/customers/:id', secret, ({ ctx, caller, params }) => publicCustomer(customerFor(ctx, caller.platform.id, params.id ?? ''))),
    endpoint(runtime, 'patch', '/v1/customers/:id', { ...secret, body: CustomerPatch }, ({ ctx, caller, params, body }) => {
      const customer = customerFor(ctx, caller.platform.id, params.id ?? '');
      const { defaultMethodId, ...fields } = body;
      for (const [key, value] of Object.entries(fields)) if (value !== undefined) (customer as unknown as Record<string, unknown>)[key] = value;
      if (defaultMethodId !== undefined) setDefaultMethod(ctx, customer, defaultMethodId);
      customer.updatedAt = ctx.now;
      return publicCustomer(customer);
    }),
    endpoint(runtime, 'delete', '/v1/customers/:id', secret, ({ ctx, caller, params }) => {
      deleteCustomer(ctx, customerFor(ctx, caller.platform.id, params.id ?? ''));
      return { id: params.id, deleted: true };
    }),
    endpoint(runtime, 'delete', '/v1/customers/:id/methods/:methodId', secret, ({ ctx, caller, params }) => {
      const customer = customerFor(ctx, caller.platform.id, params.id ?? '');
      deleteMethod(ctx, customer, params.methodId ?? '');
      return publicCustomer(customer);
    }),
  ];
}

function productHandlers(runtime: SandboxRuntime): HttpHandler[] {
  return [
    endpoint(runtime, 'post', '/v1/products', { ...secret, body: ProductInput, bodyKind: 'create' }, ({ ctx, caller, body }) =>
      success(createProduct(ctx, caller.platform, body), 201),
    ),
    endpoint(runtime, 'get', '/v1/products', secret, ({ ctx, caller, request }) =>
      pageReply(ctx.tx.products.page({ ...pageQuery(request), index: 'platformId', key: caller.platform.id })),
    ),
    endpoint(runtime, 'get', '/v1/products/:id', secret, ({ ctx, caller, params }) => productFor(ctx, caller.platform.id, params.id ?? '')),
    endpoint(runtime, 'patch', '/v1/products/:id', { ...secret, body: ProductPatch }, ({ ctx, caller, params, body }) => {
      const product = productFor(ctx, caller.platform.id, params.id ?? '');
      patchProduct(ctx, product, body);
      return product;
    }),
  ];
}

function subscriptionHandlers(runtime: SandboxRuntime): HttpHandler[] {
  return [
    // A creation may debit cycle 1 at once (debitAuto): a merchant's retry with the same Idempotency-Key gets the first
    // answer instead of a second subscription and a second debit.
    endpoint(runtime, 'post', '/v1/subscriptions', { ...secret, body: SubscriptionInput, bodyKind: 'create' }, ({ ctx, caller, body, request }) =>
      oncePerKey(ctx, caller, request, body, () => success(publicSubscription(ctx, createSubscription(ctx, caller.platform, body)), 201)),
    ),
    endpoint(runtime, 'get', '/v1/subscriptions', secret, ({ ctx, caller, request }) =>
      pageReply(ctx.tx.subscriptions.page({ ...pageQuery(request), index: 'platformId', key: caller.platform.id }), (subscription) => publicSubscription(ctx, subscription)),
    ),
    endpoint(runtime, 'get', '/v1/subscriptions/:id', secret, ({ ctx, caller, params }) => publicSubscription(ctx, subscriptionFor(ctx, caller.platform.id, params.id ?? ''))),
    endpoint(runtime, 'patch', '/v1/subscriptions/:id', { ...secret, body: SubscriptionPatch }, ({ ctx, caller, params, body }) => {
      const subscription = subscriptionFor(ctx, caller.platform.id, params.id ?? '');
      patchSubscription(ctx, subscription, body);
      return publicSubscription(ctx, subscription);
    }),
    endpoint(runtime, 'post', '/v1/subscriptions/:id/cancel', { ...secret, body: CancelInput, bodyKind: 'options' }, ({ ctx, caller, params }) => {
      const subscription = subscriptionFor(ctx, caller.platform.id, params.id ?? '');
      cancelSubscription(ctx, subscription);
      return publicSubscription(ctx, subscription);
    }),
    // `?subscriptionId=` lists one subscription's invoices, by cycle; without it, the platform's.
    endpoint(runtime, 'get', '/v1/invoices', secret, ({ ctx, caller, request }) => {
      const subscriptionId = new URL(request.url).searchParams.get('subscriptionId');
      if (subscriptionId !== null) subscriptionFor(ctx, caller.platform.id, subscriptionId);
      const list = subscriptionId !== null ? { index: 'subscriptionId', key: subscriptionId } : { index: 'platformId', key: caller.platform.id };
      return pageReply(ctx.tx.invoices.page({ ...pageQuery(request), ...list }), publicInvoice);
    }),
    endpoint(runtime, 'get', '/v1/invoices/:id', secret, ({ ctx, caller, params }) => {
      const invoice = ctx.tx.invoices.get(params.id ?? '');
      if (!invoice || invoice.platformId !== caller.platform.id) throw notFound('Invoice');
      return publicInvoice(invoice);
    }),
  ];
}

/** The hosted update-card page (`/update-card/{subscriptionId}`, the card-expiry email's link). */
function updateCardHandlers(runtime: SandboxRuntime): HttpHandler[] {
  return [
    // No key: the subscription id in the emailed link is the capability; the page learns the public key here.
    openEndpoint(runtime, 'get', '/v1/hosted/subscriptions/:id', ({ ctx, params }) => {
      const subscription = ctx.tx.subscriptions.get(params.id ?? '');
      if (!subscription) throw notFound('Subscription');
      return hostedSubscription(ctx, subscription);
    }),
    endpoint(runtime, 'post', '/v1/subscriptions/:id/card', { access: 'anyKey', body: UpdateCardInput }, ({ ctx, caller, params, body }) =>
      success(updateCard(ctx, subscriptionFor(ctx, caller.platform.id, params.id ?? ''), body.card), 201),
    ),
    endpoint(runtime, 'post', '/v1/subscriptions/:id/card/3ds', { access: 'anyKey', body: UpdateCardThreeDS }, ({ ctx, caller, params, body }) => {
      const answer = answerCardChallenge(ctx, subscriptionFor(ctx, caller.platform.id, params.id ?? ''), body.verificationId, body.outcome);
      // Returned, not thrown: the refused verification is dropped (a new card must be given), the rest is unchanged.
      return 'refused' in answer ? failure(402, 'authentication_failed', ['The 3-D Secure authentication was refused']) : answer;
    }),
  ];
}

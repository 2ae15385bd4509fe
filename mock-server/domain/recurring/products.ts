/**
 * Products (seed "Products & Subscription's items"): a catalogue entry a subscription item may name with `productId`.
 * Its data is copied into the item when the subscription is created, so later product edits never change a
 * subscription a buyer already accepted.
 */
import type { Platform } from '../../seed.ts';
import type { ProductInput, ProductPatch, SubscriptionItemInput } from '../../schemas/recurring.ts';
import type { ProductRecord, SubscriptionItemRecord } from '../../state.ts';
import type { DomainContext } from '../context.ts';
import { invalid, notFound } from '../errors.ts';
import { definedFields } from '../fields.ts';
import { newId } from '../ids.ts';

export function createProduct(ctx: DomainContext, platform: Platform, input: ProductInput): ProductRecord {
  const product: ProductRecord = {
    id: newId('prd'),
    platformId: platform.id,
    ...definedFields({ ...input, currency: input.currency ?? 'EUR' }),
    name: input.name,
    amount: input.amount,
    currency: input.currency ?? 'EUR',
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  ctx.tx.products.put(product);
  return product;
}

export function productFor(ctx: DomainContext, platformId: string, id: string): ProductRecord {
  const product = ctx.tx.products.get(id);
  if (!product || product.platformId !== platformId) throw notFound('Product');
  return product;
}

/** Changes the given fields; `subscription: null` makes it a one-off product again. */
export function patchProduct(ctx: DomainContext, product: ProductRecord, patch: ProductPatch): void {
  const { subscription, ...fields } = patch;
  Object.assign(product, definedFields(fields));
  if (subscription === null) delete product.subscription;
  else if (subscription !== undefined) product.subscription = subscription;
  product.updatedAt = ctx.now;
}

/**
 * The subscription's items from the request: each item's own values, the keys it leaves out filled from its product
 * (seed: "for keys/value you did not already provide directly on the item"). Unknown product: 404.
 */
export function resolveItems(ctx: DomainContext, platformId: string, inputs: SubscriptionItemInput[], currency: string): SubscriptionItemRecord[] {
  return inputs.map((input, index) => {
    const product = input.productId === undefined ? undefined : productFor(ctx, platformId, input.productId);
    // A product's amount is in its own currency: taken as is into another, 7.00 USD would be charged as 7.00 EUR.
    if (input.amount === undefined && product && product.currency !== currency) {
      throw invalid(`items.${index}.productId: the product is priced in ${product.currency}, the subscription in ${currency}; give the item's amount`);
    }
    const amount = input.amount ?? product?.amount;
    if (amount === undefined) throw invalid(`items.${index}.amount: give an amount or a productId`);
    const item: SubscriptionItemRecord = {
      id: newId('itm'),
      ...definedFields({
        name: input.name ?? product?.name,
        description: input.description ?? product?.description,
        trackId: input.trackId ?? product?.trackId,
        productId: input.productId,
        subscription: input.subscription ?? (product?.subscription ? { ...product.subscription } : undefined),
      }),
      amount,
      quantity: input.quantity ?? 1,
    };
    return item;
  });
}

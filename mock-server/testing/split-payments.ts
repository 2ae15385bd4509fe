/**
 * The split suites' shared helpers (`domain/modules/split*.test.ts`). Each suite keeps its own fresh sandbox per test
 * and hands it in as a getter, so the helpers always reach the current one.
 */
import type { PlatformSlug } from '../seed.ts';
import type { TestSandbox } from './sandbox-client.ts';

const OK = '4242424242424242';
const card = (number: string) => ({ number, expiryMonth: '12', expiryYear: '2040', cvc: '123', holder: 'Grace Hopper' });

type Op = { type: string; amount: number };

export function splitHelpers(current: () => TestSandbox) {
  const key = (slug: PlatformSlug) => current().platform(slug).publicKey;
  let attempt = 0;
  /** Pays through the widget's own endpoint with the platform's public key, as the captain's widget and the sharing space do. */
  const payAs = (slug: PlatformSlug, orderId: string, body: Record<string, unknown>, number = OK) =>
    current().call('POST', `/v1/orders/${orderId}/payments`, key(slug), { card: card(number), ...body }, { 'Idempotency-Key': `k-${++attempt}` });
  /** A transaction's operations as `[type, amount]` pairs, read with the secret key. */
  const operations = async (slug: PlatformSlug, transactionId: string): Promise<[string, number][]> => {
    const answer = await current().call('GET', `/v1/transactions/${transactionId}`, current().platform(slug).secretKey);
    return (answer.body.data.operations as Op[]).map((op) => [op.type, op.amount]);
  };
  const sharing = async (slug: PlatformSlug, orderId: string) =>
    (await current().call('GET', `/v1/orders/${orderId}/sharing`, key(slug))).body.data;
  /** The whole store, to prove a refused request changed nothing. */
  const stateOf = async () => JSON.stringify(current().sandbox.runtime.store.snapshot().records);
  return { key, payAs, operations, sharing, stateOf };
}

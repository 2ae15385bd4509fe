/** A sandbox on the subscription platform, with the reads the recurring tests make (domain/recurring/*.test.ts). */
import assert from 'node:assert/strict';
import { TestSandbox } from './sandbox-client.ts';

export const SLUG = 'subscription' as const;
export const DAY = 86_400_000;
export const at = (iso: string) => Date.parse(iso);
export const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export class Subscriptions {
  readonly sandbox = new TestSandbox();
  readonly key = this.sandbox.platform(SLUG).secretKey;

  async to(iso: string): Promise<void> {
    const answer = await this.sandbox.call('POST', '/v1/sandbox/clock', this.key, { to: at(iso) });
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
  }

  async create(fields: Record<string, unknown>): Promise<any> {
    const answer = await this.sandbox.call('POST', '/v1/subscriptions', this.key, fields);
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    return answer.body.data;
  }

  async get(id: string): Promise<any> {
    return (await this.sandbox.call('GET', `/v1/subscriptions/${id}`, this.key)).body.data;
  }

  async invoices(id: string): Promise<any[]> {
    return this.sandbox.listAll(`/v1/invoices?subscriptionId=${id}`, this.key);
  }

  /** A customer whose default card is `card` (saved by paying a tokenised order). */
  async customer(card: string, email = 'sub@example.com'): Promise<string> {
    const order = await this.sandbox.createOrder(SLUG, { amount: 100, tokenize: true, email });
    await this.sandbox.pay(SLUG, order.id, { card });
    return (await this.sandbox.order(SLUG, order.id)).customerId;
  }

  async outbox(kind: string): Promise<any[]> {
    return (await this.sandbox.listAll('/v1/sandbox/outbox', this.key)).filter((message: any) => message.kind === kind);
  }

  /** Every webhook event of the platform, in order, as `event id`. */
  async webhooks(): Promise<string[]> {
    const all = await this.sandbox.listAll<any>('/v1/sandbox/webhooks', this.key);
    return all.filter((delivery) => delivery.platformId === this.sandbox.platform(SLUG).id).map((delivery) => `${delivery.event} ${delivery.objectId}`);
  }
}


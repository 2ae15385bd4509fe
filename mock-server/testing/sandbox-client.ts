/**
 * An in-process sandbox for tests: the real handlers, a fresh in-memory store, and a recorder in place of the network
 * for webhooks. No HTTP, no shared state between tests.
 */
import { createNodeSandbox, type NodeSandbox, type NodeSandboxOptions } from '../node.ts';
import { seededPlatform, type Platform, type PlatformSlug } from '../seed.ts';
import type { WebhookAnswer, WebhookSender } from '../webhooks.ts';

export interface SentWebhook {
  url: string;
  body: string;
  headers: Record<string, string>;
}

export interface ApiAnswer<T = any> {
  status: number;
  body: T;
}

export class TestSandbox {
  readonly sandbox: NodeSandbox;
  readonly sent: SentWebhook[] = [];
  /** What the merchant's webhook endpoint answers; tests change it to simulate an endpoint that is down. */
  webhookAnswer: WebhookAnswer = { status: 200 };
  /** How long the merchant's endpoint takes before it answers (a slow back end). */
  webhookDelay: () => Promise<void> = async () => undefined;
  /** Called when a webhook reaches the merchant's endpoint, after the delay. */
  onWebhook: (body: string) => void = () => undefined;

  /**
   * `realWebhooks`: webhooks are POSTed for real (to a local receiver) instead of recorded; `attemptTimeoutMs` and
   * `clockWaitMs` as in `createNodeSandbox`.
   */
  constructor(options: { realWebhooks?: boolean } & Pick<NodeSandboxOptions, 'attemptTimeoutMs' | 'clockWaitMs'> = {}) {
    const { realWebhooks, ...timing } = options;
    const record: WebhookSender = async (url, body, headers) => {
      this.sent.push({ url, body, headers });
      await this.webhookDelay();
      this.onWebhook(body);
      return this.webhookAnswer;
    };
    this.sandbox = createNodeSandbox({ publicUrl: 'http://sandbox.test', ...timing, ...(realWebhooks ? {} : { send: record }) });
  }

  platform(slug: PlatformSlug): Platform {
    return seededPlatform(slug);
  }

  async call<T = any>(method: string, path: string, key: string | null, body?: unknown, headers: Record<string, string> = {}): Promise<ApiAnswer<T>> {
    const request = new Request(`http://sandbox.test${path}`, {
      method,
      headers: { ...(key ? { Authorization: key } : {}), 'Content-Type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const response = await this.sandbox.respond(request);
    if (!response) throw new Error(`no handler for ${method} ${path}`);
    return { status: response.status, body: (await response.json()) as T };
  }

  /** Creates an order with the platform's secret key and answers it, failing loudly if the sandbox refused. */
  async createOrder(slug: PlatformSlug, fields: Record<string, unknown>): Promise<any> {
    const answer = await this.call('POST', '/v1/orders', this.platform(slug).secretKey, fields);
    if (answer.status !== 201) throw new Error(`order refused: ${JSON.stringify(answer.body)}`);
    return answer.body.data;
  }

  async pay(slug: PlatformSlug, orderId: string, fields: Record<string, unknown> = {}): Promise<ApiAnswer> {
    return this.call('POST', `/v1/sandbox/orders/${orderId}/pay`, this.platform(slug).secretKey, fields);
  }

  async order(slug: PlatformSlug, orderId: string): Promise<any> {
    return (await this.call('GET', `/v1/orders/${orderId}`, this.platform(slug).secretKey)).body.data;
  }

  async transactions(slug: PlatformSlug, orderId: string): Promise<any[]> {
    return this.listAll(`/v1/orders/${orderId}/transactions`, this.platform(slug).secretKey);
  }

  /** Every record of a paginated list (`{data, hasMore}`, handlers/paging.ts), following `startingAfter`. */
  async listAll<T extends { id: string } = any>(path: string, key: string): Promise<T[]> {
    const records: T[] = [];
    for (;;) {
      const after = records.at(-1);
      const answer = await this.call<{ data: T[]; hasMore: boolean }>('GET', `${path}${path.includes('?') ? '&' : '?'}limit=1000${after ? `&startingAfter=${after.id}` : ''}`, key);
      if (answer.status !== 200) throw new Error(`GET ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
      records.push(...answer.body.data);
      if (!answer.body.hasMore) return records;
    }
  }

  async advance(ms: number): Promise<number> {
    const answer = await this.call('POST', '/v1/sandbox/clock', this.platform('single').secretKey, { advanceBy: ms });
    return answer.body.data.now;
  }

  async now(): Promise<number> {
    return (await this.call('GET', '/v1/sandbox/clock', this.platform('single').secretKey)).body.data.now;
  }

  /** Webhook events queued for an order, in order. */
  async events(orderId: string): Promise<string[]> {
    const deliveries = await this.listAll<{ id: string; event: string }>(`/v1/sandbox/webhooks?orderId=${orderId}`, this.platform('single').secretKey);
    return deliveries.map((delivery) => delivery.event);
  }

  async flush(): Promise<void> {
    await this.sandbox.runtime.flush();
  }
}

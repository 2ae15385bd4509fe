/** What the console shows and the sandbox calls behind its buttons. The views only read this and call its actions. */
import type { Order, Transaction } from '../../src/core/schemas.ts';
import type { Platform } from '../../mock-server/seed.ts';
import type { OutboxMessage, WebhookDelivery } from '../../mock-server/state.ts';
import { call } from '../shared/sandbox.ts';

export interface ConsoleState {
  platforms: Platform[];
  platform: Platform | null;
  order: Order | null;
  transactions: Transaction[];
  webhooks: WebhookDelivery[];
  outbox: OutboxMessage[];
  now: number | null;
  validated: unknown;
  locale: 'en' | 'fr';
  error: string | null;
  busy: boolean;
}

export class ConsoleModel {
  state: ConsoleState = {
    platforms: [],
    platform: null,
    order: null,
    transactions: [],
    webhooks: [],
    outbox: [],
    now: null,
    validated: null,
    locale: 'en',
    error: null,
    busy: false,
  };

  constructor(private readonly onChange: () => void) {}

  private get secretKey(): string {
    return this.state.platform?.secretKey ?? this.state.platforms[0]?.secretKey ?? '';
  }

  private set(patch: Partial<ConsoleState>): void {
    this.state = { ...this.state, ...patch };
    this.onChange();
  }

  /** Runs an action with the busy flag on, turning a refusal of the platform into a readable message on screen. */
  private async act(action: () => Promise<void>): Promise<void> {
    this.set({ busy: true, error: null });
    try {
      await action();
      this.set({ busy: false });
    } catch (error) {
      this.set({ busy: false, error: error instanceof Error ? error.message : String(error) });
    }
  }

  async load(): Promise<void> {
    await this.act(async () => {
      const { platforms } = await call<{ platforms: Platform[] }>('GET', '/v1/sandbox/platforms', null);
      const remembered = localStorage.getItem('sg-console:platform');
      this.state.platforms = platforms;
      this.state.platform = platforms.find((platform) => platform.slug === remembered) ?? platforms[0] ?? null;
      const orderId = new URLSearchParams(location.search).get('order') ?? localStorage.getItem('sg-console:order');
      if (orderId) await this.openOrder(orderId, false);
      await this.refresh();
    });
  }

  selectPlatform(slug: string): void {
    localStorage.setItem('sg-console:platform', slug);
    this.set({ platform: this.state.platforms.find((platform) => platform.slug === slug) ?? null });
  }

  async createOrder(fields: Record<string, unknown>): Promise<void> {
    await this.act(async () => {
      const order = await call<Order>('POST', '/v1/orders', this.secretKey, fields);
      this.rememberOrder(order);
      this.set({ order, validated: null });
      await this.refresh();
    });
  }

  async openOrder(orderId: string, withBusy = true): Promise<void> {
    const open = async () => {
      const platform = this.state.platforms.find((candidate) => candidate.id === this.platformOfOrder(orderId)) ?? this.state.platform;
      // The console does not know the order's platform in advance: it asks each platform until one owns the order.
      for (const candidate of [platform, ...this.state.platforms]) {
        if (!candidate) continue;
        try {
          const order = await call<Order>('GET', `/v1/orders/${encodeURIComponent(orderId)}`, candidate.secretKey);
          this.rememberOrder(order);
          this.set({ platform: candidate, order, validated: null });
          return;
        } catch {
          // Not this platform's order.
        }
      }
      throw new Error(`No platform of the sandbox has an order ${orderId}`);
    };
    if (withBusy) await this.act(async () => { await open(); await this.refresh(); });
    else await open();
  }

  private platformOfOrder(orderId: string): string | null {
    return this.state.order?.id === orderId ? this.state.order.platformId : null;
  }

  private rememberOrder(order: Order): void {
    localStorage.setItem('sg-console:order', order.id);
  }

  setLocale(locale: 'en' | 'fr'): void {
    this.set({ locale });
  }

  recordValidated(detail: unknown): void {
    this.set({ validated: detail });
    void this.refresh();
  }

  async refresh(): Promise<void> {
    const key = this.secretKey;
    if (!key) return;
    const orderId = this.state.order?.id;
    // The newest page of each log (the API lists a page at a time, oldest first unless order=desc).
    const query = `?order=desc&limit=100${orderId ? `&orderId=${encodeURIComponent(orderId)}` : ''}`;
    const [clock, webhooks, outbox] = await Promise.all([
      call<{ now: number }>('GET', '/v1/sandbox/clock', key),
      call<WebhookDelivery[]>('GET', `/v1/sandbox/webhooks${query}`, key),
      call<OutboxMessage[]>('GET', `/v1/sandbox/outbox${query}`, key),
    ]);
    let { order, transactions } = this.state;
    if (orderId) {
      const platformKey = this.state.platforms.find((platform) => platform.id === this.state.order?.platformId)?.secretKey ?? key;
      order = await call<Order>('GET', `/v1/orders/${orderId}`, platformKey);
      const list = await call<Transaction[]>('GET', `/v1/orders/${orderId}/transactions`, platformKey);
      transactions = await Promise.all(list.map((transaction) => call<Transaction>('GET', `/v1/transactions/${transaction.id}`, platformKey)));
    }
    this.set({ now: clock.now, webhooks, outbox, order, transactions });
  }

  async advanceClock(ms: number): Promise<void> {
    await this.act(async () => {
      await call('POST', '/v1/sandbox/clock', this.secretKey, { advanceBy: ms });
      await this.refresh();
    });
  }

  async clockTo(to: number): Promise<void> {
    await this.act(async () => {
      await call('POST', '/v1/sandbox/clock', this.secretKey, { to });
      await this.refresh();
    });
  }

  async refund(amount: number | null): Promise<void> {
    await this.orderAction('refund', amount === null ? {} : { amount });
  }

  async cancel(): Promise<void> {
    await this.orderAction('cancel', undefined);
  }

  private async orderAction(action: 'refund' | 'cancel', body: unknown): Promise<void> {
    const order = this.state.order;
    if (!order) return;
    const key = this.state.platforms.find((platform) => platform.id === order.platformId)?.secretKey ?? this.secretKey;
    await this.act(async () => {
      await call('POST', `/v1/orders/${order.id}/${action}`, key, body);
      await this.refresh();
    });
  }

  async setWebhookUrl(url: string): Promise<void> {
    const platform = this.state.platform;
    if (!platform) return;
    await this.act(async () => {
      const updated = await call<Platform>('PATCH', `/v1/sandbox/platforms/${platform.id}`, platform.secretKey, { webhookUrl: url || null });
      this.set({ platform: updated, platforms: this.state.platforms.map((candidate) => (candidate.id === updated.id ? updated : candidate)) });
    });
  }

  async reset(): Promise<void> {
    await this.act(async () => {
      await call('POST', '/v1/sandbox/reset', this.secretKey);
      localStorage.removeItem('sg-console:order');
      this.set({ order: null, transactions: [], validated: null });
      await this.refresh();
    });
  }
}

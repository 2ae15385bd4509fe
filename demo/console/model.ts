/** What the console shows and the sandbox calls behind its buttons. The views only read this and call its actions. */
import type { Order, Transaction } from '../../src/core/schemas.ts';
import type { Platform } from '../../mock-server/seed.ts';
import type { OutboxMessage, WebhookDelivery } from '../../mock-server/state.ts';
import { call } from '../shared/sandbox.ts';
import { firstPage, loadPage, newerPage, olderPage, type Paged } from './paging.ts';

/** Where an action's refusal is shown: beside the controls that started it, never as a cell of the page's grid. */
export type ActionScope = 'platform' | 'create' | 'open' | 'clock' | 'order' | 'webhooks' | 'outbox';

export interface ConsoleState {
  platforms: Platform[];
  platform: Platform | null;
  order: Order | null;
  transactions: Transaction[];
  webhooks: Paged<WebhookDelivery>;
  outbox: Paged<OutboxMessage>;
  now: number | null;
  validated: unknown;
  locale: 'en' | 'fr';
  errors: Partial<Record<ActionScope, string>>;
  busy: boolean;
}

export class ConsoleModel {
  state: ConsoleState = {
    platforms: [],
    platform: null,
    order: null,
    transactions: [],
    webhooks: firstPage(),
    outbox: firstPage(),
    now: null,
    validated: null,
    locale: 'en',
    errors: {},
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

  /** Runs an action with the busy flag on; a refusal of the platform becomes a readable message at `scope`. */
  private async act(scope: ActionScope, action: () => Promise<void>): Promise<void> {
    this.set({ busy: true, errors: {} });
    try {
      await action();
      this.set({ busy: false });
    } catch (error) {
      this.set({ busy: false, errors: { [scope]: error instanceof Error ? error.message : String(error) } });
    }
  }

  /** A refusal found before asking the platform (a form's own checks), shown where that action's would be. */
  showError(scope: ActionScope, message: string): void {
    this.set({ errors: { [scope]: message } });
  }

  async load(): Promise<void> {
    let opened = '';
    await this.act('platform', async () => {
      const { platforms } = await call<{ platforms: Platform[] }>('GET', '/v1/sandbox/platforms', null);
      const remembered = localStorage.getItem('sg-console:platform');
      this.state.platforms = platforms;
      this.state.platform = platforms.find((platform) => platform.slug === remembered) ?? platforms[0] ?? null;
      const linked = new URLSearchParams(location.search).get('order');
      const orderId = linked ?? localStorage.getItem('sg-console:order');
      if (orderId) {
        await this.findOrder(orderId).catch((error: unknown) => {
          localStorage.removeItem('sg-console:order');
          // A link naming an unknown order says so where orders are opened; a remembered one that is gone is just forgotten.
          if (linked) opened = error instanceof Error ? error.message : String(error);
        });
      }
      await this.refresh();
    });
    if (opened) this.set({ errors: { ...this.state.errors, open: opened } });
  }

  /** Shows `slug`'s keys and forms; an open order of another platform is closed, so that nothing shown mixes two platforms. */
  selectPlatform(slug: string): void {
    const platform = this.state.platforms.find((candidate) => candidate.slug === slug) ?? null;
    localStorage.setItem('sg-console:platform', slug);
    const keepOrder = this.state.order?.platformId === platform?.id;
    if (!keepOrder) localStorage.removeItem('sg-console:order');
    this.set({ platform, ...(keepOrder ? {} : { order: null, transactions: [], validated: null, webhooks: firstPage(), outbox: firstPage() }), errors: {} });
    void this.refresh().catch(() => undefined);
  }

  async createOrder(fields: Record<string, unknown>): Promise<void> {
    await this.act('create', async () => {
      const order = await call<Order>('POST', '/v1/orders', this.secretKey, fields);
      this.showOrder(order);
      await this.refresh();
    });
  }

  async openOrder(orderId: string): Promise<void> {
    await this.act('open', async () => {
      await this.findOrder(orderId);
      await this.refresh();
    });
  }

  /** The console does not know an order's platform in advance: it asks each platform until one owns the order, and selects that one. */
  private async findOrder(orderId: string): Promise<void> {
    for (const candidate of [this.state.platform, ...this.state.platforms]) {
      if (!candidate) continue;
      try {
        const order = await call<Order>('GET', `/v1/orders/${encodeURIComponent(orderId)}`, candidate.secretKey);
        localStorage.setItem('sg-console:platform', candidate.slug);
        this.state.platform = candidate;
        this.showOrder(order);
        return;
      } catch {
        // Not this platform's order.
      }
    }
    throw new Error(`No platform of the sandbox has an order ${orderId}`);
  }

  private showOrder(order: Order): void {
    localStorage.setItem('sg-console:order', order.id);
    this.set({ order, transactions: [], validated: null, webhooks: firstPage(), outbox: firstPage() });
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
    const filter = orderId ? `&orderId=${encodeURIComponent(orderId)}` : '';
    const [clock, webhooks, outbox] = await Promise.all([
      call<{ now: number }>('GET', '/v1/sandbox/clock', key),
      loadPage('/v1/sandbox/webhooks', key, filter, this.state.webhooks),
      loadPage('/v1/sandbox/outbox', key, filter, this.state.outbox),
    ]);
    let { order, transactions } = this.state;
    if (orderId) {
      const platformKey = this.state.platforms.find((platform) => platform.id === this.state.order?.platformId)?.secretKey ?? key;
      order = await call<Order>('GET', `/v1/orders/${orderId}`, platformKey);
      const list = await call<Transaction[]>('GET', `/v1/orders/${orderId}/transactions`, platformKey);
      transactions = await Promise.all(list.map((transaction) => call<Transaction>('GET', `/v1/transactions/${transaction.id}`, platformKey)));
    }
    // An order opened or closed while these answers were on their way wins over them.
    if (this.state.order?.id !== orderId) return;
    this.set({ now: clock.now, webhooks, outbox, order, transactions });
  }

  async turnPage(list: 'webhooks' | 'outbox', direction: 'older' | 'newer'): Promise<void> {
    const paged = this.state[list] as Paged<{ id: string }>;
    const moved = direction === 'older' ? olderPage(paged) : newerPage(paged);
    await this.act(list, async () => {
      this.state = { ...this.state, [list]: moved };
      await this.refresh();
    });
  }

  async advanceClock(ms: number): Promise<void> {
    await this.act('clock', async () => {
      await call('POST', '/v1/sandbox/clock', this.secretKey, { advanceBy: ms });
      await this.refresh();
    });
  }

  async clockTo(to: number, scope: ActionScope = 'clock'): Promise<void> {
    await this.act(scope, async () => {
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

  /** "Refresh" of the order panel: its failure is shown there. */
  async refreshOrder(): Promise<void> {
    await this.act('order', () => this.refresh());
  }

  private async orderAction(action: 'refund' | 'cancel', body: unknown): Promise<void> {
    const order = this.state.order;
    if (!order) return;
    const key = this.state.platforms.find((platform) => platform.id === order.platformId)?.secretKey ?? this.secretKey;
    await this.act('order', async () => {
      await call('POST', `/v1/orders/${order.id}/${action}`, key, body);
      await this.refresh();
    });
  }

  async setWebhookUrl(url: string): Promise<void> {
    const platform = this.state.platform;
    if (!platform) return;
    await this.act('platform', async () => {
      const updated = await call<Platform>('PATCH', `/v1/sandbox/platforms/${platform.id}`, platform.secretKey, { webhookUrl: url || null });
      this.set({ platform: updated, platforms: this.state.platforms.map((candidate) => (candidate.id === updated.id ? updated : candidate)) });
    });
  }

  async reset(): Promise<void> {
    await this.act('clock', async () => {
      await call('POST', '/v1/sandbox/reset', this.secretKey);
      localStorage.removeItem('sg-console:order');
      this.set({ order: null, transactions: [], validated: null, webhooks: firstPage(), outbox: firstPage() });
      await this.refresh();
    });
  }
}

/**
 * The wait for the ANCV app: a panel per pending request (what was asked, until when, a cancel button) and the polling
 * that notices the app's answer.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Transaction } from '../../core/contract/index.ts';
import { formatDateTime } from '../../core/date-format.ts';
import type { MultiText } from './messages.ts';

export interface AncvWaitingView {
  t: MultiText;
  money(cents: number): string;
  locale: string;
  onCancel(request: Transaction): void;
}

/** The panel of one pending request; its heading (`sg-waiting-{id}`) takes focus once the request is sent. */
export function renderAncvWaiting(request: Transaction, { t, money, locale, onCancel }: AncvWaitingView) {
  const amount = money(request.amount);
  const titleId = `sg-waiting-${request.id}`;
  const expires = request.ancv ? formatDateTime(request.ancv.expiresAt, locale) : undefined;
  return html`<section class="waiting" part="ancv-waiting" aria-labelledby=${titleId} aria-busy="true">
    <h3 part="heading" id=${titleId} tabindex="-1"><span class="spinner" aria-hidden="true"></span> ${t('waitingTitle')}</h3>
    <p>${t('waitingBody', { amount, login: request.ancv?.login ?? '' })}</p>
    ${expires ? html`<p class="muted">${t('waitingExpires', { time: expires })}</p>` : nothing}
    <button type="button" class="button secondary" part="ancv-cancel-button" @click=${() => onCancel(request)}>
      ${t('cancelRequest', { amount })}
    </button>
  </section>`;
}

export interface AncvPollOptions {
  /** The requests still waiting for the app. */
  pending(): Transaction[];
  /** How long to wait between checks. */
  intervalMs(): number;
  /** False once there is nothing more to wait for (the order is paid). */
  active(): boolean;
  /** The request as the platform has it now. */
  check(id: string): Promise<Transaction>;
  /** Withdraws a request still waiting for the app; answers it as the platform has it then. */
  withdraw(id: string): Promise<Transaction>;
  /** A request the app answered (no longer pending); polling resumes only through `schedule()`. */
  answered(transaction: Transaction): Promise<void>;
}

/** Checks the pending requests every `intervalMs` while the host is connected and some are pending. */
export class AncvPollController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: AncvPollOptions;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: AncvPollOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.schedule();
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** (Re)starts the wait before the next check, when there is something to wait for. */
  schedule(): void {
    this.stop();
    if (!this.host.isConnected || !this.options.active() || this.options.pending().length === 0) return;
    this.timer = setTimeout(() => void this.poll(), this.options.intervalMs());
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** The buyer pressed Cancel: withdraws the request, or (answered in the app meanwhile) shows what became of it. */
  async cancel(request: Transaction): Promise<void> {
    const now = await this.options.withdraw(request.id).catch(() => this.options.check(request.id).catch(() => undefined));
    if (now && now.status !== 'pending') await this.options.answered(now);
  }

  private async poll(): Promise<void> {
    try {
      for (const request of this.options.pending()) {
        const now = await this.options.check(request.id);
        if (now.status !== 'pending') {
          await this.options.answered(now);
          return;
        }
      }
    } catch {
      // A failed check is tried again at the next tick; the request itself is safe on the platform.
    }
    this.schedule();
  }
}

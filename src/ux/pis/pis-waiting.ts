/**
 * The wait for the bank: what the buyer sees while the bank page is open (busy, so the host leaves the UX to this
 * wait), and the look at the attempt every second until the bank page answered it or it expired.
 */
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { ApiConfig } from '../../core/checkout-api.ts';
import { checker, TransactionShape, type Transaction } from '../../core/contract/index.ts';
import { http } from '../../core/http.ts';
import type { PisText } from './pis-i18n.ts';

const checkTransaction = checker(TransactionShape);
const LOOK_EVERY_MS = 1_000;

export const getTransaction = (api: ApiConfig, id: string) =>
  http(api, { method: 'GET', path: `/v1/transactions/${encodeURIComponent(id)}`, schema: checkTransaction });

export function renderWaiting(t: PisText, attempt: Transaction, amount: string, bank: string, expires: string) {
  return html`<section class="waiting" part="pis-waiting" aria-labelledby="sg-waiting-title" aria-busy="true">
    <h2 part="heading" id="sg-waiting-title" tabindex="-1"><span class="spinner" aria-hidden="true"></span> ${t('waitingTitle')}</h2>
    <p>${t('waitingBody', { amount, bank })}</p>
    <p class="muted">${t('waitingExpires', { time: expires })}</p>
    <p><a href=${attempt.pis?.bankUrl ?? '#'} target="sg-pis-bank" rel="opener">${t('reopen', { bank })}</a></p>
  </section>`;
}

export interface BankWaitOptions {
  api(): ApiConfig | undefined;
  /** The attempt waited for; none: nothing to look at. */
  attempt(): Transaction | undefined;
  /** The attempt left `pending`: confirmed (captured) or failed at the bank. */
  answered(transaction: Transaction): void;
}

/** Looks at `attempt()` every second while the host is connected, and hands `answered` the transaction once it left `pending`. */
export class BankWaitController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: BankWaitOptions;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: BankWaitOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.schedule();
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  schedule(): void {
    clearTimeout(this.#timer);
    if (!this.#host.isConnected || !this.#options.attempt()) return;
    this.#timer = setTimeout(() => void this.#look(), LOOK_EVERY_MS);
  }

  async #look(): Promise<void> {
    const attempt = this.#options.attempt();
    const api = this.#options.api();
    if (!attempt || !api) return;
    try {
      const now = await getTransaction(api, attempt.id);
      if (now.status !== 'pending' && this.#options.attempt()?.id === now.id) {
        this.#options.answered(now);
        return;
      }
    } catch {
      // Offline for a moment: the attempt is safe at the bank; look again at the next tick.
    }
    this.schedule();
  }
}

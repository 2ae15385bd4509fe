/**
 * Follows an order as it changes elsewhere (co-buyers paying, the merchant canceling or refunding, the deadline, the
 * sandbox clock), for `<sg-captain>`, `<sg-link>` and the sharing space: one reactive controller, one loop.
 *
 * It long-polls `GET /v1/orders/{id}/live?since={version}&wait={ms}` (docs/API.md): the platform answers as soon as the
 * order's version differs, so a change shows within a fraction of a second, and an unchanged order costs one small
 * request per `waitMs`. Chosen over server-sent events because it needs no stream: the same handler answers through the
 * MSW service worker and the HTTP sandbox, through the one `http` of every read: the public key in the address, so no
 * poll waits for a CORS preflight though each one's `since` differs (docs/API.md "Conventions"). Failures back off 1 s → 2 s → 4 s → 5 s (max) and reset on the next answer; a refused key or an
 * unknown order stops it (neither fixes itself). Paused while the page is hidden (nothing to show a change to), resumed
 * with an immediate look when it shows again, stopped when the host leaves the document.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ApiConfig } from '../core/checkout-api.ts';
import { CaptainError } from '../core/errors.ts';
import { http } from '../core/http.ts';
import { checker, LiveOrderShape, type LiveOrder } from '../core/contract/index.ts';

/** `GET /v1/orders/{id}/live` (`LiveOrder`), structure checked against the contract's `LiveOrderShape`. */
const checkLiveOrder = checker(LiveOrderShape);

export const LIVE_WAIT_MS = 20_000;
export const BACKOFF_MS = [1_000, 2_000, 4_000, 5_000] as const;

export interface LiveTarget {
  api: ApiConfig;
  orderId: string;
}

export interface LiveOrderOptions {
  /** What to follow; `undefined` while the host has nothing loaded. */
  target(): LiveTarget | undefined;
  /** The order changed: the host reads it again and shows it. The next look waits for this to settle. */
  onChange(live: LiveOrder): void | Promise<void>;
  /** How long the platform may hold one look (ms). */
  waitMs?: number;
}

const stopsFollowing = (error: unknown) => error instanceof CaptainError && (error.code === 'unauthorized' || error.code === 'not_found');

export class LiveOrderController implements ReactiveController {
  readonly #options: LiveOrderOptions;
  /** The version the host shows; `undefined` until the first look. */
  #version: string | undefined;
  #following = false;
  #connected = false;
  /** Each loop run holds the generation it started with; any newer start or stop ends the older run. */
  #generation = 0;
  #abort: AbortController | undefined;
  readonly #onVisibility = () => this.#restart();

  constructor(host: ReactiveControllerHost, options: LiveOrderOptions) {
    this.#options = options;
    host.addController(this);
  }

  /** Whether a loop is running now (following, connected and the page visible). */
  get running(): boolean {
    return this.#following && this.#connected && !document.hidden;
  }

  /** Follows the order from `version` (the one the host shows), or from whatever the first look finds. */
  follow(version?: string): void {
    this.#version = version;
    this.#following = true;
    this.#restart();
  }

  /** Stops following (the order is final, or the host shows something else). */
  stop(): void {
    this.#following = false;
    this.#restart();
  }

  /** Looks now instead of at the next answer (a payment was refused: has the order changed?). */
  checkNow(): void {
    this.#restart();
  }

  hostConnected(): void {
    this.#connected = true;
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.#restart();
  }

  hostDisconnected(): void {
    this.#connected = false;
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#restart();
  }

  #restart(): void {
    const generation = ++this.#generation;
    this.#abort?.abort();
    this.#abort = undefined;
    if (this.running) void this.#run(generation);
  }

  async #run(generation: number): Promise<void> {
    const current = () => generation === this.#generation && this.running;
    let failures = 0;
    while (current()) {
      const target = this.#options.target();
      if (!target) return;
      const abort = new AbortController();
      this.#abort = abort;
      const waitMs = this.#version === undefined ? 0 : (this.#options.waitMs ?? LIVE_WAIT_MS);
      try {
        const started = performance.now();
        const live = await this.#look(target, abort.signal, waitMs);
        failures = 0;
        if (!current()) return;
        if (this.#version !== undefined && live.version !== this.#version) {
          this.#version = live.version;
          await this.#options.onChange(live);
        } else if (waitMs) {
          // Unchanged at once (a platform or proxy that does not hold the look): at most one look a second, not a spin.
          await sleep(BACKOFF_MS[0] - (performance.now() - started), abort.signal);
        }
        this.#version = live.version;
      } catch (error) {
        if (!current()) return;
        if (stopsFollowing(error)) {
          this.#following = false;
          return;
        }
        await sleep(BACKOFF_MS[Math.min(failures, BACKOFF_MS.length - 1)] as number, abort.signal);
        failures += 1;
      }
    }
  }

  #look({ api, orderId }: LiveTarget, signal: AbortSignal, waitMs: number): Promise<LiveOrder> {
    const since = this.#version === undefined ? '' : `&since=${encodeURIComponent(this.#version)}`;
    // The platform holds the request up to `waitMs`: the timeout only catches a connection that died silently.
    return http(
      { ...api, retries: 0, timeoutMs: waitMs + 10_000 },
      { method: 'GET', path: `/v1/orders/${encodeURIComponent(orderId)}/live?wait=${waitMs}${since}`, schema: checkLiveOrder, signal },
    );
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

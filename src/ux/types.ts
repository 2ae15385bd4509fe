/** What the host element hands a UX, and what it expects back. Every UX folder implements this contract. */
import type { ApiConfig } from '../core/checkout-api.ts';
import type { I18n } from '../core/i18n/index.ts';
import type { PlatformClock } from '../core/platform-clock.ts';
import type { Checkout } from '../core/schemas.ts';
import type { CheckoutSummary } from '../core/wire.ts';

/** `C` is `CheckoutSummary` for a UX whose module declares `checkoutShape: 'summary'`. */
export interface UxContext<C extends CheckoutSummary = Checkout> {
  checkout: C;
  api: ApiConfig;
  i18n: I18n;
  /** The platform's time (from the checkout's `now`): every date a UX shows or checks comes from it. */
  clock?: PlatformClock;
}

/** A mounted UX: a custom element that renders `context` and fires the public `sg-*` events itself. */
export interface UxElement<C extends CheckoutSummary = Checkout> extends HTMLElement {
  context: UxContext<C> | undefined;
  /** Submits the payment as its own button would (merchant's external pay button). Never rejects. */
  submit(): Promise<void>;
  readonly updateComplete: Promise<boolean>;
}

/** The module a registry entry loads lazily: it defines its elements and names the one to mount. */
export interface UxModule {
  readonly tagName: string;
  /**
   * `'summary'`: the UX reads only what `CheckoutSummary` (core/wire.ts) validates. Otherwise (the default) the host
   * validates the platform's full `Checkout` before handing it over.
   */
  readonly checkoutShape?: 'summary';
  define(): void;
}

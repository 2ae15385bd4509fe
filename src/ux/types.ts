/** What the host element hands a UX, and what it expects back. Every UX folder implements this contract. */
import type { ApiConfig } from '../core/api.ts';
import type { I18n } from '../core/i18n/index.ts';
import type { Checkout } from '../core/schemas.ts';

export interface UxContext {
  checkout: Checkout;
  api: ApiConfig;
  i18n: I18n;
}

/** A mounted UX: a custom element that renders `context` and fires the public `sg-*` events itself. */
export interface UxElement extends HTMLElement {
  context: UxContext | undefined;
  /** Submits the payment as its own button would (merchant's external pay button). Never rejects. */
  submit(): Promise<void>;
  readonly updateComplete: Promise<boolean>;
}

/** The module a registry entry loads lazily: it defines its elements and names the one to mount. */
export interface UxModule {
  readonly tagName: string;
  define(): void;
}

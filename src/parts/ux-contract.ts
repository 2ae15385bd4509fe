/** What the host element hands a UX, and what it gets back. Every UX folder implements this contract. */
import type { ApiConfig } from '../core/checkout-api.ts';
import type { I18n } from '../core/i18n/index.ts';
import type { Checkout, CheckoutSummary } from '../core/contract/index.ts';
import type { PlatformClock } from '../core/platform-clock.ts';
import type { WalletOffer } from './wallet-offer.ts';

/** `C`: the checkout as the UX reads it (`Checkout`, validated in full; `CheckoutSummary` for the single UX). */
export interface UxContext<C extends CheckoutSummary = Checkout> {
  checkout: C;
  api: ApiConfig;
  i18n: I18n;
  /** The platform's time (from the checkout's `now`): every date a UX shows or checks comes from it. */
  clock?: PlatformClock | undefined;
  /** The wallets whose buttons show above the card form (express checkout); none until the host offers them. */
  wallets?: WalletOffer | undefined;
}

/** The context of a UX that reads only the summary (the single UX, in the entry module). */
export type SummaryContext = UxContext<CheckoutSummary>;

/** A UX element: a custom element that renders `context` and fires the public `sg-*` events itself. */
export interface UxElement<X extends SummaryContext = UxContext> extends HTMLElement {
  context: X | undefined;
  /** Submits the payment as its own button would (merchant's external pay button). Never rejects. */
  submit(): Promise<void>;
  readonly updateComplete: Promise<boolean>;
}

/** A UX mounted by the host on one order, whatever checkout shape it reads. */
export interface MountedUx {
  readonly element: HTMLElement;
  submit(): Promise<void>;
  /** The buyer's language changed: the UX renders in `i18n` from now on. */
  relocalize(i18n: I18n): void;
  /**
   * The order changed elsewhere (live updates): the UX renders `summary` (validated as it reads it, so this throws an
   * `invalid_response` CaptainError when it does not match) on the platform's `clock`, keeping what the buyer typed.
   */
  update(summary: CheckoutSummary, clock: PlatformClock): void;
  /**
   * Shows the wallets the host found available on this page; `false` from a UX that takes no card (a transfer, a debit):
   * a wallet pays with a card, so none can pay there, and `sg-ready` says so.
   */
  offerWallets(wallets: WalletOffer): boolean;
  /**
   * In the middle of an attempt (its form, or its waiting ANCV request, is `aria-busy`), or holding an attempt whose
   * outcome is unknown (its pay button reads "Check again"): live updates wait. The platform's answer about that attempt,
   * not the order's new state, decides whether it ends as `sg-validated`.
   */
  readonly busy: boolean;
  /** Shows a payment's outcome (its `success` part): kept, and kept up to date, as the order moves on. */
  readonly showsOutcome: boolean;
  /**
   * Paid outside the widget (a bank transfer to a virtual IBAN): the order's completion is the UX's own outcome, so
   * the host hands it that change rather than closing it.
   */
  readonly settlesElsewhere?: boolean;
  readonly updateComplete: Promise<boolean>;
}

/** The module a registry entry loads lazily. */
export interface UxModule {
  /**
   * Defines the UX's elements and mounts one on the order the host loaded. A UX that reads more than the summary
   * validates the checkout against the platform's full shape first: throws an `invalid_response` CaptainError when it
   * does not match.
   */
  mount(summary: CheckoutSummary, api: ApiConfig, i18n: I18n, clock?: PlatformClock): MountedUx;
  /** The UX shows the public `<sg-link>` (split: the captain's sharing link), which the host defines. */
  readonly sharingLink?: boolean;
}

const shows = (element: HTMLElement, selector: string) => element.shadowRoot?.querySelector(selector) != null;

/**
 * Hands `element` its typed context: the one place a context is set, so no UX ever casts one. `read` turns the host's
 * summary into the checkout the UX reads (the full one, validated, for most UXs), again on each live update.
 */
export function mountUx<X extends SummaryContext>(
  element: UxElement<X>,
  context: X,
  read: (summary: CheckoutSummary) => X['checkout'],
  options: { settlesElsewhere?: boolean; takesNoCard?: boolean; parts?: string } = {},
): MountedUx {
  element.context = context;
  // Every part the UX renders, nested shadow roots included, reaches the page as `sg-captain::part(…)` (docs/THEMING.md).
  if (options.parts) element.setAttribute('exportparts', options.parts);
  return {
    element,
    settlesElsewhere: options.settlesElsewhere === true,
    submit: () => element.submit(),
    relocalize: (i18n) => {
      element.context = { ...(element.context ?? context), i18n };
    },
    update: (summary, clock) => {
      element.context = { ...(element.context ?? context), checkout: read(summary), clock };
    },
    offerWallets: (wallets) => {
      if (options.takesNoCard) return false;
      element.context = { ...(element.context ?? context), wallets };
      return true;
    },
    get busy() {
      return shows(element, '[aria-busy="true"], [data-unresolved]');
    },
    get showsOutcome() {
      return shows(element, '[part="success"]');
    },
    get updateComplete() {
      return element.updateComplete;
    },
  };
}

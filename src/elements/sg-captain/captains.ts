/**
 * What `<sg-captain>` decides outside its element: which captains are on the page, when it shows a UX, when a live
 * change replaces it with the closed state, and which wallets it offers.
 */
import type { ApiConfig } from '../../core/checkout-api.ts';
import type { CheckoutSummary } from '../../core/contract/index.ts';
import type { WalletMethod } from '../../core/wallet-methods.ts';
import type { WalletOffer } from '../../parts/wallet-offer.ts';
import type { MountedUx } from '../../ux/types.ts';

/** Captains on the page, in the order they were connected (shadow roots included): `ShareGroop.pay()` submits the last. */
export const connectedCaptains = new Set<HTMLElement>();

/** The wallets available on this page; none when the wallet chunk cannot be fetched (the card form still works). */
export const offerWallets = (methods: WalletMethod[], simulated: boolean, api: ApiConfig): Promise<WalletOffer> =>
  import('../../parts/wallets/index.ts').then(
    (code) => code.walletOffer({ methods, simulated, api }),
    () => ({ methods: [], simulated }),
  );


/** A single order of the single UX is payable only while nothing is secured. */
export const isPayable = (checkout: CheckoutSummary) =>
  (checkout.order.status === 'initiated' && checkout.amountRemaining > 0) ||
  // A split order whose captain has paid stays open to the captain: the split UX shows the group's progress and the link.
  ((checkout.order.ux === 'collect' || checkout.order.ux === 'picking') && checkout.order.status === 'confirmed') ||
  // A virtual IBAN order awaits its transfers from creation on: the UX shows where to send them.
  (checkout.order.ux === 'viban' && checkout.order.status === 'pending');

/**
 * Whether a live change that leaves the order unpayable replaces the UX with the closed state: not over a payment's
 * outcome (`part="success"`, kept and updated) unless the order was canceled or refunded since.
 */
export const closesUx = (ux: MountedUx, status: string) =>
  status === 'canceled' || status === 'refunded' || !(ux.showsOutcome || (ux.settlesElsewhere && status === 'completed'));

/**
 * A first load shows its loading state only after this long (ms): a shorter wait needs no indicator (Nielsen's response
 * time limits: 0.1 s feels instant, 1 s keeps the buyer's flow). A faster answer then goes straight to the form, with
 * no spinner flashing by, nor its render and layout on the way (issue 14, bench:render).
 */
export const LOADING_SHOWN_AFTER_MS = 300;

/**
 * The wallet buttons of the sharing space (issue 11): a co-buyer pays their share with Apple Pay, Google Pay or Amazon
 * Pay as with a card, through the space's payment flow. The space is no `<sg-captain>`, so it asks the wallet chunk
 * itself which wallets this page can pay with, on a platform that enables one (the sharing view's `paymentMethods`).
 */
import { html, nothing } from 'lit';
import type { ApiConfig } from '../../core/api.ts';
import type { SharingView } from '../../core/contract/index.ts';
import type { I18n } from '../../core/i18n/index.ts';
import { walletsOf } from '../../core/wallet-methods.ts';
import type { PaymentFlow } from '../../parts/payment-flow.ts';
import type { MethodPart } from '../../parts/payment-types.ts';
import type { WalletOffer } from '../../parts/wallet-offer.ts';

/**
 * The wallets whose buttons show on this page: none when the platform enables none or the wallet chunk cannot be fetched
 * (the card form still works). `simulated`: the sandbox switch (`sandbox-wallets`), honoured with a test key only.
 */
export async function shareWalletOffer(view: SharingView, simulated: boolean, api: ApiConfig): Promise<WalletOffer | undefined> {
  const methods = walletsOf(view.paymentMethods ?? []);
  if (!methods.length) return undefined;
  const code = await import('../../parts/wallets/index.ts').catch(() => undefined);
  return code?.walletOffer({ methods, simulated, api }).catch(() => undefined);
}

export interface ShareWalletsView {
  offer: WalletOffer | undefined;
  view: SharingView;
  i18n: I18n;
  api: ApiConfig;
  flow: PaymentFlow;
  /** The co-buyer's share in cents, once what they typed or chose is one. */
  share: number | undefined;
  /** The space's own submit: the wallet's payment carries what its pay button would (share, items, first name). */
  submit(): Promise<void>;
}

/** The buttons above the card fields, paying the share shown on the wallet's sheet; nothing until the share is valid. */
export function renderShareWallets({ offer, view, i18n, api, flow, share, submit }: ShareWalletsView) {
  if (!offer?.methods.length || share === undefined) return nothing;
  return html`<sg-wallet-buttons
    part="wallets"
    .offer=${offer}
    .i18n=${i18n}
    .payment=${{ merchant: view.platformName, amount: share, currency: view.currency, api, orderId: view.orderId }}
    .busy=${flow.busy}
    .pay=${(method: MethodPart) => flow.payWith(method, submit)}
  ></sg-wallet-buttons>`;
}

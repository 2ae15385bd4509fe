/**
 * The wallet answers of the platform (docs/API.md, "Wallets"), written once like the shapes of `shapes.ts`, in a module
 * of their own: only the wallet chunk reads them, so the entry module does not carry them.
 */
import { boolean, epochMs, nullable, object, oneOf, string, type Infer } from './shape.ts';

/** An Amazon Pay checkout session: `open` until the buyer pays (`completed`) or it is `canceled` (`reason`). */
export const AmazonSessionShape = object({
  id: string,
  orderId: string,
  state: oneOf(['open', 'completed', 'canceled']),
  reason: nullable(oneOf(['BuyerCanceled', 'Declined', 'Expired'])),
  buyerMethod: nullable(string),
  url: string,
  expiresAt: epochMs,
});
/** Whether the page's host may load Apple Pay and Amazon Pay for the platform (`GET /v1/wallet-domains/check`). */
export const WalletDomainCheckShape = object({ domain: string, applepay: boolean, amazonpay: boolean });
export type AmazonSession = Infer<typeof AmazonSessionShape>;

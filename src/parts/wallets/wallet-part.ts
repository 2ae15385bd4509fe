/** A wallet as the payment flow's method part: no fields of its own to check, the token or session in the request. */
import type { WalletMethod } from '../../core/wallets.ts';
import type { MethodPart } from '../payment-types.ts';

/** The part, and whether the bank declined the payment it carried (to close a device's sheet with the right status). */
export interface WalletPart extends MethodPart {
  readonly wasDeclined: () => boolean;
}

/**
 * `fields`: `{ wallet: { token } }` for Apple Pay and Google Pay, `{ amazonCheckoutSessionId }` for Amazon Pay; `last4`
 * names the card on a 3-D Secure page.
 */
export function walletPart(method: WalletMethod, fields: Record<string, unknown>, last4: string): WalletPart {
  let declined = false;
  return {
    validate: () => [],
    fields: () => ({ method, ...fields }),
    last4: () => last4,
    declined: () => {
      declined = true;
    },
    wasDeclined: () => declined,
  };
}

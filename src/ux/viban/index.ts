/** Lazy chunk of the virtual IBAN UX (ux `viban`), loaded through the registry; its QR encoder is a chunk of its own. */
import { fullCheckout } from '../../core/api.ts';
import type { CheckoutSummary } from '../../core/contract/index.ts';
import { CaptainError } from '../../core/errors.ts';
import { defineElement } from '../../define-element.ts';
import { mountUx, type UxModule } from '../types.ts';
import { VibanUx } from './viban-ux.ts';

/** The full checkout, which must carry the order's virtual IBAN. */
function vibanCheckout(summary: CheckoutSummary) {
  const checkout = fullCheckout(summary);
  if (!checkout.order.viban) throw new CaptainError('invalid_response', `The virtual IBAN order ${checkout.order.id} came without its IBAN (order.viban)`);
  return checkout;
}

export const mount: UxModule['mount'] = (summary, api, i18n, clock) => {
  defineElement('sg-viban-ux', VibanUx);
  // Paid by bank transfer, outside the widget: the order's completion is this UX's outcome, handed to it live.
  return mountUx(new VibanUx(), { checkout: vibanCheckout(summary), api, i18n, clock }, vibanCheckout, {
    settlesElsewhere: true,
    takesNoCard: true,
    parts: 'form,amount,heading,notice,success,details,detail,copy-button,copy-tooltip,qr-code',
  });
};

/** The single UX, loaded through the registry (the script-tag build keeps it in the entry module). Its 3-D Secure dialog is defined when a bank first asks (see `parts/payment-attempt.ts`). */
import { defineElement } from '../../define-element.ts';
import { PAY_PARTS } from '../../parts/payment-flow.ts';
import { mountUx, type UxModule } from '../types.ts';
import { SingleUx } from './single-ux.ts';

/** The single UX reads only the checkout summary the host validated. */
export const mount: UxModule['mount'] = (checkout, api, i18n, clock) => {
  defineElement('sg-single-ux', SingleUx);
  return mountUx(new SingleUx(), { checkout, api, i18n, clock }, (summary) => summary, { parts: PAY_PARTS });
};

/** Lazy chunk of the multi UX (multi-card, ANCV Connect inside multi, and stand-alone ANCV), loaded through the registry. */
import { fullCheckout } from '../../core/api.ts';
import { defineElement } from '../../define-element.ts';
import { ThreeDSDialog } from '../../parts/three-ds-dialog.ts';
import { PAY_PARTS } from '../../parts/payment-flow.ts';
import { mountUx, type UxModule } from '../types.ts';
import { MultiUx } from './multi-ux.ts';

export const mount: UxModule['mount'] = (summary, api, i18n, clock) => {
  defineElement('sg-three-ds-dialog', ThreeDSDialog);
  defineElement('sg-multi-ux', MultiUx);
  return mountUx(new MultiUx(), { checkout: fullCheckout(summary), api, i18n, clock }, fullCheckout, { parts: `${PAY_PARTS},progress,methods,field-amount,field-ancv-login,after-payment,ancv-waiting,ancv-cancel-button` });
};

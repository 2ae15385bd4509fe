/** Lazy chunk of the installments UX (ux `installment`), loaded through the registry. */
import { fullCheckout } from '../../core/api.ts';
import { defineElement } from '../../define-element.ts';
import { ThreeDSDialog } from '../../parts/three-ds-dialog.ts';
import { SCHEDULE_PARTS } from '../../parts/schedule/schedule-ux-base.ts';
import { mountUx, type UxModule } from '../types.ts';
import { InstallmentsUx } from './installments-ux.ts';

export const mount: UxModule['mount'] = (summary, api, i18n, clock) => {
  defineElement('sg-three-ds-dialog', ThreeDSDialog);
  defineElement('sg-installments-ux', InstallmentsUx);
  return mountUx(new InstallmentsUx(), { checkout: fullCheckout(summary), api, i18n, clock }, fullCheckout, { parts: SCHEDULE_PARTS });
};

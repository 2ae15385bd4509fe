/** Lazy chunk of the pay-later UX (ux `paylater`), loaded through the registry. */
import { fullCheckout } from '../../core/api.ts';
import { defineElement } from '../../define-element.ts';
import { ThreeDSDialog } from '../../parts/three-ds-dialog.ts';
import { SCHEDULE_PARTS } from '../../parts/schedule/schedule-ux-base.ts';
import { mountUx, type UxModule } from '../types.ts';
import { PaylaterUx } from './paylater-ux.ts';

export const mount: UxModule['mount'] = (summary, api, i18n, clock) => {
  defineElement('sg-three-ds-dialog', ThreeDSDialog);
  defineElement('sg-paylater-ux', PaylaterUx);
  return mountUx(new PaylaterUx(), { checkout: fullCheckout(summary), api, i18n, clock }, fullCheckout, { parts: SCHEDULE_PARTS });
};

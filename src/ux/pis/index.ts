/** Lazy chunk of the bank transfer initiation UX (ux `pis`), loaded through the registry. */
import { fullCheckout } from '../../core/api.ts';
import { defineElement } from '../../define-element.ts';

import { mountUx, type UxModule } from '../types.ts';
import { PisUx } from './pis-ux.ts';

export const mount: UxModule['mount'] = (summary, api, i18n, clock) => {
  defineElement('sg-pis-ux', PisUx);
  return mountUx(new PisUx(), { checkout: fullCheckout(summary), api, i18n, clock }, fullCheckout, { takesNoCard: true, parts: 'form,amount,heading,notice,pay-button,success,error,retry-button,bank-chooser,bank,pis-waiting' });
};

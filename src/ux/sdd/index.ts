/** Lazy chunk of the SEPA Direct Debit UX (ux `sdd`), loaded through the registry. */
import { fullCheckout } from '../../core/api.ts';
import { defineElement } from '../../define-element.ts';
import { PAY_PARTS } from '../../parts/payment-flow.ts';
import { mountUx, type UxModule } from '../types.ts';
import { SddUx } from './sdd-ux.ts';

/** The UX reads the full checkout: the creditor the mandate names, and its debit's transaction as the order moves on. */
export const mount: UxModule['mount'] = (summary, api, i18n, clock) => {
  defineElement('sg-sdd-ux', SddUx);
  return mountUx(new SddUx(), { checkout: fullCheckout(summary), api, i18n, clock }, fullCheckout, { takesNoCard: true, parts: `${PAY_PARTS},sdd-fields,field-first-name,field-last-name,field-iban,mandate,retry-button` });
};

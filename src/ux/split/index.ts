/** Lazy chunk of the split UX (ux `collect` and `picking`), loaded through the registry. */
import { fullCheckout } from '../../core/api.ts';
import { defineElement } from '../../define-element.ts';
import { ThreeDSDialog } from '../../parts/three-ds-dialog.ts';
import { PAY_PARTS } from '../../parts/payment-flow.ts';
import { mountUx, type UxModule } from '../types.ts';
import { SplitUx } from './split-ux.ts';

export const mount: UxModule['mount'] = (summary, api, i18n, clock) => {
  defineElement('sg-three-ds-dialog', ThreeDSDialog);
  defineElement('sg-split-ux', SplitUx);
  return mountUx(new SplitUx(), { checkout: fullCheckout(summary), api, i18n, clock }, fullCheckout, { parts: `${PAY_PARTS},progress,mode-choice,share,share-summary,link,link-input,copy-button,share-button,link-closed,link-loading,link-error,link-retry-button,link-heading` });
};

/** The captain sees the sharing link right after paying. */
export const sharingLink = true;

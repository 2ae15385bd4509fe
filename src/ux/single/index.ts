/** The single UX, loaded through the registry (the script-tag build keeps it in the entry module). Its 3-D Secure dialog is defined when a bank first asks (see `card-payment-controller.ts`). */
import { defineElement } from '../../define-element.ts';
import { SingleUx } from './single-ux.ts';

export const tagName = 'sg-single-ux';
/** The single UX reads only the checkout summary the host validated. */
export const checkoutShape = 'summary';

export function define(): void {
  defineElement(tagName, SingleUx);
}

/** Lazy chunk of the installments UX (ux `installment`), loaded through the registry. */
import { defineElement } from '../../define-element.ts';
import { ThreeDSDialog } from '../../parts/three-ds-dialog.ts';
import { InstallmentsUx } from './installments-ux.ts';

export const tagName = 'sg-installments-ux';

export function define(): void {
  defineElement('sg-three-ds-dialog', ThreeDSDialog);
  defineElement(tagName, InstallmentsUx);
}

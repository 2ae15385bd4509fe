/** Lazy chunk of the pay-later UX (ux `paylater`), loaded through the registry. */
import { defineElement } from '../../define-element.ts';
import { ThreeDSDialog } from '../../parts/three-ds-dialog.ts';
import { PaylaterUx } from './paylater-ux.ts';

export const tagName = 'sg-paylater-ux';

export function define(): void {
  defineElement('sg-three-ds-dialog', ThreeDSDialog);
  defineElement(tagName, PaylaterUx);
}

/** Lazy chunk of the multi UX (multi-card, ANCV Connect inside multi, and stand-alone ANCV), loaded through the registry. */
import { defineElement } from '../../define-element.ts';
import { ThreeDSDialog } from '../../parts/three-ds-dialog.ts';
import { MultiUx } from './multi-ux.ts';

export const tagName = 'sg-multi-ux';

export function define(): void {
  defineElement('sg-three-ds-dialog', ThreeDSDialog);
  defineElement(tagName, MultiUx);
}

/** Lazy chunk of the single UX, loaded through the registry. */
import { defineElement } from '../../define-element.ts';
import { ThreeDSDialog } from '../../parts/three-ds-dialog.ts';
import { SingleUx } from './single-ux.ts';

export const tagName = 'sg-single-ux';

export function define(): void {
  defineElement('sg-three-ds-dialog', ThreeDSDialog);
  defineElement(tagName, SingleUx);
}

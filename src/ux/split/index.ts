/** Lazy chunk of the split UX (ux `collect` and `picking`), loaded through the registry. */
import { defineElement } from '../../define-element.ts';
import { SgLink } from '../../elements/sg-link/sg-link.ts';
import { ThreeDSDialog } from '../../parts/three-ds-dialog.ts';
import { SplitUx } from './split-ux.ts';

export const tagName = 'sg-split-ux';

export function define(): void {
  defineElement('sg-three-ds-dialog', ThreeDSDialog);
  // The captain sees the sharing link right after paying.
  defineElement('sg-link', SgLink);
  defineElement(tagName, SplitUx);
}

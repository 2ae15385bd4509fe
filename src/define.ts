/**
 * Registers the public elements. Kept apart from the classes so importing a class never has side effects, and guarded
 * so a page that loads the widget twice keeps working.
 */
import { defineElement } from './define-element.ts';
import { SgCaptain } from './elements/sg-captain/sg-captain.ts';
import { SgHelp } from './elements/sg-help/sg-help.ts';
import { SgLink } from './elements/sg-link/sg-link.ts';

export function defineSgElements(): void {
  defineElement('sg-captain', SgCaptain);
  defineElement('sg-link', SgLink);
  defineElement('sg-help', SgHelp);
}

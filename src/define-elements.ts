/**
 * The one list of the public elements and their tags. Kept apart from the classes so importing a class never has side
 * effects, and apart from `src/define.ts` (the `sg-captain/define` entry, which calls this on import) so the npm entry
 * can export the function without registering anything. Guarded: a page that loads the widget twice keeps working.
 */
import { defineElement } from './define-element.ts';
import { SgCaptain } from './elements/sg-captain/sg-captain.ts';
import { SgHelp } from './elements/sg-help/sg-help.ts';
import { SgLink } from './elements/sg-link/sg-link.ts';

/** Registers `<sg-captain>`, `<sg-link>` and `<sg-help>`; safe to call any number of times. */
export function defineSgElements(): void {
  defineElement('sg-captain', SgCaptain);
  defineElement('sg-link', SgLink);
  defineElement('sg-help', SgHelp);
}

/**
 * npm entry `sg-captain/define`: importing it registers `<sg-captain>`, `<sg-link>` and `<sg-help>` (guarded, so a
 * second copy of the widget on the page is harmless). It also exports `defineSgElements()` for code that imports it
 * for its name. The tags are listed once, in `define-elements.ts`.
 */
import { defineSgElements } from './define-elements.ts';

defineSgElements();

export { defineSgElements };

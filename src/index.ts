/**
 * npm entry: the element classes, their events and the define step; importing it registers nothing. Import
 * `sg-captain/define` (or call `defineSgElements()`) once to register `<sg-captain>`, `<sg-link>` and `<sg-help>`.
 */
export { SgCaptain } from './elements/sg-captain/sg-captain.ts';
export { SgLink } from './elements/sg-link/sg-link.ts';
export { SgHelp } from './elements/sg-help/sg-help.ts';
export { defineSgElements } from './define-elements.ts';
export * from './events/index.ts';
export { CaptainError, CAPTAIN_ERROR_CODES, type CaptainErrorCode } from './core/errors.ts';
export type { InlineOrder } from './core/api.ts';
export { SG_TOKENS } from './styles/tokens.styles.ts';

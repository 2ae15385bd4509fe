/** What the host element hands a UX and what it gets back (`parts/ux-contract.ts`), for the UX folders. */
export { mountUx, type MountedUx, type SummaryContext, type UxContext, type UxElement, type UxModule } from '../parts/ux-contract.ts';

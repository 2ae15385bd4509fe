/**
 * The contract module: every shape the widget reads from the platform, written once (`shapes.ts`), with its type and
 * the widget's runtime check derived from it (`checker`). The mock platform's zod schemas come from the same shapes
 * (`core/schemas.ts`).
 */
export * from './shapes.ts';
export { checker, type Check, type Infer, type Shape } from './shape.ts';
export * from './recurring-shapes.ts';
export type { SharingView } from './sharing-shapes.ts';

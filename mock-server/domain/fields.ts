/**
 * The entries of `fields` that have a value. Stored records leave optional fields out rather than holding `undefined`,
 * so that what is persisted and answered stays the same JSON.
 */
export function definedFields<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}

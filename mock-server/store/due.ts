/**
 * What falls due on the sandbox clock, declared per record kind: for each record, the instant it next needs some work
 * (a deadline, a capture, a retry, an expiry) or null. The store keeps one due index per declaration, updated whenever
 * a record of that kind changes, so that finding what is due never scans the records.
 *
 * `dueAt` may also read other records (an installment is collected only while its transaction is collectable); such a
 * dependency may only make the instant later or null without the record itself changing, since the index is checked
 * against `dueAt` again when an entry reaches its top. A dependency on records of the same kind may go either way when
 * the spec names them (`dependents`).
 */
import type { Kind, Records } from '../state.ts';
import type { StoreView } from './view.ts';

export interface DueSpec<K extends Kind = Kind> {
  name: string;
  kind: K;
  dueAt(record: Records[K], view: StoreView): number | null;
  /**
   * Other records of the same kind whose instant may change when this one does (made earlier, too): they are looked at
   * again whenever it is committed. For a dependency between records of one kind (an order's webhook deliveries).
   */
  dependents?(record: Records[K], view: StoreView): Iterable<string>;
}

const specs = new Map<string, DueSpec>();

export function registerDue<K extends Kind>(spec: DueSpec<K>): void {
  if (!specs.has(spec.name)) specs.set(spec.name, spec as unknown as DueSpec);
}

export function dueSpec(name: string): DueSpec {
  const spec = specs.get(name);
  if (!spec) throw new Error(`no due work named ${name}`);
  return spec;
}

export function dueSpecs(): DueSpec[] {
  return [...specs.values()];
}

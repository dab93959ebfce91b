/**
 * Expected vs. live TableShape, field by field, for post-apply verification. Pure. Features the
 * endpoint does not support are masked: they cannot match and are reported elsewhere.
 */
import type {
  Billing,
  Feature,
  GlobalIndexShape,
  LocalIndexShape,
  TableShape,
} from '../model/table-shape.js';
import { keyLabel, projectionLabel } from '../model/labels.js';
import { sortedRecord } from '../model/order.js';

export interface ShapeMismatch {
  /** Dotted path, e.g. `globalIndexes.by-user.capacity`. */
  readonly field: string;
  readonly expected: string;
  readonly actual: string;
}

const key = keyLabel;
const projection = projectionLabel;
const max = (n: number | null) => (n === null ? '-' : String(n));
const billing = (b: Billing) =>
  b.mode === 'PROVISIONED' ? `PROVISIONED read ${b.read} / write ${b.write}` : `PAY_PER_REQUEST max read ${max(b.maxRead)} / max write ${max(b.maxWrite)}`;
const capacity = (c: GlobalIndexShape['capacity']) => (c ? `read ${c.read} / write ${c.write}` : 'none');
const onDemand = (o: GlobalIndexShape['onDemand']) => (o ? `max read ${max(o.maxRead)} / max write ${max(o.maxWrite)}` : 'none');
const tags = (t: Readonly<Record<string, string>>) => {
  const entries = Object.entries(sortedRecord(t));
  return entries.length ? `{${entries.map(([k, v]) => `${k}=${v}`).join(', ')}}` : '{}';
};
const orNone = (s: string | null) => s ?? 'none';

type Check = (push: (field: string, e: string, a: string) => void) => void;

function field(push: (f: string, e: string, a: string) => void, f: string, e: string, a: string): void {
  if (e !== a) push(f, e, a);
}

function indexes<T extends { readonly name: string }>(
  label: string,
  expected: readonly T[],
  actual: readonly T[],
  fields: (i: T) => Record<string, string>,
): Check {
  return (push) => {
    const live = new Map(actual.map((i) => [i.name, i]));
    for (const e of expected) {
      const a = live.get(e.name);
      if (!a) {
        push(`${label}.${e.name}`, 'present', 'absent');
        continue;
      }
      const fe = fields(e);
      const fa = fields(a);
      for (const k of Object.keys(fe)) field(push, `${label}.${e.name}.${k}`, fe[k] ?? '', fa[k] ?? '');
    }
    const wanted = new Set(expected.map((i) => i.name));
    for (const a of actual) if (!wanted.has(a.name)) push(`${label}.${a.name}`, 'absent', 'present');
  };
}

const gsiFields = (g: GlobalIndexShape) => ({
  partitionKey: key(g.partitionKey),
  sortKey: key(g.sortKey),
  projection: projection(g.projection),
  capacity: capacity(g.capacity),
  onDemand: onDemand(g.onDemand),
});
const lsiFields = (l: LocalIndexShape) => ({ sortKey: key(l.sortKey), projection: projection(l.projection) });

/** Every difference between `expected` and `actual`, ignoring the `masked` features. */
export function compareShapes(expected: TableShape, actual: TableShape, masked: ReadonlySet<Feature> = new Set()): ShapeMismatch[] {
  const out: ShapeMismatch[] = [];
  const push = (f: string, e: string, a: string) => out.push({ field: f, expected: e, actual: a });
  field(push, 'partitionKey', key(expected.partitionKey), key(actual.partitionKey));
  field(push, 'sortKey', key(expected.sortKey), key(actual.sortKey));
  field(push, 'billing', billing(expected.billing), billing(actual.billing));
  indexes('globalIndexes', expected.globalIndexes, actual.globalIndexes, gsiFields)(push);
  indexes('localIndexes', expected.localIndexes, actual.localIndexes, lsiFields)(push);
  if (!masked.has('stream')) field(push, 'stream', orNone(expected.stream), orNone(actual.stream));
  if (!masked.has('ttl')) field(push, 'ttl', orNone(expected.ttl), orNone(actual.ttl));
  if (!masked.has('pointInTimeRecovery')) field(push, 'pointInTimeRecovery', String(expected.pointInTimeRecovery), String(actual.pointInTimeRecovery));
  field(push, 'deletionProtection', String(expected.deletionProtection), String(actual.deletionProtection));
  if (!masked.has('tableClass')) field(push, 'tableClass', expected.tableClass, actual.tableClass);
  if (!masked.has('tags')) field(push, 'tags', tags(expected.tags), tags(actual.tags));
  return out;
}

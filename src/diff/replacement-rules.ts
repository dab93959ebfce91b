/**
 * The changes DynamoDB cannot make in place (docs/dynamodb-rules.md §1), as data: each rule looks at the
 * desired and live shapes and returns the reasons it forces a replacement (empty when it does not).
 */
import type { GlobalIndexShape, IndexKey, KeyAttribute, LocalIndexShape, TableShape } from '../model/table-shape.js';
import { same } from './equal.js';
import { indexKeyLabel, keyLabel, projectionLabel } from '../model/labels.js';

export interface ReplacementRule<T> {
  /** Short id, for docs and tests. */
  readonly id: string;
  readonly reasons: (desired: T, live: T) => readonly string[];
}

function keyRule<T>(id: string, label: string, pick: (t: T) => KeyAttribute | null): ReplacementRule<T> {
  return {
    id,
    reasons: (desired, live) => {
      const d = pick(desired);
      const l = pick(live);
      if (same(d, l)) return [];
      if (!l) return [`${label} added: ${keyLabel(d)}`];
      if (!d) return [`${label} removed: ${keyLabel(l)}`];
      if (d.name !== l.name) return [`${label} changed: ${keyLabel(l)} → ${keyLabel(d)}`];
      return [`${label} type changed: ${l.name} ${l.type} → ${d.type}`];
    },
  };
}

const names = (k: IndexKey) => k.map((a) => a.name);
const sortedNames = (k: IndexKey) => [...names(k)].sort().join('\u0000');

/**
 * A GSI key (one or more attributes, in order). Any difference rebuilds the index, a reorder too:
 * DynamoDB hashes the partition attributes together and sorts by the sort attributes in order.
 */
function indexKeyRule(id: string, label: string, pick: (i: GlobalIndexShape) => IndexKey): ReplacementRule<GlobalIndexShape> {
  return {
    id,
    reasons: (desired, live) => {
      const d = pick(desired);
      const l = pick(live);
      if (same(d, l)) return [];
      if (l.length === 0) return [`${label} added: ${indexKeyLabel(d)}`];
      if (d.length === 0) return [`${label} removed: ${indexKeyLabel(l)}`];
      if (same(names(d), names(l))) {
        const changed = d.flatMap((a, i) => (a.type === l[i]?.type ? [] : [`${a.name} ${l[i]?.type ?? '?'} → ${a.type}`]));
        return [`${label} type changed: ${changed.join(', ')}`];
      }
      if (sortedNames(d) === sortedNames(l) && d.length === l.length) return [`${label} reordered: ${indexKeyLabel(l)} → ${indexKeyLabel(d)}`];
      return [`${label} changed: ${indexKeyLabel(l)} → ${indexKeyLabel(d)}`];
    },
  };
}

function localIndexReasons(desired: readonly LocalIndexShape[], live: readonly LocalIndexShape[]): string[] {
  const liveByName = new Map(live.map((i) => [i.name, i]));
  const desiredNames = new Set(desired.map((i) => i.name));
  const reasons: string[] = [];
  for (const index of desired) {
    const old = liveByName.get(index.name);
    if (!old) reasons.push(`local index ${index.name} added`);
    else if (!same(index, old)) reasons.push(`local index ${index.name} changed`);
  }
  for (const index of live) if (!desiredNames.has(index.name)) reasons.push(`local index ${index.name} removed`);
  return reasons;
}

/** Table-level rules: keys, key types, LSIs (LSIs exist only through CreateTable). */
export const TABLE_REPLACEMENT_RULES: readonly ReplacementRule<TableShape>[] = [
  keyRule('partition-key', 'partition key', (t) => t.partitionKey),
  keyRule('sort-key', 'sort key', (t) => t.sortKey),
  { id: 'local-indexes', reasons: (d, l) => localIndexReasons(d.localIndexes, l.localIndexes) },
];

/** GSI rules: anything but throughput means drop and build again (a GSI update only takes throughput). */
export const GLOBAL_INDEX_REPLACEMENT_RULES: readonly ReplacementRule<GlobalIndexShape>[] = [
  indexKeyRule('gsi-partition-key', 'partition key', (i) => i.partitionKey),
  indexKeyRule('gsi-sort-key', 'sort key', (i) => i.sortKey),
  {
    id: 'gsi-projection',
    reasons: (d, l) =>
      same(d.projection, l.projection)
        ? []
        : [`projection changed: ${projectionLabel(l.projection)} → ${projectionLabel(d.projection)}`],
  },
];

/** Every reason the rules give, in rule order. */
export function replacementReasons<T>(rules: readonly ReplacementRule<T>[], desired: T, live: T): string[] {
  return rules.flatMap((rule) => rule.reasons(desired, live));
}

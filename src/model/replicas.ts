/**
 * Global table replicas (version 2019.11.21), shared by both sides, the diff, the planner and the
 * renderers: the canonical form, which settings UpdateTable's ReplicaUpdates carries and which live
 * in the replica's own Region, the words for a replica.
 * Pure. The AWS rules are in docs/dynamodb-rules.md (global tables).
 */
import type { ReplicaIndexOverride, ReplicaShape, TableClass } from './table-shape.js';

/** A replica with every field at its default (the table's class and throughput, nothing in its Region). */
export function bareReplica(region: string): ReplicaShape {
  return { region, kmsKey: null, tableClass: null, read: null, maxRead: null, indexes: {}, pointInTimeRecovery: false, deletionProtection: false, tags: {} };
}

/** Per-GSI overrides with their keys sorted, indexes without any override left out. */
export function canonicalIndexOverrides(indexes: Readonly<Record<string, ReplicaIndexOverride>>): Record<string, ReplicaIndexOverride> {
  const out: Record<string, ReplicaIndexOverride> = {};
  for (const name of Object.keys(indexes).sort()) {
    const o = indexes[name];
    if (o && (o.read !== null || o.maxRead !== null)) out[name] = { read: o.read, maxRead: o.maxRead };
  }
  return out;
}

/** The table class a replica states: `null` when it is the table's own (one canonical form). */
export function replicaClass(replicaClassValue: TableClass | null | undefined, tableClass: TableClass): TableClass | null {
  return replicaClassValue && replicaClassValue !== tableClass ? replicaClassValue : null;
}

export function byRegion(a: ReplicaShape, b: ReplicaShape): number {
  return a.region < b.region ? -1 : a.region > b.region ? 1 : 0;
}

/** The settings a ReplicaUpdates Create / Update carries (replicated through the table's Region). */
export type ReplicatedSetting = 'kmsKey' | 'tableClass' | 'read' | 'maxRead' | 'indexes';
/** The settings that live in the replica's Region: read and set with a client for it. */
export type RegionalSetting = 'pointInTimeRecovery' | 'deletionProtection' | 'tags';

export const REPLICATED_SETTINGS: readonly ReplicatedSetting[] = ['kmsKey', 'tableClass', 'read', 'maxRead', 'indexes'];
export const REGIONAL_SETTINGS: readonly RegionalSetting[] = ['pointInTimeRecovery', 'deletionProtection', 'tags'];

const json = (v: unknown) => JSON.stringify(v);

/** The replicated settings that differ between two replicas of the same Region. */
export function replicatedDiffer(from: ReplicaShape, to: ReplicaShape): ReplicatedSetting[] {
  return REPLICATED_SETTINGS.filter((s) => json(from[s]) !== json(to[s]));
}

function overrideLabel(o: ReplicaIndexOverride): string {
  return [o.read !== null ? `read ${o.read}` : '', o.maxRead !== null ? `maxRead ${o.maxRead}` : ''].filter(Boolean).join(', ');
}

/** Words for one replica setting's value. */
export const REPLICA_SETTING_WORDS: { readonly [K in ReplicatedSetting | RegionalSetting]: (v: ReplicaShape[K]) => string } = {
  kmsKey: (k) => k ?? 'not set',
  tableClass: (c) => c ?? "the table's",
  read: (n) => (n === null ? "the table's" : String(n)),
  maxRead: (n) => (n === null ? "the table's" : String(n)),
  indexes: (ix) => {
    const parts = Object.entries(ix).map(([n, o]) => `${n} ${overrideLabel(o)}`);
    return parts.length === 0 ? 'none' : parts.join('; ');
  },
  pointInTimeRecovery: String,
  deletionProtection: String,
  tags: (t) => {
    const e = Object.entries(t);
    return e.length ? `{${e.map(([k, v]) => `${k}=${v}`).join(', ')}}` : '{}';
  },
};

export function replicaSettingLabel<K extends ReplicatedSetting | RegionalSetting>(k: K, v: ReplicaShape[K]): string {
  return (REPLICA_SETTING_WORDS[k] as (x: ReplicaShape[K]) => string)(v);
}

/** One replica in a line: `eu-west-1 (PITR, deletion protection, read 10)`; only what differs from the defaults. */
export function replicaLabel(r: ReplicaShape): string {
  const parts = [
    ...(r.kmsKey !== null ? [`KMS ${r.kmsKey}`] : []),
    ...(r.tableClass !== null ? [r.tableClass] : []),
    ...(r.read !== null ? [`read ${r.read}`] : []),
    ...(r.maxRead !== null ? [`maxRead ${r.maxRead}`] : []),
    ...Object.entries(r.indexes).map(([n, o]) => `GSI ${n} ${overrideLabel(o)}`),
    ...(r.pointInTimeRecovery ? ['PITR'] : []),
    ...(r.deletionProtection ? ['deletion protection'] : []),
    ...(Object.keys(r.tags).length > 0 ? [`tags ${REPLICA_SETTING_WORDS.tags(r.tags)}`] : []),
  ];
  return parts.length === 0 ? r.region : `${r.region} (${parts.join(', ')})`;
}

/** The Regions of a list of replicas: `eu-west-1, ap-south-1`, or `none`. */
export function replicasLabel(list: readonly ReplicaShape[]): string {
  return list.length === 0 ? 'none' : list.map(replicaLabel).join('; ');
}

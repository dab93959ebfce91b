/**
 * Global table replicas (version 2019.11.21), shared by both sides, the diff, the planner and the
 * renderers: the canonical form, which settings UpdateTable's ReplicaUpdates carries and which live
 * in the replica's own Region, the words for a replica, and the estimate of how long adding one takes.
 * Pure. The AWS rules are in docs/dynamodb-rules.md (global tables).
 */
import type { ReplicaBasis } from './change.js';
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

/**
 * The assumptions of the creation-time estimate (not AWS figures: AWS documents only "a few minutes
 * for an empty table, up to several hours for a large one"; docs/plan-reference.md): a fixed part,
 * then the copy of the items at a steady rate by size and by count, whichever is slower.
 */
export const REPLICA_ESTIMATE = {
  fixedMinutes: 5,
  bytesPerHour: 30 * 1024 ** 3,
  itemsPerHour: 50_000_000,
} as const;

function sizeLabel(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let v = bytes;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u += 1;
  }
  return `${u === 0 ? v : v.toFixed(1)} ${units[u]}`;
}

function durationLabel(minutes: number): string {
  if (minutes < 60) return `${Math.ceil(minutes)} min`;
  const h = Math.floor(minutes / 60);
  const m = Math.ceil(minutes - h * 60);
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/**
 * `estimate: about 5 min (basis: 0 items, 0 B as DescribeTable reported them; assumed 30 GB/h, 50M
 * items/h after 5 min)`: the words of the plan, step note and diagnostic alike.
 */
export function replicaEstimate(basis: ReplicaBasis | null): string {
  const a = REPLICA_ESTIMATE;
  const assumed = `assumed ${sizeLabel(a.bytesPerHour)}/h or ${a.itemsPerHour / 1_000_000}M items/h, whichever is slower, after ${a.fixedMinutes} min`;
  if (!basis || basis.itemCount === null || basis.sizeBytes === null) {
    return `estimate: at least ${a.fixedMinutes} min (basis: a new table, no items yet; ${assumed})`;
  }
  const hours = Math.max(basis.sizeBytes / a.bytesPerHour, basis.itemCount / a.itemsPerHour);
  const minutes = a.fixedMinutes + hours * 60;
  return `estimate: about ${durationLabel(minutes)} (basis: ${basis.itemCount.toLocaleString('en-US')} items, ${sizeLabel(basis.sizeBytes)} as DescribeTable reported them, updated about every 6 h; ${assumed})`;
}

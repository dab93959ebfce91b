/**
 * How every setting of a table is worded, in one place: plans, drift and verification all read
 * these functions and the SETTING_WORDS table, so a setting reads the same wherever it appears.
 * Verification keeps a terser register for a few values (`PROVISIONED read 5 / write 5`, `none`);
 * those exceptions sit in the same table, next to the setting they word.
 */
import type { IndexThroughput } from './change.js';
import { sortedRecord } from './order.js';
import { insightsSummary } from './contributor-insights.js';
import { policyLabel } from './resource-policy.js';
import { replicasLabel } from './replicas.js';
import { autoscalingSummary } from './autoscaling.js';
import type {
  Billing,
  Encryption,
  Feature,
  GlobalIndexShape,
  IndexKey,
  KeyAttribute,
  LocalIndexShape,
  OnDemandLimits,
  Projection,
  ProvisionedCapacity,
  TableShape,
  WarmThroughput,
} from './table-shape.js';

export function keyLabel(k: KeyAttribute | null): string {
  return k ? `${k.name} (${k.type})` : 'none';
}

/**
 * A GSI key: `pk (S)` for one attribute (as {@link keyLabel}), `a (S) + b (N)` for a
 * multi-attribute key in its order, `none` for an absent sort key.
 */
export function indexKeyLabel(k: IndexKey): string {
  return k.length === 0 ? 'none' : k.map((a) => keyLabel(a)).join(' + ');
}

export function projectionLabel(p: Projection): string {
  return p.type === 'INCLUDE' ? `INCLUDE [${p.attributes.join(', ')}]` : p.type;
}

export function capacityLabel(c: ProvisionedCapacity): string {
  return `read ${c.read}, write ${c.write}`;
}

function limitsLabel(l: OnDemandLimits | null): string {
  if (!l || (l.maxRead === null && l.maxWrite === null)) return '';
  const parts = [l.maxRead !== null ? `maxRead ${l.maxRead}` : '', l.maxWrite !== null ? `maxWrite ${l.maxWrite}` : ''];
  return parts.filter(Boolean).join(', ');
}

export function billingLabel(b: Billing): string {
  if (b.mode === 'PROVISIONED') return `PROVISIONED (${capacityLabel(b)})`;
  const limits = limitsLabel(b);
  return limits ? `PAY_PER_REQUEST (${limits})` : 'PAY_PER_REQUEST';
}

export function throughputLabel(t: IndexThroughput): string {
  if (t.capacity) return capacityLabel(t.capacity);
  const limits = limitsLabel(t.onDemand);
  return limits ? `on-demand (${limits})` : 'on-demand';
}

export function globalIndexLabel(i: GlobalIndexShape): string {
  const parts = [
    `partition ${indexKeyLabel(i.partitionKey)}`,
    ...(i.sortKey.length > 0 ? [`sort ${indexKeyLabel(i.sortKey)}`] : []),
    `projection ${projectionLabel(i.projection)}`,
    throughputLabel(i),
    ...(i.warmThroughput ? [`warm ${warmLabel(i.warmThroughput)}`] : []),
  ];
  return parts.join(', ');
}

export function localIndexLabel(i: LocalIndexShape): string {
  return `sort ${keyLabel(i.sortKey)}, projection ${projectionLabel(i.projection)}`;
}

/** `read 12000/s, write 4000/s`; `not set` when the spec leaves it to the table. */
export function warmLabel(w: WarmThroughput | null): string {
  return w ? `read ${w.read}/s, write ${w.write}/s` : 'not set';
}

/** AWS's default PITR recovery period (API_PointInTimeRecoverySpecification). */
export const DEFAULT_RECOVERY_DAYS = 35;

export function recoveryPeriodLabel(days: number): string {
  return `${days} day${days === 1 ? '' : 's'}`;
}

/** `AWS owned key`, `KMS (AWS managed key)` or `KMS (<key>)`. */
export function encryptionLabel(e: Encryption | null): string {
  if (e === null) return 'AWS owned key';
  return e.kmsKey === null ? 'KMS (AWS managed key)' : `KMS (${e.kmsKey})`;
}

/** A stream view or TTL attribute, `off` when there is none. */
export function onOff(value: string | null): string {
  return value ?? 'off';
}

// Verification's register (post-apply mismatches): terser, one line per field.
const maxLabel = (n: number | null) => (n === null ? '-' : String(n));
const orNone = (s: string | null) => s ?? 'none';

/** A GSI's fields as verification compares them one by one. */
export function verifyGlobalIndexFields(g: GlobalIndexShape): Record<string, string> {
  return {
    partitionKey: indexKeyLabel(g.partitionKey),
    sortKey: indexKeyLabel(g.sortKey),
    projection: projectionLabel(g.projection),
    capacity: g.capacity ? `read ${g.capacity.read} / write ${g.capacity.write}` : 'none',
    onDemand: g.onDemand ? `max read ${maxLabel(g.onDemand.maxRead)} / max write ${maxLabel(g.onDemand.maxWrite)}` : 'none',
    // Compared only where the expected side manages it (compare-shapes takes the expected keys).
    ...(g.warmThroughput ? { warmThroughput: warmLabel(g.warmThroughput) } : {}),
  };
}

/** An LSI's fields as verification compares them one by one. */
export function verifyLocalIndexFields(l: LocalIndexShape): Record<string, string> {
  return { sortKey: keyLabel(l.sortKey), projection: projectionLabel(l.projection) };
}

/** The table-level settings (everything but the name and the index lists). */
export type TableSetting = Exclude<keyof TableShape, 'name' | 'globalIndexes' | 'localIndexes'>;

interface SettingWords<V> {
  /** The feature an endpoint may lack; verification masks the setting then. */
  readonly feature: Feature | null;
  /** How plans and drift word the value. */
  readonly words: (v: V) => string;
  /** How verification words it, where that differs. */
  readonly verifyWords?: (v: V) => string;
}

/** One entry per table setting: a new TableShape field without its wording does not compile. */
export const SETTING_WORDS: { readonly [F in TableSetting]: SettingWords<TableShape[F]> } = {
  partitionKey: { feature: null, words: keyLabel },
  sortKey: { feature: null, words: keyLabel },
  billing: {
    feature: null,
    words: billingLabel,
    verifyWords: (b) =>
      b.mode === 'PROVISIONED'
        ? `PROVISIONED read ${b.read} / write ${b.write}`
        : `PAY_PER_REQUEST max read ${maxLabel(b.maxRead)} / max write ${maxLabel(b.maxWrite)}`,
  },
  stream: { feature: 'stream', words: onOff, verifyWords: orNone },
  ttl: { feature: 'ttl', words: onOff, verifyWords: orNone },
  pointInTimeRecovery: { feature: 'pointInTimeRecovery', words: String },
  pointInTimeRecoveryDays: { feature: 'pointInTimeRecoveryPeriod', words: (d) => recoveryPeriodLabel(d ?? DEFAULT_RECOVERY_DAYS) },
  deletionProtection: { feature: null, words: String },
  tableClass: { feature: 'tableClass', words: (c) => c },
  sse: { feature: 'sse', words: encryptionLabel },
  warmThroughput: { feature: 'warmThroughput', words: warmLabel },
  contributorInsights: { feature: 'contributorInsights', words: insightsSummary },
  resourcePolicy: { feature: 'resourcePolicy', words: policyLabel },
  kinesisDestination: { feature: 'kinesisDestination', words: (k) => (k ? `${k.streamArn} (${k.precision})` : 'none') },
  replicas: { feature: 'replicas', words: replicasLabel },
  autoscaling: { feature: 'autoscaling', words: autoscalingSummary },
  tags: {
    feature: 'tags',
    words: (t) => {
      const entries = Object.entries(sortedRecord(t));
      return entries.length ? `{${entries.map(([k, v]) => `${k}=${v}`).join(', ')}}` : '{}';
    },
  },
};

/** `setting`'s value in plan / drift words. */
export function settingLabel<F extends TableSetting>(setting: F, value: TableShape[F]): string {
  return (SETTING_WORDS[setting] as SettingWords<TableShape[F]>).words(value);
}

/** `setting`'s value in verification words. */
export function verifySettingLabel<F extends TableSetting>(setting: F, value: TableShape[F]): string {
  const w = SETTING_WORDS[setting] as SettingWords<TableShape[F]>;
  return (w.verifyWords ?? w.words)(value);
}

/** A tag value in a per-key line (`tags.team: "x"`). */
export function tagValueLabel(v: string): string {
  return JSON.stringify(v);
}

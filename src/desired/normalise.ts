/**
 * A valid table spec, for one environment, as the canonical `TableShape`: every default filled
 * in (see defaults.ts), indexes sorted by name, INCLUDE attributes sorted, de-duplicated and without
 * key attributes (always projected; see canonicalProjection), tag keys sorted, absent values as null. Pure.
 */
import type {
  Autoscaling,
  Billing,
  CapacityScaling,
  ContributorInsights,
  ContributorInsightsMode,
  Encryption,
  GlobalIndexShape,
  KeyAttribute,
  LocalIndexShape,
  Projection,
  ScalingRange,
  TableShape,
  WarmThroughput,
} from '../model/table-shape.js';
import { SPEC_DEFAULTS } from './defaults.js';
import { mergeEnvironment } from './merge-env.js';
import { indexKeyAttributes, initialUnits, type BillingDoc, type CapacityDoc, type ContributorInsightsDoc, type EncryptionDoc, type WarmThroughputDoc, type GlobalIndexDoc, type KeyAttributeDoc, type LocalIndexDoc, type MergedSpecDoc, type ProjectionDoc, type TableSpecDoc } from './spec-doc.js';
import { byName, sortedRecord } from '../model/order.js';
import { DEFAULT_RECOVERY_DAYS } from '../model/labels.js';
import { canonicalProjection } from '../model/projection.js';
import { canonicalInsights } from '../model/contributor-insights.js';
import { canonicalPolicy } from '../model/resource-policy.js';
import { normaliseReplicas } from './normalise-replicas.js';
import { canonicalAutoscaling, DEFAULT_TARGET_UTILIZATION, NO_SCALING } from '../model/autoscaling.js';

/** The canonical shape of `spec` with `envName`'s overrides applied (null: the base). */
export function normaliseSpec(spec: TableSpecDoc, envName: string | null): TableShape {
  return normaliseMerged(mergeEnvironment(spec, envName));
}

/** The canonical shape of a table whose environment overrides are already applied. */
export function normaliseMerged(spec: MergedSpecDoc): TableShape {
  const billing = normaliseBilling(spec.billing);
  const keys = tableKeys(spec);
  return {
    name: spec.table,
    partitionKey: key(spec.partitionKey),
    sortKey: spec.sortKey ? key(spec.sortKey) : null,
    billing,
    globalIndexes: (spec.globalSecondaryIndexes ?? []).map((g) => globalIndex(g, billing, keys)).sort(byName),
    localIndexes: (spec.localSecondaryIndexes ?? []).map((l) => localIndex(l, keys)).sort(byName),
    stream: spec.stream === undefined || spec.stream === false ? SPEC_DEFAULTS.stream : spec.stream,
    ttl: spec.ttl === undefined || spec.ttl === false ? SPEC_DEFAULTS.ttl : spec.ttl.attribute,
    ...pointInTimeRecovery(spec.pointInTimeRecovery),
    deletionProtection: spec.deletionProtection ?? SPEC_DEFAULTS.deletionProtection,
    tableClass: spec.tableClass ?? SPEC_DEFAULTS.tableClass,
    sse: encryption(spec.sse),
    warmThroughput: warm(spec.warmThroughput),
    contributorInsights: contributorInsights(spec),
    // A path left here (not loaded through checkTables) has no document to compare: none.
    resourcePolicy: typeof spec.resourcePolicy === 'object' ? canonicalPolicy(spec.resourcePolicy) : null,
    kinesisDestination: spec.kinesisDestination ? { streamArn: spec.kinesisDestination.streamArn, precision: spec.kinesisDestination.precision ?? 'MILLISECOND' } : null,
    autoscaling: autoscaling(spec),
    tags: sortedRecord(spec.tags ?? SPEC_DEFAULTS.tags),
    replicas: normaliseReplicas(spec),
  };
}

/** A range as written, its target utilization defaulted; null for fixed units (or none). */
function range(c: CapacityDoc | undefined): ScalingRange | null {
  if (c === undefined || typeof c === 'number') return null;
  return { min: c.min, max: c.max, targetUtilization: c.targetUtilization ?? DEFAULT_TARGET_UTILIZATION };
}

/**
 * The ranges of a provisioned table and of each GSI; an index that leaves read / write out takes the
 * table's, range included (as it takes the table's units).
 */
function autoscaling(spec: MergedSpecDoc): Autoscaling {
  const b = spec.billing;
  if (b?.mode !== 'PROVISIONED') return canonicalAutoscaling(NO_SCALING, {});
  const table: CapacityScaling = { read: range(b.read), write: range(b.write) };
  const indexes: Record<string, CapacityScaling> = {};
  for (const g of spec.globalSecondaryIndexes ?? []) indexes[g.name] = { read: range(g.read ?? b.read), write: range(g.write ?? b.write) };
  return canonicalAutoscaling(table, indexes);
}

/** `true` is ACCESSED_AND_THROTTLED_KEYS, the mode insights had before modes existed (and the API's default). */
function insightsMode(d: ContributorInsightsDoc | undefined): ContributorInsightsMode | null {
  if (d === undefined || d === false) return null;
  return d === true ? 'ACCESSED_AND_THROTTLED_KEYS' : d;
}

function contributorInsights(spec: MergedSpecDoc): ContributorInsights {
  const indexes: Record<string, ContributorInsightsMode> = {};
  for (const g of spec.globalSecondaryIndexes ?? []) {
    const mode = insightsMode(g.contributorInsights);
    if (mode) indexes[g.name] = mode;
  }
  return canonicalInsights(insightsMode(spec.contributorInsights), indexes);
}

/** PITR on/off and its window: 35 days (AWS's default) and off are both `null` days. */
function pointInTimeRecovery(p: MergedSpecDoc['pointInTimeRecovery']): Pick<TableShape, 'pointInTimeRecovery' | 'pointInTimeRecoveryDays'> {
  const enabled = typeof p === 'object' ? p.enabled : (p ?? SPEC_DEFAULTS.pointInTimeRecovery);
  const days = typeof p === 'object' ? (p.recoveryPeriodDays ?? null) : null;
  return { pointInTimeRecovery: enabled, pointInTimeRecoveryDays: enabled && days !== null && days !== DEFAULT_RECOVERY_DAYS ? days : null };
}

/** Left out: not managed (null), whatever the live table has. */
function warm(w: WarmThroughputDoc | undefined): WarmThroughput | null {
  return w ? { read: w.read, write: w.write } : null;
}

function encryption(e: EncryptionDoc | undefined): Encryption | null {
  if (!e || e.type === 'AWS_OWNED') return SPEC_DEFAULTS.sse;
  return { type: 'KMS', kmsKey: e.kmsKey ?? null };
}

function key(k: KeyAttributeDoc): KeyAttribute {
  return { name: k.name, type: k.type };
}

function normaliseBilling(b: BillingDoc | undefined): Billing {
  // A valid PROVISIONED spec always has read and write (semantic check); 1 only keeps this total.
  // A range starts at its min (what CreateTable and a switch to PROVISIONED send; the scaler moves it after).
  if (b?.mode === 'PROVISIONED') return { mode: 'PROVISIONED', read: b.read !== undefined ? initialUnits(b.read) : 1, write: b.write !== undefined ? initialUnits(b.write) : 1 };
  return { mode: 'PAY_PER_REQUEST', maxRead: b?.maxRead ?? null, maxWrite: b?.maxWrite ?? null };
}

/** `keys`: the table's and the index's key attribute names, projected anyway. */
function projection(p: ProjectionDoc | undefined, keys: readonly string[]): Projection {
  const v = p ?? SPEC_DEFAULTS.projection;
  if (v === 'ALL') return { type: 'ALL' };
  if (v === 'KEYS_ONLY') return { type: 'KEYS_ONLY' };
  return canonicalProjection({ type: 'INCLUDE', attributes: v.include }, keys);
}

function tableKeys(spec: MergedSpecDoc): string[] {
  return spec.sortKey ? [spec.partitionKey.name, spec.sortKey.name] : [spec.partitionKey.name];
}

function globalIndex(g: GlobalIndexDoc, billing: Billing, tableKeyNames: readonly string[]): GlobalIndexShape {
  // One attribute or a list of one: the same key.
  const partitionKey = indexKeyAttributes(g.partitionKey).map(key);
  const sortKey = indexKeyAttributes(g.sortKey).map(key);
  const keys = [...tableKeyNames, ...partitionKey.map((k) => k.name), ...sortKey.map((k) => k.name)];
  const common = {
    name: g.name,
    partitionKey,
    sortKey,
    projection: projection(g.projection, keys),
    warmThroughput: warm(g.warmThroughput),
  };
  if (billing.mode === 'PROVISIONED')
    return { ...common, capacity: { read: g.read !== undefined ? initialUnits(g.read) : billing.read, write: g.write !== undefined ? initialUnits(g.write) : billing.write }, onDemand: null };
  // Each maximum the index leaves out is the table's.
  return { ...common, capacity: null, onDemand: { maxRead: g.maxRead ?? billing.maxRead, maxWrite: g.maxWrite ?? billing.maxWrite } };
}

function localIndex(l: LocalIndexDoc, tableKeyNames: readonly string[]): LocalIndexShape {
  return { name: l.name, sortKey: key(l.sortKey), projection: projection(l.projection, [...tableKeyNames, l.sortKey.name]) };
}



/**
 * DescribeTable (+ TTL, PITR, tags) → the canonical TableShape, with the same defaults the spec
 * side fills in, so an untouched table diffs as equal.
 */
import { DdbMigrateError } from '../model/errors.js';
import type {
  GlobalSecondaryIndexDescription,
  SSEDescription,
  TableWarmThroughputDescription,
  GlobalSecondaryIndexWarmThroughputDescription,
  KeySchemaElement,
  OnDemandThroughput,
  Projection as SdkProjection,
  TableDescription,
} from '@aws-sdk/client-dynamodb';
import type {
  AttributeType,
  Billing,
  Encryption,
  GlobalIndexShape,
  IndexKey,
  KeyAttribute,
  LiveTable,
  LocalIndexShape,
  OnDemandLimits,
  Projection,
  StreamView,
  TableShape,
  WarmThroughput,
  Autoscaling,
  ContributorInsights,
  KinesisDestination,
  ReplicaShape,
} from '../model/table-shape.js';
import { byName, sortedRecord } from '../model/order.js';
import { canonicalProjection } from '../model/projection.js';
import { DEFAULT_RECOVERY_DAYS } from '../model/labels.js';
import { INSIGHTS_OFF } from '../model/contributor-insights.js';
import { AUTOSCALING_OFF } from '../model/autoscaling.js';

/** What the side calls returned; `null` where the endpoint does not support the call. */
export interface LiveExtras {
  readonly ttl: string | null;
  readonly pointInTimeRecovery: boolean;
  /** RecoveryPeriodInDays when PITR is on; absent or null: AWS's default (35). */
  readonly pointInTimeRecoveryDays?: number | null;
  readonly tags: Readonly<Record<string, string>>;
  /** DescribeContributorInsights of the table and each GSI; absent: off everywhere. */
  readonly contributorInsights?: ContributorInsights;
  /** GetResourcePolicy's document, canonical; absent: none. */
  readonly resourcePolicy?: string | null;
  /** DescribeKinesisStreamingDestination's active destination; absent: none. */
  readonly kinesisDestination?: KinesisDestination | null;
  /** The ACTIVE replicas with their regional settings (src/live/read-replicas.ts); absent: none. */
  readonly replicas?: readonly ReplicaShape[];
  /** Application Auto Scaling's ranges (live/autoscaling.ts); absent: none. */
  readonly autoscaling?: Autoscaling;
}


function attributeTypes(desc: TableDescription): Map<string, AttributeType> {
  const types = new Map<string, AttributeType>();
  for (const def of desc.AttributeDefinitions ?? []) {
    if (def.AttributeName && def.AttributeType) types.set(def.AttributeName, def.AttributeType as AttributeType);
  }
  return types;
}

function keys(schema: readonly KeySchemaElement[] | undefined, types: Map<string, AttributeType>, table: string) {
  const attr = (role: 'HASH' | 'RANGE'): KeyAttribute | null => {
    const el = (schema ?? []).find((k) => k.KeyType === role);
    if (!el?.AttributeName) return null;
    const type = types.get(el.AttributeName);
    if (!type) throw unexpected(table, `key ${el.AttributeName} has no AttributeDefinition`);
    return { name: el.AttributeName, type };
  };
  const pk = attr('HASH');
  if (!pk) throw unexpected(table, 'no HASH key');
  return { partitionKey: pk, sortKey: attr('RANGE') };
}

/**
 * A GSI's key schema as two ordered lists: every HASH element, then every RANGE element, in the
 * order DescribeTable gives them (multi-attribute keys have up to 4 of each; the order is the key).
 */
function indexKeys(schema: readonly KeySchemaElement[] | undefined, types: Map<string, AttributeType>, table: string) {
  const attrs = (role: 'HASH' | 'RANGE'): IndexKey =>
    (schema ?? [])
      .filter((k) => k.KeyType === role && k.AttributeName)
      .map((k) => {
        const name = k.AttributeName ?? '';
        const type = types.get(name);
        if (!type) throw unexpected(table, `key ${name} has no AttributeDefinition`);
        return { name, type };
      });
  const partitionKey = attrs('HASH');
  if (partitionKey.length === 0) throw unexpected(table, 'an index with no HASH key');
  return { partitionKey, sortKey: attrs('RANGE') };
}

/** `keys`: the table's and the index's key attribute names, dropped from INCLUDE as the spec side does. */
function projection(p: SdkProjection | undefined, keys: readonly string[]): Projection {
  switch (p?.ProjectionType) {
    case 'KEYS_ONLY':
      return { type: 'KEYS_ONLY' };
    case 'INCLUDE':
      return canonicalProjection({ type: 'INCLUDE', attributes: p.NonKeyAttributes ?? [] }, keys);
    default:
      return { type: 'ALL' };
  }
}

function keyNames(...schemas: (readonly KeySchemaElement[] | undefined)[]): string[] {
  return schemas.flatMap((s) => (s ?? []).map((k) => k.AttributeName ?? ''));
}

/** DynamoDB's -1 (and an absent or non-positive value) means "no maximum". */
function onDemandLimits(o: OnDemandThroughput | undefined): OnDemandLimits {
  const max = (v: number | undefined) => (v !== undefined && v > 0 ? v : null);
  return { maxRead: max(o?.MaxReadRequestUnits), maxWrite: max(o?.MaxWriteRequestUnits) };
}

function billing(desc: TableDescription): Billing {
  if (desc.BillingModeSummary?.BillingMode === 'PAY_PER_REQUEST') {
    return { mode: 'PAY_PER_REQUEST', ...onDemandLimits(desc.OnDemandThroughput) };
  }
  return {
    mode: 'PROVISIONED',
    read: desc.ProvisionedThroughput?.ReadCapacityUnits ?? 0,
    write: desc.ProvisionedThroughput?.WriteCapacityUnits ?? 0,
  };
}

function globalIndex(g: GlobalSecondaryIndexDescription, desc: TableDescription, mode: Billing['mode'], types: Map<string, AttributeType>, table: string): GlobalIndexShape {
  const provisioned = mode === 'PROVISIONED';
  return {
    name: g.IndexName ?? '',
    ...indexKeys(g.KeySchema, types, table),
    projection: projection(g.Projection, keyNames(desc.KeySchema, g.KeySchema)),
    capacity: provisioned
      ? { read: g.ProvisionedThroughput?.ReadCapacityUnits ?? 0, write: g.ProvisionedThroughput?.WriteCapacityUnits ?? 0 }
      : null,
    onDemand: provisioned ? null : onDemandLimits(g.OnDemandThroughput),
    warmThroughput: warm(g.WarmThroughput),
  };
}

/** WarmThroughput as described (API_TableWarmThroughputDescription); null when not reported. */
function warm(w: TableWarmThroughputDescription | GlobalSecondaryIndexWarmThroughputDescription | undefined): WarmThroughput | null {
  return w?.ReadUnitsPerSecond !== undefined && w.WriteUnitsPerSecond !== undefined ? { read: w.ReadUnitsPerSecond, write: w.WriteUnitsPerSecond } : null;
}

/**
 * KMS encryption while it is ENABLED (or being switched to: ENABLING / UPDATING, the call was
 * accepted); absent, DISABLED or DISABLING is the AWS owned key, which DynamoDB does not describe.
 */
function encryption(d: SSEDescription | undefined): Encryption | null {
  const on = d?.Status === 'ENABLED' || d?.Status === 'ENABLING' || d?.Status === 'UPDATING';
  return on && d?.SSEType === 'KMS' ? { type: 'KMS', kmsKey: d.KMSMasterKeyArn ?? null } : null;
}

function stream(desc: TableDescription): StreamView | null {
  const spec = desc.StreamSpecification;
  return spec?.StreamEnabled && spec.StreamViewType ? (spec.StreamViewType as StreamView) : null;
}


/** What DescribeTable alone tells of a table's shape: all of it but TTL, PITR, tags and contributor insights (their own calls). */
export type DescribedShape = Omit<TableShape, 'ttl' | 'pointInTimeRecovery' | 'pointInTimeRecoveryDays' | 'tags' | 'contributorInsights' | 'resourcePolicy' | 'kinesisDestination' | 'replicas' | 'autoscaling'>;

/**
 * A table as the executor sees it just before a step: its normalised shape, its ARN and the status
 * of each global index (ACTIVE, CREATING...), so "already in place" checks compare model values.
 */
export interface DescribedTable {
  readonly shape: DescribedShape;
  readonly arn: string | null;
  /** By index name, DELETING ones included (they are left out of `shape`). */
  readonly indexStatus: Readonly<Record<string, string>>;
  /** ReplicaStatus by Region (ACTIVE, CREATING, DELETING...), every replica DescribeTable lists. */
  readonly replicaStatus: Readonly<Record<string, string>>;
}

/**
 * The canonical shape DescribeTable gives. Indexes being DELETING are left out: they are on their
 * way out (an apply killed during a drop), and the planner must not drop them a second time.
 */
export function normaliseDescription(desc: TableDescription): DescribedShape {
  const name = desc.TableName ?? '';
  const types = attributeTypes(desc);
  const bill = billing(desc);
  const globalIndexes = (desc.GlobalSecondaryIndexes ?? [])
    .filter((g) => g.IndexStatus !== 'DELETING')
    .map((g) => globalIndex(g, desc, bill.mode, types, name))
    .sort(byName);
  const localIndexes: LocalIndexShape[] = (desc.LocalSecondaryIndexes ?? [])
    .map((l) => {
      const sk = keys(l.KeySchema, types, name).sortKey;
      if (!sk) throw unexpected(name, `LSI ${l.IndexName} has no RANGE key`);
      return { name: l.IndexName ?? '', sortKey: sk, projection: projection(l.Projection, keyNames(desc.KeySchema, l.KeySchema)) };
    })
    .sort(byName);
  return {
    name,
    ...keys(desc.KeySchema, types, name),
    billing: bill,
    globalIndexes,
    localIndexes,
    stream: stream(desc),
    deletionProtection: desc.DeletionProtectionEnabled ?? false,
    tableClass: desc.TableClassSummary?.TableClass === 'STANDARD_INFREQUENT_ACCESS' ? 'STANDARD_INFREQUENT_ACCESS' : 'STANDARD',
    sse: encryption(desc.SSEDescription),
    warmThroughput: warm(desc.WarmThroughput),
  };
}

/** `desc` as the executor's view of the table (see {@link DescribedTable}). */
export function describedTable(desc: TableDescription): DescribedTable {
  const indexStatus: Record<string, string> = {};
  for (const g of desc.GlobalSecondaryIndexes ?? []) if (g.IndexName) indexStatus[g.IndexName] = g.IndexStatus ?? 'UNKNOWN';
  const replicaStatus: Record<string, string> = {};
  for (const r of desc.Replicas ?? []) if (r.RegionName) replicaStatus[r.RegionName] = r.ReplicaStatus ?? 'UNKNOWN';
  return { shape: normaliseDescription(desc), arn: desc.TableArn ?? null, indexStatus, replicaStatus };
}

/** The canonical shape of a described table, completed by what the side calls returned. */
export function normaliseLive(desc: TableDescription, extras: LiveExtras): TableShape {
  const d = normaliseDescription(desc);
  // Spelled out field by field: the key order is the one plans and saved plans print.
  return {
    name: d.name,
    partitionKey: d.partitionKey,
    sortKey: d.sortKey,
    billing: d.billing,
    globalIndexes: d.globalIndexes,
    localIndexes: d.localIndexes,
    stream: d.stream,
    ttl: extras.ttl,
    pointInTimeRecovery: extras.pointInTimeRecovery,
    pointInTimeRecoveryDays:
      extras.pointInTimeRecovery && extras.pointInTimeRecoveryDays != null && extras.pointInTimeRecoveryDays !== DEFAULT_RECOVERY_DAYS
        ? extras.pointInTimeRecoveryDays
        : null,
    deletionProtection: d.deletionProtection,
    tableClass: d.tableClass,
    sse: d.sse,
    warmThroughput: d.warmThroughput,
    contributorInsights: extras.contributorInsights ?? INSIGHTS_OFF,
    resourcePolicy: extras.resourcePolicy ?? null,
    kinesisDestination: extras.kinesisDestination ?? null,
    autoscaling: extras.autoscaling ?? AUTOSCALING_OFF,
    tags: sortedRecord(extras.tags),
    replicas: extras.replicas ?? [],
  };
}

const STATUSES = new Set(['ACTIVE', 'CREATING', 'UPDATING', 'DELETING', 'ARCHIVING']);

export function liveStatus(desc: TableDescription): LiveTable['status'] {
  const s = desc.TableStatus ?? 'OTHER';
  return (STATUSES.has(s) ? s : 'OTHER') as LiveTable['status'];
}

/** Global indexes not ACTIVE yet (CREATING, UPDATING, DELETING), by name. */
export function pendingIndexes(desc: TableDescription): string[] {
  return (desc.GlobalSecondaryIndexes ?? []).filter((g) => g.IndexStatus !== 'ACTIVE').map((g) => g.IndexName ?? '').sort();
}

/** The endpoint described a table in a way DynamoDB never does. */
function unexpected(table: string, what: string): DdbMigrateError {
  return new DdbMigrateError({
    code: 'LIVE_UNEXPECTED_DESCRIPTION',
    table,
    message: `DescribeTable ${table}: ${what}`,
    hint: 'The endpoint is not behaving like DynamoDB; check --endpoint-url.',
  });
}

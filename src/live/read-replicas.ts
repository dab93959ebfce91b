/**
 * A global table's replicas as the live reader sees them: what DescribeTable's Replicas says
 * (KMS key, table class override, read overrides), completed by what lives in each replica's
 * Region (deletion protection from DescribeTable there, PITR from DescribeContinuousBackups there,
 * tags from ListTagsOfResource on the replica's ARN), read with a client for that Region. Only
 * ACTIVE replicas are part of the shape; the others are reported as pending by Region.
 */
import {
  DescribeContinuousBackupsCommand,
  DescribeTableCommand,
  ListTagsOfResourceCommand,
  type DynamoDBClient,
  type ReplicaDescription,
  type TableDescription,
} from '@aws-sdk/client-dynamodb';
import type { ReplicaIndexOverride, ReplicaShape, TableClass } from '../model/table-shape.js';
import { byRegion, canonicalIndexOverrides, replicaClass } from '../model/replicas.js';
import { sortedRecord } from '../model/order.js';
import type { LiveClient } from './live-client.js';
import { isUnsupportedOperation } from './aws-errors.js';

/** The replicated part of one ReplicaDescription (regional settings at their defaults). */
export function replicatedShape(r: ReplicaDescription, tableClass: TableClass): ReplicaShape {
  const indexes: Record<string, ReplicaIndexOverride> = {};
  for (const g of r.GlobalSecondaryIndexes ?? [])
    if (g.IndexName) indexes[g.IndexName] = { read: g.ProvisionedThroughputOverride?.ReadCapacityUnits ?? null, maxRead: g.OnDemandThroughputOverride?.MaxReadRequestUnits ?? null };
  const cls = r.ReplicaTableClassSummary?.TableClass;
  return {
    region: r.RegionName ?? '',
    kmsKey: r.KMSMasterKeyId ?? null,
    tableClass: replicaClass(cls === 'STANDARD_INFREQUENT_ACCESS' || cls === 'STANDARD' ? cls : null, tableClass),
    read: r.ProvisionedThroughputOverride?.ReadCapacityUnits ?? null,
    maxRead: r.OnDemandThroughputOverride?.MaxReadRequestUnits ?? null,
    indexes: canonicalIndexOverrides(indexes),
    pointInTimeRecovery: false,
    deletionProtection: false,
    tags: {},
  };
}

/** Replicas other than ACTIVE (CREATING, UPDATING, DELETING...), by Region. */
export function pendingReplicas(desc: TableDescription): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of desc.Replicas ?? []) if (r.RegionName && r.ReplicaStatus !== 'ACTIVE') out[r.RegionName] = r.ReplicaStatus ?? 'UNKNOWN';
  return out;
}

/** The replica's tags; {} where the endpoint has no tagging (the `tags` feature then masks them). */
async function regionalTags(client: DynamoDBClient, arn: string | undefined): Promise<Record<string, string>> {
  if (!arn) return {};
  try {
    return await listTags(client, arn);
  } catch (e) {
    if (isUnsupportedOperation(e)) return {};
    throw e;
  }
}

async function listTags(client: DynamoDBClient, arn: string): Promise<Record<string, string>> {
  const tags: Record<string, string> = {};
  let token: string | undefined;
  do {
    const out = await client.send(new ListTagsOfResourceCommand({ ResourceArn: arn, NextToken: token }));
    for (const t of out.Tags ?? []) if (t.Key !== undefined && !t.Key.startsWith('aws:')) tags[t.Key] = t.Value ?? '';
    token = out.NextToken;
  } while (token);
  return sortedRecord(tags);
}

/** One ACTIVE replica, its regional settings read in its Region. */
async function readOne(live: LiveClient, name: string, r: ReplicaDescription, tableClass: TableClass): Promise<ReplicaShape> {
  const base = replicatedShape(r, tableClass);
  const client = await live.regionClient(base.region);
  const [there, backups] = await Promise.all([
    client.send(new DescribeTableCommand({ TableName: name })),
    client.send(new DescribeContinuousBackupsCommand({ TableName: name })),
  ]);
  return {
    ...base,
    deletionProtection: there.Table?.DeletionProtectionEnabled ?? false,
    pointInTimeRecovery: backups.ContinuousBackupsDescription?.PointInTimeRecoveryDescription?.PointInTimeRecoveryStatus === 'ENABLED',
    tags: await regionalTags(client, there.Table?.TableArn),
  };
}

/** The table's ACTIVE replicas, sorted by Region. */
export async function readReplicas(live: LiveClient, desc: TableDescription, tableClass: TableClass): Promise<ReplicaShape[]> {
  const name = desc.TableName ?? '';
  const active = (desc.Replicas ?? []).filter((r) => r.RegionName && r.ReplicaStatus === 'ACTIVE');
  const list = await Promise.all(active.map((r) => readOne(live, name, r, tableClass)));
  return list.sort(byRegion);
}

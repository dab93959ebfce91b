/**
 * The live reader: Describe* and ListTags for each table, bounded in parallel, normalised into the
 * canonical TableShape, with what the endpoint does not support reported instead of failing.
 */
import {
  DescribeContinuousBackupsCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  ListTablesCommand,
  ListTagsOfResourceCommand,
  type DynamoDBClient,
  type TableDescription,
} from '@aws-sdk/client-dynamodb';
import pLimit from 'p-limit';
import type { Autoscaling, ContributorInsights, Feature, KinesisDestination, LiveTable } from '../model/table-shape.js';
import { readContributorInsights } from './contributor-insights.js';
import { readResourcePolicy, type LivePolicy } from './resource-policy.js';
import { readKinesisDestination } from './kinesis-destination.js';
import { readAutoscaling } from './autoscaling.js';
import { isNotFound } from './aws-errors.js';
import { isDynamoDbLocalArn, UNSUPPORTED, type Unsupported } from './capabilities.js';
import type { LiveClient } from './live-client.js';
import { liveStatus, normaliseLive, pendingIndexes } from './normalise-live.js';
import { pendingReplicas, readReplicas } from './read-replicas.js';

export interface ReadOptions {
  /** Tables described at once; default 8. */
  readonly concurrency?: number;
}

/** DescribeTable, or null when the table does not exist. */
export async function describeTable(client: DynamoDBClient, name: string): Promise<TableDescription | null> {
  try {
    const out = await client.send(new DescribeTableCommand({ TableName: name }));
    return out.Table ?? null;
  } catch (e) {
    if (isNotFound(e)) return null;
    throw e;
  }
}

/** Every table name at the endpoint (ListTables, all pages). */
export async function listAllTables(client: DynamoDBClient): Promise<string[]> {
  const names: string[] = [];
  let start: string | undefined;
  do {
    const out = await client.send(new ListTablesCommand({ ExclusiveStartTableName: start, Limit: 100 }));
    names.push(...(out.TableNames ?? []));
    start = out.LastEvaluatedTableName;
  } while (start);
  return names;
}

async function readTtl({ client, capabilities }: LiveClient, name: string): Promise<string | null | Unsupported> {
  return capabilities.call('ttl', async () => {
    const out = await client.send(new DescribeTimeToLiveCommand({ TableName: name }));
    const d = out.TimeToLiveDescription;
    // ENABLING counts as on: the call was accepted and the attribute is fixed from then on.
    return d && (d.TimeToLiveStatus === 'ENABLED' || d.TimeToLiveStatus === 'ENABLING') ? (d.AttributeName ?? null) : null;
  });
}

interface Pitr {
  readonly enabled: boolean;
  /** RecoveryPeriodInDays as described (null when not described). */
  readonly days: number | null;
}

async function readPitr({ client, capabilities }: LiveClient, name: string): Promise<Pitr | Unsupported> {
  return capabilities.call('pointInTimeRecovery', async () => {
    const out = await client.send(new DescribeContinuousBackupsCommand({ TableName: name }));
    const d = out.ContinuousBackupsDescription?.PointInTimeRecoveryDescription;
    return { enabled: d?.PointInTimeRecoveryStatus === 'ENABLED', days: d?.RecoveryPeriodInDays ?? null };
  });
}

async function readTags({ client, capabilities }: LiveClient, arn: string | undefined): Promise<Record<string, string> | Unsupported> {
  if (!arn) return {};
  return capabilities.call('tags', async () => {
    const tags: Record<string, string> = {};
    let token: string | undefined;
    do {
      const out = await client.send(new ListTagsOfResourceCommand({ ResourceArn: arn, NextToken: token }));
      // `aws:` tags belong to AWS (CloudFormation, CDK): no spec may set them and UntagResource
      // refuses them, so they are not part of the table's shape.
      for (const t of out.Tags ?? []) if (t.Key !== undefined && !t.Key.startsWith('aws:')) tags[t.Key] = t.Value ?? '';
      token = out.NextToken;
    } while (token);
    return tags;
  });
}

/** Reads one table; null when it does not exist (or vanished while being read). */
export async function readLiveTable(live: LiveClient, name: string): Promise<LiveTable | null> {
  const desc = await describeTable(live.client, name);
  if (!desc) return null;
  let ttl: string | null | Unsupported;
  let pitr: Pitr | Unsupported;
  let tags: Record<string, string> | Unsupported;
  let insights: ContributorInsights | Unsupported;
  let policy: LivePolicy | Unsupported;
  let kinesis: KinesisDestination | null | Unsupported;
  let scaling: Autoscaling | Unsupported;
  const indexNames = (desc.GlobalSecondaryIndexes ?? []).filter((g) => g.IndexStatus !== 'DELETING').map((g) => g.IndexName ?? '');
  try {
    [ttl, pitr, tags, insights, policy, kinesis, scaling] = await Promise.all([
      readTtl(live, name),
      readPitr(live, name),
      readTags(live, desc.TableArn),
      readContributorInsights(live, name, indexNames),
      readResourcePolicy(live, desc.TableArn),
      readKinesisDestination(live, name),
      readAutoscaling(live, name, desc.TableArn, indexNames),
    ]);
  } catch (e) {
    if (isNotFound(e)) return null;
    throw e;
  }
  const unsupported: Feature[] = [];
  if (ttl === UNSUPPORTED) unsupported.push('ttl');
  if (pitr === UNSUPPORTED) unsupported.push('pointInTimeRecovery');
  if (tags === UNSUPPORTED) unsupported.push('tags');
  if (insights === UNSUPPORTED) unsupported.push('contributorInsights');
  if (policy === UNSUPPORTED) unsupported.push('resourcePolicy');
  if (kinesis === UNSUPPORTED) unsupported.push('kinesisDestination');
  if (scaling === UNSUPPORTED) unsupported.push('autoscaling');
  const caps = live.capabilities;
  // PITR on without RecoveryPeriodInDays: the endpoint does not report the period (AWS always does,
  // API_PointInTimeRecoveryDescription), so a period in the spec could never be seen to apply.
  // Where PITR itself is unsupported, its period is masked with it.
  if (pitr !== UNSUPPORTED && pitr.enabled) caps.mark('pointInTimeRecoveryPeriod', pitr.days !== null);
  if (pitr !== UNSUPPORTED && caps.state('pointInTimeRecoveryPeriod') === false) unsupported.push('pointInTimeRecoveryPeriod');

  // Table class: AWS reports TableClassSummary once a class was set, and DynamoDB Local never does
  // (it accepts TableClass in CreateTable and drops it). So "local endpoint and no summary" means
  // unsupported; a summary anywhere proves support for this client.
  if (desc.TableClassSummary?.TableClass) caps.mark('tableClass', true);
  else if (caps.state('tableClass') !== true && (await caps.local())) {
    caps.mark('tableClass', false);
    unsupported.push('tableClass');
  }
  if (caps.state('stream') === false) unsupported.push('stream');
  // Per-GSI on-demand maximums (see Capabilities.observe): reported only where they exist, for
  // on-demand tables with a GSI. A table switched to on-demand by an apply is re-read on-demand by
  // verification, so its GSIs' maximums are masked there too.
  await caps.observe(desc);
  const onDemandIndexes = desc.BillingModeSummary?.BillingMode === 'PAY_PER_REQUEST' && (desc.GlobalSecondaryIndexes ?? []).length > 0;
  if (caps.state('globalIndexOnDemand') === false && onDemandIndexes) unsupported.push('globalIndexOnDemand');
  if (caps.state('sse') === false) unsupported.push('sse');
  if (caps.state('warmThroughput') === false) unsupported.push('warmThroughput');

  // Global tables: DynamoDB Local has none (UpdateTable ignores ReplicaUpdates, DescribeTable never
  // lists Replicas), known by its `ddblocal` ARNs: unsupported, so never a diff.
  const noReplicas = isDynamoDbLocalArn(desc.TableArn);
  if (noReplicas) unsupported.push('replicas');
  const tableClass = desc.TableClassSummary?.TableClass === 'STANDARD_INFREQUENT_ACCESS' ? 'STANDARD_INFREQUENT_ACCESS' : 'STANDARD';
  const replicas = noReplicas ? [] : await readReplicas(live, desc, tableClass);

  const shape = normaliseLive(desc, {
    replicas,
    ttl: ttl === UNSUPPORTED ? null : ttl,
    pointInTimeRecovery: pitr === UNSUPPORTED ? false : pitr.enabled,
    pointInTimeRecoveryDays: pitr === UNSUPPORTED ? null : pitr.days,
    tags: tags === UNSUPPORTED ? {} : tags,
    ...(insights === UNSUPPORTED ? {} : { contributorInsights: insights }),
    resourcePolicy: policy === UNSUPPORTED ? null : policy.policy,
    kinesisDestination: kinesis === UNSUPPORTED ? null : kinesis,
    ...(scaling === UNSUPPORTED ? {} : { autoscaling: scaling }),
  });
  return {
    shape,
    unsupported: unsupported.sort(),
    status: liveStatus(desc),
    pendingIndexes: pendingIndexes(desc),
    itemCount: desc.ItemCount ?? null,
    sizeBytes: desc.TableSizeBytes ?? null,
    arn: desc.TableArn ?? null,
    streamArn: shape.stream ? (desc.LatestStreamArn ?? null) : null,
    policyRevision: policy === UNSUPPORTED ? null : policy.revision,
    ...(Object.keys(pendingReplicas(desc)).length > 0 ? { pendingReplicas: pendingReplicas(desc) } : {}),
  };
}

/**
 * Reads `names` (bounded parallel, default 8). Tables that do not exist are absent from the map;
 * the map keeps the order of `names`.
 */
export async function readLiveTables(
  live: LiveClient,
  names: readonly string[],
  opts: ReadOptions = {},
): Promise<Map<string, LiveTable>> {
  const limit = pLimit(Math.max(1, opts.concurrency ?? 8));
  const unique = [...new Set(names)];
  const read = await Promise.all(unique.map((n) => limit(() => readLiveTable(live, n))));
  const map = new Map<string, LiveTable>();
  unique.forEach((n, i) => {
    const t = read[i];
    if (t) map.set(n, t);
  });
  return map;
}

/**
 * The warm engine's store: DynamoDB Local runs in memory, and its tables (with every setting the
 * tool manages) and items are saved to `<dir>/.ddb-local/snapshot.json` on stop and after each
 * command that wrote, then restored when an engine starts. See docs/engine-notes.md for why.
 */
import {
  BatchWriteItemCommand,
  CreateTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  ListTablesCommand,
  ScanCommand,
  UpdateTimeToLiveCommand,
  type AttributeValue,
  type CreateTableCommandInput,
  type DynamoDBClient,
  type TableDescription,
} from '@aws-sdk/client-dynamodb';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import pLimit from 'p-limit';
import { DdbMigrateError } from '../model/errors.js';
import { displayPath } from '../util/display-path.js';

export const SNAPSHOT_FILE = 'snapshot.json';
const FORMAT_VERSION = 1;

type Item = Record<string, AttributeValue>;

export interface TableSnapshot {
  readonly create: CreateTableCommandInput;
  /** The TTL attribute when TTL is enabled. */
  readonly ttlAttribute: string | null;
  readonly items: readonly Item[];
}

export interface Snapshot {
  readonly formatVersion: number;
  readonly takenAt: string;
  readonly tables: readonly TableSnapshot[];
}

/** What a snapshot or a restore covered, for messages and for the restore check. */
export interface SnapshotSummary {
  readonly tables: number;
  readonly items: number;
}

/** Reads every table of the engine: its settings and all its items. */
export async function takeSnapshot(client: DynamoDBClient): Promise<Snapshot> {
  const names: string[] = [];
  let start: string | undefined;
  do {
    const page = await client.send(new ListTablesCommand({ ExclusiveStartTableName: start }));
    names.push(...(page.TableNames ?? []));
    start = page.LastEvaluatedTableName;
  } while (start);
  const limit = pLimit(4);
  const tables = await Promise.all(names.map((name) => limit(() => snapshotTable(client, name))));
  return { formatVersion: FORMAT_VERSION, takenAt: new Date().toISOString(), tables };
}

async function snapshotTable(client: DynamoDBClient, name: string): Promise<TableSnapshot> {
  const described = await client.send(new DescribeTableCommand({ TableName: name }));
  if (!described.Table) throw new Error(`DescribeTable ${name} returned no table`);
  const ttl = await client.send(new DescribeTimeToLiveCommand({ TableName: name }));
  const ttlOn = ttl.TimeToLiveDescription?.TimeToLiveStatus === 'ENABLED' || ttl.TimeToLiveDescription?.TimeToLiveStatus === 'ENABLING';
  return { create: createInputOf(described.Table), ttlAttribute: ttlOn ? (ttl.TimeToLiveDescription?.AttributeName ?? null) : null, items: await scanAll(client, name) };
}

/** Every item, read as a parallel scan (4 segments): on a 2-core machine that halves the snapshot time. */
async function scanAll(client: DynamoDBClient, name: string): Promise<Item[]> {
  const TOTAL = 4;
  const segments = await Promise.all(
    Array.from({ length: TOTAL }, async (_, segment) => {
      const items: Item[] = [];
      let key: Item | undefined;
      do {
        const page = await client.send(new ScanCommand({ TableName: name, ExclusiveStartKey: key, Segment: segment, TotalSegments: TOTAL }));
        items.push(...(page.Items ?? []));
        key = page.LastEvaluatedKey;
      } while (key);
      return items;
    }),
  );
  return segments.flat();
}

/** The CreateTable call that makes the table `t` describes again (keys, indexes, billing, stream, protection, class). */
export function createInputOf(t: TableDescription): CreateTableCommandInput {
  const provisioned = (t.BillingModeSummary?.BillingMode ?? 'PROVISIONED') === 'PROVISIONED';
  const capacity = (p: { ReadCapacityUnits?: number | undefined; WriteCapacityUnits?: number | undefined } | undefined) => ({
    ReadCapacityUnits: Math.max(1, p?.ReadCapacityUnits ?? 1),
    WriteCapacityUnits: Math.max(1, p?.WriteCapacityUnits ?? 1),
  });
  const onDemand = (o: { MaxReadRequestUnits?: number | undefined; MaxWriteRequestUnits?: number | undefined } | undefined) =>
    o && (o.MaxReadRequestUnits !== undefined || o.MaxWriteRequestUnits !== undefined)
      ? { OnDemandThroughput: { MaxReadRequestUnits: o.MaxReadRequestUnits ?? -1, MaxWriteRequestUnits: o.MaxWriteRequestUnits ?? -1 } }
      : {};
  const gsis = (t.GlobalSecondaryIndexes ?? []).map((g) => ({
    IndexName: g.IndexName,
    KeySchema: g.KeySchema,
    Projection: g.Projection,
    ...(provisioned ? { ProvisionedThroughput: capacity(g.ProvisionedThroughput) } : onDemand(g.OnDemandThroughput)),
  }));
  const lsis = (t.LocalSecondaryIndexes ?? []).map((l) => ({ IndexName: l.IndexName, KeySchema: l.KeySchema, Projection: l.Projection }));
  return {
    TableName: t.TableName,
    AttributeDefinitions: t.AttributeDefinitions,
    KeySchema: t.KeySchema,
    BillingMode: provisioned ? 'PROVISIONED' : 'PAY_PER_REQUEST',
    ...(provisioned ? { ProvisionedThroughput: capacity(t.ProvisionedThroughput) } : onDemand(t.OnDemandThroughput)),
    ...(gsis.length > 0 ? { GlobalSecondaryIndexes: gsis } : {}),
    ...(lsis.length > 0 ? { LocalSecondaryIndexes: lsis } : {}),
    ...(t.StreamSpecification?.StreamEnabled ? { StreamSpecification: t.StreamSpecification } : {}),
    ...(t.DeletionProtectionEnabled ? { DeletionProtectionEnabled: true } : {}),
    ...(t.TableClassSummary?.TableClass ? { TableClass: t.TableClassSummary.TableClass } : {}),
  };
}

/** Writes the snapshot atomically: a temp file, fsync, rename. A crash mid-write keeps the previous one. */
export function writeSnapshot(dataDir: string, snapshot: Snapshot): SnapshotSummary {
  const path = join(dataDir, SNAPSHOT_FILE);
  const temp = `${path}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, JSON.stringify(snapshot));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
  // The rename itself is made durable by syncing the directory (not possible on Windows).
  if (process.platform !== 'win32') {
    const dirFd = openSync(dataDir, 'r');
    try {
      fsyncSync(dirFd);
    } finally {
      closeSync(dirFd);
    }
  }
  return summarise(snapshot);
}

/** The snapshot in `dataDir`, or null when there is none yet. */
export function readSnapshot(dataDir: string): Snapshot | null {
  const path = join(dataDir, SNAPSHOT_FILE);
  if (!existsSync(path)) return null;
  let parsed: Snapshot;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8')) as Snapshot;
  } catch (e) {
    throw new DdbMigrateError({
      code: 'ENGINE_SNAPSHOT_UNREADABLE',
      message: `${displayPath(path)} cannot be read: ${(e as Error).message}`,
      hint: `Move it away to start with an empty local database (ddb-migrate apply --local recreates the tables).`,
    });
  }
  if (parsed.formatVersion !== FORMAT_VERSION) {
    throw new DdbMigrateError({ code: 'ENGINE_SNAPSHOT_UNREADABLE', message: `${displayPath(path)} has format ${String(parsed.formatVersion)}; this version reads ${FORMAT_VERSION}.`, hint: 'Move it away, or use the ddb-migrate version that wrote it.' });
  }
  return parsed;
}

export function summarise(snapshot: Snapshot): SnapshotSummary {
  return { tables: snapshot.tables.length, items: snapshot.tables.reduce((n, t) => n + t.items.length, 0) };
}

/** Recreates every table of the snapshot on an empty engine, loads its items, and checks the count per table. */
export async function restoreSnapshot(client: DynamoDBClient, snapshot: Snapshot): Promise<SnapshotSummary> {
  const writes = pLimit(8);
  for (const table of snapshot.tables) {
    await client.send(new CreateTableCommand(table.create));
    if (table.ttlAttribute) {
      await client.send(new UpdateTimeToLiveCommand({ TableName: table.create.TableName, TimeToLiveSpecification: { Enabled: true, AttributeName: table.ttlAttribute } }));
    }
    const batches: Item[][] = [];
    for (let i = 0; i < table.items.length; i += 25) batches.push(table.items.slice(i, i + 25));
    await Promise.all(batches.map((batch) => writes(() => writeBatch(client, table.create.TableName ?? '', batch))));
  }
  for (const table of snapshot.tables) {
    const name = table.create.TableName ?? '';
    const count = await countItems(client, name);
    if (count !== table.items.length) {
      throw new DdbMigrateError({ code: 'ENGINE_RESTORE_MISMATCH', table: name, message: `restored ${count} item(s) of ${table.items.length} into ${name}.`, hint: 'The snapshot in .ddb-local/ is kept as it is; stop the engine (ddb-migrate local stop) and try again.' });
    }
  }
  return summarise(snapshot);
}

async function writeBatch(client: DynamoDBClient, table: string, items: readonly Item[]): Promise<void> {
  let pending = items.map((Item) => ({ PutRequest: { Item } }));
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt > 50) throw new Error(`restore of ${table}: items still unprocessed after 50 attempts`);
    const out = await client.send(new BatchWriteItemCommand({ RequestItems: { [table]: pending } }));
    pending = (out.UnprocessedItems?.[table] ?? []).flatMap((r) => (r.PutRequest?.Item ? [{ PutRequest: { Item: r.PutRequest.Item } }] : []));
    if (pending.length > 0) await new Promise((r) => setTimeout(r, Math.min(1_000, 20 * 2 ** attempt)));
  }
}

async function countItems(client: DynamoDBClient, table: string): Promise<number> {
  let count = 0;
  let key: Item | undefined;
  do {
    const page = await client.send(new ScanCommand({ TableName: table, Select: 'COUNT', ExclusiveStartKey: key }));
    count += page.Count ?? 0;
    key = page.LastEvaluatedKey;
  } while (key);
  return count;
}

/**
 * The control-table items of a migration shared by workers (`migrate run --worker`):
 *   WORK/<id>          created once, by the first worker, with a conditional put: the segment
 *                      count every worker uses, when it started, `running` or `finished`
 *   SEGMENT/<id>#<n>   one per parallel-scan segment, created by its first claim: the lease
 *                      (owner, expiresAt), the migration's checkpoint (cursor), done, processed
 * Every write to a segment is conditional on its lease (owner = me), so a worker whose lease was
 * taken over can neither write a stale checkpoint nor mark the segment done. See docs/workers.md.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient, type NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
import { ControlKeys } from '../state/control-table.js';
import type { AppliedRecord } from './records.js';
import type { WriteCounts } from './types.js';

export interface WorkRecord {
  readonly id: string;
  readonly segments: number;
  readonly createdAt: string;
  readonly state: 'running' | 'finished';
}

export interface SegmentRecord {
  readonly segment: number;
  readonly owner: string | null;
  /** Epoch ms the owner's lease ends. */
  readonly expiresAt: number;
  readonly done: boolean;
  readonly cursor: unknown;
  readonly processed: number;
}

type Row = Record<string, NativeAttributeValue>;

export const isConditionFailed = (e: unknown): boolean => {
  const name = (e as { name?: string }).name;
  if (e instanceof ConditionalCheckFailedException || name === 'ConditionalCheckFailedException') return true;
  // A transaction refused by one of its conditions.
  return name === 'TransactionCanceledException' && /ConditionalCheckFailed/.test(String((e as { message?: string }).message));
};

export async function readWork(doc: DynamoDBDocumentClient, table: string, id: string): Promise<WorkRecord | null> {
  const out = await doc.send(new GetCommand({ TableName: table, Key: ControlKeys.work(id), ConsistentRead: true }));
  const r = out.Item;
  if (!r) return null;
  return { id, segments: Number(r['segments']), createdAt: String(r['createdAt']), state: r['state'] === 'finished' ? 'finished' : 'running' };
}

/** Creates WORK/<id> unless a worker did already; either way returns the record every worker follows. */
export async function ensureWork(doc: DynamoDBDocumentClient, table: string, id: string, segments: number): Promise<WorkRecord> {
  const rec: WorkRecord = { id, segments, createdAt: new Date().toISOString(), state: 'running' };
  try {
    await doc.send(new PutCommand({ TableName: table, Item: { ...ControlKeys.work(id), segments, createdAt: rec.createdAt, state: rec.state }, ConditionExpression: 'attribute_not_exists(pk)' }));
    return rec;
  } catch (e) {
    if (!isConditionFailed(e)) throw e;
  }
  const existing = await readWork(doc, table, id);
  if (!existing) throw new Error(`WORK/${id} vanished while it was read`);
  return existing;
}

export async function readSegments(doc: DynamoDBDocumentClient, table: string, id: string): Promise<SegmentRecord[]> {
  const rows: Row[] = [];
  let start: Row | undefined;
  do {
    const out = await doc.send(
      new QueryCommand({
        TableName: table,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': ControlKeys.segment(id, 0).pk, ':prefix': `${id}#` },
        ConsistentRead: true,
        ExclusiveStartKey: start,
      }),
    );
    rows.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return rows.map((r) => ({
    segment: Number(r['segment']),
    owner: typeof r['owner'] === 'string' ? r['owner'] : null,
    expiresAt: Number(r['expiresAt'] ?? 0),
    done: r['done'] === true,
    cursor: r['cursor'],
    processed: Number(r['processed'] ?? 0),
  }));
}

/**
 * Claims segment `n` for `owner` until `now + leaseMs`: succeeds when the segment was never
 * claimed, or is not done and its lease has expired (a killed worker's). Null when refused.
 */
export async function claimSegment(doc: DynamoDBDocumentClient, table: string, id: string, n: number, owner: string, leaseMs: number, now = Date.now()): Promise<SegmentRecord | null> {
  try {
    const out = await doc.send(
      new UpdateCommand({
        TableName: table,
        Key: ControlKeys.segment(id, n),
        UpdateExpression: 'SET #owner = :me, expiresAt = :exp, #segment = :n, done = if_not_exists(done, :false), claimedAt = :now, claims = if_not_exists(claims, :zero) + :one',
        ConditionExpression: 'attribute_not_exists(pk) OR (done = :false AND expiresAt < :now)',
        ExpressionAttributeNames: { '#owner': 'owner', '#segment': 'segment' },
        ExpressionAttributeValues: { ':me': owner, ':exp': now + leaseMs, ':n': n, ':false': false, ':now': now, ':zero': 0, ':one': 1 },
        ReturnValues: 'ALL_NEW',
      }),
    );
    const r = out.Attributes ?? {};
    return { segment: n, owner, expiresAt: now + leaseMs, done: false, cursor: r['cursor'], processed: Number(r['processed'] ?? 0) };
  } catch (e) {
    if (isConditionFailed(e)) return null;
    throw e;
  }
}

const OWNED = '#owner = :me AND done = :false';

/** Extends the lease; false when another worker holds the segment now (ours expired and was taken). */
export async function renewSegment(doc: DynamoDBDocumentClient, table: string, id: string, n: number, owner: string, leaseMs: number): Promise<boolean> {
  try {
    await doc.send(
      new UpdateCommand({
        TableName: table,
        Key: ControlKeys.segment(id, n),
        UpdateExpression: 'SET expiresAt = :exp',
        ConditionExpression: OWNED,
        ExpressionAttributeNames: { '#owner': 'owner' },
        ExpressionAttributeValues: { ':me': owner, ':false': false, ':exp': Date.now() + leaseMs },
      }),
    );
    return true;
  } catch (e) {
    if (isConditionFailed(e)) return false;
    throw e;
  }
}

/**
 * Saves the segment's checkpoint (and renews the lease) in one transaction whose ConditionCheck
 * is the lease: a worker that lost the segment gets false and writes nothing.
 */
export async function checkpointSegment(doc: DynamoDBDocumentClient, table: string, id: string, n: number, owner: string, leaseMs: number, cursor: unknown, processed: number): Promise<boolean> {
  const key = ControlKeys.segment(id, n);
  try {
    await doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            ConditionCheck: { TableName: table, Key: ControlKeys.work(id), ConditionExpression: '#state = :running', ExpressionAttributeNames: { '#state': 'state' }, ExpressionAttributeValues: { ':running': 'running' } },
          },
          {
            Update: {
              TableName: table,
              Key: key,
              UpdateExpression: 'SET #cursor = :c, #processed = :p, expiresAt = :exp, checkpointedAt = :t',
              ConditionExpression: OWNED,
              ExpressionAttributeNames: { '#owner': 'owner', '#cursor': 'cursor', '#processed': 'processed' },
              ExpressionAttributeValues: { ':me': owner, ':false': false, ':c': cursor as NativeAttributeValue, ':p': processed, ':exp': Date.now() + leaseMs, ':t': new Date().toISOString() },
            },
          },
        ],
      }),
    );
    return true;
  } catch (e) {
    if (isConditionFailed(e)) return false;
    throw e;
  }
}

/** Marks the segment done (conditional on the lease); false when it was taken over. */
export async function finishSegment(doc: DynamoDBDocumentClient, table: string, id: string, n: number, owner: string, processed: number, counts: WriteCounts): Promise<boolean> {
  try {
    await doc.send(
      new UpdateCommand({
        TableName: table,
        Key: ControlKeys.segment(id, n),
        UpdateExpression: 'SET done = :true, #processed = :p, #counts = :counts, finishedAt = :t REMOVE expiresAt',
        ConditionExpression: OWNED,
        ExpressionAttributeNames: { '#owner': 'owner', '#processed': 'processed', '#counts': 'counts' },
        ExpressionAttributeValues: { ':me': owner, ':false': false, ':true': true, ':p': processed, ':counts': { ...counts }, ':t': new Date().toISOString() },
      }),
    );
    return true;
  } catch (e) {
    if (isConditionFailed(e)) return false;
    throw e;
  }
}

/**
 * Records the migration applied and WORK finished in one transaction, conditional on neither
 * having happened: of the workers that saw every segment done, exactly one records it (true).
 */
export async function recordWorkApplied(doc: DynamoDBDocumentClient, table: string, rec: AppliedRecord & { readonly ms: number; readonly processed: number; readonly segments: number }): Promise<boolean> {
  try {
    await doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: table,
              Item: { ...ControlKeys.migration(rec.id), checksum: rec.checksum, appliedAt: rec.appliedAt, runId: rec.runId, file: rec.file, ms: Math.round(rec.ms), processed: rec.processed, segments: rec.segments, by: 'workers' },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          {
            Update: {
              TableName: table,
              Key: ControlKeys.work(rec.id),
              UpdateExpression: 'SET #state = :finished, finishedAt = :t',
              ConditionExpression: '#state = :running',
              ExpressionAttributeNames: { '#state': 'state' },
              ExpressionAttributeValues: { ':finished': 'finished', ':running': 'running', ':t': rec.appliedAt },
            },
          },
        ],
      }),
    );
    return true;
  } catch (e) {
    if (isConditionFailed(e)) return false;
    throw e;
  }
}

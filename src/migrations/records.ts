/**
 * The control-table items of data migrations: MIGRATION/<id> once applied (checksum, when, run id)
 * and CHECKPOINT/<id> while one is unfinished (its last checkpoint value, stored natively so binary
 * keys in a LastEvaluatedKey round-trip).
 */
import { ResourceNotFoundException, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, QueryCommand, TransactWriteCommand, UpdateCommand, type NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
import { ControlKeys } from '../state/control-table.js';
import type { WriteCounts } from './types.js';

/** An applied migration as recorded. */
export interface AppliedRecord {
  readonly id: string;
  readonly checksum: string;
  readonly appliedAt: string;
  readonly runId: string;
  readonly file?: string;
}

/** An unfinished migration's last checkpoint. */
export interface CheckpointRecord {
  readonly id: string;
  readonly value: unknown;
  readonly runId: string;
  readonly updatedAt: string;
}

/** Every item of one partition (MIGRATION or CHECKPOINT); none when the control table does not exist yet. */
async function partition(doc: DynamoDBDocumentClient, table: string, pk: string): Promise<Record<string, NativeAttributeValue>[]> {
  const items: Record<string, NativeAttributeValue>[] = [];
  let start: Record<string, NativeAttributeValue> | undefined;
  try {
    do {
      const out = await doc.send(
        new QueryCommand({ TableName: table, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': pk }, ConsistentRead: true, ExclusiveStartKey: start }),
      );
      items.push(...(out.Items ?? []));
      start = out.LastEvaluatedKey;
    } while (start);
  } catch (e) {
    if (e instanceof ResourceNotFoundException || (e as { name?: string }).name === 'ResourceNotFoundException') return [];
    throw e;
  }
  return items;
}

export async function readApplied(doc: DynamoDBDocumentClient, table: string): Promise<Map<string, AppliedRecord>> {
  const rows = await partition(doc, table, ControlKeys.migration('').pk);
  return new Map(
    rows.map((r) => {
      const rec: AppliedRecord = { id: String(r['sk']), checksum: String(r['checksum']), appliedAt: String(r['appliedAt']), runId: String(r['runId']), ...(typeof r['file'] === 'string' ? { file: r['file'] } : {}) };
      return [rec.id, rec] as const;
    }),
  );
}

export async function readCheckpoints(doc: DynamoDBDocumentClient, table: string): Promise<Map<string, CheckpointRecord>> {
  const rows = await partition(doc, table, ControlKeys.checkpoint('').pk);
  return new Map(rows.map((r) => [String(r['sk']), { id: String(r['sk']), value: r['value'], runId: String(r['runId']), updatedAt: String(r['updatedAt']) }] as const));
}

export async function writeCheckpoint(doc: DynamoDBDocumentClient, table: string, id: string, value: unknown, runId: string): Promise<void> {
  await doc.send(
    new PutCommand({ TableName: table, Item: { ...ControlKeys.checkpoint(id), value: value as NativeAttributeValue, runId, updatedAt: new Date().toISOString() } }),
  );
}

/**
 * Records `id` as applied and removes its checkpoint in one transaction, so a run killed here
 * leaves either "unfinished with a checkpoint" or "applied", never both. The condition refuses
 * a second record of the same migration (two runs without the lock).
 */
export async function recordApplied(
  doc: DynamoDBDocumentClient,
  table: string,
  rec: AppliedRecord & { readonly ms: number; readonly processed: number; readonly counts: WriteCounts },
): Promise<void> {
  await doc.send(
    new TransactWriteCommand({
      TransactItems: [
        {
          Put: {
            TableName: table,
            Item: { ...ControlKeys.migration(rec.id), checksum: rec.checksum, appliedAt: rec.appliedAt, runId: rec.runId, file: rec.file, ms: Math.round(rec.ms), processed: rec.processed, counts: { ...rec.counts } },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        { Delete: { TableName: table, Key: ControlKeys.checkpoint(rec.id) } },
      ],
    }),
  );
}

/** The document client the migrations use: undefined values dropped, class instances refused. */
export function documentClient(client: DynamoDBClient): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false } });
}

/** `--allow-changed`: the edited file's checksum becomes the recorded one (the old one is kept too). */
export async function acceptChecksum(doc: DynamoDBDocumentClient, table: string, id: string, checksum: string, runId: string): Promise<void> {
  await doc.send(
    new UpdateCommand({
      TableName: table,
      Key: ControlKeys.migration(id),
      UpdateExpression: 'SET previousChecksum = checksum, checksum = :c, changeAcceptedBy = :r, changeAcceptedAt = :t',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':c': checksum, ':r': runId, ':t': new Date().toISOString() },
    }),
  );
}

/**
 * The replacement's progress record in the control table, `{ pk: 'REPLACE', sk: <table> }`: the
 * phase plan, the last finished phase and the digests the later phases are checked against. It is
 * written after each phase, so a killed run resumes at the first unfinished one.
 */
import { DeleteItemCommand, GetItemCommand, PutItemCommand, QueryCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { ItemDigest, ReplacePhase, ReplacePhasePlan } from './types.js';

export const ReplaceKeys = {
  replace: (table: string) => ({ pk: 'REPLACE', sk: table }),
} as const;

export interface ReplaceRecord {
  readonly table: string;
  readonly plan: ReplacePhasePlan;
  /** The last phase finished; null before any. */
  readonly done: ReplacePhase | null;
  /** The source table's items as they were (checked against the temporary copy). */
  readonly source: ItemDigest | null;
  /** What the new table must hold: the items after key conversion. */
  readonly expected: ItemDigest | null;
  readonly updatedAt: string;
}

interface Stored {
  pk: string;
  sk: string;
  plan: string;
  done: string | null;
  source: string | null;
  expected: string | null;
  updatedAt: string;
}

function fromStored(s: Stored): ReplaceRecord {
  return {
    table: s.sk,
    plan: JSON.parse(s.plan) as ReplacePhasePlan,
    done: (s.done ?? null) as ReplacePhase | null,
    source: s.source ? (JSON.parse(s.source) as ItemDigest) : null,
    expected: s.expected ? (JSON.parse(s.expected) as ItemDigest) : null,
    updatedAt: s.updatedAt,
  };
}

export async function readReplaceRecord(client: DynamoDBClient, controlTable: string, table: string): Promise<ReplaceRecord | null> {
  const out = await client.send(new GetItemCommand({ TableName: controlTable, Key: marshall(ReplaceKeys.replace(table)), ConsistentRead: true }));
  return out.Item ? fromStored(unmarshall(out.Item) as Stored) : null;
}

export async function writeReplaceRecord(client: DynamoDBClient, controlTable: string, r: Omit<ReplaceRecord, 'updatedAt'>): Promise<void> {
  const stored: Stored = {
    ...ReplaceKeys.replace(r.table),
    plan: JSON.stringify(r.plan),
    done: r.done,
    source: r.source ? JSON.stringify(r.source) : null,
    expected: r.expected ? JSON.stringify(r.expected) : null,
    updatedAt: new Date().toISOString(),
  };
  await client.send(new PutItemCommand({ TableName: controlTable, Item: marshall(stored) }));
}

export async function deleteReplaceRecord(client: DynamoDBClient, controlTable: string, table: string): Promise<void> {
  await client.send(new DeleteItemCommand({ TableName: controlTable, Key: marshall(ReplaceKeys.replace(table)) }));
}

/** Replacements an earlier run started and did not finish (the CLI finishes these before planning). */
export async function pendingReplaces(client: DynamoDBClient, controlTable: string): Promise<ReplaceRecord[]> {
  const records: ReplaceRecord[] = [];
  let start: Record<string, AttributeValue> | undefined;
  do {
    const out = await client.send(
      new QueryCommand({ TableName: controlTable, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': { S: 'REPLACE' } }, ExclusiveStartKey: start, ConsistentRead: true }),
    );
    for (const item of out.Items ?? []) records.push(fromStored(unmarshall(item) as Stored));
    start = out.LastEvaluatedKey;
  } while (start);
  return records;
}

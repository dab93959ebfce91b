/**
 * History: one record per apply in the control table (pk HISTORY, sk `<startedAt ISO>#<runId>`),
 * so a descending Query lists them newest first. See docs/history-and-lock.md.
 */
import { QueryCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { isNotFound } from '../live/aws-errors.js';
import { ControlKeys, putControlItem } from './control-table.js';

export type { HistoryRecord, HistoryStep, RunOutcome } from '../model/history-record.js';
import type { HistoryRecord } from '../model/history-record.js';

export interface ListHistoryOptions {
  /** Only runs that touched this table. */
  readonly table?: string | undefined;
  /** At most this many records (default 20). */
  readonly limit?: number | undefined;
}

/** Item format version, so a later tool can read records an older one wrote. */
const FORMAT_VERSION = 1;
/** Keeps a record well under DynamoDB's 400 KB item size. */
const MAX_RECORD_BYTES = 300_000;

/** Writes `record` to the control table `table`, creating the table on first use. */
export async function recordHistory(client: DynamoDBClient, table: string, record: HistoryRecord): Promise<void> {
  const key = ControlKeys.history(record.startedAt, record.runId);
  const fitted = fitSize(record);
  const item: Record<string, AttributeValue> = {
    ...marshall({ ...fitted, kind: 'history', formatVersion: FORMAT_VERSION }, { removeUndefinedValues: true }),
    pk: { S: key.pk },
    sk: { S: key.sk },
  };
  await putControlItem(client, table, item);
}

/** History records, newest first; none when the control table does not exist yet. */
export async function listHistory(client: DynamoDBClient, table: string, opts: ListHistoryOptions = {}): Promise<HistoryRecord[]> {
  const limit = Math.max(1, opts.limit ?? 20);
  const records: HistoryRecord[] = [];
  let start: Record<string, AttributeValue> | undefined;
  const values: Record<string, AttributeValue> = { ':pk': { S: ControlKeys.history('', '').pk } };
  if (opts.table) values[':t'] = { S: opts.table };
  try {
    do {
      const out = await client.send(
        new QueryCommand({
          TableName: table,
          KeyConditionExpression: 'pk = :pk',
          // A Query's Limit counts items before the filter, so page until enough records pass it.
          ...(opts.table ? { FilterExpression: 'contains(#tables, :t)', ExpressionAttributeNames: { '#tables': 'tables' } } : {}),
          ExpressionAttributeValues: values,
          ScanIndexForward: false,
          Limit: opts.table ? Math.max(limit, 100) : limit - records.length,
          ExclusiveStartKey: start,
        }),
      );
      for (const item of out.Items ?? []) {
        const rec = fromItem(item);
        if (rec && records.length < limit) records.push(rec);
      }
      start = out.LastEvaluatedKey;
    } while (start && records.length < limit);
  } catch (e) {
    if (isNotFound(e)) return [];
    throw e;
  }
  return records;
}

/** The record an item holds, or null for an item this version cannot read. */
function fromItem(item: Record<string, AttributeValue>): HistoryRecord | null {
  const raw = unmarshall(item) as Record<string, unknown>;
  if (typeof raw['runId'] !== 'string' || typeof raw['startedAt'] !== 'string') return null;
  const str = (k: string): string => (typeof raw[k] === 'string' ? (raw[k] as string) : '');
  const strOrNull = (k: string): string | null => (typeof raw[k] === 'string' ? (raw[k] as string) : null);
  const list = (k: string): unknown[] => (Array.isArray(raw[k]) ? (raw[k] as unknown[]) : []);
  const result = str('result');
  const command = raw['command'];
  return {
    runId: str('runId'),
    ...(command === 'drop' || command === 'reset' ? { command } : {}),
    startedAt: str('startedAt'),
    finishedAt: str('finishedAt'),
    who: str('who'),
    toolVersion: str('toolVersion'),
    envName: strOrNull('envName'),
    endpoint: strOrNull('endpoint'),
    planHash: strOrNull('planHash'),
    tables: list('tables').map(String),
    steps: list('steps').map((s) => {
      const o = (s ?? {}) as Record<string, unknown>;
      return { table: String(o['table'] ?? ''), description: String(o['description'] ?? ''), status: String(o['status'] ?? ''), ms: Number(o['ms'] ?? 0) };
    }),
    result: result === 'success' || result === 'failed' || result === 'refused' || result === 'in-flight' ? result : 'failed',
    ...(Array.isArray(raw['migrations'])
      ? { migrations: list('migrations').map((m) => ({ id: String((m as Record<string, unknown>)['id']), status: String((m as Record<string, unknown>)['status']) })) }
      : {}),
    ...(typeof raw['error'] === 'string' ? { error: raw['error'] } : {}),
    ...(typeof raw['stepsOmitted'] === 'number' ? { stepsOmitted: raw['stepsOmitted'] } : {}),
  };
}

/** Drops steps from the end (counting them) until the record fits one item. */
function fitSize(record: HistoryRecord): HistoryRecord {
  if (JSON.stringify(record).length <= MAX_RECORD_BYTES) return record;
  const steps = [...record.steps];
  let omitted = 0;
  while (steps.length > 0 && JSON.stringify({ ...record, steps }).length > MAX_RECORD_BYTES) {
    steps.splice(Math.max(0, steps.length - Math.ceil(steps.length / 10)));
    omitted = record.steps.length - steps.length;
  }
  return { ...record, steps, stepsOmitted: omitted };
}

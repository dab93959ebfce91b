/**
 * In-flight operations in the control table (pk INFLIGHT, sk `<table>#<kind>#<name>`): what a
 * detached apply left DynamoDB doing, so a later apply, plan or `status` sees it. See
 * docs/history-and-lock.md "In-flight operations".
 */
import { DeleteItemCommand, QueryCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { isNotFound } from '../live/aws-errors.js';
import type { InFlightOperation } from '../model/in-flight.js';
import { ControlKeys, putControlItem } from './control-table.js';

const FORMAT_VERSION = 1;

/** Records `op` (replacing an earlier record of the same operation); creates the control table on first use. */
export async function putInFlight(client: DynamoDBClient, table: string, op: InFlightOperation): Promise<void> {
  const key = ControlKeys.inFlight(op.table, op.kind, op.name);
  // `live` is what a reader saw, never stored.
  const { live: _live, ...stored } = op;
  const item: Record<string, AttributeValue> = {
    ...marshall({ record: JSON.stringify(stored), formatVersion: FORMAT_VERSION }, { removeUndefinedValues: true }),
    pk: { S: key.pk },
    sk: { S: key.sk },
  };
  await putControlItem(client, table, item);
}

/** Every recorded in-flight operation, by table then name; none when the control table does not exist. */
export async function listInFlight(client: DynamoDBClient, table: string): Promise<InFlightOperation[]> {
  const out: InFlightOperation[] = [];
  let start: Record<string, AttributeValue> | undefined;
  try {
    do {
      const page = await client.send(
        new QueryCommand({
          TableName: table,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': { S: ControlKeys.inFlight('', '', '').pk } },
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
      );
      for (const item of page.Items ?? []) {
        const op = fromItem(item);
        if (op) out.push(op);
      }
      start = page.LastEvaluatedKey;
    } while (start);
  } catch (e) {
    if (isNotFound(e)) return [];
    throw e;
  }
  return out;
}

/** Removes the record of a finished (verified) operation. */
export async function deleteInFlight(client: DynamoDBClient, table: string, op: Pick<InFlightOperation, 'table' | 'kind' | 'name'>): Promise<void> {
  const key = ControlKeys.inFlight(op.table, op.kind, op.name);
  await client.send(new DeleteItemCommand({ TableName: table, Key: { pk: { S: key.pk }, sk: { S: key.sk } } }));
}

function fromItem(item: Record<string, AttributeValue>): InFlightOperation | null {
  const raw = unmarshall(item) as { record?: unknown };
  if (typeof raw.record !== 'string') return null;
  try {
    const op = JSON.parse(raw.record) as Partial<InFlightOperation>;
    if (typeof op.table !== 'string' || typeof op.name !== 'string' || (op.kind !== 'index' && op.kind !== 'replica')) return null;
    return op as InFlightOperation;
  } catch {
    return null;
  }
}

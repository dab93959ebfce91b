/** Shared pieces of the migration tests: a client on the shared engine, tables, items, projects. */
import { CreateTableCommand, DescribeTableCommand, ResourceNotFoundException, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, GetCommand, ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createClient } from '../../src/live/client.js';
import { documentClient } from '../../src/migrations/records.js';
import { sharedEngine } from '../support/engine.js';

export interface EngineClients {
  readonly endpoint: string;
  readonly client: DynamoDBClient;
  readonly doc: DynamoDBDocumentClient;
}

export async function engineClients(): Promise<EngineClients> {
  const engine = await sharedEngine();
  const client = createClient({ endpoint: engine.endpoint, region: 'us-east-1', profile: null });
  return { endpoint: engine.endpoint, client, doc: documentClient(client) };
}

/** A pk/sk (S/S) on-demand table, ACTIVE. */
export async function createKvTable(client: DynamoDBClient, name: string): Promise<void> {
  await client.send(
    new CreateTableCommand({
      TableName: name,
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'S' },
      ],
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      BillingMode: 'PAY_PER_REQUEST',
    }),
  );
  while ((await client.send(new DescribeTableCommand({ TableName: name }))).Table?.TableStatus !== 'ACTIVE') await new Promise((r) => setTimeout(r, 50));
}

export async function putAll(doc: DynamoDBDocumentClient, table: string, items: readonly Record<string, unknown>[]): Promise<void> {
  for (let i = 0; i < items.length; i += 25) {
    await doc.send(new BatchWriteCommand({ RequestItems: { [table]: items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })) } }));
  }
}

/** Every item of `table`, sorted by pk then sk. */
export async function scanAll(doc: DynamoDBDocumentClient, table: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await doc.send(new ScanCommand({ TableName: table, ExclusiveStartKey: start, ConsistentRead: true }));
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  const key = (i: Record<string, unknown>) => `${String(i['pk'])}\u0000${String(i['sk'])}`;
  return items.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

export async function getItem(doc: DynamoDBDocumentClient, table: string, pk: string, sk: string): Promise<Record<string, unknown> | undefined> {
  try {
    return (await doc.send(new GetCommand({ TableName: table, Key: { pk, sk }, ConsistentRead: true }))).Item;
  } catch (e) {
    if (e instanceof ResourceNotFoundException) return undefined;
    throw e;
  }
}

export async function tableExists(client: DynamoDBClient, name: string): Promise<boolean> {
  try {
    await client.send(new DescribeTableCommand({ TableName: name }));
    return true;
  } catch (e) {
    if (e instanceof ResourceNotFoundException) return false;
    throw e;
  }
}

/** `n` items `ITEM#<i>` / `sk` with a zero-padded index, for scan tests. */
export function numberedItems(n: number): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, i) => ({ pk: `ITEM#${String(i).padStart(4, '0')}`, sk: 'A', i }));
}

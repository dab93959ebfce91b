/**
 * The control table: one small on-demand table per endpoint (default `ddb-migrate-state`) that holds
 * the apply lock, the history of applies, applied data migrations and their checkpoints.
 *
 * Item layout (pk, sk are strings):
 *   LOCK        / <scope>                 the apply lock (scope: environment or endpoint), with a lease
 *   HISTORY     / <ISO time>#<run id>     one record per apply
 *   MIGRATION   / <migration id>          an applied data migration (checksum, when, run id)
 *   CHECKPOINT  / <migration id>          a running migration's last checkpoint
 *   FIXTURES    / <table>                 digest of the fixtures last loaded into the table
 *   INFLIGHT    / <table>#<kind>#<name>   an operation a detached apply left running (GSI build)
 *   WORK        / <migration id>          a migration shared by workers (segment count, state)
 *   SEGMENT     / <migration id>#<n>      one of its segments (cursor, done, lease owner and expiry)
 */
import {
  CreateTableCommand,
  DescribeTableCommand,
  PutItemCommand,
  type AttributeValue,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { waitForActive } from '../live/wait.js';
import { isNotFound, isResourceInUse } from '../live/aws-errors.js';

export const DEFAULT_CONTROL_TABLE = 'ddb-migrate-state';

/** The control table of a project: `controlTable:` from ddb-migrate.yaml, else the default. */
export function controlTableName(config: { readonly controlTable?: string | undefined } | null | undefined): string {
  return config?.controlTable ?? DEFAULT_CONTROL_TABLE;
}

export const ControlKeys = {
  lock: (scope: string) => ({ pk: 'LOCK', sk: scope }),
  history: (isoTime: string, runId: string) => ({ pk: 'HISTORY', sk: `${isoTime}#${runId}` }),
  migration: (id: string) => ({ pk: 'MIGRATION', sk: id }),
  checkpoint: (id: string) => ({ pk: 'CHECKPOINT', sk: id }),
  fixtures: (table: string) => ({ pk: 'FIXTURES', sk: table }),
  inFlight: (table: string, kind: string, name: string) => ({ pk: 'INFLIGHT', sk: `${table}#${kind}#${name}` }),
  work: (id: string) => ({ pk: 'WORK', sk: id }),
  segment: (id: string, n: number) => ({ pk: 'SEGMENT', sk: `${id}#${String(n).padStart(7, '0')}` }),
} as const;

/** Creates the control table on first use and waits until it is ACTIVE. Idempotent and race-safe. */
export async function ensureControlTable(client: DynamoDBClient, name: string = DEFAULT_CONTROL_TABLE): Promise<void> {
  if (await isActive(client, name)) return;
  try {
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
  } catch (e) {
    // Another run created it at the same moment: fine, wait for it below.
    if (!isResourceInUse(e)) throw e;
  }
  await waitForActive(client, name, { pollIntervalMs: { initial: 100, max: 2_000 }, timeoutMs: 5 * 60_000, onProgress: () => undefined });
}

/** Puts `item` into the control table `table`, creating the table on first use (a history record, an in-flight operation). */
export async function putControlItem(client: DynamoDBClient, table: string, item: Record<string, AttributeValue>): Promise<void> {
  const put = () => client.send(new PutItemCommand({ TableName: table, Item: item }));
  try {
    await put();
  } catch (e) {
    if (!isNotFound(e)) throw e;
    await ensureControlTable(client, table);
    await put();
  }
}

async function isActive(client: DynamoDBClient, name: string): Promise<boolean> {
  try {
    const out = await client.send(new DescribeTableCommand({ TableName: name }));
    return out.Table?.TableStatus === 'ACTIVE';
  } catch (e) {
    if (isNotFound(e)) return false;
    throw e;
  }
}

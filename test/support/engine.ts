/**
 * One DynamoDB Local for the whole test run, started on first use on a free port and stopped by
 * the root hook in global-hooks.ts. Tests use unique table names (see `uniqueName`).
 */
import { CreateTableCommand, DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { startEngine, type RunningEngine } from '../../src/engine/dynamodb-local.js';

let shared: Promise<RunningEngine> | null = null;

export function sharedEngine(): Promise<RunningEngine> {
  shared ??= startEngine({});
  return shared;
}

export async function stopSharedEngine(): Promise<void> {
  if (shared) await (await shared).stop();
  shared = null;
}

let counter = 0;
/** A table name no other test uses on the shared engine. */
export function uniqueName(prefix = 't'): string {
  counter += 1;
  return `${prefix}-${process.pid}-${Date.now().toString(36)}-${counter}`;
}

/** An SDK client for an engine the tests started (DynamoDB Local accepts any credentials). */
export function engineClient(endpoint: string, extra: Omit<DynamoDBClientConfig, 'endpoint' | 'region' | 'credentials'> = {}): DynamoDBClient {
  return new DynamoDBClient({ endpoint, region: 'local', credentials: { accessKeyId: 'x', secretAccessKey: 'x' }, ...extra });
}

/**
 * A table made exactly the way the seed documents' `schema-load` script makes `cruddur-messages`
 * (boto3 create_table: pk/sk S, PROVISIONED 5/5, no index), through the raw SDK.
 */
export async function createSchemaLoadTable(client: DynamoDBClient, name: string): Promise<void> {
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
      BillingMode: 'PROVISIONED',
      ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 },
    }),
  );
}

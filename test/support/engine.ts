/**
 * One DynamoDB Local for the whole test run, started on first use on a free port and stopped by
 * the root hook in global-hooks.ts. Tests use unique table names (see `uniqueName`).
 */
import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
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

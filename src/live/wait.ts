/**
 * Waiting for DynamoDB to settle: poll DescribeTable with a backing-off interval until the table
 * and every GSI are ACTIVE (there is no SDK waiter for indexes), or until the table is gone.
 */
import type { DynamoDBClient, TableDescription } from '@aws-sdk/client-dynamodb';
import { sleep } from '../util/retry.js';
import { DdbMigrateError } from '../model/errors.js';
import { describeTable } from './read-live.js';

export interface WaitOptions {
  readonly pollIntervalMs: { readonly initial: number; readonly max: number };
  readonly timeoutMs: number;
  /** Called on every poll that is not done yet, with a progress line. */
  readonly onProgress: (message: string, elapsedMs: number) => void;
  /** Ctrl-C: stop waiting (DynamoDB goes on with the change in the background). */
  readonly signal?: AbortSignal;
}

function interruptedWhileWaiting(table: string, what: string, state: string): DdbMigrateError {
  return new DdbMigrateError({
    code: 'EXEC_INTERRUPTED',
    table,
    message: `interrupted while waiting for ${table} to be ${what} (${state}); the call was made, so DynamoDB finishes it in the background`,
    hint: 'Run apply again: it waits for what is still in progress and continues from the live state.',
  });
}

/** SSEDescription statuses of a switch still in progress (API_SSEDescription). */
const SSE_IN_PROGRESS = new Set(['ENABLING', 'UPDATING', 'DISABLING']);

/** ReplicaStatus values of a replica operation still in progress (API_ReplicaDescription). */
const REPLICA_IN_PROGRESS = new Set(['CREATING', 'UPDATING', 'DELETING']);

/** Table ACTIVE, every GSI ACTIVE, no encryption switch and no warm throughput update in progress. */
export function isSettled(desc: TableDescription): boolean {
  return (
    desc.TableStatus === 'ACTIVE' &&
    (desc.GlobalSecondaryIndexes ?? []).every((g) => g.IndexStatus === 'ACTIVE') &&
    !SSE_IN_PROGRESS.has(desc.SSEDescription?.Status ?? '') &&
    // Warm throughput: UPDATING until it is ACTIVE (DG-WT), on the table and on each GSI.
    (desc.WarmThroughput?.Status ?? 'ACTIVE') !== 'UPDATING' &&
    (desc.GlobalSecondaryIndexes ?? []).every((g) => (g.WarmThroughput?.Status ?? 'ACTIVE') !== 'UPDATING') &&
    // Global tables: no replica being created, updated or deleted (one replica operation at a time,
    // and the table's other changes wait until no replica is being created).
    (desc.Replicas ?? []).every((r) => !REPLICA_IN_PROGRESS.has(r.ReplicaStatus ?? ''))
  );
}

/** What a table is busy with, e.g. "index by-user CREATING (backfilling)". */
export function busyWith(desc: TableDescription): string {
  const parts: string[] = [];
  if (desc.TableStatus !== 'ACTIVE') parts.push(`table ${desc.TableStatus ?? 'UNKNOWN'}`);
  for (const g of desc.GlobalSecondaryIndexes ?? []) {
    if (g.IndexStatus === 'ACTIVE') continue;
    // Backfilling is false while DynamoDB allocates resources, true while it copies items.
    const phase = g.IndexStatus === 'CREATING' ? (g.Backfilling ? ' (backfilling)' : ' (allocating)') : '';
    parts.push(`index ${g.IndexName} ${g.IndexStatus}${phase}`);
  }
  const sse = desc.SSEDescription?.Status;
  if (sse && SSE_IN_PROGRESS.has(sse)) parts.push(`encryption ${sse}`);
  if (desc.WarmThroughput?.Status === 'UPDATING') parts.push('warm throughput UPDATING');
  for (const g of desc.GlobalSecondaryIndexes ?? []) if (g.WarmThroughput?.Status === 'UPDATING') parts.push(`index ${g.IndexName} warm throughput UPDATING`);
  for (const r of desc.Replicas ?? []) if (REPLICA_IN_PROGRESS.has(r.ReplicaStatus ?? '')) parts.push(`replica ${r.RegionName} ${r.ReplicaStatus}`);
  return parts.join(', ') || 'ACTIVE';
}

const seconds = (ms: number) => `${Math.round(ms / 1000)}s`;

async function poll(
  client: DynamoDBClient,
  table: string,
  done: (desc: TableDescription | null) => boolean,
  describeState: (desc: TableDescription | null) => string,
  what: string,
  opts: WaitOptions,
): Promise<TableDescription | null> {
  const start = Date.now();
  let interval = Math.max(1, opts.pollIntervalMs.initial);
  for (;;) {
    const desc = await describeTable(client, table);
    if (done(desc)) return desc;
    const elapsed = Date.now() - start;
    if (elapsed >= opts.timeoutMs) {
      throw new DdbMigrateError({
        code: 'EXEC_WAIT_TIMEOUT',
        table,
        message: `gave up waiting for ${table} to be ${what} after ${seconds(elapsed)}: ${describeState(desc)}`,
        hint: 'DynamoDB is still working on it. Run `ddb-migrate plan` later: the plan is made from the live state again.',
      });
    }
    if (opts.signal?.aborted) throw interruptedWhileWaiting(table, what, describeState(desc));
    opts.onProgress(`waiting for ${table} ${describeState(desc)} ${seconds(elapsed)}`, elapsed);
    await sleep(Math.min(interval, Math.max(1, opts.timeoutMs - elapsed)), opts.signal);
    interval = Math.min(interval * 2, opts.pollIntervalMs.max);
  }
}

/**
 * DescribeTable is eventually consistent right after CreateTable (the SDK's TableExists waiter
 * retries ResourceNotFound too): a table not found yet is waited for this long before it counts as missing.
 */
const NOT_FOUND_GRACE_MS = 30_000;

/** Waits until the table and all its GSIs are ACTIVE; returns the settled description. */
export async function waitForActive(client: DynamoDBClient, table: string, opts: WaitOptions): Promise<TableDescription> {
  const start = Date.now();
  const desc = await poll(
    client,
    table,
    (d) => (d === null ? Date.now() - start >= NOT_FOUND_GRACE_MS : isSettled(d)),
    (d) => (d ? busyWith(d) : 'missing'),
    'ACTIVE',
    opts,
  );
  if (!desc) {
    throw new DdbMigrateError({
      code: 'EXEC_TABLE_MISSING',
      table,
      message: `table ${table} does not exist (while waiting for it to be ACTIVE)`,
      hint: 'Something else deleted it. Run `ddb-migrate plan` again.',
    });
  }
  return desc;
}

/** Waits until DescribeTable says ResourceNotFound. */
export async function waitForGone(client: DynamoDBClient, table: string, opts: WaitOptions): Promise<void> {
  await poll(client, table, (d) => d === null, (d) => (d ? `table ${d.TableStatus ?? 'UNKNOWN'}` : 'gone'), 'gone', opts);
}

/**
 * Table-level operations of a replacement, done through the executor so they get its waiting
 * (CREATING / DELETING left by a killed run), retries and "already in place" checks.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { executeSteps } from '../exec/execute-plan.js';
import type { LiveClient } from '../live/live-client.js';
import { writeItems } from '../seed/batch-writer.js';
import type { FixtureItem } from '../seed/types.js';
import { DdbMigrateError } from '../model/errors.js';
import type { TableChange } from '../model/change.js';
import type { Step } from '../model/step.js';
import type { TableShape } from '../model/table-shape.js';
import { makeStep } from '../plan/make-step.js';
import { stepsFor } from '../plan/table-steps.js';
import { DigestAccumulator } from './checksum.js';
import type { RawItem } from './convert.js';
import { forEachSegment } from './scan.js';
import type { ItemDigest } from './types.js';

export interface OpsOptions {
  readonly pollIntervalMs?: { readonly initial: number; readonly max: number };
  readonly segments: number;
  /** Batches in flight per segment. */
  readonly concurrency: number;
  readonly onItems?: (n: number) => void;
}

async function run(live: LiveClient, steps: readonly Step[], opts: OpsOptions): Promise<void> {
  const report = await executeSteps(live, [steps], opts.pollIntervalMs ? { pollIntervalMs: opts.pollIntervalMs } : {});
  const failed = report.steps.find((s) => s.status === 'failed');
  if (failed?.error) throw new DdbMigrateError(failed.error);
}

/** Creates `shape` (with TTL / PITR steps when it has them) and waits until it is ACTIVE. */
export function createTable(live: LiveClient, shape: TableShape, opts: OpsOptions): Promise<void> {
  return run(live, stepsFor({ kind: 'CreateTable', table: shape.name, desired: shape }, undefined), opts);
}

/** Deletes `shape`'s table (if it exists) and waits until it is gone. */
export function deleteTable(live: LiveClient, shape: TableShape, opts: OpsOptions): Promise<void> {
  const change: TableChange = { kind: 'DropTable', table: shape.name, live: shape };
  return run(live, [makeStep(shape.name, change, 'table-gone', { kind: 'DeleteTable' })], opts);
}

/** Turns on TTL on `shape`'s table (skipped where the endpoint has no TTL). */
export function enableTtl(live: LiveClient, shape: TableShape, attribute: string, opts: OpsOptions): Promise<void> {
  const change: TableChange = { kind: 'ModifyTable', table: shape.name, live: shape, desired: shape, changes: [] };
  return run(live, [makeStep(shape.name, change, 'none', { kind: 'UpdateTtl', attribute, enabled: true })], opts);
}

/** Count and checksum of every item in `table`. */
export async function digestTable(client: DynamoDBClient, table: string, opts: OpsOptions): Promise<ItemDigest> {
  const parts = await forEachSegment(client, table, opts.segments, async (items) => {
    const acc = new DigestAccumulator();
    for await (const item of items) acc.add(item);
    return acc;
  });
  const total = new DigestAccumulator();
  for (const p of parts) total.merge(p);
  return total.digest();
}

/**
 * Copies every item of `from` into `to` (idempotent puts: copying twice leaves the same items),
 * passing each through `map`. Returns the digest of what was written.
 */
export async function copyTable(client: DynamoDBClient, from: string, to: TableShape, map: (item: RawItem) => RawItem, opts: OpsOptions): Promise<ItemDigest> {
  let copied = 0;
  const parts = await forEachSegment(client, from, opts.segments, async (items, segment) => {
    const acc = new DigestAccumulator();
    async function* fixtures(): AsyncGenerator<FixtureItem> {
      let index = 0;
      for await (const raw of items) {
        const item = map(raw);
        acc.add(item);
        // Numbers stay exact strings (NumberValue), binary stays Uint8Array: the put is the item as read.
        yield { item: unmarshall(item, { wrapNumbers: true }), source: { file: `${from} segment ${segment}`, line: null, index: index++ } };
      }
    }
    let seen = 0;
    await writeItems(client, to, fixtures(), {
      concurrency: opts.concurrency,
      checkItems: false,
      checkDuplicates: false,
      onProgress: (p) => {
        copied += p.written - seen;
        seen = p.written;
        opts.onItems?.(copied);
      },
    });
    return acc;
  });
  const total = new DigestAccumulator();
  for (const p of parts) total.merge(p);
  return total.digest();
}

/**
 * What a client's answers said they consumed (ReturnConsumedCapacity), per table, read or write,
 * with the time: for the `--max-capacity-percent` tests, which check it per 1-s bucket.
 */
import type { ConsumedCapacity, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { extendClients } from '../../src/live/client.js';

export interface Consumed {
  readonly at: number;
  readonly table: string;
  readonly kind: 'read' | 'write';
  readonly units: number;
}

const WRITES = new Set(['PutItemCommand', 'UpdateItemCommand', 'DeleteItemCommand', 'BatchWriteItemCommand', 'TransactWriteItemsCommand']);
const READS = new Set(['GetItemCommand', 'BatchGetItemCommand', 'TransactGetItemsCommand', 'QueryCommand', 'ScanCommand']);

/** Records every answer of `client` and of the clients derived from it later (paced, loader). */
export function observeConsumed(client: DynamoDBClient): Consumed[] {
  const seen: Consumed[] = [];
  extendClients(client, (c) =>
    c.middlewareStack.add(
      (next, context) => async (args) => {
        const out = await next(args);
        const name = context.commandName ?? '';
        const kind = WRITES.has(name) ? 'write' : READS.has(name) ? 'read' : null;
        const cc = (out.output as { ConsumedCapacity?: ConsumedCapacity | ConsumedCapacity[] }).ConsumedCapacity;
        if (kind && cc) for (const x of Array.isArray(cc) ? cc : [cc]) seen.push({ at: performance.now(), table: x.TableName ?? '', kind, units: x.CapacityUnits ?? 0 });
        return out;
      },
      { step: 'initialize', name: 'testObserveConsumed', priority: 'low' },
    ),
  );
  return seen;
}

/** Units per 1-s bucket from `t0` of `table`'s `kind`, and their total. */
export function perSecond(seen: readonly Consumed[], t0: number, table: string, kind: 'read' | 'write'): { readonly buckets: number[]; readonly total: number; readonly largest: number } {
  const buckets: number[] = [];
  let total = 0;
  let largest = 0;
  for (const s of seen) {
    if (s.table !== table || s.kind !== kind) continue;
    const b = Math.floor((s.at - t0) / 1000);
    while (buckets.length <= b) buckets.push(0);
    buckets[b] = (buckets[b] ?? 0) + s.units;
    total += s.units;
    largest = Math.max(largest, s.units);
  }
  return { buckets, total, largest };
}
